"""A wire dateline's day, printed without its year ("NAIROBI, Aug 14 (Reuters) - …", "PARIS, 4 May (AFP) - …"), is no
date of the lead's clauses: the lead "X has happened, officials said on Thursday" keeps its news in the title
("Officials say X has happened"), not only "Officials say" (the clause before the attribution read as the
dateline day's)."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title
from timeline_app.core import extraction

HEAD = "Headline of the story\n\nMay 4, 2025\n\n"


@pytest.mark.parametrize("lead, phrase, title", [
    ("LISBON, May 4 (Reuters) - Rents in the capital have risen by a fifth, the housing ministry said on Friday.",
     "Friday", "The housing ministry says rents in the capital have risen by a fifth"),
    ("PARIS, 4 May (AFP) - Two museums have closed after the floods, the culture ministry said on Saturday.",
     "Saturday", "The culture ministry says two museums have closed after the floods"),
    ("OSLO, Sept. 30 (Reuters) - Exports have more than doubled, the statistics office said on Monday.",
     "Monday", "The statistics office says exports have more than doubled"),
    # (with its year, as before)
    ("ACCRA, May 2, 2025 (Reuters) - The price of cocoa has fallen, traders said on Friday.", "Friday",
     "Traders say the price of cocoa has fallen"),
])
def test_a_wire_datelines_day_is_no_date_of_the_lead(lead: str, phrase: str, title: str) -> None:
    assert article_title(HEAD + lead, phrase) == title


@pytest.mark.parametrize("sentence, left", [
    ("LISBON, May 4 (Reuters) - Rents have risen.", "Rents have risen."),
    ("OSLO, Sept. 30 - Exports have doubled.", "Exports have doubled."),
    # (a capitalised word before a number is no month: no dateline)
    ("NATO, Article 5 - The allies met on Monday.", "NATO, Article 5 - The allies met on Monday."),
    ("UEFA, Group 4 - Spain play Italy on Friday.", "UEFA, Group 4 - Spain play Italy on Friday."),
    ("BERLIN, Platform 9 - Trains resumed on Sunday.", "BERLIN, Platform 9 - Trains resumed on Sunday."),
])
def test_a_wire_datelines_month_is_a_months_name(sentence: str, left: str) -> None:
    assert extraction._undatelined(sentence)[0] == left
