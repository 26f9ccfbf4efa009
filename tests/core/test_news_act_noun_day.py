"""An undated headline and lead ("Harbour board chair Ines Varga resigns", "... has resigned from the board") whose
act the next sentence names by its noun on a day of the news ("The resignation was announced ... at the start of
Monday's meeting") happened on that day, not on the report's (`news._act_told_by_its_noun`, `NewsWalk.result`).
Another act's noun ("The decision"), and a day long before the news ("The closure was first proposed ... in May
2019"), leave the lead on the report's day. Invented articles (fixtures/act_noun_day/), published Tuesday, March 4,
2025."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import news_helpers

FIXTURES = Path(__file__).parent / "fixtures" / "act_noun_day"


@pytest.fixture(scope="module")
def dated_sentences() -> dict[str, set[str]]:
    return news_helpers.dated_sentences(FIXTURES)


@pytest.mark.parametrize("sentence, day", [
    # the act named by its noun on Monday: the headline's and the lead's day
    ("Harbour board chair Ines Varga resigns", "2025-03-03"),
    ("Harbour board chair Ines Varga has resigned from the board.", "2025-03-03"),
    # another act's noun, an old day: the report's day
    ("Kellsway council leader Tom Ruiz has stepped down after six years.", "2025-03-04"),
    ("The Corran paper mill has closed after 90 years.", "2025-03-04"),
    ("Corran mill closes its doors", "2025-03-04"),
])
def test_a_lead_takes_the_day_its_act_is_named_by_its_noun(dated_sentences: dict[str, set[str]], sentence: str,
                                                           day: str) -> None:
    assert dated_sentences.get(sentence) == {day}
