"""A comparison's bare far-side figure is named by the verb's object when the verb has one, the thing whose figure
changed ("The bank raised rates from 5.5%": "Previous rates: 5.5%", was "Previous bank: 5.5%"; "expects consumer
price growth to slow … from 6.1 percent": "Previous consumer price growth: …", was "Previous ministry: …";
`grammar._verb_object_before`, in place of a common-noun subject); an intransitive change verb's subject is the
measured thing, its clause said again in the past ("Revenue rose … from …": "Revenue was …", `test_titles3_shapes`).
An object that "to" and a verb follow is the infinitive's subject, not what changed ("expect the bank to lift rates
to 6% from 5%": "Previous rates", was "Previous bank").
Invented sentences."""
from __future__ import annotations

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions


def _previous_titles(sentence: str) -> list[str]:
    doc = document_from_text(f"Earnings report\n\nPublished: November 2, 1989\n\n{sentence}\n", id="c")
    return sorted(c.title for c in extract_mentions(doc) if c.first is not None and c.title.startswith("Previous"))


@pytest.mark.parametrize("sentence, title", [
    ("The bank has already raised rates from 5.5% at the start of the year.", "Previous rates: 5.5%"),
    ("The ministry expects consumer price growth to slow to 4 percent this year from 6.1 percent in 1988.",
     "Previous consumer price growth: 6.1 percent"),
    ("The central bank cut its key rate to 7 percent from 8 percent a year ago.", "Previous key rate: 8 percent"),
    ("The firm lifted its dividend to 40 cents from 35 cents a year earlier.", "Previous dividend: 35 cents"),
    # an object that "to" and a verb follow is the infinitive's subject: the infinitive's object changed
    ("Economists expect the bank to lift rates to 6% from 5% a year ago.", "Previous rates: 5%"),
    ("The board told managers to trim costs to $2 million from $3 million a year earlier.",
     "Previous costs: $3 million"),
    ("The union urged members to accept a raise to $15 an hour from $12 in 1988.", "Previous raise: $12"),
    # an adjunct's noun phrase nearer the marker, and a change noun's bare plural after "in"
    ("The firm credited cold weather for a rise in orders to 900 from 700 a year earlier.", "Previous orders: 700"),
    # guards: an infinitive with no object keeps its subject; an object's own complement stays the object's
    ("The government expects the economy to grow 3 percent this year from 2 percent in 1988.",
     "Previous economy: 2 percent"),
    ("The storm pushed the price of oil to $90 from $80 in 1988.", "Previous price: $80"),
    ("The bank raised its stake in Acme to 20% from 15% in 1988.", "Previous stake: 15%"),
    ("The agency put the death toll at 30, up from 20 in 1988.", "Previous death toll: 20"),
    # guard: after a name for subject the bare figure stays unnamed (a dev article's judgement)
    ("Westinghouse expects its overseas sales to grow to 25% of its sales from 20% a year ago.", "Previously: 20%"),
])
def test_a_bare_compared_figure_is_named_by_the_verbs_object(sentence: str, title: str) -> None:
    assert _previous_titles(sentence) == [title]
