"""Extraction on hostile input: failures stay with one expression, mentions stay in their sentence, work
stays local to each date, and a cancel stops it (issue 7)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline_app.core.extraction as extraction
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import Candidate, extract_mentions
from timeline_app.core.model import Document, Precision, Sentence, TimeExpression, TimexType
from timeline_app.core.progress import PROGRESS_STEP, Cancelled
from timeline_app.core.temporal import tag

REFERENCE = dt.date(2024, 6, 20)


def _doc(text: str, sentences: tuple[tuple[int, int], ...] | None = None, **kw) -> Document:
    if sentences is None:
        return document_from_text(text, id="d")
    return Document("d", "", text, "t", sentences=tuple(Sentence(a, b) for a, b in sentences), **kw)


def _assert_contract(doc: Document, cands: list[Candidate]) -> None:
    for c in cands:
        m = c.mention
        assert doc.text[m.start:m.end] == m.text
        assert m.sentence_start <= m.start <= m.end <= m.sentence_end, (m, doc.sentences)
        assert c.sentence == doc.text[m.sentence_start:m.sentence_end]


# --- 1. containment ----------------------------------------------------------------------------------------
def _raise_on(phrase: str, exc: BaseException):
    real = extraction._title_of_read_sentence

    def title(sentence: str, start: int, end: int, others=(), **kw) -> str:
        if sentence[start:end] == phrase:
            raise exc
        return real(sentence, start, end, others, **kw)
    return title


@pytest.mark.parametrize("text, bad, exc", [
    ("On May 2, 2021, Weber visited Rome. On June 3, 2022, Rossi visited Paris.\n", "May 2, 2021",
     ValueError("a title rule failed")),
    ("Rossi resigned in 1999. The 2001 treaty was signed in Oslo on March 4, 2001.\n", "1999",
     IndexError("list index out of range")),
    ("In 1990 the plant opened and in 2005 it closed; sales fell in 2006.\n", "2005", KeyError("x")),
])
def test_a_failing_title_rule_drops_only_that_expression(monkeypatch, text: str, bad: str, exc: Exception) -> None:
    doc = _doc(text)
    good = {c.mention.text for c in extract_mentions(doc)}
    monkeypatch.setattr(extraction, "_title_of_read_sentence", _raise_on(bad, exc))
    errors: list[tuple[int, int, Exception]] = []
    cands = extract_mentions(doc, on_error=lambda s, e, x: errors.append((s, e, x)))
    assert {c.mention.text for c in cands} == good - {bad}
    assert [(text[s:e], x) for s, e, x in errors] == [(bad, exc)]


def _expr(start: int, end: int, text: str = "x", **kw) -> TimeExpression:
    defaults = dict(type=TimexType.DATE, value="2024-06-19", first=dt.date(2024, 6, 19), last=dt.date(2024, 6, 19),
                    precision=Precision.DAY)
    defaults.update(kw)
    return TimeExpression(start, end, text, **defaults)  # type: ignore[arg-type]


_TEXT = "On June 19, 2024, Kim hosted Putin in Pyongyang.\n"
_GOOD = _expr(3, 16, "June 19, 2024")


@pytest.mark.parametrize("bad, dropped", [
    (_expr(40, 4000, "past the end"), 1),  # offsets outside the text: dropped and counted
    (_expr(-5, 2, "before the start"), 1),
    (_expr(20, 10, "ends before it starts"), 1),
    (_expr(18, 21, "Kim", type=TimexType.DURATION, value=None), 1),  # a value the rules cannot read
    (_expr(18, 21, "Kim", first=None), 0),  # a calendar value with no interval: not a date, skipped
    (_expr(18, 21, "Kim", precision=None, first=dt.date(2024, 1, 1), last=dt.date(2024, 1, 1)), 0),
    (_expr(18, 21, "Kim", type=TimexType.DURATION, value="P99999999999999999999Y"), 0),
])
def test_a_malformed_expression_never_fails_the_document(bad: TimeExpression, dropped: int) -> None:
    errors: list[tuple[int, int, Exception]] = []
    cands = extract_mentions(_doc(_TEXT), [_GOOD, bad], on_error=lambda s, e, x: errors.append((s, e, x)))
    assert [c.mention.text for c in cands] == ["June 19, 2024"]
    assert len(errors) == dropped


def test_a_tagger_failure_costs_only_its_document(monkeypatch) -> None:
    import timeline_app.core.temporal as temporal

    def broken(text: str, reference=None, progress=None):
        raise RuntimeError("tagger bug")
    monkeypatch.setattr(temporal, "tag", broken)
    errors: list[Exception] = []
    assert extract_mentions(_doc(_TEXT), on_error=lambda s, e, x: errors.append(x)) == []
    assert [str(x) for x in errors] == ["tagger bug"]


def test_cancelled_from_a_title_rule_is_not_contained(monkeypatch) -> None:
    monkeypatch.setattr(extraction, "_title_of_read_sentence", _raise_on("June 19, 2024", Cancelled()))
    with pytest.raises(Cancelled):
        extract_mentions(_doc(_TEXT), on_error=lambda *a: pytest.fail("Cancelled was contained"))


@pytest.mark.parametrize("expressions", [None, []])
def test_progress_raising_cancelled_stops_extraction(expressions) -> None:
    # Only named periods and "follows the recent …" phrases when no expressions are given: those passes
    # report progress too.
    text = "Trade has grown since the Cold War, and the visit follows the recent G7 summit in May 2024.\n" * 900
    doc = _doc(text)
    calls: list[int] = []

    def progress(offset: int) -> None:
        calls.append(offset)
        raise Cancelled

    with pytest.raises(Cancelled):
        extract_mentions(doc, expressions, progress=progress)
    assert len(calls) == 1 and calls[0] >= PROGRESS_STEP


# --- 5. a mention never leaves its sentence ------------------------------------------------------------------
@pytest.mark.parametrize("text, sentences", [
    # The splitter's cut after "Dec." falls inside the date.
    ("The vote—Dec. 31, 2024—passed easily.\n", ((0, 13), (14, 37))),
    ("The vote—Dec. 31, 2024—passed easily.\n", None),
    # A date across three sentences, across a gap, and one no sentence holds at all.
    ("It ended on Dec. 31, 2024 in Oslo.\n", ((0, 15), (15, 19), (19, 35))),
    ("It ended on Dec. 31, 2024 in Oslo.\n", ((0, 14), (20, 35))),
    ("It ended on Dec. 31, 2024 in Oslo.\n", ()),
    ("It ended on Dec. 31, 2024 in Oslo.\nTalks began on May 3, 2023.\n", ((0, 3),)),
    # Overlapping and unsorted sentences.
    ("Talks began on May 3, 2023, in Oslo. They ended on June 9, 2023.\n", ((30, 66), (0, 40))),
    # A range and a list of years across a cut.
    ("The war lasted from 1950 to 1953. Deals from 1961, 2000, and 2001 remain.\n", ((0, 25), (25, 55), (55, 74))),
    # "first visit in 24 years" with its referent in another piece; periods and relational phrases.
    ("The visit, Putin's first in 24 years, came on June 19, 2024.\n", ((0, 12), (12, 60))),
    ("Ties date back to the Cold War. The visit follows the recent G7 summit.\n", ((0, 26), (26, 71))),
    # Coordinated dates whose sentence ends in a line break right after the second (found by hypothesis).
    ("Dec. 31, 2024 1999 and Dec. 31, 2024 \n", ((0, 38),)),
])
def test_every_mention_lies_within_its_sentence(text: str, sentences) -> None:
    doc = _doc(text, sentences, published=REFERENCE)
    errors: list[Exception] = []
    cands = extract_mentions(doc, tag(text, reference=REFERENCE), on_error=lambda s, e, x: errors.append(x))
    assert cands and not errors
    _assert_contract(doc, cands)


_PIECES = st.sampled_from([
    "Dec. 31, 2024", "June 19, 2024", "May 3", "1999", "2000, 2001, and 2002", "from 1950 to 1953", "last week",
    "the first visit in 24 years", "his first trip since 2000", "since the Cold War", "3 p.m.", "Monday",
    "The vote", "Putin visited", "Kim said", "the recent G7 summit", "follows", "It", "and", "the",
    ".", ",", ";", ":", "—", "–", "-", "(", ")", "[", "]", "\"", "``", "''", "`", "\n", "\n\n", " ", "  ", "?", "!",
    "Mr.", "U.S.",
])


@settings(max_examples=60, deadline=None)
@given(pieces=st.lists(_PIECES, min_size=1, max_size=40), cuts=st.lists(st.integers(0, 400), max_size=12))
def test_property_mentions_stay_in_their_sentences(pieces: list[str], cuts: list[int]) -> None:
    text = " ".join(pieces)
    exprs = tag(text, reference=REFERENCE)
    # The real splitter, and arbitrary cut points standing for any other splitter.
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    for doc in (document_from_text(text, id="d"),
                _doc(text, tuple(zip(bounds, bounds[1:])), published=REFERENCE)):
        errors: list[Exception] = []
        cands = extract_mentions(doc, list(exprs), on_error=lambda s, e, x: errors.append(x))
        assert not errors
        _assert_contract(doc, cands)


# --- 4. work stays local to each date -------------------------------------------------------------------
def _reads(monkeypatch) -> list[int]:
    """The length of every sentence the title rules are given."""
    seen: list[int] = []
    real = extraction._title_of_read_sentence

    def title(sentence: str, start: int, end: int, others=(), **kw) -> str:
        seen.append(len(sentence))
        return real(sentence, start, end, others, **kw)
    monkeypatch.setattr(extraction, "_title_of_read_sentence", title)
    return seen


@pytest.mark.parametrize("unit", [
    "3 p.m. ",  # one sentence of clock times
    "on June 19, 2024, and ",
    "Kim visited Oslo in 1999 and ",
    "It fell in 2020 and it rose in 2021; ",
])
def test_title_rules_read_a_bounded_window_of_a_huge_sentence(monkeypatch, unit: str) -> None:
    text = unit * (4000 // len(unit)) + "end.\n"
    exprs = tag(text, reference=REFERENCE)
    seen = _reads(monkeypatch)
    cands = extract_mentions(_doc(text), exprs)
    assert cands and seen
    assert max(seen) <= 2 * extraction.MAX_TITLE + 2 * extraction._CONTEXT + 100


def test_boilerplate_is_looked_up_by_bisection_not_per_span(monkeypatch) -> None:
    # A page of "Advertisement" lines between the paragraphs: each check must not scan every span.
    paragraphs = [f"On May {d % 28 + 1}, 2021, Weber visited Rome." for d in range(400)]
    text = "\n\nAdvertisement\n\n".join(paragraphs) + "\n"
    doc = _doc(text)
    assert len(doc.excluded) >= 300
    scans = []
    monkeypatch.setattr(Document, "is_excluded", lambda self, s, e: scans.append(1) or any(
        a < e and s < b for a, b in self.excluded))
    cands = extract_mentions(doc)
    assert len(cands) == 400
    assert len(scans) == 0


def test_one_failing_document_never_fails_the_others(monkeypatch, tmp_path) -> None:
    from timeline_app.core.pipeline import build_timeline

    (tmp_path / "a.txt").write_text("On May 2, 2021, Weber visited Rome.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("On June 3, 2022, Rossi visited Paris.\n", encoding="utf-8")
    monkeypatch.setattr(extraction, "_title_of_read_sentence", _raise_on("May 2, 2021", RuntimeError("rule bug")))
    timeline = build_timeline([tmp_path])
    assert [e.first for e in timeline.events] == [dt.date(2022, 6, 3)]
