"""The cheap tests that stand before slower scans (issue 7) answer as the scans they guard: `grammar.may_hold`
says False only where an IGNORECASE pattern needing one of its words cannot match, and temporal's
`_search_low` (the pattern without the flag, on the lower-cased text) finds what the pattern finds."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import extraction, grammar, temporal


@pytest.mark.parametrize("text, expected", [
    ("sales rose 5% from a year ago", True),
    ("sales rose 5% FROM a year ago", True),  # any case, as IGNORECASE reads it
    ("sales rose 5% in the year", False),
    ("sales rose 5% ver\u017fus a year ago", True),  # not ASCII: re's IGNORECASE reads "ſ" as "s", so no answer
])
def test_may_hold_says_false_only_where_no_part_can_be_read(text, expected):
    assert grammar.may_hold(text, 0, len(text), ("versus", "from")) is expected


def test_may_hold_reads_only_its_window():
    text = "from here on, nothing"
    assert grammar.may_hold(text, 0, 8, ("from",))
    assert not grammar.may_hold(text, 5, len(text), ("from",))


def _ctx(text: str) -> temporal._Ctx:
    ctx = temporal._Ctx(text, dt.date(2024, 6, 20))
    ctx.low = ctx.text.lower()  # as tag() sets it
    return ctx


@pytest.mark.parametrize("text", [
    "The board WILL meet",  # upper case, ASCII: the lower-cased text is searched
    "The board is looKing to meet",  # a Kelvin sign: the pattern itself reads it
    "The board\u2019s members Shall meet",  # a curly quote before the word: the pattern itself reads the window
    "The board met",  # nothing
])
@pytest.mark.parametrize("pattern, lowered", [
    (temporal._FUTURE_RE, temporal._FUTURE_LOW),
    (temporal._PRESENT_SCHEDULE, temporal._PRESENT_SCHEDULE_LOW),
    (temporal._LONG_SCHEDULE, temporal._LONG_SCHEDULE_LOW),
])
def test_search_low_finds_what_the_ignorecase_pattern_finds(text, pattern, lowered):
    ctx = _ctx(text)
    for lo in range(len(text)):
        got = temporal._search_low(ctx, pattern, lowered, lo, len(text))
        want = pattern.search(ctx.text, lo, len(text))
        assert (got and (got.start(), got.end(), got[0].lower())) == (want and (want.start(), want.end(),
                                                                                   want[0].lower()))


def test_a_lowered_pattern_refuses_an_upper_case_escape():
    import re

    with pytest.raises(AssertionError):
        temporal._lowered(re.compile(r"will\S", re.I))  # "\s" is not "\S": lower-casing would change it


@pytest.mark.parametrize("title", [
    "Russian President Vladimir Putin visits Pyongyang",
    "Talks with Gen. Colin Powell end",
    "the Leader Kim Jong Un arrives",
    "Putin visits Pyongyang",
    "North Korean Kim Jong Un visits Beijing",
])
def test_without_roles_gives_what_the_substitutions_give(title):
    text = extraction._ROLE_BEFORE_NAME.sub(extraction._role_gone, title)  # unguarded
    assert extraction._without_roles(title) == extraction._DEMONYM_BEFORE_NAME.sub(extraction._demonym_gone, text)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern's text, escapes of punctuation undone ("Gen\\." -> "Gen.")."""
    out, depth, current = [], 0, ""
    for c in pattern:
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += c
    return [a.replace("\\.", ".").replace("\\-", "-") for a in out + [current]]


@pytest.mark.parametrize("pattern, parts", [
    (extraction._ROLE, extraction._ROLE_PARTS),
    (extraction._SUPERLATIVES, extraction._SUPERLATIVE_PARTS),
])
def test_each_alternative_of_a_guarded_pattern_holds_one_of_its_parts(pattern, parts):
    # A word added to the pattern without a part of it in the tuple would be skipped by the test before it.
    for alternative in _alternatives(pattern):
        assert any(part in alternative for part in parts), alternative


def test_each_relation_word_holds_one_of_the_relation_parts():
    words = extraction._RELATION.pattern
    before = words[words.index("(?P<before>") + len("(?P<before>"):words.index(")", words.index("(?P<before>"))]
    after = words[words.index("(?P<after>") + len("(?P<after>"):words.index(")", words.index("(?P<after>"))]
    for word in _alternatives(before) + _alternatives(after):
        assert any(part in word for part in extraction._RELATION_PARTS), word


def _group_at(pattern: str, open_at: int) -> str:
    """The text inside the group whose "(" is at `open_at` (after its "?:" or "?P<name>"), escapes skipped."""
    depth, k = 0, open_at
    while True:
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        depth += c == "("
        depth -= c == ")"
        if depth == 0:
            break
        k += 1
    body = pattern[open_at + 1:k]
    if body.startswith("?:"):
        return body[2:]
    return body[body.index(">") + 1:] if body.startswith("?P<") else body


def test_each_compared_yardstick_alternative_holds_one_of_the_compared_parts():
    # _COMPARED_BEFORE's first group holds every way a yardstick opens: each must hold a part `may_hold` looks for.
    pattern = grammar._COMPARED_BEFORE.pattern
    assert pattern.startswith("(?:")
    alternatives = _alternatives(_group_at(pattern, 0))
    assert len(alternatives) >= 6
    for alternative in alternatives:
        assert any(part in alternative.lower() for part in grammar._COMPARED_PARTS), alternative


def test_each_comparison_marker_holds_one_of_the_marker_parts():
    # The words `_comparison_marker` returns (the literal ones as it lists them), and for its "with"/"to" the
    # compare verb before it: `may_hold` reads the whole sentence before the date, so the verb holds the part.
    # (_OPENING_MARKERS, "against" too, are `_far_side_opened`'s, which `may_hold` does not guard.)
    markers = {"versus", "vs.", "vs", "than", "from"} | grammar._COMPARE_VERBS
    for word in markers:
        assert any(part in word for part in grammar._MARKER_PARTS), word


def test_every_planned_infinitive_opens_with_to_be():
    # `_TO_BE` stands before _PLANNED_BEFORE: every match of its "inf" group must start with a match of it.
    pattern = extraction._PLANNED_BEFORE.pattern
    infinitive = _group_at(pattern, pattern.index("(?P<inf>"))
    assert "|" not in infinitive and "?" not in infinitive  # (a plain sequence: its start is in every match)
    assert infinitive.startswith(extraction._TO_BE.pattern), infinitive
