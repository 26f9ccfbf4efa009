"""An article without a publication date whose lead joins a story another article dates on a day is read again
on that day (`pipeline._lend_days`): its other relative dates ("on Tuesday", "yesterday") and its undated
happenings then have days, marked inferred and explained as a day another article lent. A date the article
prints stays its own; an article that joins nothing, or joins a story whose day is only guessed (another
article's undated news on its publication day), is lent nothing. The articles are invented
(fixtures/lent_day/<case>/: a dated wire or broadcaster, an undated regional paper or arts page)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.model import Event
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "lent_day"


def _events_of(case: str) -> tuple[Event, ...]:
    return build_timeline([FIXTURES / case], cache=False).events


def _event_with(events: tuple[Event, ...], document: str, text: str) -> Event | None:
    found = [e for e in events if any(m.document == document and m.text == text for m in e.mentions)]
    assert len(found) <= 1, [e.title for e in found]
    return found[0] if found else None


@pytest.mark.parametrize("text, day, lent", [
    ("Tuesday", dt.date(2024, 3, 12), True),  # "On Tuesday, engineers had lowered the reservoir"
    ("yesterday", dt.date(2024, 3, 12), True),  # "toured the shelters ... yesterday"
    ("opened", dt.date(2024, 3, 13), True),  # "A second breach opened in the spillway that afternoon"
    ("2 February 2024", dt.date(2024, 2, 2), False),  # printed: its own date, not the lent day's
])
def test_an_undated_article_that_joins_a_dated_story_is_read_on_its_day(text: str, day: dt.date,
                                                                        lent: bool) -> None:
    events = _events_of("dam")
    event = _event_with(events, "regional_paper", text)
    assert event is not None, [(e.title, [(m.document, m.text) for m in e.mentions]) for e in events]
    assert (event.first, event.last) == (day, day)
    assert event.inferred == lent
    if lent:
        assert "a day lent by another article" in event.explanation
        assert "Reservoir dam gives way in Vellmark" in event.explanation  # the article that lent it
        assert "“Granby under water after Orsa dam bursts” prints no date" in event.explanation  # the borrower
    else:
        # A printed date is read once, as printed: not again on the lent day (a second mention of the same
        # words, explained as counted from that day).
        assert "a day lent by another article" not in event.explanation
        assert [m.text for m in event.mentions].count(text) == 1


def test_the_lead_that_lent_the_day_stays_in_the_story() -> None:
    events = _events_of("dam")
    story = [e for e in events if any(m.document == "wire" and m.text == "Wednesday" for m in e.mentions)]
    assert len(story) == 1
    assert any(m.document == "regional_paper" for m in story[0].mentions)
    # Its lead is in that event only.
    lead = {m.sentence_start for m in story[0].mentions if m.document == "regional_paper"}
    assert not any(m.document == "regional_paper" and m.sentence_start in lead
                   for e in events if e is not story[0] for m in e.mentions)


@pytest.mark.parametrize("case, document", [
    ("unjoined", "arts_page"),  # another story altogether: nothing to lend
    # The story's day is only the broadcaster's publication day for its undated lead: too weak to lend.
    ("weak_day", "regional_paper"),
])
def test_an_undated_article_is_lent_no_day_without_a_dated_story(case: str, document: str) -> None:
    events = _events_of(case)
    for text in ("Tuesday", "yesterday"):
        assert _event_with(events, document, text) is None, [(e.title, e.first) for e in events]


@pytest.mark.parametrize("lent_first", [True, False], ids=["lent day first", "plain first"])
def test_the_analysis_on_a_lent_day_is_not_reused_without_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             lent_first: bool) -> None:
    """The analysis cache keys an analysis on the publication date it was made with: the article read on its
    lent day is not what the same article alone (no story to lend a day) gets from the cache, nor the other
    way round, whichever was cached first."""
    monkeypatch.setenv("TIMELINE_APP_CACHE", str(tmp_path / "cache"))
    page = FIXTURES / "dam" / "regional_paper.txt"
    if not lent_first:
        build_timeline([page])
    together = build_timeline([FIXTURES / "dam"]).events
    assert _event_with(together, "regional_paper", "Tuesday") is not None
    assert together == build_timeline([FIXTURES / "dam"], cache=False).events
    alone = build_timeline([page]).events
    assert _event_with(alone, "regional_paper", "Tuesday") is None, [(e.title, e.first) for e in alone]
    assert alone == build_timeline([page], cache=False).events


@pytest.mark.parametrize("document, text, day, lender", [
    ("storm_page", "Tuesday", dt.date(2024, 6, 4), "Storm floods Lindqvist"),  # the storm: Wednesday 5 June
    ("storm_page", "yesterday", dt.date(2024, 6, 4), "Storm floods Lindqvist"),
    ("mine_page", "Friday", dt.date(2024, 6, 7), "Miners trapped at Dovre"),  # the collapse: Sunday 9 June
    ("mine_page", "yesterday", dt.date(2024, 6, 8), "Miners trapped at Dovre"),
])
def test_two_undated_pages_joining_two_stories_are_each_lent_their_own_story_s_day(
        document: str, text: str, day: dt.date, lender: str) -> None:
    """Two undated pages, each telling one of two stories two wires date on different days: each is lent its
    own story's day, named as lent by that story's wire, and its lead joins that story only."""
    events = _events_of("two_stories")
    event = _event_with(events, document, text)
    assert event is not None and event.first == event.last == day, (event.title, event.first) if event else None
    assert "a day lent by another article" in event.explanation and lender in event.explanation
    other = {"Storm floods Lindqvist", "Miners trapped at Dovre"} - {lender}
    assert not any(title in event.explanation for title in other)
    wire = document.replace("_page", "_wire")
    joined = [e for e in events if any(m.document == document and not m.dated for m in e.mentions)
              and any(m.document.endswith("_wire") for m in e.mentions)]
    assert joined and all(any(m.document == wire for m in e.mentions) for e in joined)


def test_a_page_that_joins_the_story_but_prints_a_later_date_is_joined_not_lent() -> None:
    """The page's lead joins the wire's landslide (its undated mention is in that event), but the page prints a
    day after it ("reopened on 12 April 2024"): it was written later, so its other relative dates are not
    counted from the landslide's day."""
    events = _events_of("later_date")
    story = [e for e in events if any(m.document == "wire" and m.text == "Wednesday" for m in e.mentions)]
    assert len(story) == 1 and any(m.document == "feature" for m in story[0].mentions)
    assert not [e.title for e in events if "a day lent by another article" in e.explanation]
    event = _event_with(events, "feature", "yesterday")
    assert event is None or event.first is None, event.first


