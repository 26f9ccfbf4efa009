"""An article's headline line and its lead tell its one news: on one day they are one happening whatever words
each tells it in, and the headline's words title it rather than the lead's statement frame ("..., the two
companies said on Wednesday"). The articles are invented (fixtures/headline_lead/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.model import Event
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "headline_lead"


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return build_timeline([FIXTURES], cache=False).events


def _sentences(e: Event, texts: dict[str, str]) -> list[str]:
    return [texts[m.document][m.sentence_start:m.sentence_end].lstrip() for m in e.mentions]


@pytest.mark.parametrize("article, headline, lead, title", [
    # "agrees to buy" / "has agreed to acquire ..., the two companies said on Wednesday": a deal and its statement
    ("takeover", "Veltra Shipping agrees", "Veltra Shipping has agreed", "veltra shipping agrees to buy"),
    # "snatch ... in night raid" / "smashed their way into ... and took ..., police said on Thursday"
    ("bank_robbery", "Thieves snatch watches", "Four masked men", "raid"),
])
def test_a_headline_and_its_lead_are_one_happening(events: list[Event], article: str, headline: str, lead: str,
                                                   title: str) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.txt")}
    found = [e for e in events if any(s.startswith(headline) for s in _sentences(e, texts))]
    assert len(found) == 1 and any(s.startswith(lead) for s in _sentences(found[0], texts)), \
        [(e.title, _sentences(e, texts)) for e in events]
    assert title in found[0].title.lower()


def test_a_later_sentence_of_the_day_is_no_lead(events: list[Event]) -> None:
    # "The store will stay closed until Monday": another happening of the article, on another day
    texts = {p.stem: p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.txt")}
    closed = [e for e in events if any(s.startswith("The store will stay closed") for s in _sentences(e, texts))]
    assert len(closed) == 1 and not any(s.startswith("Thieves") for s in _sentences(closed[0], texts))


@pytest.mark.parametrize("article, headline, lead", [
    # "Vell mayor quits" / "Thousands of Vell residents marched ... to protest against rising rents": only the
    # town's name in common; the resignation is told by a later sentence of the day
    ("mayor_march", "Vell mayor quits", "Thousands of Vell residents"),
])
def test_a_lead_sharing_only_a_name_tells_another_happening(events: list[Event], article: str, headline: str,
                                                            lead: str) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.txt")}
    found = [e for e in events if any(m.document == article for m in e.mentions)
             and any(s.startswith(headline) for s in _sentences(e, texts))]
    assert found and not any(s.startswith(lead) for e in found for s in _sentences(e, texts)), \
        [(e.title, _sentences(e, texts)) for e in events]
