"""The detail pane: passages per source, the date phrase highlighted, markup literal, passages clickable."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QFont, QTextCursor

from tests.ui.conftest import _doc, _mention, proxied
from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline
from timeline_app.ui.detail_pane import KIND_PROPERTY, PHRASE, SENTENCE, DetailPane, phrase_spans
from timeline_app.ui.filter_proxy import FilteredEventModel


def _pane(qtbot, timeline):
    model, proxy, selection = proxied(timeline, FilteredEventModel)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.setEventModel(model)
    pane.setSelectionModel(selection)
    pane.resize(600, 500)
    return model, proxy, selection, pane


def _select(selection, proxy, event_id):
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(Qt.ItemDataRole.UserRole + 1).id == event_id:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(event_id)


def _format_at(pane, position):
    cursor = QTextCursor(pane.document())
    cursor.setPosition(position + 1)  # the format of the character *before* the cursor
    return cursor.charFormat()


def test_placeholder_without_selection(qtbot, sample_timeline):
    *_, pane = _pane(qtbot, sample_timeline)
    assert "Select an event" in pane.toPlainText()
    assert pane.passages() == []


def test_multi_source_event_shows_a_highlighted_passage_per_source(qtbot, sample_timeline):
    _, proxy, selection, pane = _pane(qtbot, sample_timeline)
    _select(selection, proxy, "e6")
    text = pane.toPlainText()
    assert text.startswith("President hosts his guest in the capital")
    assert "19 June 2024" in text and "Reported by 2 sources" in text
    # Grouped by source, each with its title and publication date.
    assert "Leaders meet in the capital" in text and "20 June 2024" in text
    assert "publication date unknown" in text
    assert text.index("Leaders meet in the capital") < text.index("the president hosted his guest")
    assert text.index("A pact <b>replaces</b>") < text.index("The pact signed on")
    passages = pane.passages()
    assert [p.document_id for p in passages] == ["alpha", "beta"]
    for p in passages:
        assert text[p.pane_start:p.pane_end] == "June 19, 2024"
        for pos in range(p.pane_start, p.pane_end):
            fmt = _format_at(pane, pos)
            assert fmt.property(KIND_PROPERTY) == PHRASE
            assert fmt.fontWeight() == QFont.Weight.Bold
            assert fmt.isAnchor()
        # The rest of the sentence is lightly highlighted, not as the phrase.
        before = _format_at(pane, p.pane_start - 2)
        assert before.property(KIND_PROPERTY) == SENTENCE
        assert before.background() != fmt.background()
    # Context: the neighbouring sentence of alpha is there, unhighlighted.
    assert "It was his first visit since 2000" in text


def test_inferred_and_period_notes(qtbot, sample_timeline):
    _, proxy, selection, pane = _pane(qtbot, sample_timeline)
    _select(selection, proxy, "e3")
    text = pane.toPlainText()
    assert "2000" in text and "(inferred)" in text
    assert "24 years before the visit of 2024-06-19" in text
    _select(selection, proxy, "e1")
    text = pane.toPlainText()
    assert "1950–1953" in text and "from the table of named periods" in text


# A merged event's note names every cue of every mention: 1,185 characters for one of the held-out articles.
_CUE = "“Tuesday” counted from the publication date 2025-11-04 of “Thieves snatch three Dutch masters from…”; "


@pytest.mark.parametrize("explanation, cut", [
    ("24 years before the visit of 2024-06-19", False),  # a usual note: whole
    (_CUE * 12, True),  # a page of cues: shortened at a space, with "more"
    ("x" * 2000, True),  # no space to cut at
])
def test_a_long_date_note_is_shortened_until_the_user_asks_for_more(qtbot, sample_timeline, explanation, cut):
    # A note of a page pushed the passages, what the pane is for, out of sight below it.
    _, proxy, selection, pane = _pane(qtbot, sample_timeline)
    pane.show()
    qtbot.waitExposed(pane)
    event = next(e for e in sample_timeline.events if e.id == "e3")
    pane.setEvent(replace(event, id="x", explanation=explanation))
    text = pane.toPlainText()
    note = f"How the date was worked out: {explanation}"
    assert (note not in text) == cut
    assert pane.passages()
    if not cut:
        assert "more" not in text.split("\n")[2]
        return
    line = text.split("\n")[2]  # title, date, note
    assert line.endswith("… more") and len(line) <= 300
    reported = QTextCursor(pane.document())
    reported.setPosition(text.index("Reported by"))
    assert pane.cursorRect(reported).bottom() < pane.viewport().height()  # the passages start on screen
    more = QTextCursor(pane.document())
    more.setPosition(text.index("… more") + len("… m"))
    rect = pane.cursorRect(more)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.center().y()))
    text = pane.toPlainText()
    assert note in text and "… more" not in text
    assert len(pane.passages()) == len(event.mentions)


def test_article_markup_is_shown_literally(qtbot, sample_timeline):
    _, proxy, selection, pane = _pane(qtbot, sample_timeline)
    _select(selection, proxy, "e2")
    text = pane.toPlainText()
    assert "A pact <b>replaces</b> old deals &amp; more" in text
    # Nothing was interpreted as HTML: no bold run spelling "replaces" without its tags.
    assert "replaces old deals & more" not in text


def test_undated_reference_shows_the_sentence_only(qtbot, sample_timeline):
    _, proxy, selection, pane = _pane(qtbot, sample_timeline)
    beta = sample_timeline.document("beta")
    at = beta.text.index("The visit, the first")
    sentence = beta.sentence_at(at)
    undated = Mention("beta", at, at, "", sentence.start, sentence.end, dated=False)
    event = sample_timeline.events[5]
    pane.setEvent(replace(event, id="x", mentions=(undated,)))  # Event has slots: no __dict__
    text = pane.toPlainText()
    assert "The visit, the first in 24 years, drew crowds." in text
    assert "The pact signed on" not in text  # no context around an undated reference
    passage = pane.passages()[0]
    assert passage.pane_start == passage.pane_end
    assert not any(_format_at(pane, i).property(KIND_PROPERTY) == PHRASE for i in range(len(text) - 1))


def test_clicking_a_passage_asks_to_open_the_article(qtbot, sample_timeline):
    _, proxy, selection, pane = _pane(qtbot, sample_timeline)
    pane.show()
    qtbot.waitExposed(pane)
    _select(selection, proxy, "e6")
    second = pane.passages()[1]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(second.pane_start + 2)
    rect = pane.cursorRect(cursor)
    with qtbot.waitSignal(pane.openArticle) as blocker:
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.center().y()))
    start = sample_timeline.document("beta").text.index("June 19, 2024")
    assert blocker.args == ["beta", start, start + len("June 19, 2024")]


@pytest.mark.parametrize("width, larger", [(800, True), (110, False)])
def test_the_heading_is_larger_than_the_text_only_where_the_pane_has_room(qtbot, sample_timeline, width, larger):
    # In a 640 px window the pane is about 12 em wide, and a heading 1.35 times the text broke the title one
    # word a line. Resizing sets the size again, in place.
    _, proxy, selection, pane = _pane(qtbot, sample_timeline)
    pane.show()
    qtbot.waitExposed(pane)
    other = 110 if larger else 800
    pane.resize(other, 400)  # rendered at the other width first
    qtbot.waitUntil(lambda: other - 40 < pane.viewport().width() < other)
    _select(selection, proxy, "e1")
    pane.resize(width, 400)
    qtbot.waitUntil(lambda: width - 40 < pane.viewport().width() < width)
    size = _format_at(pane, 0).fontPointSize()
    text = pane.font().pointSizeF()
    assert size == pytest.approx(text * 1.35 if larger else text)
    assert _format_at(pane, 0).fontWeight() == QFont.Weight.Bold


# Two mentions in one sentence of one article: a range's two ends, or a date and a phrase referring to the event.
# The sentence holds markup, between and around the phrases, that must stay literal.
_WAR = ("Archive\n"
        "The armistice ended the fighting.\n"
        "<b>The war</b> lasted from 1950 to 1953 &amp; shaped the region.\n"
        "Talks went on for years.")


@pytest.mark.parametrize("phrases", [
    ("1950", "1953"),  # a range's two ends
    ("1953", "1950"),  # mentions in the event out of reading order
    ("1950", "<b>The war</b>"),  # a date and a referring phrase
    ("1950 to 1953", "1953"),  # overlapping phrases: one run, marked once
])
def test_two_mentions_in_one_sentence_show_the_sentence_once_with_both_phrases_marked(qtbot, phrases):
    doc = _doc("war", "Archive", _WAR, dt.date(2024, 1, 2))
    mentions = tuple(_mention(doc, p) for p in phrases)
    event = Event(id="w", title="The war", first=dt.date(1950, 1, 1), last=dt.date(1953, 12, 31),
                  precision=Precision.YEAR, mentions=mentions, sentence="The war")
    timeline = Timeline(documents=(doc,), events=(event,), problems=())
    _, proxy, selection, pane = _pane(qtbot, timeline)
    _select(selection, proxy, "w")
    text = pane.toPlainText()
    sentence = "<b>The war</b> lasted from 1950 to 1953 &amp; shaped the region."
    assert text.count(sentence) == 1  # once, and literal: the markup was not interpreted
    assert text.count("The armistice ended the fighting.") == 1  # the context once too
    assert "Reported by 1 source" in text
    [passage] = pane.passages()
    # Every mention's phrase is marked, and nothing else in the sentence is.
    marked = "".join(text[i] if _format_at(pane, i).property(KIND_PROPERTY) == PHRASE else "|"
                     for i in range(len(text) - 1))
    expected = sorted({p for p in phrases if not any(p != q and p in q for q in phrases)}, key=sentence.index)
    assert [run for run in marked.split("|") if run] == expected
    assert [text[a:b] for a, b in passage.phrases] == expected
    # The passage leads to the article at the event's first mention, as before.
    assert text[passage.pane_start:passage.pane_end] in expected
    assert phrases[0] in text[passage.pane_start:passage.pane_end]
    with qtbot.waitSignal(pane.openArticle) as blocker:
        pane.activatePassage(0)
    assert blocker.args == ["war", mentions[0].start, mentions[0].end]


def test_mentions_in_different_sentences_of_one_article_stay_separate_passages(qtbot, sample_timeline):
    # beta's "June 19, 2024" and "24 years" are in two sentences: two passages, each sentence once.
    _, proxy, selection, pane = _pane(qtbot, sample_timeline)
    beta = sample_timeline.document("beta")
    event = next(e for e in sample_timeline.events if e.id == "e6")
    pane.setEvent(replace(event, id="x", mentions=(_mention(beta, "June 19, 2024"), _mention(beta, "24 years"))))
    assert [p.document_id for p in pane.passages()] == ["beta", "beta"]
    text = pane.toPlainText()
    assert [text[p.pane_start:p.pane_end] for p in pane.passages()] == ["June 19, 2024", "24 years"]


@pytest.mark.parametrize("spans, expected", [
    ([(5, 9)], [(5, 9)]),
    ([(12, 16), (5, 9)], [(5, 9), (12, 16)]),  # sorted into reading order
    ([(5, 16), (12, 16)], [(5, 16)]),  # one inside another: marked once
    ([(5, 9), (9, 12)], [(5, 12)]),  # touching: one run
    ([(5, 5), (7, 9)], [(7, 9)]),  # an undated reference has no phrase
    ([(0, 3), (18, 30)], [(2, 3), (18, 20)]),  # clamped to the sentence [2, 20]
    ([(0, 1)], []),  # wholly outside it
])
def test_phrase_spans(spans, expected):
    mentions = [Mention("d", a, b, "x" * (b - a), 2, 20) for a, b in spans]
    assert phrase_spans(mentions, 2, 20) == expected


def _source_heading_lines(pane, title: str) -> list[str]:
    """The laid-out lines of the pane's block that names the source `title`."""
    block = pane.document().begin()
    while block.isValid():
        if title in block.text().replace("\u00a0", " "):
            layout = block.layout()
            return [block.text()[layout.lineAt(i).textStart():][:layout.lineAt(i).textLength()]
                    for i in range(layout.lineCount())]
        block = block.next()
    raise AssertionError(title)


