"""A telling verb's audience alone says nothing of what was told: "told reporters on Tuesday that …" is titled by
what was told, the audience left out and "tell" said as "say" ("tells reporters" was the whole title). Invented
sentences; sentence, date phrase → title."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    # must change
    ("Carolina Toha told reporters on Tuesday that rescue teams had reached all affected towns.", "on Tuesday",
     "Carolina Toha says that rescue teams had reached all affected towns"),
    ("On Tuesday, Carolina Toha told reporters that rescue teams had reached all affected towns.", "On Tuesday",
     "Carolina Toha says that rescue teams had reached all affected towns"),
    ("The minister told the BBC on Friday that the talks had failed.", "on Friday",
     "The minister says that the talks had failed"),
    ("Officials in the city warned residents on Wednesday that they should expect floods.", "on Wednesday",
     "Officials in the city warn that they should expect floods"),  # "warn" stands without its audience
    # guards: nothing told after the audience, or no telling verb
    ("Smith told reporters on Tuesday.", "on Tuesday", "Smith tells reporters"),
    ("Smith told reporters on Tuesday about the plan.", "on Tuesday", "Smith tells reporters about the plan"),
    ("Carolina Toha said on Tuesday that rescue teams had reached all affected towns.", "on Tuesday",
     "Carolina Toha says that rescue teams had reached all affected towns"),
])
def test_what_was_told_is_the_title(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # must change: a closing telling frame reports the clause before its comma, as a closing say frame does
    ("The plant will close, the company told employees on Tuesday.", "on Tuesday",
     "The company says the plant will close"),
    ("The bridge is safe, the mayor assured residents on Monday.", "on Monday", "The mayor says the bridge is safe"),
    ("The factory would shut, the firm informed workers on Friday.", "on Friday",
     "The firm says the factory would shut"),
    ("Eleven people died, a police spokesman told the BBC on Thursday.", "on Thursday",
     "A police spokesman says eleven people died"),
    # ... after a phrase of where or how too, for "say" as for "tell"
    ("At least 11 people were killed, the governor told reporters in Brello on Thursday.", "on Thursday",
     "The governor says at least 11 people were killed"),
    ("The talks failed, the minister said in a statement on Friday.", "on Friday", "The minister says the talks failed"),
    # a counted subject keeps its count and the count's comparison
    ("More than 4,000 people fled, officials said on Thursday.", "on Thursday",
     "Officials say more than 4,000 people fled"),
    ("Nearly 200 homes were flooded, the mayor told reporters on Sunday.", "on Sunday",
     "The mayor says nearly 200 homes were flooded"),
    # guards: no clause before the frame, or something else after the audience
    ("In Brello, the governor told reporters on Thursday.", "on Thursday", "The governor tells reporters"),
    ("After the flood, the governor told reporters about the dam on Thursday.", "on Thursday",
     "The governor tells reporters about the dam"),
    ("The storm passed, the governor visited Brello on Thursday.", "on Thursday", "The governor visits Brello"),
])
def test_a_closing_telling_frame_reports_the_clause_before_it(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
