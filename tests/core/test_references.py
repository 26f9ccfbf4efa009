"""Definite references to a happening the article dates (core/references.py): "the murder" is the Oct. 23 killing."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path

import pytest

from timeline_app.core import extraction, news, references
from timeline_app.core.documents import document_from_text
from timeline_app.core.model import Mention, Precision
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.temporal import tag

FIXTURES = Path(__file__).parent / "fixtures"
HEAD = "Doctor shot dead\nOctober 26, 1998\n\n"
KILLED = "Dr. Barnett Slepian was shot to death on Oct. 23 in his kitchen in Amherst.\n\n"


def _references(text: str) -> dict[str, dt.date | None]:
    doc = document_from_text(text, id="d")
    expressions = tag(doc.text, reference=doc.published)
    candidates = extraction.extract_mentions(doc, expressions)
    candidates += [item.candidate for item in news.find_news(doc, expressions)]
    found = references.in_article_references(doc, candidates)
    for c in found:
        assert not c.mention.dated and c.mention.text == doc.text[c.mention.start:c.mention.end]
        assert c.mention.sentence_start <= c.mention.start < c.mention.end <= c.mention.sentence_end
    return {c.mention.text: c.first for c in found}


@pytest.mark.parametrize("text, expected", [
    # a definite noun of the same family names the one killing the article dates
    (HEAD + KILLED + "Police are still searching for clues to the murder.\n", {"murder": dt.date(1998, 10, 23)}),
    (HEAD + KILLED + "A reward is offered for information about Slepian's slaying.\n",
     {"slaying": dt.date(1998, 10, 23)}),
    # a past verb of it names it too, with one of its people
    (HEAD + "Police have widened the search for a gunman.\n\n" + KILLED +
     "A man crossed the border days after a sniper killed Dr. Barnett Slepian.\n", {"killed": dt.date(1998, 10, 23)}),
    (HEAD + "Police have widened the search for a gunman.\n\n" + KILLED +
     "Gunmen killed two guards in another town.\n", {}),
    # an indefinite one names a sort of happening, not that one
    (HEAD + KILLED + "Police said a homicide like this is rare in the town.\n", {}),
    # a month that holds the day is the same happening told coarser: the day is what "the murder" names
    ("Doctor shot dead\nNovember 20, 1998\n\nPolice questioned a man about last month's shooting death of a "
     "doctor.\n\n" + KILLED + "Police are still searching for clues to the murder.\n", {"murder": dt.date(1998, 10, 23)}),
    # a doer is no happening: "the killer" is passed over for "the fatal shooting"
    (HEAD + KILLED + "Investigators think the killer buried the rifle before the fatal shooting.\n",
     {"shooting": dt.date(1998, 10, 23)}),
    # two killings on other days: "the murder" could be either
    (HEAD + "A nurse was shot dead in 1992 in Buffalo.\n\nA doctor was shot dead in 1995 in Rochester.\n\n"
     "Police are still searching for clues to the murder.\n", {}),
    # of two killings dated to the day, the one within weeks of publication is the news the article follows
    (HEAD + "A nurse was shot dead on May 10, 1992 in Buffalo.\n\n" + KILLED +
     "Police are still searching for clues to the murder.\n", {"murder": dt.date(1998, 10, 23)}),
    # ... and when neither is, "the murder" could be either
    (HEAD + "A nurse was shot dead on May 10, 1992 in Buffalo.\n\nA doctor was shot dead on June 2, 1995 in "
     "Rochester.\n\nPolice are still searching for clues to the murder.\n", {}),
    # "this new agreement" is another one than the agreement the article dates
    ("Companies settle\nFebruary 5, 2007\n\nThe two companies signed an agreement in 1991 to share the name.\n\n"
     "Under this new agreement, one company will own the trademarks.\n", {}),
    # a death names only a reported death, not another harm of the same family
    ("Friends remember founder\nOctober 6, 2011\n\nHe fought pancreatic cancer in 2004 after a long illness.\n\n"
     "Friends responded to his death with statements.\n", {}),
    # a week spans other days' happenings too: "the killing" may be any of them
    ("Border tense\nOctober 26, 1998\n\nGunmen killed three soldiers last week near the border.\n\n"
     "Officers searched the village after the killing.\n", {}),
    # of two recent harms, the one about someone the article's title names is its story; and a death word
    # names that violent happening though its own words say no death ("shot in the back")
    ("Slepian killing stirs campaigns\nOctober 26, 1998\n\nPolice have widened the search.\n\n"
     "Dr. Barnett Slepian was shot in the back on Friday in his kitchen.\n\n"
     "On Sunday, Spitzer attacked Vacco in a debate.\n\nThe candidates condemned the murder.\n",
     {"murder": dt.date(1998, 10, 23)}),
    # a sentence that gives the happening's date itself adds nothing
    (HEAD + KILLED + "The murder on Oct. 23 shocked the town.\n", {}),
])
def test_which_nouns_refer_to_the_happening_the_article_dates(text: str, expected: dict) -> None:
    assert _references(text) == expected


def test_a_reference_joins_the_dated_event_as_an_undated_mention(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(HEAD + KILLED + "Police are still searching for clues to the murder.\n",
                                    encoding="utf-8")
    timeline = build_timeline([str(tmp_path)])
    killing = [e for e in timeline.events if e.first == dt.date(1998, 10, 23)]
    assert len(killing) == 1
    assert {(m.text, m.dated) for m in killing[0].mentions} >= {("Oct. 23", True), ("murder", False)}


# --- the finest of nested happenings (references.finest_intervals) --------------------------------------------

class _CountedDate(dt.date):
    """A date that counts the order comparisons made between dates (the work `_family_targets` does)."""

    comparisons = 0

    def __lt__(self, other):  # type: ignore[override]
        _CountedDate.comparisons += 1
        return super().__lt__(other)

    def __le__(self, other):  # type: ignore[override]
        _CountedDate.comparisons += 1
        return super().__le__(other)

    def __gt__(self, other):  # type: ignore[override]
        _CountedDate.comparisons += 1
        return super().__gt__(other)

    def __ge__(self, other):  # type: ignore[override]
        _CountedDate.comparisons += 1
        return super().__ge__(other)

    __hash__ = dt.date.__hash__


def _dated(doc_id: str, at: int, first: dt.date, last: dt.date, title: str = "Smith visited Paris",
           kind: str = "visit") -> extraction.Candidate:
    mention = Mention(doc_id, at, at + 5, "dated", at, at + 40)
    precision = Precision.DAY if first == last else Precision.MONTH
    return extraction.Candidate(mention=mention, first=first, last=last, precision=precision, kind=kind,
                                title=title, sentence="Smith visited Paris on that day.")


def _finest_by_definition(found: list[extraction.Candidate]) -> list[extraction.Candidate]:
    """The finest as first defined: every candidate compared with every one kept (quadratic)."""
    finest: list[extraction.Candidate] = []
    for c in sorted(found, key=lambda c: (c.last - c.first, c.mention.start)):
        if not any(o.first <= c.first and c.last <= o.last or c.first <= o.first and o.last <= c.last
                   for o in finest):
            finest.append(c)
    return finest


def test_the_finest_happenings_are_those_of_the_pairwise_definition() -> None:
    rng = random.Random(7)
    origin = dt.date(2000, 1, 1)
    for trial in range(400):
        found = []
        span = rng.choice([5, 20, 200])  # narrow: many nested, equal and overlapping intervals
        for k in range(rng.randint(0, 40)):
            a = rng.randint(0, span)
            b = a + rng.choice([0, 0, 1, rng.randint(0, span)])
            found.append(_dated("d", rng.randint(0, 10 * span), origin + dt.timedelta(a), origin + dt.timedelta(b)))
        expected = _finest_by_definition(found)
        assert references.finest_intervals(found) == expected, trial
        assert [id(c) for c in references.finest_intervals(found)] == [id(c) for c in expected]


def test_thousands_of_dated_happenings_of_one_family_take_few_comparisons() -> None:
    # A long page of dated visits (as a 10 MB news page has): telling the finest was one comparison per
    # pair, millions here; by bisection it is a few dozen per happening.
    n = 3000
    doc = document_from_text("Talks in the capital\nJune 20, 2024\n\nSmith visited Paris.\n", id="d")
    origin = _CountedDate(2020, 1, 1)
    found = []
    for k in range(n):
        day = _CountedDate.fromordinal(origin.toordinal() + k * 3)
        month = _CountedDate(day.year, day.month, 1)
        found.append(_dated("d", 100 * k, day, day))
        found.append(_dated("d", 100 * k + 50, month, month + dt.timedelta(27)))  # holds some of the days
    _CountedDate.comparisons = 0
    finest = references.finest_intervals(found)
    assert len(finest) == n and all(c.first == c.last for c in finest)
    assert _CountedDate.comparisons <= 40 * len(found)
    _CountedDate.comparisons = 0
    references._family_targets(doc, found)
    assert _CountedDate.comparisons <= 60 * len(found)


# --- references planned in the per-document map, finished with the news kept across articles -----------------

def _planned_and_whole(doc, dated: list, news_found: list) -> tuple[list, list]:
    plan = references.plan_references(doc, dated)
    return references.finish_references(plan, news_found), references.in_article_references(doc, dated + news_found)


def test_references_planned_without_the_news_are_those_found_with_it() -> None:
    # news.resolve_news settles an article's undated news only once every article is read: it may keep a
    # news item at the publication date, drop it, or date it as another sentence's happening. Whatever it
    # does, the plan made before (in the worker) and finished with that news is the whole search's answer.
    texts = [HEAD + KILLED + "Police are still searching for clues to the murder.\n",
             # the article's own undated news of the family comes first: "the murder" is that news, if kept
             HEAD + "Gunmen killed a doctor in his home.\n\n" + KILLED + "Police searched the site of the murder.\n",
             "Companies settle\nFebruary 5, 2007\n\nApple and Apple Corps signed an agreement over the name.\n\n"
             "The two companies signed an agreement in 1991 to share the name.\n\nUnder the agreement, both "
             "keep their logos.\n"]
    texts += [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "news").glob("*.txt"))]
    rng = random.Random(10)
    differed = 0
    for k, text in enumerate(texts):
        doc = document_from_text(text, id=f"d{k}")
        expressions = tag(doc.text, reference=doc.published)
        dated = extraction.extract_mentions(doc, expressions)
        found = [item.candidate for item in news.find_news(doc, expressions)]
        alone, _ = _planned_and_whole(doc, dated, [])
        days = [c for c in dated if c.first is not None] or [None]
        for trial in range(30):
            kept = []
            for c in found:
                choice = rng.random()
                if choice < 0.2:
                    continue  # dropped: its neighbours date its story
                if choice < 0.6 and days[0] is not None:
                    other = rng.choice(days)  # named another sentence's happening: its dates, undated still
                    c = replace(c, first=other.first, last=other.last, precision=other.precision, reported=False,
                                explanation="")
                kept.append(c)
            planned, whole = _planned_and_whole(doc, dated, kept)
            assert planned == whole, (doc.id, trial)
            differed += planned != alone
    assert differed > 0  # the news did change some answers: the finish is not a no-op here


def test_finishing_a_plan_takes_only_undated_news() -> None:
    doc = document_from_text(HEAD + KILLED, id="d")
    dated = extraction.extract_mentions(doc, tag(doc.text, reference=doc.published))
    with pytest.raises(ValueError):
        references.finish_references(references.plan_references(doc, []), dated)


def test_planning_references_holds_no_table_per_dated_sentence() -> None:
    # The dates of a sentence that names a happening, and whether a date phrase follows its word, are looked up
    # among the candidates (sorted by extraction) when asked, and the finest of a family's happenings are
    # sorted on int keys: about 41 bytes per dated candidate; 129 with a (width, start) key tuple per candidate
    # of the family (a timedelta each), 403 with tables of every dated sentence's dates and every date phrase.
    import gc
    import tracemalloc

    body = "".join(f"Officers met the family on Oct. {1 + i % 20}, {1900 + i} in Amherst.\n\n" for i in range(2000))
    doc = document_from_text(HEAD + KILLED + body + "Police are still searching for clues to the murder.\n", id="d")
    dated = extraction.extract_mentions(doc, tag(doc.text, reference=doc.published))
    references.plan_references(doc, dated)  # the memos of words and tags filled once
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        plan = references.plan_references(doc, dated)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert [c.mention.text for _f, _s, c in plan.found] == ["murder"]
    assert peak / len(dated) < 100, f"{peak / len(dated):.0f} B per dated candidate"
