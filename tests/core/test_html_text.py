"""Tests for timeline_app.core.html_text: stray and unclosed tags inside dropped furniture."""
from __future__ import annotations

import pytest

from timeline_app.core.html_text import _Reducer, collapse_spaces, reduce_html


@pytest.mark.parametrize("markup, expected", [
    # stray end tags inside a <nav> close nothing; the nav's own end tag closes it
    ("<nav><div><span><li><a>Home</a></span></b></i></em></nav><p>Body text.</p>", "Body text."),
    ("<nav>" + "<div><span><li><a href='#'>Home</a></span></b></i></em>" * 200 + "</nav><p>After.</p>", "After."),
    # an end tag closes the innermost open one of its kind, and everything opened inside it
    ("<aside><div><span>x</div>gone</aside><p>Kept.</p>", "Kept."),
    ("<div class='share'><div><p>no</div>still no</div><p>Yes.</p>", "Yes."),
    # an end tag for an element opened outside the dropped part does not reopen it
    ("<article><nav></article>Lost<p>also</p></nav><p>Back.</p></article>", "Back."),
])
def test_dropped_subtrees_close_at_their_own_end_tag(markup: str, expected: str) -> None:
    assert reduce_html(markup).text == expected


def test_stray_end_tags_do_not_grow_or_scan_the_stack() -> None:
    parser = _Reducer()
    parser.feed("<nav>" + "<div><span>x</span></b></i>" * 1000)
    assert len(parser._skip) == 1 + 1000  # <nav> and the unclosed <div>s, nothing for the stray ends
    assert parser._skip_open == {"nav": 1, "div": 1000, "span": 0}
    parser.feed("</nav><p>Out.</p>")
    parser.close()
    parser._flush()
    assert parser._skip == [] and parser.blocks == ["Out."]


@pytest.mark.parametrize("text, expected", [
    ("a  b\t\tc", "a b c"),
    ("the " * 40_000, "the " * 40_000),
    ("word\u00a0 \u200b" * 30_000, "word " * 30_000),
    ("x" * 70_000 + " " * 10 + "y", "x" * 70_000 + " y"),
])
def test_collapse_spaces_in_chunks_equals_one_substitution(text: str, expected: str) -> None:
    assert collapse_spaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Talks resumed in Rome.", "Talks resumed in Rome."),
    ("Talks  resumed", "Talks resumed"),
    ("Talks\u00a0resumed", "Talks resumed"),  # one unprintable space: still replaced
    ("Talks\u200bresumed", "Talks resumed"),
    ("Talks\tresumed", "Talks resumed"),
    ("Talks\nresumed", "Talks resumed"),
    ("Talks\u2003resumed", "Talks\u2003resumed"),  # an em space is not in _WS
    ("Talks \u00adresumed", "Talks \u00adresumed"),  # a soft hyphen is unprintable, not a space
])
def test_collapse_spaces_returns_a_plain_line_as_it_is(text: str, expected: str) -> None:
    assert collapse_spaces(text) == expected
    if text.isprintable() and "  " not in text:
        assert collapse_spaces(text) is text  # nothing rebuilt


@pytest.mark.parametrize("markup, blocks", [
    ("<p>One  line,\tcollapsed.</p>", ["One line, collapsed."]),
    ("<p>  \u00a0Padded\u200b  </p><p></p><p> </p>", ["Padded"]),
    ("<p>Two\n  lines</p>", ["Two lines"]),  # a line break in the source is a space, as a browser shows it
    ("<p>Broken<br>line</p>", ["Broken\nline"]),
    ("<pre>  keep   this\n  as is  </pre>", ["  keep   this\n  as is"]),
    ("<div><p>A</p><p>B</p></div>", ["A", "B"]),
    ("<div class='comments'><p>Gone</p></div><p id='main'>Kept</p>", ["Kept"]),
])
def test_blocks_of_one_line_and_of_several(markup: str, blocks: list[str]) -> None:
    assert reduce_html(markup).text == "\n\n".join(blocks)
