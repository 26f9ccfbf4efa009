"""A folder of several outlets' stories on one happening: a page that prints no publication date still joins
the event another outlet dates, through its opening (headline, standfirst, lead) when it says the same thing
happened to two of the same names (`merging._attach_undated`, an article without a date; a lead is read after
its wire dateline), and shares a word beyond the names and that verb or has one of the story's names for the
verb's object. A page that tells another happening of the same people (a next step, another meeting or signing)
stays apart. The articles are invented
(fixtures/undated_outlets/<story>/: one dated outlet, the others undated)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "undated_outlets"


@pytest.mark.parametrize("story, dated, undated, joined", [
    # "agreed to acquire" / "agrees ... takeover" for "had agreed to buy"; the trade paper's lead also has a
    # comparison nothing can date ("in at least a decade"), which leaves its sentence undated.
    ("takeover", "wire", "trade_paper", True),
    ("takeover", "wire", "business_site", True),
    ("flood", "agency", "local_radio", True),  # "flooded Lestrov ... early Sunday" (a weekday without a date)
    ("runoff", "broadcaster", "weekly", True),  # "has defeated Tomas Berg" for "won ..., defeating ... Berg"
    # The lead after a wire's dateline ("KESTA, Norland (North Wire) – A powerful earthquake struck ..."): read
    # from the dateline's end (the headline alone says no verb of the happening).
    ("quake", "newspaper", "wire_copy", True),
    ("runoff_challenge", "broadcaster", "opinion_site", False),  # the loser's challenge: another happening
    # The same two names and the same verb, another happening of theirs: what was signed or whom the mayor met
    # differs, and the page shares no other word with the story, nor has one of its names for object.
    ("merger_dispute", "wire", "blog", False),  # a settlement signed, not the merger
    ("harbour_talks", "paper", "newsletter", False),  # met students (in the same town), not the fishermen
    ("deal_quarrel", "agency", "magazine", False),  # "a deal to settle their quarrel", not "a merger deal"
])
def test_an_undated_outlet_joins_the_story_another_outlet_dates(story: str, dated: str, undated: str,
                                                                 joined: bool) -> None:
    events = build_timeline([FIXTURES / story], cache=False).events
    news = [e for e in events if any(m.document == dated and m.dated for m in e.mentions)
            and e.precision.name == "DAY"]
    assert len(news) == 1, [e.title for e in events]
    assert any(m.document == undated for m in news[0].mentions) == joined, [(m.document, m.text) for m in news[0].mentions]
    # The undated outlet makes no event of its own for the story, and its sentence that joined the story joins no
    # other. (Its other happenings may have events, on the day the story lends it: test_pipeline_lent_day.py.)
    joined_at = {m.sentence_start for m in news[0].mentions if m.document == undated}
    assert not any(m.document == undated and (not joined or m.sentence_start in joined_at)
                   for e in events if e is not news[0] for m in e.mentions), \
        [(e.title, [(m.document, m.text) for m in e.mentions]) for e in events]
