"""A headline's deck (a standfirst) sums up the body: a date it gives that the body gives a happening of its own
within ("… more stoppages in June" / "would walk out again on June 12 and 13") makes no second event at the deck's
coarser date. A date only the deck gives stays. Invented articles, as plain text and as an HTML page."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.analysis import analyse_document
from timeline_app.core.documents import document_from_text, load_document

HEAD = "Dockers walk out at Harlow port\n{deck}\n\nApril 10, 2013\n\n"
LEAD = "Dockers at Harlow began a two-day strike on Wednesday after pay talks failed.\n\n"


def _phrases(text: str) -> list[str]:
    """The date phrases of the article's dated candidates, in order."""
    analysis = analyse_document(document_from_text(text, id="d"))
    assert analysis.candidates is not None
    return [c.mention.text for c in analysis.candidates if c.dated]


@pytest.mark.parametrize("deck, body, phrases", [
    ("Ferry services cut as union threatens more stoppages in June",
     "The union said its members would walk out again on June 12 and 13.", ["Wednesday", "June 12 and 13"]),
    ("Crews to stage second walkout in the summer",
     "A second strike is planned for July 2.", ["Wednesday", "July 2"]),
    # (the body gives no date within the deck's: the deck's stays)
    ("Ferry services cut as union threatens more stoppages in June",
     "The union said further action was possible.", ["June", "Wednesday"]),
    # (a sentence of the body, not a deck: both stay)
    ("",
     "The union threatened more stoppages in June. It said its members would walk out again on June 12 and 13.",
     ["Wednesday", "June", "June 12 and 13"]),
])
def test_a_deck_date_the_body_tells_more_fully_is_no_second_event(deck: str, body: str, phrases: list[str]) -> None:
    assert _phrases(HEAD.format(deck=deck) + LEAD + body + "\n") == phrases


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Dockers walk out at Harlow port</title>
<meta name="description" content="Ferry services cut as union threatens more stoppages in June."></head><body>
<article><h1>Dockers walk out at Harlow port</h1>
<p class="standfirst">Ferry services cut as union threatens more stoppages in June</p>
<p class="dateline"><time datetime="2013-04-10T07:00:00+01:00">Wednesday 10 April 2013</time></p>
<p>Dockers at Harlow began a two-day strike on Wednesday after pay talks failed.</p>
<p>The union said its members would walk out again on June 12 and 13.</p>
</article></body></html>
"""


def test_an_html_standfirst_date_told_in_the_body_is_no_second_event(tmp_path: Path) -> None:
    path = tmp_path / "dockers.html"
    path.write_text(PAGE, encoding="utf-8")
    analysis = analyse_document(load_document(path))
    assert analysis.candidates is not None
    assert [c.mention.text for c in analysis.candidates if c.dated] == ["Wednesday", "June 12 and 13"]
