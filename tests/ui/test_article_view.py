"""The reader: plain text, scrolled to the passage, sentence and date phrase highlighted."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton

from timeline_app.core.model import Document, Sentence
from timeline_app.ui.article_view import ArticleView, utf16_offset


def test_article_is_plain_text_with_passage_highlighted(qtbot, sample_timeline):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    beta = sample_timeline.document("beta")
    start = beta.text.index("June 19, 2024")
    page = view.openArticle(beta, start, start + len("June 19, 2024"))
    assert page.toPlainText() == beta.text  # markup shown as typed
    assert "<b>replaces</b>" in page.toPlainText() and "&amp;" in page.toPlainText()
    sentence_sel, phrase_sel = page.extraSelections()
    assert phrase_sel.cursor.selectedText() == "June 19, 2024"
    assert phrase_sel.format.fontWeight() == QFont.Weight.Bold
    sentence = beta.sentence_at(start)
    assert sentence_sel.cursor.selectedText() == beta.text[sentence.start:sentence.end]
    assert page.textCursor().position() == start
    assert page.isReadOnly()


def test_tabs_are_reused_and_closable(qtbot, sample_timeline):
    view = ArticleView()
    qtbot.addWidget(view)
    alpha, beta = sample_timeline.document("alpha"), sample_timeline.document("beta")
    assert view.stack.currentWidget() is view.hint
    view.openArticle(alpha, 10, 20)
    view.openArticle(beta, 5, 9)
    view.openArticle(alpha, 40, 45)
    assert view.tabs.count() == 2
    assert view.currentArticle().article.id == "alpha"
    assert view.currentArticle().span[:2] == (40, 45)
    view.closeCurrent()
    view.closeCurrent()
    assert view.tabs.count() == 0 and view.stack.currentWidget() is view.hint


def test_offsets_survive_characters_outside_the_bmp(qtbot, sample_timeline):
    alpha = sample_timeline.document("alpha")
    text = "🎉🎉 " + alpha.text
    shifted = dataclasses.replace(alpha, text=text,
                                  sentences=tuple(Sentence(s.start + 3, s.end + 3) for s in alpha.sentences))
    view = ArticleView()
    qtbot.addWidget(view)
    start = text.index("June 19, 2024")
    page = view.openArticle(shifted, start, start + 13)
    assert page.extraSelections()[1].cursor.selectedText() == "June 19, 2024"
    assert utf16_offset(text, start) == start + 2


def _shown_view(qtbot, width: int) -> ArticleView:
    """A reader shown on screen, `width` px wide: its tabs are fitted to the width it has."""
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on showing a top-level widget
def test_a_tab_names_its_article_in_words_however_narrow_the_pane(qtbot, sample_timeline):
    # At the narrowest pane of a 640 px window the tab read "Pu…" beside its close button.
    view = _shown_view(qtbot, 600)
    beta = sample_timeline.document("beta")  # "A pact <b>replaces</b> old deals &amp; more"
    view.openArticle(beta, 5, 9)
    bar = view.tabs.tabBar()
    wide = bar.tabText(0)
    assert wide.startswith("A pact <b>replaces</b> old")  # most of it when there is room
    tooltip = bar.tabToolTip(0)
    assert "&lt;b&gt;replaces&lt;/b&gt; old deals &amp;amp; more" in tooltip and "<b>replaces" not in tooltip
    em = view.fontMetrics().horizontalAdvance("M")
    for width in (20 * em, 9 * em):
        view.resize(width, 300)
        qtbot.waitUntil(lambda: len(bar.tabText(0)) < len(wide))
        text = bar.tabText(0)
        assert text.endswith("…") and text.startswith("A pact"), text  # words, never "A p…"
        assert bar.tabRect(0).right() <= bar.width(), (width, bar.tabRect(0), bar.width())
    view.resize(600, 300)
    qtbot.waitUntil(lambda: bar.tabText(0) == wide)
    assert view.tabs.tabsClosable()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_many_tabs_keep_their_close_buttons_and_first_words(qtbot):
    # Seven articles in a 700 px pane: once one tab could not fit its first word beside a close button within
    # its share of the bar, the close buttons went for all tabs. Each tab keeps its first word and its button;
    # the bar's scroll buttons reach the tabs past its edge.
    view = _shown_view(qtbot, 700)
    titles = [f"{word} agreement reached after long talks in the capital" for word in
              ("Ministers", "Negotiators", "Lawmakers", "Governors", "Delegates", "Senators", "Officials")]
    for k, title in enumerate(titles):
        view.openArticle(Document(f"d{k}", f"/d{k}.txt", "Some text.", title), 0, 4)
    bar = view.tabs.tabBar()
    qtbot.waitUntil(lambda: bar.count() == len(titles))
    assert view.tabs.tabsClosable()
    for k, title in enumerate(titles):
        assert bar.tabText(k).startswith(title.split()[0]), (k, bar.tabText(k))
    view.resize(60, 300)  # too narrow for one tab's first word beside a button: the words stay
    qtbot.waitUntil(lambda: not view.tabs.tabsClosable())
    view.resize(700, 300)
    qtbot.waitUntil(view.tabs.tabsClosable)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_tab_shows_one_close_button_after_the_pane_narrows_and_widens(qtbot):
    # Turning the buttons off left the old ones alive until their deferred deletion, and turning them on again
    # added new ones beside them: a grab (the --screenshot picture) showed every tab with two close buttons.
    view = _shown_view(qtbot, 600)
    view.openArticle(Document("d0", "/d0.txt", "Some text.", "Negotiators reach an agreement"), 0, 4)
    bar = view.tabs.tabBar()

    def close_buttons_shown() -> int:
        return sum(1 for b in bar.findChildren(QAbstractButton)
                   if b.metaObject().className() == "CloseButton" and b.isVisibleTo(bar))

    assert close_buttons_shown() == 1
    view.resize(60, 300)  # too narrow for "Negotiators" beside a button
    qtbot.waitUntil(lambda: not view.tabs.tabsClosable())
    assert close_buttons_shown() == 0
    view.resize(600, 300)
    qtbot.waitUntil(view.tabs.tabsClosable)
    assert close_buttons_shown() == 1


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize(("text", "named"), [
    ("Harbour works\nThe old quay was laid in 120 BC by traders.\nIt reopened on 4 May 2021.",
     ["“120 BC” (BC: before year 1)"]),
    ("Temple digs\nDiggers dated the wall to 2500 B.C.E. and a <b>gate</b> to AD 0.\nWork ended on 2 June 2019.",
     ["“2500 B.C.E.” (BC: before year 1)", "“AD 0” (year 0: outside 1–9999)"]),
    ("Quiet town\nThe council met on 3 March 2020.\nNothing older was found.", []),
])
def test_an_article_says_which_of_its_dates_the_timeline_cannot_hold(qtbot, tmp_path, text, named):
    """A date no calendar date can hold ("120 BC") is dropped by the tagger: the reader of its article is told
    so under it (it was only logged), as plain text, each phrase quoted as the window shows article text."""
    from PySide6.QtCore import QSettings, Qt

    from timeline_app.core.model import Event, Mention, Precision, Timeline
    from timeline_app.ui.main_window import MainWindow

    lines, sentences, pos = text.split("\n"), [], 0
    for line in lines:
        sentences.append(Sentence(pos, pos + len(line)))
        pos += len(line) + 1
    doc = Document(id="d", path="/news/d.txt", text=text, title=lines[0], sentences=tuple(sentences))
    last = sentences[-1]
    phrase = next(p for p in ("4 May 2021", "2 June 2019", "3 March 2020") if p in text)
    start = text.index(phrase)
    day = dt.date(2021, 5, 4)
    event = Event("e", "Reopening", day, day,
                  Precision.DAY, (Mention("d", start, start + len(phrase), phrase, last.start, last.end),))
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.applyTimeline(Timeline((doc,), (event,), ()), ["/news"])
    window.show()
    qtbot.waitExposed(window)
    window.openArticle("d", start, start + len(phrase))  # what clicking the passage in the details does
    view = window.articles
    if named:
        qtbot.waitUntil(lambda: not view.dropped.isHidden())
        shown = view.dropped.text()
        assert view.dropped.textFormat() == Qt.TextFormat.PlainText
        for part in named:
            assert part in shown
        assert shown.startswith("1 date here is not" if len(named) == 1 else f"{len(named)} dates here are not")
    else:
        qtbot.waitUntil(lambda: "d" not in view._scanning)
        assert view.dropped.isHidden()
    window.loader.shutdown()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_opening_a_loaded_article_does_not_tag_it_again(qtbot, tmp_path, monkeypatch):
    """The dropped dates of a loaded article come from the load's own tagging (`Document.dropped`): opening it
    only formats the note, with no second tagging of its text in the thread pool the exports share (a 10 MB
    mailbox was tagged again on first open, and the window waited for it at exit)."""
    from PySide6.QtCore import QSettings

    from timeline_app.core import temporal
    from timeline_app.core.pipeline import build_timeline
    from timeline_app.ui.main_window import MainWindow

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "quay.txt").write_text("May 5, 2021\n\nHarbour works\n\nThe old quay was laid in 120 BC by traders. "
                                     "It reopened on May 4, 2021.\n", encoding="utf-8")
    timeline = build_timeline([folder], cache=False)
    doc = timeline.documents[0]
    mention = next(m for e in timeline.events for m in e.mentions if m.document == doc.id)
    tagged: list[str] = []
    real = temporal.tag_stream
    monkeypatch.setattr(temporal, "tag_stream", lambda text, *a, **k: (tagged.append(text), real(text, *a, **k))[1])
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.applyTimeline(timeline, [str(folder)])
    window.show()
    qtbot.waitExposed(window)
    window.openArticle(doc.id, mention.start, mention.end)
    view = window.articles
    qtbot.waitUntil(lambda: not view.dropped.isHidden())
    assert "“120 BC” (BC: before year 1)" in view.dropped.text()
    assert not view._scanning and not tagged
    window.loader.shutdown()
