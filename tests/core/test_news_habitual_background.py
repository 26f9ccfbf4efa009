"""A habit is no happening of the report's day: an undated past or perfect told with a frequency in its own words
("inspected the sheds every month", "have complained about the noise every summer"), an adverb of frequency
("regularly visited", "has often criticised") or, in a perfect, of lasting ("has long complained") tells how things
went over a stretch, with no day (`news._habitual`). A frequency that names which thing ("a quarterly dividend") or
belongs to an inner verb ("voted to strike every Friday") leaves the act the day's news. Invented sentences in an
invented article."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import body_news

REPORT = ("Harbour talks resume in Tallinn\nMarch 4, 2016\n\n"
          "Negotiators from the two port authorities resumed talks on the shared harbour in Tallinn.\n\n{}\n")


@pytest.mark.parametrize("sentence, news_of_the_day", [
    # a habit: no happening of the day
    ("The harbour master inspected the fuel depots every month.", False),
    ("Residents have complained about the noise from the quay every summer.", False),
    ("The ferry captain regularly visited the rival port.", False),
    ("The union has often criticised the port's safety record.", False),
    ("The rival port has long complained to the ministry about the tariffs.", False),
    # (a frequency naming which thing, or an inner verb's: the act is the day's news)
    ("The port authority declared a quarterly dividend of 10 cents.", True),
    ("The dock workers voted to strike every Friday.", True),
    # (an adverb inside the object's noun phrase is no frequency of the verb's: "the first ever", "the most often")
    ("The harbour crews have won the first ever Baltic pilots' shield.", True),
    ("The port authority has named its most often delayed ferry.", True),
    # (no frequency: the day's news)
    ("The harbour master inspected the fuel depots.", True),
    ("The port authority said it bought two new tugs.", True),
])
def test_a_habit_is_no_news_of_the_day(sentence: str, news_of_the_day: bool) -> None:
    items = body_news(sentence, REPORT)
    assert any(not i.dated_nearby and i.candidate.reported for i in items) is news_of_the_day
