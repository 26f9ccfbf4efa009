"""A dateline or credit in capitals closed by a colon ("SINGAPORE: ...", "REUTERS: ...", Asian portals' form) is no
part of the lead's title: main kept it, and its colon cut the reported content off the title ("The clubs say":
docs/realnews3_judgement.md, class 7). Invented leads."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title


@pytest.mark.parametrize("lead, phrase, title", [
    ("REUTERS: Lakeside United have signed the defender Tom Reyes on loan, the club said on Friday.", "Friday",
     "The club says Lakeside United have signed the defender Tom Reyes on loan"),
    # a city's dateline before a reported lead whose telling carries the day (main's title: "The authority says")
    ("SINGAPORE: The port will reopen its eastern terminal next month, the authority said on Monday.", "Monday",
     "The authority says the port will reopen its eastern terminal next month"),
    ("KUALA LUMPUR: Two ministers have resigned, the prime minister's office said on Tuesday.", "Tuesday",
     "The prime minister's office says two ministers have resigned"),
    # (controls: the colon cuts nothing when the lead is no report)
    ("SINGAPORE: The harbour board cut its fees on Friday, officials said.", "Friday", "The harbour board cuts its fees"),
    ("KUALA LUMPUR: Police arrested two men on Monday over the bank robbery.", "Monday",
     "Police arrest two men over the bank robbery"),
])
def test_a_colon_dateline_is_not_in_the_title(lead, phrase, title):
    assert article_title("Date: 2020-01-31\n\n" + lead + "\n", phrase) == title