def test_a_day_printed_further_down_the_lending_article_is_not_lent(tmp_path: Path) -> None:
    """A story another article's later sentence dates ("On May 2, 2001, the council met again", appended to a
    2024 article that the undated articles' leads join) has a day that is no article's news day: nothing is
    lent, and the undated articles' happenings stay undated."""
    from timeline_app.core.pipeline import seeds_dir

    folder = tmp_path / "articles"
    folder.mkdir()
    for source in sorted(seeds_dir().iterdir()):
        (folder / source.name).write_bytes(source.read_bytes())
    changed = sorted(folder.iterdir())[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOn May 2, 2001, the council met again.\n",
                       encoding="utf-8")
    events = build_timeline([folder], cache=False).events
    assert not [e.title for e in events if "a day lent by another article" in e.explanation]


@pytest.mark.parametrize("case, document", [
    # A follow-up whose headline tells other news ("Six months on, Morvik's road is open again") and whose lead
    # recalls the story: written later than the story's day, so not lent it.
    ("follow_up", "feature"),
    # A page that prints a date after the story's day ("reopened on 12 April 2024") was written after it.
    ("later_date", "feature"),
    # Another happening of the same people and place: the lead's object (a lifeboat station) is not the dated
    # story's (a harbour crane), though the verb and every name are shared.
    ("same_names", "page"),
])
def test_a_page_not_written_on_the_story_s_day_is_lent_no_day(case: str, document: str) -> None:
    events = _events_of(case)
    assert not [e.title for e in events if "a day lent by another article" in e.explanation]
    for text in ("yesterday", "Friday", "Saturday", "last year"):
        event = _event_with(events, document, text)
        assert event is None or event.first is None, (text, event.first)


