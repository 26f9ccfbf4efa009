"""A season with no year takes the tense of its clause's verb, as a bare weekday does: in a past clause it is the
last such season begun by publication ("They met this winter" in April is the winter just gone, "During the summer,
prices had risen" in January last summer), not the one to come. A report's verb ("said this fall it would") tells
no such past, and a clause looking ahead keeps the coming season."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

JAN = dt.date(2024, 1, 15)
APR = dt.date(2024, 4, 10)
JUN = dt.date(2024, 6, 10)
OCT = dt.date(2024, 10, 1)


@pytest.mark.parametrize("sentence, phrase, reference, value", [
    # past: the last one begun
    ("They met this winter.", "this winter", APR, "2023-WI"),
    ("They met this winter.", "this winter", OCT, "2023-WI"),
    ("They met this summer.", "this summer", APR, "2023-SU"),
    ("This spring, he visited Paris.", "This spring", JAN, "2023-SP"),
    ("The firm was hit this winter by a strike.", "this winter", JUN, "2023-WI"),
    ("During the summer, prices had risen.", "the summer", JAN, "2023-SU"),
    ("During the summer, prices had risen.", "the summer", APR, "2023-SU"),
    ("She visited the town during the summer.", "the summer", APR, "2023-SU"),
    ("The team struggled during the winter.", "the winter", APR, "2023-WI"),
    # a season begun by publication is that one
    ("They met this spring.", "this spring", JUN, "2024-SP"),
    ("Sales fell during the spring.", "the spring", APR, "2024-SP"),
    # ahead, or a report of a plan: the coming one
    ("This summer he will visit Paris.", "This summer", JAN, "2024-SU"),
    ("She will visit the town during the summer.", "the summer", APR, "2024-SU"),
    ("The company said this fall it would cut jobs.", "this fall", JUN, "2024-FA"),
    ("The festival takes place in the spring.", "the spring", JUN, "2025-SP"),
    # an obligation's participle is no past: "has to be repaired this winter" is the coming one
    ("The bridge has to be repaired this winter.", "this winter", APR, "2024-WI"),
    ("The bridge has to be repaired during the winter.", "the winter", APR, "2024-WI"),
])
def test_season_takes_its_clause_tense(sentence: str, phrase: str, reference: dt.date, value: str) -> None:
    assert value_of(sentence, phrase, reference) == value
