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
