"""Merging: the same happening across sources becomes one event with every mention."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from timeline_app.core.documents import document_from_text
from timeline_app.core.model import Precision
from timeline_app.core.pipeline import build_timeline

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def _events(*texts: str):
    from timeline_app.core.extraction import extract_mentions
    from timeline_app.core.merging import merge

    docs = [document_from_text(t, id=f"d{i}") for i, t in enumerate(texts)]
    return merge([c for d in docs for c in extract_mentions(d)], docs)


def test_same_date_same_kind_same_people_merge_across_sources() -> None:
    events = _events("On May 2, 2021, Chancellor Weber visited Rome.\n",
                     "Weber arrived for a visit to Rome on May 2, 2021.\n")
    assert len(events) == 1
    assert {m.document for m in events[0].mentions} == {"d0", "d1"}


def test_a_treaty_and_a_visit_in_the_same_year_stay_two_events() -> None:
    events = _events("The 2000 friendship treaty was signed by both states.\n",
                     "Weber's first visit to Rome since 2000 drew crowds.\n")
    assert len(events) == 2
    assert {e.kind for e in events} == {"agreement", "visit"}


def test_same_day_occasion_absorbs_what_the_same_people_did_that_day() -> None:
    events = _events("On May 2, 2021, Weber hosted Rossi in Berlin.\n",
                     "On May 2, 2021, Weber and Rossi signed a trade agreement.\n")
    occasion = [e for e in events if e.kind == "visit"]
    assert len(occasion) == 1 and {m.document for m in occasion[0].mentions} == {"d0"}
    # The agreement signed during the visit gets its own line; its mention is in that event alone.
    signed = [e for e in events if e.kind == "agreement"]
    assert len(signed) == 1 and [m.document for m in signed[0].mentions] == ["d1"]
    assert len(events) == 2


def test_an_articles_references_to_the_agreement_signed_during_a_visit_join_the_agreement() -> None:
    # Two articles report a visit; the third dates the agreement signed during it and then names it again and
    # again ("the pact", "the agreement"). Those references name the agreement, never the visit.
    timeline = build_timeline([Path(__file__).parent / "fixtures" / "outcome_references"], cache=False)
    day = dt.date(2025, 3, 3)
    visit = [e for e in timeline.events if e.first == day and e.kind == "visit"]
    signed = [e for e in timeline.events if e.first == day and e.kind == "agreement"]
    assert len(visit) == 1 and len(signed) == 1
    assert {(m.document, m.text) for m in signed[0].mentions if not m.dated} == {
        ("c_pact", "pact"), ("c_pact", "agreement")} and len(signed[0].mentions) == 4
    # Its sentence is the dated one its title comes from, not a longer reference's that carries the same title.
    assert signed[0].sentence.startswith("On March 3, 2025, Chancellor Anna Weber and President Rui Costa signed")
    # The visit keeps the articles that date the visit, and none of the agreement's mentions: a mention is in
    # one event.
    assert {m.document for m in visit[0].mentions if m.dated} == {"a_visit", "b_arrival"}
    assert not [m for m in visit[0].mentions if m.document == "c_pact" and not m.dated]


def test_different_people_on_the_same_day_stay_apart() -> None:
    events = _events("On May 2, 2021, Weber visited Rome.\n", "On May 2, 2021, Tanaka visited Osaka.\n")
    assert len(events) == 2


def test_fixture_articles_cross_source_inference_and_undated_mentions() -> None:
    timeline = build_timeline([ARTICLES])
    assert [d.id for d in timeline.documents] == ["a_talks", "b_report"]
    visit = [e for e in timeline.events if e.first == dt.date(2025, 3, 3)]
    assert len(visit) == 1
    assert set(visit[0].sources) == {"a_talks", "b_report"}
    undated = [m for m in visit[0].mentions if not m.dated]
    # Another article names it ("The visit, Berg's first to Norway in 14 years"); its own article names it
    # again without the date ("Berg's visit follows ...", "the talks would build on ...": core/references.py).
    assert [(m.document, m.text) for m in undated] == [("a_talks", "visit"), ("a_talks", "talks"),
                                                       ("b_report", "The visit")]

    earlier = [e for e in timeline.events if e.kind == "visit" and e.first.year == 2011]
    assert len(earlier) == 1
    e = earlier[0]
    assert e.inferred and e.precision == Precision.YEAR
    assert {m.text for m in e.mentions} == {"2011", "14 years"}
    # Articles are named by their (elided) titles, never by internal id.
    assert "14 years before the visit of 2025-03-03, reported in “Berg Arrives in Oslo for Energy Talks”" \
        in e.explanation and "a_talks" not in e.explanation
    # ... and the 2011 agreement in the same article stays its own event.
    assert any(x.kind == "agreement" and x.first.year == 2011 for x in timeline.events)

    summit = [e for e in timeline.events if "Nordic Council" in e.title]
    assert len(summit) == 1 and summit[0].last < dt.date(2025, 3, 3) and summit[0].inferred

    assert [e.first for e in timeline.events] == sorted(e.first for e in timeline.events)
    assert len({e.id for e in timeline.events}) == len(timeline.events)


def test_html_article_superlative_since_and_statement_dates() -> None:
    timeline = build_timeline([Path(__file__).parent / "fixtures" / "html" / "flood.html"])
    doc = timeline.documents[0]
    assert doc.published == dt.date(2023, 9, 14) and "June 1, 2020" not in doc.text  # scripts are dropped
    by_start = {(e.first, e.last): e for e in timeline.events}
    # "the worst flood since 1998" and "In 1998, the same river flooded" are one 1998 flood.
    flood = by_start[(dt.date(1998, 1, 1), dt.date(1998, 12, 31))]
    assert len(flood.mentions) == 2 and flood.kind == "disaster" and not flood.inferred
    # "said on Wednesday": the saying is dated, so its title keeps who said it.
    wednesday = by_start[(dt.date(2023, 9, 13), dt.date(2023, 9, 13))]
    assert wednesday.title.startswith("The mayor") and " says" in wednesday.title and wednesday.inferred
    assert by_start[(dt.date(2024, 1, 1), dt.date(2024, 12, 31))].title == "Rebuilding would start"
    assert len(timeline.events) == 4


def test_before_and_after_an_undated_occasion_fall_before_publication_and_stay_apart() -> None:
    events = _events("Talks in Berlin\nMonday, March 10, 2025\n\n"
                     "Weber's visit follows the recent Nordic summit, where ministers met.\n\n"
                     "The visit is part of a broader plan, evident in his subsequent trip to Riga.\n")
    assert sorted(e.title for e in events) == ["Nordic summit", "Subsequent trip to Riga"]
    for e in events:
        assert e.inferred and (e.first, e.last) == (dt.date(2025, 2, 8), dt.date(2025, 3, 10))
        assert "publication date 2025-03-10" in e.explanation


def test_superlative_in_n_years_counts_from_a_relative_date_in_another_article() -> None:
    timeline = build_timeline([Path(__file__).parent / "fixtures" / "quake"])
    # "on Monday", published Tue 7 Feb (the day's other news, "The government declared three days of national
    # mourning", is told on that day too, reported with no date of its own)
    quake = [e for e in timeline.events if e.first == dt.date(2023, 2, 6) and not e.reported]
    assert len(quake) == 1
    # The follow-up never dates the quake; "The quake, the deadliest ... in 37 years" refers to it.
    assert {(m.document, m.text, m.dated) for m in quake[0].mentions} == {
        ("first_report", "Monday", True), ("follow_up", "The quake", False)}
    earlier = [e for e in timeline.events if e.first == dt.date(1986, 1, 1)]
    assert len(earlier) == 1 and {m.text for m in earlier[0].mentions} == {"1986", "37 years"}
    assert "37 years before the quake of 2023-02-06, reported in “Earthquake Kills Dozens in Coastal City…”" \
        in earlier[0].explanation
    # "built before 1980" bounds a date; it is not a happening in 1980.
    assert all(e.first.year != 1980 for e in timeline.events)


# --- odd candidates never make merge raise (issue 7) -------------------------------------------------------
def _candidate(doc_id: str = "d0", first=dt.date(2024, 6, 19), last=..., precision=Precision.DAY, kind="visit",
               actors=frozenset({"Weber"}), start: int = 0, **kw):
    from timeline_app.core.extraction import Candidate
    from timeline_app.core.model import Mention

    last = first if last is ... else last
    mention = Mention(doc_id, start, start + 4, "xxxx", 0, 40)
    return Candidate(mention, first, last, precision, kind, "Weber visits Rome", "s", actors, **kw)


def _doc(doc_id: str = "d0", published=dt.date(2024, 6, 20)):
    from timeline_app.core.model import Document

    return Document(doc_id, "", "x" * 40, "t", published=published)


_FAR = dict(first=None, last=None, inferred=True, anchor_kind="visit")


@pytest.mark.parametrize("odd, published", [
    # "the first visit in 99999 years": counting back leaves the calendar.
    (dict(_FAR, offset=relativedelta(years=99999), precision=Precision.YEAR), dt.date(2024, 6, 20)),
    (dict(_FAR, offset=relativedelta(years=-99999), precision=Precision.YEAR), dt.date(2024, 6, 20)),
    (dict(_FAR, offset=relativedelta(years=2020), precision=Precision.DECADE), dt.date(2024, 6, 20)),
    (dict(_FAR, offset=relativedelta(days=0), precision=Precision.MONTH), dt.date(9999, 12, 20)),
    # "follows the recent summit" reported in year 1, or "his subsequent trip" at the calendar's end.
    (dict(_FAR, relation="before"), dt.date(1, 1, 5)),
    (dict(_FAR, relation="after", anchor_kind="event"), dt.date(9999, 12, 30)),
    # Inconsistent dates.
    (dict(first=dt.date(2024, 6, 19), last=None), dt.date(2024, 6, 20)),
    (dict(first=None, last=dt.date(2024, 6, 19)), dt.date(2024, 6, 20)),
    (dict(first=dt.date(2024, 6, 19), last=dt.date(2024, 6, 1)), dt.date(2024, 6, 20)),
    (dict(precision=None), dt.date(2024, 6, 20)),
])
def test_odd_candidates_are_dropped_with_a_reason_never_raised(odd: dict, published: dt.date) -> None:
    from timeline_app.core.merging import merge

    good = _candidate("d1", first=dt.date(2000, 5, 5), actors=frozenset({"Rossi"}))
    odd_candidate = _candidate("d0", start=8, **odd)
    if odd.get("anchor_kind") == "event":
        # An occasion dated at the end of the calendar that "his subsequent trip" follows.
        anchor = _candidate("d0", first=dt.date(9999, 12, 31), kind="event", actors=frozenset({"Weber"}))
    else:
        anchor = _candidate("d2", first=dt.date(2000, 5, 5), actors=frozenset({"Rossi"}), kind="death")
    dropped: list[str] = []
    events = merge([good, anchor, odd_candidate], [_doc("d0", published), _doc("d1"), _doc("d2")],
                   on_drop=lambda c, reason: dropped.append(reason))
    assert len(dropped) == 1 and dropped[0]
    assert {m.document for e in events for m in e.mentions} >= {"d1"}


def test_the_first_in_99999_years_in_an_article_does_not_fail_it() -> None:
    events = _events("Talks in Rome\nThursday, June 20, 2024\n\n"
                     "On June 19, 2024, Weber visited Rome, his first visit in 99999 years.\n")
    assert [e.first for e in events] == [dt.date(2024, 6, 19)]


# --- merging grows as n log n, not with all pairs (issue 7) --------------------------------------------------
def test_same_day_candidates_are_not_compared_pairwise(monkeypatch) -> None:
    import timeline_app.core.merging as merging

    calls = []
    real = merging._same_happening
    monkeypatch.setattr(merging, "_same_happening", lambda a, b: calls.append(1) or real(a, b))
    n = 400
    cands = [_candidate("d0", actors=frozenset({f"Person{i}"}), start=i) for i in range(n)]
    events = merging.merge(cands, [_doc("d0")])
    assert len(events) == n
    assert len(calls) <= 20 * n


def test_relative_dates_find_their_anchor_without_scanning_every_group() -> None:
    from timeline_app.core.merging import merge
    from timeline_app.core.model import Mention

    reads = [0]

    class CountingMention(Mention):
        def __getattribute__(self, name: str):
            if name == "start":
                reads[0] += 1
            return super().__getattribute__(name)

    def counted(c):
        m = c.mention
        return replace(c, mention=CountingMention(m.document, m.start, m.end, m.text, m.sentence_start,
                                                  m.sentence_end))

    n = 300
    # n visits on n days, each followed by "the first visit in 3 years" in the same article.
    dated = [_candidate(start=10 * i, first=dt.date(2000, 1, 1) + dt.timedelta(days=i),
                        actors=frozenset({f"P{i}"})) for i in range(n)]
    relative = [_candidate(start=10 * i + 5, first=None, last=None, inferred=True, anchor_kind="visit",
                           offset=relativedelta(years=3), precision=Precision.YEAR) for i in range(n)]
    events = merge([counted(c) for c in dated + relative], [_doc("d0")])
    assert len(events) >= n
    assert reads[0] <= 40 * n


# --- lemma look-ups: one cached call per word answers every part of speech as lemminflect does ---------------
@pytest.mark.parametrize("word, upos", [
    ("launched", "VERB"), ("launched", "NOUN"), ("announcement", "NOUN"), ("announcement", "VERB"),
    ("leaves", "VERB"), ("leaves", "NOUN"), ("underwent", "VERB"), ("deaths", "NOUN"), ("glorbed", "VERB"),
])
def test_lemma_is_lemminflects_for_that_part_of_speech(word: str, upos: str) -> None:
    import lemminflect

    from timeline_app.core.merging import _lemma
    expected = lemminflect.getAllLemmas(word, upos=upos).get(upos)
    assert _lemma(word, upos) == (expected[0] if expected else None)
    assert _lemma(word, upos) == _lemma(word, upos)  # the cached answer is not consumed


@pytest.mark.parametrize("title, text, names", [
    ("Putin Visits Pyongyang", "Putin Visits Pyongyang\n\nPutin arrived in Pyongyang on Tuesday.", {"Putin", "Pyongyang"}),
    ("Putin Visits Pyongyang", "Putin Visits Pyongyang\n\nThe president arrived on Tuesday.", set()),
    ("Putin Visits Pyongyang", "Putin Visits Pyongyang\n\nPutinism grew in Pyongyangs.", set()),
    ("Putin Visits Pyongyang", "Putin arrived in Pyongyang on Tuesday.", {"Putin", "Pyongyang"}),
])
def test_article_names_are_title_names_the_text_uses_as_words(title: str, text: str, names: set[str]) -> None:
    from timeline_app.core.merging import _article_names
    doc = replace(document_from_text(text, id="d"), title=title)
    assert _article_names(doc) >= names
    assert not _article_names(doc) - {"Putin", "Pyongyang", "Visits"}
    if not names:
        assert not _article_names(doc) & {"Putin", "Pyongyang"}


def test_a_widely_reported_anchor_names_its_first_articles_and_counts_the_rest() -> None:
    from timeline_app.core.merging import NAMED_ARTICLES

    reports = [f"Weber in Oslo, report {i}\n\nOn March 3, 2025, Chancellor Weber visited Oslo for talks.\n"
               for i in range(NAMED_ARTICLES + 4)]
    later = "Weber's visit\n\nThe visit, Weber's first to Oslo in 14 years, drew crowds on March 3, 2025.\n"
    events = _events(*reports, later)
    earlier = [e for e in events if e.inferred and e.first.year == 2011]
    assert len(earlier) == 1
    explanation = earlier[0].explanation
    assert "reported in " in explanation
    named = explanation.count("“Weber in Oslo, report")
    assert named == NAMED_ARTICLES
    visit = [e for e in events if e.first == dt.date(2025, 3, 3)]
    others = len({m.document for m in visit[0].mentions}) - NAMED_ARTICLES
    assert f" and {others} other articles" in explanation
