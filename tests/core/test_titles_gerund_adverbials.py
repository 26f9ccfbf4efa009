"""A date inside an "after/before/while … -ing" clause that follows a main clause with a date of its own dates
what the "-ing" verb says of the main clause's subject ("The firm cut 200 jobs in May after posting a loss in
March": "The firm posts a loss"), not the main clause again (`extraction._gerund_adverbial_title`)."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_from_sentence


def _title(sentence: str, phrase: str, other: str) -> str:
    start, o = sentence.index(phrase), sentence.index(other)
    return title_from_sentence(sentence, start, start + len(phrase), [(o, o + len(other))])


@pytest.mark.parametrize("sentence, phrase, other, title", [
    ("The brewer closed its Leeds plant in June after buying a rival in 2019.", "2019", "June",
     "The brewer buys a rival"),
    ("Exports fell 3% in the third quarter, after rising 1% in the second quarter.", "the second quarter",
     "the third quarter", "Exports rise 1%"),
    ("The goalkeeper retired on Sunday, while recovering from a knee injury since March.", "March", "Sunday",
     "The goalkeeper recovers from a knee injury"),
    ("Detectives charged the driver on Monday after questioning him on Saturday.", "Saturday", "Monday",
     "Detectives question him"),
    # the main clause's own date keeps the main clause's title
    ("Exports fell 3% in the third quarter, after rising 1% in the second quarter.", "the third quarter",
     "the second quarter", "Exports fell 3%"),
])
def test_a_date_in_a_gerund_clause_titles_its_verb(sentence: str, phrase: str, other: str, title: str) -> None:
    assert _title(sentence, phrase, other) == title