def _strike_source_pane(qtbot, source_title: str, published: dt.date | None, width: int):
    """A pane `width` wide showing one source titled `source_title` (its one dated sentence selected)."""
    doc = _doc("src", source_title, f"{source_title}\nThe strike began on March 4, 2019.", published)
    event = Event(id="ev", title="Strike begins", first=dt.date(2019, 3, 4), last=dt.date(2019, 3, 4),
                  precision=Precision.DAY, mentions=(_mention(doc, "March 4, 2019"),), sentence="")
    _, proxy, selection, pane = _pane(qtbot, Timeline(documents=(doc,), events=(event,), problems=()))
    pane.resize(width, 500)
    _select(selection, proxy, "ev")
    pane.document().setTextWidth(pane.viewport().width())
    return pane


@pytest.mark.parametrize("source_title", [
    "Harbour workers walk out over night shifts",
    "Regional council weighs a second ferry crossing for the islands",
    "Aftershocks rattle the valley",
])
@pytest.mark.parametrize("published", [None, dt.date(2019, 11, 3)])
@pytest.mark.parametrize("width", [180, 240, 320, 420])
def test_a_sources_date_note_never_starts_a_line(qtbot, source_title, published, width):
    """"· publication date unknown" wrapped under a source's title read as a stray bullet: the note keeps to
    the title's line (taking its last word along when it wraps)."""
    pane = _strike_source_pane(qtbot, source_title, published, width)
    lines = _source_heading_lines(pane, source_title)
    note = "publication date unknown" if published is None else "3 November 2019"
    assert note in pane.toPlainText()
    for line in lines[1:]:
        assert not line.lstrip(" \u00a0").startswith("·"), lines
        assert not line.rstrip(" \u00a0").endswith("·"), lines


