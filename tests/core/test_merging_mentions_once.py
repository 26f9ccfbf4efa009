"""A mention belongs to exactly one event. `merging._outcomes_of_occasions`: an outcome of a day's occasion (an
agreement signed during a visit) takes its mentions out of the occasion, and a group whose "outcome" more
articles date than date its visit or meeting is that one happening, not an occasion with an outcome.
`pipeline._leave_to_references`: a word both the news module and references.py read is the reference's. The
articles are invented: inline rows, and the fixture folders beside the tests."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.merging import merge
from timeline_app.core.model import Event
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures"


def _events(texts: tuple[str, ...]) -> list[Event]:
    docs = [document_from_text(t, id=f"d{i}") for i, t in enumerate(texts)]
    return merge([c for d in docs for c in extract_mentions(d)], docs)


def _repeated(events: list[Event]) -> list[tuple[str, int, int]]:
    """The (document, start, end) of every mention that more than one event (or one event twice) holds."""
    counts = Counter((m.document, m.start, m.end) for e in events for m in e.mentions)
    return [key for key, n in counts.items() if n > 1]


# (articles, how many events). Each row failed on main: the outcome's dated mention was in both events, and
# a ruling four or two articles date, which one article's "met"/"arrived" made an occasion, was split in two.
ROWS = [
    (("On May 2, 2021, Weber hosted Rossi in Berlin.\n",
      "On May 2, 2021, Weber and Rossi signed a trade agreement.\n"), 2),
    (("On May 2, 2021, the immigration service ruled that Weber must return to Rome.\n",
      "The immigration service ruled on May 2, 2021, that Weber must go back to Rome.\n",
      "On May 2, 2021, immigration officials met Weber in Rome and ruled that he must return.\n"), 1),
    (("On June 9, 2022, the tribunal ruled that Marek Halloran must leave Dublin.\n",
      "The tribunal ruled on June 9, 2022, that Marek Halloran must leave Dublin.\n",
      "Marek Halloran, who arrived in Dublin on June 9, 2022, was ordered out by the tribunal.\n"), 1),
]


@pytest.mark.parametrize("texts, count", ROWS)
def test_every_mention_is_in_one_event(texts: tuple[str, ...], count: int) -> None:
    events = _events(texts)
    assert _repeated(events) == []
    assert len(events) == count


# (Fixture folders; the first two failed on main: the agreement's dated mention in the visit too, and "Six
# people ... died in the blast", read by the news module as the publication day's and by references.py as the
# bombings' of a year before, in both events. The reference keeps it: it names the article's dated bombings.)
# The held-out set's raid, an occasion by an undated "welcomed" alone, split its arrests off with two of their
# mentions in both events on main; the arrests keep their own line.
@pytest.mark.parametrize("folder", ["outcome_references", "mentions_once/reference_and_news", "heldout", "articles", "occasions/casualties", "occasions/hosts",
                                    "occasions/statements", "occasions/ambiguous_surname"])
def test_every_mention_of_a_fixture_folder_is_in_one_event(folder: str) -> None:
    assert _repeated(build_timeline([FIXTURES / folder], cache=False).events) == []
