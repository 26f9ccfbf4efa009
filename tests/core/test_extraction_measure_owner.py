"""A company's measure with no owner as a title's subject ("Sales drop to $3.03 billion", realnews18 13; "The stock
remains down", realnews17 11) lets no reader tell whose sales: judged junk. On a page that names exactly one company
by its legal form, in its lead, the measure is that company's ("Brandt Tools Inc.'s sales drop …"); a page naming
several companies (a market report), or its only company only further on, or a measure whose noun modifies another
("Loss reserves"), keeps its title as it was. Invented reports after a dated lead."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

_LEAD = "Company results\n\nPublished: August 3, 2023\n\n"
_ONE = "Brandt Tools Inc. reported a higher quarterly profit on Thursday and raised its forecast.\n\n"
_TWO = "Brandt Tools Inc. and Corvo Holdings Ltd. reported higher quarterly profits on Thursday.\n\n"


def _titles(tmp_path: Path, body: str, year: int) -> list[str]:
    (tmp_path / "report.txt").write_text(_LEAD + body + "\n", encoding="utf-8")
    return [e.title for e in build_timeline([tmp_path], cache=False).events if e.first.year == year]


@pytest.mark.parametrize("sentence, year, title", [
    ("Sales, meanwhile, dropped to $3.1 billion in 2022.", 2022, "Brandt Tools Inc.'s sales drop to $3.1 billion"),
    ("Net income rose 21% to $40 million in 2021.", 2021, "Brandt Tools Inc.'s net income rises 21% to $40 million"),
    ("The stock remains down in 2020.", 2020, "Brandt Tools Inc.'s stock remains down"),
])
def test_an_ownerless_measure_is_the_one_company_of_the_page(tmp_path: Path, sentence: str, year: int,
                                                             title: str) -> None:
    assert _titles(tmp_path, _ONE + sentence, year) == [title]


@pytest.mark.parametrize("body, year, title", [
    # two companies: whose sales is not sure
    (_TWO + "Sales, meanwhile, dropped to $3.1 billion in 2022.", 2022, "Sales drop to $3.1 billion"),
    # a measure's noun before another noun: no measure of its own
    (_ONE + "Loss reserves stood at $108 million in 2022.", 2022, "Loss reserves stand at $108 million"),
    # the only company named further on than the lead: not the page's own
    ("Markets were calm on Thursday. " * 25 + "\n\nBrandt Tools Inc. was little changed.\n\n"
     "Sales, meanwhile, dropped to $3.1 billion in 2022.", 2022, "Sales drop to $3.1 billion"),
])
def test_a_measure_keeps_its_title_when_its_owner_is_not_sure(tmp_path: Path, body: str, year: int,
                                                              title: str) -> None:
    assert _titles(tmp_path, body, year) == [title]
