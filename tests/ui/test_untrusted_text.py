"""Article text is data, never markup: every string the window shows from an article, a file name or an
error is either shown in a plain-text format or is our own HTML in which the article's markup is escaped.

Qt treats a tooltip (and an AutoText QLabel) as rich text when `Qt.mightBeRichText` says so, and rich text
loads the files its `<img>` tags name: a title `<img src="/dev/zero"> Summit` aborted the app on hover.
This test loads articles full of markup through the real pipeline, then walks every widget, action, model
item, tab, the timeline's tooltips and the detail pane, and checks each string where it would be rendered.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QLineEdit, QTabBar, QWidget

from timeline_app.core.model import Problem, Timeline
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# Fragments of article markup as they are typed in the fixture files. Our own HTML never contains them, so
# finding one in a string that Qt renders as rich text means article markup reached the renderer unescaped.
RAW_FRAGMENTS = ('<img src="/dev/zero">', "<img src=", "<font color=red>", "<b>the leaders</b>", "<b>Bold</b>",
                 "<b>Hanoi</b>", "<i>March 2021</i>", '<a href="file:', "&amp; ")
# The tags our own rich text uses; anything else (img, font, a, table…) came from an article.
OUR_TAGS = {"qt", "p", "br", "b", "i", "span"}

FIRST = """<img src="/dev/zero"> Summit <font color=red>Spoof</font>

Published June 20, 2024

On June 19, 2024, <b>the leaders</b> signed a pact at the <img src="/dev/zero"> Summit in the capital.
The <font color=red>Spoof</font> treaty replaces an agreement signed in 1961 &amp; more.
It was <a href="file:///etc/passwd">the first visit</a> in 24 years.
"""
SECOND = """<b>Bold</b> claims &amp; <a href="file:///etc/passwd">link</a>

On March 3, 2023, the <font color=red>Spoof</font> ministers met in <b>Hanoi</b> &amp; Hue.
The Korean War of 1950-53 still shapes <img src="/dev/zero"> the region.
Talks on <i>March 2021</i> &amp; in <font color=red>May 5, 2022</font> had failed.
"""


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs) -> None:
        self.tags.append((tag, attrs))


class _RecordingDocument(QTextDocument):
    """Lays out rich text as a tooltip would, recording (never loading) every resource it asks for."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt's name
        self.requests.append(url.toString())
        return None


def assert_safe_rich(where: str, text: str) -> None:
    """`text` will be rendered as rich text if Qt thinks it is: then it must be our escaped HTML."""
    if not text or not QtGui.mightBeRichText(text):
        return
    for fragment in RAW_FRAGMENTS:
        assert fragment not in text, f"{where}: article markup {fragment!r} unescaped in rich text {text!r}"
    parser = _Tags()
    parser.feed(text)
    for tag, attrs in parser.tags:
        assert tag in OUR_TAGS, f"{where}: tag <{tag}> in rich text {text!r}"
        for name, _value in attrs:
            assert name == "style", f"{where}: attribute {name}= on <{tag}> in {text!r}"
    document = _RecordingDocument()
    document.setHtml(text)
    document.setTextWidth(400)
    document.size()  # lays it out: images would be requested here
    assert document.requests == [], f"{where}: rendering asks for {document.requests}"


def assert_no_mnemonic(where: str, text: str, own_prefix: bool = False) -> None:
    """In tab and action text a single `&` marks a shortcut: article text must have it doubled."""
    body = text
    if own_prefix and re.match(r"&\d ", body):
        body = body[3:]
    assert "&" not in body.replace("&&", ""), f"{where}: lone & in {text!r}"