@pytest.mark.parametrize("sentence, verb, lender, told", [
    # The object is a thing: the lender's sentence must name it too.
    ("Minister Ola Rye unveiled the new Sandvik fish market.", "unveiled",
     "Minister Ola Rye unveiled the new Sandvik concert hall on Monday.", False),
    ("Minister Ola Rye unveiled the new Sandvik fish market.", "unveiled",
     "On Monday Minister Ola Rye unveiled Sandvik's fish market, built in two years.", True),
    ("Brask Foods has agreed a £2bn takeover of rival Lomm.", "agreed",
     "Brask Foods said on Friday it had agreed the takeover of Lomm for £2bn.", True),  # (plural, order)
    # A name as the object, an amount, or no object at all: nothing more to ask.
    ("Brask Foods has agreed to buy Lomm Group for 2 billion.", "agreed",
     "Brask Foods agreed on Friday to acquire Lomm Group.", True),
    ("The storm struck the Keel islands, killing dozens of sheep.", "struck",
     "A storm struck the Keel islands on Sunday.", True),
    ("The avalanche killed hundreds in the Varn valley.", "killed",
     "An avalanche in the Varn valley killed 240 people on Sunday.", True),
    ("The old Halder bridge collapsed in the night.", "collapsed",
     "The Halder bridge collapsed on Tuesday night.", True),
])
def test_a_lend_asks_the_joining_verb_s_object_of_the_lender(sentence: str, verb: str, lender: str,
                                                             told: bool) -> None:
    from timeline_app.core import grammar
    from timeline_app.core.merging import _object_told

    tags = grammar.tag_words(sentence)
    at = next((t.start, t.end) for t in tags if t.text == verb)
    assert _object_told(tags, at, lender) == told