def test_placeholder_says_how_to_open_articles_when_there_are_none(qtbot):
    """An empty window's pane does not ask to select an event there is none of: it says how to get some."""
    *_, pane = _pane(qtbot, Timeline(documents=(), events=(), problems=()))
    text = pane.toPlainText()
    assert "Select an event" not in text
    assert "Open Folder" in text


def test_placeholder_when_the_articles_have_no_dated_events(qtbot):
    doc = _doc("plain", "Opinion: the week in review", "Opinion: the week in review\nNothing here has a date.", None)
    *_, pane = _pane(qtbot, Timeline(documents=(doc,), events=(), problems=()))
    text = pane.toPlainText()
    assert "Select an event" not in text and "No dated events" in text


@pytest.mark.parametrize("source_title", [
    "Arrest made in 2010 murder of a coastal family of four",
    "Harbour workers walk out over night shifts at the northern docks",
])
@pytest.mark.parametrize("published", [None, dt.date(2019, 11, 3)])
@pytest.mark.parametrize("width", [420, 480, 560, 640])
def test_a_source_title_that_fits_its_line_is_not_wrapped_early_by_its_date_note(qtbot, source_title, published,
                                                                                width):
    """The whole note ("· publication date unknown") was glued to the title's last word: a title that fitted
    its line wrapped a word early, leaving its last word alone under it with the note."""
    from PySide6.QtGui import QFontMetrics

    pane = _strike_source_pane(qtbot, source_title, published, width)
    lines = _source_heading_lines(pane, source_title)
    bold = QFont(pane.document().defaultFont())
    bold.setBold(True)
    # The title, its dot and the note's first word, with room to spare for the swatch and margins.
    needed = QFontMetrics(bold).horizontalAdvance("■ " + source_title + "  ·  publication") + 40
    if needed < pane.document().textWidth():
        assert source_title.split()[-1] in lines[0].replace("\u00a0", " "), lines
    for line in lines[1:]:
        assert not line.lstrip(" \u00a0").startswith("·"), lines
        assert not line.rstrip(" \u00a0").endswith("·"), lines


