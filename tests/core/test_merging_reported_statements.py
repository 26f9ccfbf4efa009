"""A statement dated by its saying clause after a long report ("Marlow Foods has agreed to withdraw its $6
billion proposal for a combination with its larger rival Penwick Brands, the two groups said on Sunday") is
keyed by what was said (extraction's title of it), not only by the report's tail next to the date: it joins
another outlet's "Marlow Foods has withdrawn its takeover offer for Penwick" of the same day, while a statement
of the same companies that day about something else stays apart. The articles are invented
(fixtures/reported_statements/<story>/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "reported_statements"


@pytest.mark.parametrize("story, plain, statement, joined", [
    # "has withdrawn its takeover offer" / "has agreed to withdraw its ... proposal ..., the two groups said";
    # a third outlet's statement that day ("will press ahead ... days after it turned down the approach")
    # is another happening of the same companies.
    ("bid_dropped", "newspaper", "wire", True),
    # "has cancelled the strike" / "has agreed to cancel a planned three-day strike by ..., the guild and the
    # port operator said on Monday"; the operator's other statement that Monday stays apart.
    ("strike_called_off", "union_site", "agency", True),
    # The same two companies and day, the same kind of statement: a sale, not the withdrawn offer.
    ("two_statements", "newspaper", "wire", False),
])
def test_a_statement_joins_the_same_happening_told_plainly(story: str, plain: str, statement: str,
                                                            joined: bool) -> None:
    events = build_timeline([FIXTURES / story], cache=False).events
    news = [e for e in events if any(m.document == plain for m in e.mentions) and e.precision.name == "DAY"
            and any(m.document == plain and m.sentence_start > 0 for m in e.mentions)
            and e.kind != "economy"]
    assert len(news) == 1, [e.title for e in events]
    said = [m for m in news[0].mentions if m.document == statement and m.dated]
    assert bool(said) == joined, [(e.title, [(m.document, m.text) for m in e.mentions]) for e in events]
    # The third outlet's (or the statement's own other) happening of that day is in another event.
    others = [d for d in {m.document for m in news[0].mentions} if d not in (plain, statement)]
    assert not others, [(m.document, m.text) for m in news[0].mentions]