def test_a_lend_that_fails_leaves_the_events_merged_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The merge files what a lent page gains into itself once the page is read again on its lent day; if
    that reading fails, the merge goes on without it: the events are those of a load that lends nothing, and a
    warning says so."""
    from timeline_app.core import merging, pipeline

    with monkeypatch.context() as patched:
        patched.setattr(merging, "may_lend", lambda _documents: False)
        unlent = build_timeline([FIXTURES / "dam"], cache=False)

    def failing(*_args, **_kwargs):
        raise RuntimeError("no luck")

    monkeypatch.setattr(pipeline, "_lend_days", failing)
    failed = build_timeline([FIXTURES / "dam"], cache=False)
    assert any("could not date the undated articles" in p.message for p in failed.problems)
    assert failed.events and not [e.title for e in failed.events if "a day lent" in e.explanation]
    assert _event_with(failed.events, "regional_paper", "Tuesday") is None
    assert failed.events == unlent.events


def test_a_lend_given_up_lets_the_candidates_go_of_the_merge_s_memos() -> None:
    """A lend that raises (Cancel while the lent page is read again) ends the merge as a failing merge does: the
    candidates it was given hold none of its memos (their happening words), and the merger cannot go on."""
    from timeline_app.core import documents, merging, pipeline
    from timeline_app.core.progress import Cancelled

    docs, _problems = documents.load_paths([str(FIXTURES / "dam")])
    meter = pipeline._Progress(None, None, 1)
    found = pipeline._find_events(docs, [], meter, workers=1, cache=None)
    merger = merging.Merger(docs)
    for doc in docs:
        merger.add(found[doc.id])
    asked: list[dict] = []

    def cancelled(lent: dict) -> None:
        asked.append(lent)
        raise Cancelled

    with pytest.raises(Cancelled):
        merger.finish(docs, lend=cancelled)
    assert asked and set(asked[0]) == {"regional_paper"}
    assert all(c._words is None for candidates in found.values() for c in candidates)
    with pytest.raises(RuntimeError):
        merger.finish(docs)


@pytest.mark.parametrize("text", ["Friday", "yesterday", "rejected"])
def test_a_page_joining_a_happening_the_lender_names_only_as_a_noun_is_lent_no_day(text: str) -> None:
    """The page's lead ("Brask Foods offered to acquire Lomm") joins the wire's story through a noun of the
    wire's lead ("days after Lomm rejected a £20 billion takeover offer, the companies said on Sunday"): an
    earlier happening the wire recalls, which the page tells. The wire's day (the bid dropped) is not the
    page's: nothing is lent, and the wire's event keeps its own title."""
    events = _events_of("noun_join")
    assert not [e.title for e in events if "a day lent by another article" in e.explanation]
    event = _event_with(events, "page", text)
    assert event is None or event.first is None, (text, event.first)
    story = _event_with(events, "wire", "Sunday")
    assert story is not None and story.title == "Brask Foods drops bid for Lomm"


@pytest.mark.parametrize("text", ["Monday", "yesterday", "May", "rebuilds"])
def test_a_page_whose_headline_names_no_one_is_lent_no_day(text: str) -> None:
    """An anniversary page headed "One year on, a town rebuilds" (no name: its news is the town's, a year on)
    whose lead recalls the dated story ("The Orsa reservoir dam burst ..."): its headline, not its lead, is
    what it tells, so the story's day is not its day and its "Monday", "yesterday" and "May" are not counted
    from it."""
    events = _events_of("no_name_headline")
    assert not [e.title for e in events if "a day lent by another article" in e.explanation]
    event = _event_with(events, "anniversary", text)
    assert event is None or event.first is None, (text, event.first)


@pytest.mark.parametrize("text", ["Friday", "9 March", "5 March"])
def test_a_page_printing_a_later_day_without_its_year_is_lent_no_day(text: str) -> None:
    """The page joins the wire's ferry sinking (Thursday 7 March) but prints "on 9 March" (no year: its first
    reading, without a date, dates nothing there): read on the lent day it is two days after the story, so the
    page was written later and nothing of it is counted from that day."""
    events = _events_of("yearless_later")
    assert not [e.title for e in events if "a day lent by another article" in e.explanation]
    event = _event_with(events, "page", text)
    assert event is None or event.first is None, (text, event.first)


def test_a_lent_page_whose_reading_on_its_day_fails_is_named_and_read_as_before(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Of two lent pages, one's analysis on its lent day fails: a warning names that page, it keeps exactly the
    events it has unlent (its joining sentence's relative dates too), and the other page is still lent."""
    from timeline_app.core import document_map, merging

    with monkeypatch.context() as patched:
        patched.setattr(merging, "may_lend", lambda _documents: False)
        unlent = build_timeline([FIXTURES / "two_stories"], cache=False).events
    analyse = document_map.analyse_document

    def failing_on_its_day(doc, **kwargs):
        if doc.id == "storm_page" and doc.published is not None:
            return document_map._failed(RuntimeError("no luck"))
        return analyse(doc, **kwargs)

    monkeypatch.setattr(document_map, "analyse_document", failing_on_its_day)
    loaded = build_timeline([FIXTURES / "two_stories"], cache=False)
    warned = [p for p in loaded.problems if "could not date this undated article" in p.message]
    assert len(warned) == 1 and warned[0].path.endswith("storm_page.txt"), [p.message for p in loaded.problems]

    def storm_page_events(events) -> set:
        return {(e.first, e.last, tuple((m.document, m.text) for m in e.mentions if m.document == "storm_page"))
                for e in events if any(m.document == "storm_page" for m in e.mentions)}

    assert storm_page_events(loaded.events) == storm_page_events(unlent)
    assert _event_with(loaded.events, "mine_page", "Friday").first == dt.date(2024, 6, 7)


def test_a_date_phrase_of_the_joining_sentence_does_not_date_the_story_again() -> None:
    """The page's lead joins the wire's dam burst and says it flooded the town "for the second time this year":
    read on the lent day, "this year" would date the burst again, by the year. The joining sentence tells the
    story's news on that day: its joined mention stays in the story, no "this year" mention is made, and the
    page's other relative dates are still lent."""
    events = _events_of("joining_comparison")
    story = _event_with(events, "wire", "Wednesday")
    assert story is not None and "a day lent by another article" not in story.explanation
    assert [m.text for m in story.mentions if m.document == "regional_paper"] == ["flooding"]
    assert _event_with(events, "regional_paper", "this year") is None
    assert _event_with(events, "regional_paper", "Tuesday").first == dt.date(2024, 3, 12)


@pytest.mark.parametrize("case, label", [
    ("dam", "Dating 1 undated article by the story it tells"),
    ("two_stories", "Dating 2 undated articles by the stories they tell"),
])
def test_the_progress_names_the_lent_articles_by_their_count(case: str, label: str) -> None:
    labels: list[str] = []
    build_timeline([FIXTURES / case], progress=lambda _done, _total, said: labels.append(said), cache=False)
    assert label in labels, sorted({said for said in labels if said.startswith("Dating")})
