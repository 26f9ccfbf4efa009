"""A mention belongs to exactly one event. `merging._outcomes_of_occasions`: an outcome of a day's occasion (an
agreement signed during a visit) takes its mentions out of the occasion, and a group whose "outcome" more
articles date than date its visit or meeting is that one happening, not an occasion with an outcome, only when
none of its visit or meeting mentions dates a visit or meeting (a word of another clause made it one): two
happenings of a day never share an event.
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


# (articles, how many events). The first row failed on main before the outcome's mentions left the occasion:
# its dated mention was in both events. The next two failed on main after: a meeting or an arrival that one
# article dates ("On May 2, ... officials met Weber", "who arrived in Dublin on June 9") was one event with the
# ruling two articles date. Two happenings of a day are two events, however many articles date one of them.
ROWS = [
    (("On May 2, 2021, Weber hosted Rossi in Berlin.\n",
      "On May 2, 2021, Weber and Rossi signed a trade agreement.\n"), 2),
    (("On May 2, 2021, the immigration service ruled that Weber must return to Rome.\n",
      "The immigration service ruled on May 2, 2021, that Weber must go back to Rome.\n",
      "On May 2, 2021, immigration officials met Weber in Rome and ruled that he must return.\n"), 2),
    (("On June 9, 2022, the tribunal ruled that Marek Halloran must leave Dublin.\n",
      "The tribunal ruled on June 9, 2022, that Marek Halloran must leave Dublin.\n",
      "Marek Halloran, who arrived in Dublin on June 9, 2022, was ordered out by the tribunal.\n"), 2),
    # The date is the ruling's ("... officials ruled on June 9"); only the title's first kind word, of a
    # relative clause ("who arrived"), read it as a visit: one happening, the ruling.
    (("On June 9, 2022, immigration officials ruled that Anna Kowalska must go back to Warsaw.\n",
      "Immigration officials ruled on June 9, 2022, that Anna Kowalska must be returned to Warsaw.\n",
      "A ten-year-old girl who arrived in Dublin as a refugee must be returned to her mother in Warsaw, "
      "immigration officials ruled on June 9, 2022.\n"), 1),
    # The title names no kind ("Immigration officials decide"): the nearest kind word, of another clause
    # ("museum visits"), made it a visit. One happening, as the dev set's Jan. 14 deadline.
    (("On June 9, 2022, immigration officials ruled that Anna Kowalska must go back to Warsaw.\n",
      "Immigration officials ruled on June 9, 2022, that Anna Kowalska must be returned to Warsaw.\n",
      "Faced with keeping Anna Kowalska with relatives in Dublin, where she has enjoyed museum visits, or "
      "returning her to her mother in Warsaw, immigration officials decided on June 9, 2022, that she should "
      "go home.\n"), 1),
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


# (fixture folder, day, the sets of articles whose dated mentions of the day make one event each). The first
# failed on main: the ruling two articles date and the meeting with his lawyers a third dates were one event,
# titled by the meeting. In the second, the third article's "who arrived" opens its title but its date is the
# ruling's ("..., immigration officials ruled on June 9"): one event, as on main.
DAYS = [
    ("mentions_once/ruling_and_meeting", "2024-03-04",
     [{"court_ruling", "court_ruling_wire"}, {"editor_lawyers"}]),
    ("mentions_once/ruling_and_arrival", "2022-06-09",
     [{"girl_ruling", "girl_ruling_wire", "girl_refugee"}]),
]


@pytest.mark.parametrize("folder, day, expected", DAYS)
def test_happenings_of_a_day_stay_apart(folder: str, day: str, expected: list[set[str]]) -> None:
    events = build_timeline([FIXTURES / folder], cache=False).events
    dated = [{m.document for m in e.mentions if m.dated} for e in events if e.first.isoformat() == day]
    assert sorted(map(sorted, filter(None, dated))) == sorted(map(sorted, expected))
    assert _repeated(events) == []