def _model_strings(model: QAbstractItemModel):
    columns = max(1, model.columnCount() if hasattr(model, "columnCount") and not
                  isinstance(model, QAbstractListModel) else 1)
    for row in range(model.rowCount()):
        for col in range(columns):
            index = model.index(row, col)
            yield index, index.data(Qt.ItemDataRole.DisplayRole), index.data(Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def markup_folder(tmp_path):
    folder = tmp_path / "<b>articles<b> &amp; more"
    folder.mkdir()
    (folder / '<img src="dev-zero"> Summit.txt').write_text(FIRST, encoding="utf-8")
    (folder / "<font color=red>Spoof<b> &amp; co.txt").write_text(SECOND, encoding="utf-8")
    (folder / '<img src="dev-zero"> empty.txt').write_bytes(b"")  # a problem whose path is markup
    return folder


@pytest.fixture
def loaded(qtbot, tmp_path, markup_folder):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.loadNow([str(markup_folder)])
    # A problem of each level, with markup in path and message (the loader gives some of these itself).
    timeline = window.events.timeline()
    extra = (Problem(str(markup_folder / "<font color=red>x</font>.png"), "skipped: <b>Bold</b> image",
                     Problem.SKIPPED),
             Problem(str(markup_folder / "<b>Hanoi</b>.txt"), "decoded as <img src=\"/dev/zero\"> cp1252",
                     Problem.WARNING))
    window.applyTimeline(Timeline(timeline.documents, timeline.events, timeline.problems + extra),
                         [str(markup_folder)])
    yield window
    window.loader.shutdown()


def test_the_fixture_reaches_the_window(loaded):
    titles = [d.title for d in loaded.events.documents()]
    assert any("<img" in t for t in titles) and any("<b>Bold</b>" in t for t in titles)
    assert loaded.proxy.rowCount() >= 3
    assert loaded.problems.count() >= 3


def test_every_string_in_the_window_is_safe(qtbot, loaded):
    window = loaded
    # Open every event and every passage's article, so details, tabs and readers exist.
    for row in range(window.proxy.rowCount()):
        window.selectEventRow(row)
        for number in range(len(window.detail.passages())):
            window.detail.activatePassage(number)
        # The detail pane is built from text, never HTML: the markup is on screen as typed, and no image.
        shown = window.detail.toPlainText()
        html = window.detail.document().toHtml()
        assert "<img" not in html and "<font color=red>" not in html and "<a href=\"file" not in html
        event = window.selectedEvent()
        assert " ".join(event.title.split())[:20] in " ".join(shown.split())
    assert window.articles.tabs.count() >= 2
    window._fill_recent_menu()
    assert _walk_window(window) > 0  # the walk did meet the article markup, escaped


def _walk_window(window) -> int:
    """Check every string the window can render: widgets, actions, menus, model items, timeline tooltips.
    Returns how many strings held article markup, escaped."""
    seen_markup = 0
    widgets: list[QWidget] = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        for what in ("toolTip", "statusTip", "whatsThis"):
            text = getattr(widget, what)()
            seen_markup += "<" in text and "&lt;" in text
            assert_safe_rich(f"{name}.{what}", text)
        title = widget.windowTitle()
        assert "[*]" not in title.replace("[*][*]", ""), f"{name}: {title!r}"  # Qt's modified marker
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            assert_safe_rich(f"{name}.text", widget.text())
        if isinstance(widget, QLineEdit):
            continue
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                assert_no_mnemonic(f"{name} tab {i}", widget.tabText(i))
                assert_safe_rich(f"{name} tab {i} tooltip", widget.tabToolTip(i))
    for action in window.findChildren(QAction):
        where = f"action {action.text()!r}"
        for text in (action.toolTip(), action.statusTip(), action.whatsThis()):
            assert_safe_rich(where, text)
    for action in window.recent_menu.actions():
        if action.isSeparator() or action.text().startswith("&Clear") or not action.isEnabled():
            continue
        assert_no_mnemonic(f"recent {action.text()!r}", action.text(), own_prefix=True)
        assert_safe_rich(f"recent {action.text()!r} tooltip", action.toolTip())

    # Every item of every model: display text is painted as plain text by the delegates; tooltips are not.
    models = {"events": window.events, "list": window.list_proxy, "sources": window.sources,
              "problems": window.problems.model()}
    for model_name, model in models.items():
        for index, display, tip in _model_strings(model):
            assert display is None or isinstance(display, str)
            if isinstance(tip, str):
                seen_markup += "&lt;" in tip
                assert_safe_rich(f"{model_name}[{index.row()},{index.column()}] tooltip", tip)

    # The timeline paints titles with QPainter.drawText (plain); its tooltips are rich text.
    view = window.timeline
    for row in range(window.proxy.rowCount()):
        tip = view.eventToolTip(row)
        assert tip
        assert_safe_rich(f"timeline tooltip {row}", tip)
    for action in window.findChildren(QAction):  # menus' own items, the undo stack's texts included
        assert_safe_rich(f"action {action.text()!r} tooltip", action.toolTip())
    return seen_markup


def test_edits_notes_and_edit_dialogs_are_safe(qtbot, loaded):
    """Titles and notes the user types may hold markup too; undo texts, the Hidden list, the problems of edits
    that no longer apply, the split menu and every edit dialog show them as the characters they are."""
    window = loaded
    window.editing.ask_unsaved = lambda doing: "discard"
    window.selectEventRow(0)
    window.editing.editSelected()
    dialog = window.editing.dialog
    dialog.title.setText('<img src="/dev/zero"> Summit <font color=red>Spoof</font>')
    dialog.note.setPlainText("<b>the leaders</b> &amp; more")
    dialog.accept()
    edited = window.selectedEvent()
    assert edited.title.startswith("<img") and window.selectedEvent().note.startswith("<b>")
    window.editing.renameSelected()  # the undo text now quotes the markup title
    window.editing.dialog.title.setText("Tom & Jerry")
    window.editing.dialog.accept()
    assert "<img" in window.editing.undo_action.text() and "&lt;img" in window.editing.undo_action.toolTip()
    window.editing.renameSelected()
    window.editing.dialog.title.setText("Renamed again")
    window.editing.dialog.accept()
    assert_no_mnemonic("undo", window.editing.undo_action.text().replace("&Undo", "Undo"))
    window.selectEventRow(1)
    window.editing.hideSelected()
    assert window.editing.hidden_list.model.rowCount() == 1
    # An edit that no longer applies is listed in the Problems panel with its (markup) title.
    from timeline_app.core.edits import Edit

    window.editing.push([(Edit("title", (("0" * 64, 0, 1),), {"title": "<b>Bold</b> gone"}), "<b>Bold</b>")])
    assert any("Bold" in window.problems.item(i).text() for i in range(window.problems.count()))
    # Two events merged: one with passages from both markup-titled articles, for the Split menu.
    events = window.events.rowEvents()
    first = next(e for e in events if e.sources == (window.events.documents()[0].id,))
    second = next(e for e in events if e.sources == (window.events.documents()[1].id,))
    window.editing.merge([first, second])
    assert len(window.selectedEvent().mentions) > 1
    window.editing._fill_split_menu()
    assert len(window.editing.split_menu.actions()) > 1
    for action in window.editing.split_menu.actions():  # "Source title: “phrase”": article text in a menu
        assert_no_mnemonic(f"split {action.text()!r}", action.text())
    # Each dialog open (non-modal here), so the walk meets its labels, lists and tooltips.
    window.editing.mergeSelected()
    merge = window.editing.dialog
    assert merge.list.count() >= 2 and merge.isVisible()
    _walk_window(window)
    window.editing.noteSelected()
    assert window.editing.dialog.isVisible()
    _walk_window(window)
    window.editing.editSelected()
    _walk_window(window)
    window.selectEventRow(0)
    window.detail.activatePassage(0)
    page = window.articles.currentArticle()
    cursor = page.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(min(40, len(page.article.text)), cursor.MoveMode.KeepAnchor)
    page.setTextCursor(cursor)
    window.editing.newEventFromSelection()
    assert window.editing.dialog is not None
    window.editing.bar.showMessage(window.editing._read_only_message())
    assert _walk_window(window) > 0


def test_problems_list_shows_each_level_with_its_own_icon(loaded):
    items = [loaded.problems.item(i) for i in range(loaded.problems.count())]
    levels = {item.data(Qt.ItemDataRole.UserRole) for item in items}
    assert {Problem.ERROR, Problem.SKIPPED, Problem.WARNING} <= levels
    keys = {item.data(Qt.ItemDataRole.UserRole): item.icon().cacheKey() for item in items}
    assert len(set(keys.values())) == 3


def test_cluster_menu_and_export_dialog_are_safe(qtbot, loaded, tmp_path):
    """The list of a cluster's events (titles in actions and tooltips) and the Export dialog (issue 9)."""
    from timeline_app.core.lanes import Cluster
    from timeline_app.ui.export_dialog import ExportDialog

    view = loaded.timeline
    rows = tuple(range(loaded.proxy.rowCount()))
    menu = view.clusterMenu(Cluster(10.0, 0.0, 20.0, 0, rows))
    texts = [a.text() for a in menu.actions() if a.isEnabled()]
    assert len(texts) == len(rows) and any("<" in t for t in texts)  # the titles, markup as characters
    for action in menu.actions():
        assert_no_mnemonic(f"cluster menu {action.text()!r}", action.text())
        assert_safe_rich(f"cluster menu {action.text()!r} tooltip", action.toolTip())
    tip = view.clusterToolTip(Cluster(10.0, 0.0, 20.0, 0, rows))
    assert_safe_rich("cluster tooltip", tip)
    dialog = ExportDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        assert_safe_rich(f"export dialog {type(widget).__name__}.toolTip", widget.toolTip())
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            assert_safe_rich(f"export dialog {type(widget).__name__}.text", widget.text())
