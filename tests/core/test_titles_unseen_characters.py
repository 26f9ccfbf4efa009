"""Titles shown in the Sources list, tabs, tooltips and the event list carry no character that reorders or
hides text (bidi overrides, zero-width characters) and no control: an article cannot spoof its title or show
an empty one. The text keeps them (offsets stay exact); only titles are cleaned."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.html_text import visible_text
from timeline_app.core.pipeline import build_timeline

BODY = "\n\nOn March 3, 2024 the council voted to close the bridge.\n"


@pytest.mark.parametrize("first_line, title", [
    ("\u202eSummit\u202c talks", "Summit talks"),  # right-to-left override: would show "stlat timmuS"
    ("\u2067Summit\u2069 talks\u200b\u200b", "Summit talks"),  # isolate, zero-width spaces
    ("Sum\u00admit\u2060 talks\ufeff", "Summit talks"),  # soft hyphen, word joiner, BOM
    ("\x01\x02Red\x07\ttitle\x7f\x85", "Red title"),  # C0/C1 controls read as spaces
    ("\u200b\u200c\u200d\ufeff\u2060", "On March 3, 2024 the council voted to close the bridge."),  # shows nothing
    ("\u202e\u202d\u200b  ", "On March 3, 2024 the council voted to close the bridge."),
    ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 talks", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 talks"),  # ZWNJ kept
])
def test_document_titles_show_what_they_say(first_line: str, title: str) -> None:
    text = first_line + BODY
    doc = document_from_text(text, id="a")
    assert doc.title == title
    assert doc.text == text  # offsets into the text stay exact


@pytest.mark.parametrize("kind, text", [
    ("html", "<html><head><title>\u202eSummit\u202c talks</title></head><body><p>" + BODY + "</p></body></html>"),
    ("md", "# \u2066Summit\u2069 talks\u200b" + BODY),
])
def test_markup_titles_are_cleaned_too(kind: str, text: str) -> None:
    assert document_from_text(text, id="a", kind=kind).title == "Summit talks"


@pytest.mark.parametrize("s, shown", [
    ("Plain title", "Plain title"),
    ("a\u202eb", "ab"),
    ("a\x00\x01b", "a b"),
    ("a \x00 b", "a b"),
    ("a  b", "a  b"),  # nothing unseen: left as it is
    ("a\u2028b\u2029c", "a b c"),  # line and paragraph separators: breaks, as spaces
    ("\u3164\u3164", ""),  # Hangul fillers: letters to isprintable, but show nothing
    ("a\u115f\u1160b\uffa0", "ab"),
    ("Summit\U000e0041\U000e0042 talks\U000e007f", "Summit talks"),  # tag characters
    ("\U000e0020x\U000e0000", "x"),
])
def test_visible_text(s: str, shown: str) -> None:
    assert visible_text(s) == shown


def test_event_titles_from_a_sentence_with_bidi_and_zero_width_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Summit\n\nOn March 3, 2024 the \u202ecouncil voted\u202c to close the br\u200bidge.\n", encoding="utf-8")
    timeline = build_timeline([tmp_path], cache=False, workers=1)
    titles = [e.title for e in timeline.events]
    assert titles and all(t.isprintable() for t in titles), titles


def test_a_file_name_standing_as_title_is_cleaned(tmp_path: Path) -> None:
    from timeline_app.core.documents import load_paths

    p = tmp_path / "report\u202etxt.exe.txt"
    p.write_text("\u200b\u2060\n", encoding="utf-8")  # nothing visible: the file's name is its title
    docs, _ = load_paths([p])
    assert [d.title for d in docs] == ["reporttxt.exe"]
