"""One article's same-day sentences are one happening only when they share what a real merge has: a word
saying what happened, a name with a kind that says it, or copied words; not merely the article, the day and
a broad kind (`merging._scoped_keys`). A quake and a bushfire are both disasters, and two statements by
different people of one day both announcements. The articles are invented (fixtures/same_day_happenings/,
fixtures/follow_ups_mixed/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def told_together() -> dict[str, list[set[str]]]:
    """Per fixture article, the sentences of each event, by the text they start with."""
    found: dict[str, list[set[str]]] = {}
    for folder in ("same_day_happenings", "follow_ups_mixed"):
        texts = {p.stem: p.read_text(encoding="utf-8") for p in (FIXTURES / folder).glob("*.txt")}
        for event in build_timeline([FIXTURES / folder]).events:
            for doc_id in {m.document for m in event.mentions}:
                found.setdefault(doc_id, []).append(
                    {texts[doc_id][m.sentence_start:m.sentence_end] for m in event.mentions if m.document == doc_id})
    return found


@pytest.mark.parametrize("article, first, second", [
    # A quake's lead and a fire's sentence naming nobody, both disasters of that Wednesday.
    ("storm_and_blaze", "A powerful earthquake", "The fire burned"),
    ("quake_and_fire", "A magnitude 6.4 earthquake", "The fire burned"),
    # The same, its headline naming the country: the sentences that name nobody take "Norland" from it, which
    # says nothing of which of the day's happenings they tell.
    ("quake_named", "A magnitude 6.4 earthquake", "The fire burned"),
    ("quake_named", "The quake destroyed", "The fire burned"),
    # Three statements of Friday's news naming one party, by the assembly, its speaker and the party.
    ("fine_and_appeal", "BRANDT", "Party spokeswoman"),
    ("fine_and_appeal", "The assembly's speaker", "Party spokeswoman"),
])
def test_different_happenings_of_one_article_and_day_stay_apart(told_together: dict[str, list[set[str]]],
                                                                article: str, first: str, second: str) -> None:
    for sentences in told_together[article]:
        starts = [s.lstrip() for s in sentences]
        assert not (any(s.startswith(first) for s in starts) and any(s.startswith(second) for s in starts)), \
            sentences