def test_context_from_another_line_of_the_article_keeps_its_own_line(qtbot):
    """A heading line before the passage's sentence ran into it in the pane ("Storm warning On March 4, ..."):
    context the article puts on another line is shown on a line of its own; context on the sentence's own line
    still runs on with a space."""
    text = ("Storm warning for the valley\n"
            "On March 4, 2019, the river rose above its banks. Roads were closed.\n"
            "Schools reopened a week later")
    parts = ["Storm warning for the valley", "On March 4, 2019, the river rose above its banks.",
             "Roads were closed.", "Schools reopened a week later"]
    spans = tuple(Sentence(text.index(part), text.index(part) + len(part)) for part in parts)
    doc = Document(id="src", path="/articles/src.txt", text=text, title="Storm warning", published=None,
                   sentences=spans)
    event = Event(id="ev", title="River rises", first=dt.date(2019, 3, 4), last=dt.date(2019, 3, 4),
                  precision=Precision.DAY, mentions=(_mention(doc, "March 4, 2019"),), sentence="")
    _, proxy, selection, pane = _pane(qtbot, Timeline(documents=(doc,), events=(event,), problems=()))
    _select(selection, proxy, "ev")
    shown = pane.document().toRawText()
    assert "Storm warning for the valley\u2028On March 4, 2019" in shown
    assert "Storm warning for the valley On March" not in shown
    assert "banks. Roads were closed." in shown  # the next sentence on the same line
    passage = pane.passages()[0]
    assert shown[passage.pane_start:passage.pane_end] == "March 4, 2019"


