"""A team's, a party's or a council's name takes "they" as often as "it" ("Windhoek Football Club won the u19 trophy
... when they beat SKW 3-0 on Saturday", realnews18 09): the subordinate clause's "they" after such a main subject
is that body, so the title names it ("Windhoek Football Club beat SKW 3-0"), not "They beat SKW 3-0" (judged junk:
a pronoun with no one named). A plural thing after the main verb, or a subject that is no such name, leaves the
pronoun as it was. Invented sentences after a dated lead."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

_LEAD = "Weekend sport\n\nPublished: Monday, September 16, 2024\n\n"
_SATURDAY = dt.date(2024, 9, 14)


def _titles_on_saturday(tmp_path: Path, sentence: str) -> list[str]:
    (tmp_path / "sport.txt").write_text(_LEAD + sentence + "\n", encoding="utf-8")
    return [e.title for e in build_timeline([tmp_path], cache=False).events if e.first == _SATURDAY]


@pytest.mark.parametrize("sentence, title", [
    ("Ravens Rugby Club won the regional cup when they beat Hollow Park 24-10 on Saturday.",
     "Ravens Rugby Club beat Hollow Park 24-10"),
    ("The Green Party took control of the council after they won the Brell by-election on Saturday.",
     "The Green Party win the Brell by-election"),
])
def test_they_after_a_bodys_name_is_that_body(tmp_path: Path, sentence: str, title: str) -> None:
    assert _titles_on_saturday(tmp_path, sentence) == [title]


@pytest.mark.parametrize("sentence", [
    # a plural thing after the main verb may be the "they"
    "Ravens Rugby Club thanked the fans when they filled the stadium on Saturday.",
    # a plural thing after the main verb, however unlikely to be the "they" ("gained two seats")
    "The Green Party gained two seats after they won the Brell by-election on Saturday.",
    # a person's name: no body of people
    "Anna Berg won the race when they closed the road on Saturday.",
])
def test_they_stays_when_another_may_be_it(tmp_path: Path, sentence: str) -> None:
    titles = _titles_on_saturday(tmp_path, sentence)
    assert titles and all(not t.startswith(("Ravens", "Anna")) for t in titles)
