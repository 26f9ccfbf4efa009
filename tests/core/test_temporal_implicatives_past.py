"""An implicative verb's past ("had to", "managed to", "failed to", "was forced to") says its infinitive's act was
done at the verb's own time: a month or season without a year in that infinitive is the last one, as for any
narrated past (`temporal.implicative`), where another verb's infinitive may be a later act still to come ("agreed
to sign him in August") and a present obligation ("has to", "is to") looks ahead. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

MAY = dt.date(2026, 5, 21)


@pytest.mark.parametrize("sentence, phrase, value", [
    # the implicative's past: the act was done, the last such month or season
    ("The charter had to be rewritten in the autumn.", "the autumn", "2025-FA"),
    ("The museum lost its funding and had to be closed in the fall.", "the fall", "2025-FA"),
    ("The orchestra had to cancel its tour in August.", "August", "2025-08"),
    ("The club managed to sign the striker in August.", "August", "2025-08"),
    ("The city failed to pay the contractors in July.", "July", "2025-07"),
    ("The chain was forced to shut two stores in September.", "September", "2025-09"),
    # guards: a present obligation or plan, and a verb whose infinitive may be later, keep their readings
    ("The charter has to be rewritten in the autumn.", "the autumn", "2026-FA"),
    ("The charter is to be rewritten in the autumn.", "the autumn", "2026-FA"),
    ("The orchestra has to cancel its tour in August.", "August", "2026-08"),
    ("The club agreed to sign the striker in August.", "August", "2026-08"),
])
def test_an_implicatives_infinitive_is_narrated(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, MAY) == value
