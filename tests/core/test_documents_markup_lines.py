"""A plain-text copy of a web page may keep lines of markup alone (empty elements: '<strike id="x"><dl id="x"></dl>
</strike>'): such a line is no title; the headline below it is. Invented texts."""
from __future__ import annotations

import pytest

from timeline_app.core.documents import document_from_text

STORY = ("\n      Harbour board approves new ferry terminal\n\n"
         "      HARBOURTON, Oct. 18 -- The harbour board on Thursday approved a new ferry terminal for the town.\n")


@pytest.mark.parametrize("opening", [
    '<strike id="gegfc"><dl id="gegfc"></dl></strike>\n<sub id="gegfc"></sub>\n\n    <mark id="gegfc"></mark>\n',
    '<div class="ad-slot"></div>\n',
    "<br/>\n<hr>\n",
])
def test_a_line_of_markup_alone_is_no_title(opening: str) -> None:
    doc = document_from_text(opening + STORY, id="a")
    assert doc.title == "Harbour board approves new ferry terminal"


def test_a_line_with_words_between_its_tags_may_still_be_the_title() -> None:
    # (words in a tag's content are text: the line is not markup alone)
    doc = document_from_text("<b>Harbour board approves new ferry terminal</b>\n" + STORY, id="a")
    assert "Harbour board approves new ferry terminal" in doc.title
