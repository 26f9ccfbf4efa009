"""A clock time written with a dot, as British papers write it ("3.20am", "at 10.30pm"), is a time of the sentence's
day as "3:20am" is, and its dot ends no sentence: main read no time in it (only the day after it), the tokenizer cut
it into "3", ".", "20am" and a title ran to "... was stabbed at 3". Without its "am"/"pm" a dotted number may be a
figure ("rose 3.20 percent"): no time. Invented sentences, published on Friday 10 January 2020."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of
from tests.core.title_helpers import article_title
from timeline_app.core import grammar
from timeline_app.core.temporal import tag

PUBLISHED = dt.date(2020, 1, 10)


@pytest.mark.parametrize("sentence, phrase, value", [
    ("The fire broke out at 3.20am on Monday.", "3.20am on Monday", "2020-01-06T03:20"),
    ("Police were called at 10.30pm on Tuesday.", "10.30pm on Tuesday", "2020-01-07T22:30"),
    ("At 12.05am on Monday the alarm sounded.", "12.05am on Monday", "2020-01-06T00:05"),
    ("The last train left at 11.45 p.m. on Wednesday.", "11.45 p.m. on Wednesday", "2020-01-08T23:45"),
    ("The meeting began at 10:30pm on Tuesday.", "10:30pm on Tuesday", "2020-01-07T22:30"),  # (as before)
])
def test_a_dotted_clock_time_is_a_time_of_its_day(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, PUBLISHED) == value


@pytest.mark.parametrize("sentence", [
    "Revenue rose 3.20 percent in the quarter.",
    "The shares closed at 10.30 on the day.",
    "The bill came to 3.75am dollars.",  # (no minute 75)
])
def test_a_dotted_figure_is_no_time(sentence: str) -> None:
    assert not any("T" in (t.value or "") for t in tag(sentence, PUBLISHED))


@pytest.mark.parametrize("text, token", [
    ("stabbed at 3.20am in the centre", "3.20am"),
    ("called at 10.30pm there", "10.30pm"),
    ("stabbed at 3:20am there", "3:20am"),
])
def test_a_clock_time_is_one_token(text: str, token: str) -> None:
    assert token in [t.text for t in grammar.tag_words(text)]


_HEAD = "Local news\nJanuary 10, 2020\n\n"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Police said on Monday a man was stabbed at 3.20am in the city centre.", "Monday",
     "Police say a man was stabbed at 3.20am in the city centre"),
    ("The fire broke out at 3.20am on Monday.", "3.20am", "The fire breaks out"),
    ("Police were called at 10.30pm on Monday after a fight.", "10.30pm", "Police were called after a fight"),
])
def test_a_dotted_clock_time_cuts_no_title(sentence: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + sentence + "\n", phrase) == title
