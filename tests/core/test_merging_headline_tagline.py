"""A page's tagline or notice between an article's headline and its lead ("From ..., the free paper you can
write!") is not its lead: the lead is the first sentence of running text below the headline that tells the
headline's story, and on the same day the headline and that lead are one happening, in the headline's words.
Guards: a lead telling another happening than the headline's, a lead dated on another day. The articles are
invented (fixtures/headline_tagline/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.model import Event
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "headline_tagline"


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return build_timeline([FIXTURES], cache=False).events


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.txt")}


def _sentences(e: Event, texts: dict[str, str]) -> list[str]:
    return [texts[m.document][m.sentence_start:m.sentence_end].lstrip() for m in e.mentions]


def _holding(events: list[Event], texts: dict[str, str], article: str, opening: str) -> list[Event]:
    return [e for e in events if any(m.document == article for m in e.mentions)
            and any(s.startswith(opening) for s in _sentences(e, texts))]


@pytest.mark.parametrize("article, headline, lead, title", [
    # the same verb ("cancels" / "have cancelled"), the same name (Orbis), below a tagline
    ("rover_mission", "Orbis cancels", "Orbis officials", "orbis cancels kestrel rover mission"),
    # the same verb and its object ("approves ... plan" / "has approved a plan")
    ("bridge_plan", "Harbour board approves", "The Tessel harbour board", "approves tessel bridge plan"),
    # a noun and its verb ("calls halt" / "voted to halt"), below a "Welcome to ..." line
    ("tram_halt", "Carrow council calls halt", "Carrow councillors", "carrow council calls halt"),
])
def test_a_headline_and_its_lead_below_a_tagline_are_one_happening(
        events: list[Event], texts: dict[str, str], article: str, headline: str, lead: str, title: str) -> None:
    found = _holding(events, texts, article, headline)
    assert len(found) == 1 and any(s.startswith(lead) for s in _sentences(found[0], texts)), \
        [(e.title, _sentences(e, texts)) for e in events]
    assert title in found[0].title.lower()


@pytest.mark.parametrize("article, headline, lead", [
    # "Pellan mayor resigns" / "Storms have closed every ferry route out of Pellan": only the name in common
    ("mayor_storm", "Pellan mayor resigns", "Storms have closed"),
])
def test_a_lead_telling_another_happening_stays_apart(events: list[Event], texts: dict[str, str], article: str,
                                                      headline: str, lead: str) -> None:
    found = _holding(events, texts, article, headline)
    assert found and not any(s.startswith(lead) for e in found for s in _sentences(e, texts)), \
        [(e.title, _sentences(e, texts)) for e in events]


def test_a_lead_dated_on_another_day_keeps_its_day(events: list[Event], texts: dict[str, str]) -> None:
    # "opened the Lindell dam on September 28", published October 9: the opening stays on its own day
    found = _holding(events, texts, "dam_other_day", "The Ostrava water board opened")
    assert len(found) == 1 and found[0].first.isoformat() == "2026-09-28", \
        [(e.title, e.first, _sentences(e, texts)) for e in events]
