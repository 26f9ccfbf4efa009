"""Explanations name articles by their titles, elided, never by internal id (issue 8, part 5)."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.extraction import quoted_title
from timeline_app.core.model import Document


def _doc(title: str, doc_id: str = "000_72b65fb3c3f0fad2") -> Document:
    return Document(doc_id, "", "text", title, published=dt.date(2024, 6, 20))


@pytest.mark.parametrize("title, expected", [
    ("Putin arrives in Pyongyang", "“Putin arrives in Pyongyang”"),
    ("Putin arrives in Pyongyang for a rare visit to his ally Kim", "“Putin arrives in Pyongyang for a rare…”"),
    ("  Spaces   are\n folded  ", "“Spaces are folded”"),
    ("Averyveryveryverylongwordwithoutanyspacesatallinthetitle", "“Averyveryveryverylongwordwithoutanyspace…”"),
    ("", "000_72b65fb3c3f0fad2"),  # no title at all: the id is all there is
])
def test_an_article_is_named_by_its_elided_title(title: str, expected: str) -> None:
    assert quoted_title(_doc(title)) == expected


def test_an_unknown_article_falls_back_to_its_id() -> None:
    assert quoted_title(None, "d7") == "d7"


def test_relative_dates_and_implied_happenings_name_the_article_by_title() -> None:
    from timeline_app.core.documents import document_from_text
    from timeline_app.core.extraction import extract_mentions
    from timeline_app.core.merging import merge

    doc = document_from_text("Berg arrives in Oslo for energy talks with Norway's premier\nMonday, March 10, 2025\n\n"
                             "Berg visited Oslo on Monday, her first visit to Norway since 2011.\n",
                             id="000_72b65fb3c3f0fad2")
    events = merge(extract_mentions(doc), [doc])
    explained = [e.explanation for e in events if e.explanation]
    assert explained and all("000_72b65fb3c3f0fad2" not in x for x in explained)
    assert any("“Berg arrives in Oslo for energy talks…”" in x for x in explained), explained


def test_an_anchor_is_described_by_the_kind_its_event_shows() -> None:
    """A relative date's explanation names its anchor's kind as the anchor's event shows it: a vote per article
    (`_event_kind`), so one article naming the happening three times is one voice against two others."""
    import timeline_app.core.merging as merging
    from timeline_app.core.extraction import Candidate
    from timeline_app.core.model import Mention, Precision

    day = dt.date(2023, 2, 6)
    sentence = "The border clashes near Kesh on February 6, 2023 left the town in ruins."

    def candidate(doc_id: str, start: int, kind: str) -> Candidate:
        mention = Mention(doc_id, start, start + 16, "February 6, 2023", 0, len(sentence))
        return Candidate(mention, day, day, Precision.DAY, kind, "Clashes near Kesh", sentence, frozenset({"Kesh"}))

    members = [candidate("d0", k, "disaster") for k in range(3)] + [candidate(d, 0, "conflict") for d in ("d1", "d2")]
    group = merging._Group(members)
    assert merging._event(group).kind == "conflict"
    assert merging._describe(group).startswith("the conflict of 2023-02-06, reported in ")