@pytest.mark.parametrize("sentence, first", [
    ("Divers say the ferry sank off the cape on March 4, 2019, with 40 aboard.", "gazette"),
    ("\u2026 the ferry sank off the cape on March 4, 2019, with 40 \u2026", "gazette"),  # a run-on one, cut
    ("Divers say the ferry  sank off the cape\\non March 4, 2019, with 40 aboard.", "gazette"),
    ("", "courier"),  # no sentence known (an event the user added): first-mention order
    ("A sentence no source has.", "courier"),
])
def test_the_passage_the_event_title_was_made_from_comes_first(qtbot, qtmodeltester, sentence, first):
    """A merged event lists its sources in first-mention order, and the first may report something else of the
    period ("...was last heard from in March 2019") while the title and date come from another outlet: the
    source whose sentence the title was made from leads."""
    courier = _doc("courier", "Ferry feared lost", "Ferry feared lost\n"
                   "The ferry was last heard from in March 2019, its owners said.", None)
    gazette = _doc("gazette", "Ferry sinks off the cape", "Ferry sinks off the cape\n"
                   "Divers say the ferry sank off the cape on March 4, 2019, with 40 aboard.", None)
    event = Event(id="ev", title="The ferry sank off the cape", first=dt.date(2019, 3, 4),
                  last=dt.date(2019, 3, 4), precision=Precision.DAY,
                  mentions=(_mention(courier, "March 2019"), _mention(gazette, "March 4, 2019")),
                  sentence=sentence.replace("\\n", "\n"))
    model, proxy, selection, pane = _pane(qtbot, Timeline(documents=(courier, gazette), events=(event,),
                                                         problems=()))
    _select(selection, proxy, "ev")
    text = pane.toPlainText()
    other = "gazette" if first == "courier" else "courier"
    titles = {"courier": "Ferry feared lost", "gazette": "Ferry sinks off the cape"}
    assert text.index(titles[first]) < text.index(titles[other])
    passages = pane.passages()
    assert [p.document_id for p in passages] == [first, other]
    shown = pane.document().toRawText()
    assert [shown[p.pane_start:p.pane_end] for p in passages] == [
        "March 4, 2019" if first == "gazette" else "March 2019", "March 2019" if first == "gazette" else "March 4, 2019"]
    qtmodeltester.check(model)
