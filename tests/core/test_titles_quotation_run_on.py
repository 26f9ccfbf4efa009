"""A quotation of more than one sentence has its reporting frame in one of them only (s28): a first-person title
from another of its sentences takes the speaker from the frame in the sentence that opens or closes it."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import body_news
from tests.core.title_helpers import article_title

_HEAD = "Storm\n\nMarch 13, 2025\n\n"


@pytest.mark.parametrize("body, phrase, title", [
    # the frame after the quotation's closing mark, a sentence later (double and single marks)
    ("The mayor, Ilse Barrow, toured the port. \"We lost three boats on Monday night. The harbour will reopen "
     "soon,\" Barrow said.", "Monday night", "Ilse Barrow says \"We lost three boats\""),
    ("The mayor, Ilse Barrow, toured the port. ‘We lost three boats on Monday night. The harbour will reopen "
     "soon,’ Barrow said.", "Monday night", "Ilse Barrow says \"We lost three boats\""),
    # the frame before the quotation's opening mark, a sentence earlier
    ("The mayor, Ilse Barrow, said that \"the port is closed. We lost three boats on Monday night.\"",
     "Monday night", "The mayor says \"We lost three boats\""),
    ("The mayor, Ilse Barrow, said that “the port is closed. We lost three boats on Monday night.”",
     "Monday night", "The mayor says \"We lost three boats\""),
    # left alone: a pronoun speaks; no quotation runs on into the sentence
    ("The mayor, Ilse Barrow, toured the port. \"We lost three boats on Monday night. The harbour will reopen "
     "soon,\" she said.", "Monday night", "We lose three boats"),
    ("The mayor, Ilse Barrow, said the port was closed. We lost three boats on Monday night.", "Monday night",
     "We lose three boats"),
    ("\"The port is closed,\" Barrow said. We lost three boats on Monday night.", "Monday night",
     "We lose three boats"),
])
def test_a_quotation_that_runs_on_takes_its_frame_from_another_sentence(body: str, phrase: str,
                                                                       title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


# The article's news of its publication day from a quotation the page leaves open (cut off by the store): its
# first-person title takes the speaker of the frame that opened the quotation a sentence before.
_NEWS = "Council widens inquiry\nMay 7, 1999\n\nThe council has widened its inquiry into the fire.\n\n{}\n"
_SAID = "We have received assurances from the authorities that the sentence will not be carried out."


@pytest.mark.parametrize("frame, titles", [
    ("A Norwegian spokesperson said that \"Norway is a strong opponent of the death penalty, and we have told "
     "the authorities so.", ["A Norwegian spokesperson says \"We have received assurances from the authorities\""]),
    # left alone: a pronoun speaks
    ("She said that \"Norway is a strong opponent of the death penalty, and we have told the authorities so.",
     ["We have received assurances from the authorities"]),
])
def test_the_news_of_a_quotation_left_open_takes_its_frame_from_the_sentence_before(frame: str,
                                                                                    titles: list[str]) -> None:
    items = body_news(_SAID, _NEWS.format(frame + " {}"))
    assert [i.candidate.title for i in items] == titles
