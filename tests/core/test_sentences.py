"""Sentences never cut through a date: every expression the tagger finds lies inside one sentence.

The splitter must respect dashes, brackets and line breaks inside a date: an abbreviation ("Dec.",
"Sept.", "a.m.", "No.") followed by what continues the date or clause is not a sentence end, and neither is
a break inside brackets or between a pair of dashes.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import documents
from timeline_app.core.documents import document_from_text, split_sentences
from timeline_app.core.temporal import tag

# text -> the sentences expected
TRICKY = [
    ("The vote—Dec. 31, 2024—passed easily.", ["The vote—Dec. 31, 2024—passed easily."]),
    ("The vote—on Dec.\n31, 2024—passed easily.", ["The vote—on Dec.\n31, 2024—passed easily."]),
    ("He left on Sept.\n3, 2024, for Rome.", ["He left on Sept.\n3, 2024, for Rome."]),
    ("The vote on December\n31, 2024 passed.", ["The vote on December\n31, 2024 passed."]),
    ("The vote on 31\nDecember 2024 passed.", ["The vote on 31\nDecember 2024 passed."]),
    ("They met at 5\np.m. Friday in Rome.", ["They met at 5\np.m. Friday in Rome."]),
    ("The vote (held on\nDec. 31) passed.", ["The vote (held on\nDec. 31) passed."]),
    ("Prices rose in mid-Dec. 2023 and fell.", ["Prices rose in mid-Dec. 2023 and fell."]),
    ("The law (passed Dec. 31. It took effect in 2025) was new. Then came another.",
     ["The law (passed Dec. 31. It took effect in 2025) was new.", "Then came another."]),
    ("The talks—set for Feb. 2 at 10 a.m. EST—were delayed. They resumed.",
     ["The talks—set for Feb. 2 at 10 a.m. EST—were delayed.", "They resumed."]),
    ("The vote – Dec. 31, 2024 – passed easily.", ["The vote – Dec. 31, 2024 – passed easily."]),
    ("The vote [Sept. 3, 2024] passed easily.", ["The vote [Sept. 3, 2024] passed easily."]),
    ("The meeting at 9 a.m. Tuesday ended early. At 5 p.m. He left.",
     ["The meeting at 9 a.m. Tuesday ended early.", "At 5 p.m.", "He left."]),
    ("The vote—held Dec. 31. 2024 was a hard year—passed.", ["The vote—held Dec. 31. 2024 was a hard year—passed."]),
    ("It was held at No. 10 on Jan. 2, 2020. The answer was no. The vote failed.",
     ["It was held at No. 10 on Jan. 2, 2020.", "The answer was no.", "The vote failed."]),
    ("He said—and left. Then, weeks later, he came back. It was June—hot.",
     ["He said—and left.", "Then, weeks later, he came back.", "It was June—hot."]),
    ("1) First. 2) Second item here.", ["First.", "2) Second item here."]),  # "1)" opens a list item
    ("(It rained.) Then it stopped.", ["(It rained.)", "Then it stopped."]),
    ("Sales rose in Q3. Dec. 2024 was better.", ["Sales rose in Q3.", "Dec. 2024 was better."]),
    ("Heading Without Stop\nBody sentence here.", ["Heading Without Stop", "Body sentence here."]),
    ("Results for 2024\nThe year was good.", ["Results for 2024", "The year was good."]),
    # a name with a lower-case first letter and a capital inside opens a sentence as a capital would
    ("Sales fell. iPhone users, however, stayed.", ["Sales fell.", "iPhone users, however, stayed."]),
    ("It ends in May. iOS 5 comes in the fall.", ["It ends in May.", "iOS 5 comes in the fall."]),
    ("He sold it on eBay. eBay took a fee.", ["He sold it on eBay.", "eBay took a fee."]),
    ("It costs approx. iPhone prices.", ["It costs approx. iPhone prices."]),  # an abbreviation still holds
    ("The price fell. iphone sales rose.", ["The price fell. iphone sales rose."]),  # all lower case: no break
]


@pytest.mark.parametrize("text, expected", TRICKY)
def test_tricky_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start:s.end] for s in split_sentences(text)] == expected


@pytest.mark.parametrize("text", [t for t, _ in TRICKY if tag(t, reference=dt.date(2024, 6, 20))])
def test_every_expression_lies_within_one_sentence(text: str) -> None:
    sentences = split_sentences(text)
    expressions = tag(text, reference=dt.date(2024, 6, 20))
    for x in expressions:
        assert any(s.start <= x.start and x.end <= s.end for s in sentences), (x.text, sentences)


def test_document_mentions_stay_in_their_sentence() -> None:
    doc = document_from_text("Vote held\n\nThe vote—Dec. 31, 2024—passed easily. Then came 2025.", id="v")
    start = doc.text.index("Dec. 31, 2024")
    sentence = doc.sentence_at(start)
    assert sentence is not None and sentence.end >= start + len("Dec. 31, 2024")


@pytest.mark.parametrize("text", [
    "(" * 5000 + "]" * 5000 + " A. B.",
    "— a. B " * 3000,
    "x (Dec. 5. " * 3000,
])
def test_hostile_brackets_and_dashes_still_split_sanely(text: str) -> None:
    got = split_sentences(text)
    prev = 0
    for s in got:  # sorted, disjoint, inside the text
        assert prev <= s.start < s.end <= len(text)
        prev = s.end


# text -> the lines of content (trimmed) and whether a blank line comes before each
LINES = [
    ("One\nTwo", [("One", True), ("Two", False)]),
    ("One\n\nTwo", [("One", True), ("Two", True)]),
    ("  One  \n \t \n  Two\t", [("One", True), ("Two", True)]),
    ("One\r\nTwo\r\n\r\nThree", [("One", True), ("Two", False), ("Three", True)]),
    ("One\r\rTwo\rThree", [("One", True), ("Two", True), ("Three", False)]),
    ("One\u2028Two\u2029\u2029Three", [("One", True), ("Two", False), ("Three", True)]),
    ("One\x0cTwo\n\x0c\nThree", [("One", True), ("Two", False), ("Three", True)]),
    ("\n\n  \u00a0One two\u00a0 \n", [("One two", True)]),
    ("One \n Two", [("One", True), ("Two", False)]),
    (" \n\n\n", []),
]


@pytest.mark.parametrize("text, expected", LINES)
def test_lines_of_content_and_the_blank_lines_between(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(ln.s, ln.after_blank) for ln in documents._lines(text)] == expected


@pytest.mark.parametrize("text, has_asides", [
    ("Talks resumed on Monday in Rome.", False),
    ("Talks (in Rome) resumed.", True),
    ("Talks—in Rome—resumed.", True),
    ("Pages 5–7 were torn.", True),  # an en dash is looked at (and found to be no aside)
])
def test_asides_are_only_built_for_text_with_brackets_or_dashes(text: str, has_asides: bool) -> None:
    assert (documents._asides(text, 0, len(text)) is not None) is has_asides
