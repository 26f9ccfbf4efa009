"""A his/her that opens a sentence takes the person along its chain of pronouns ("Eades served 24 years. Prior to
that, he was a councilman. His tenure saw …"); when the chain ends at a bare given name ("First elected in 1973,
Dennis was a founder member ... . He was Mayor ... . His funeral is at 10.45am", realnews18 12), a he/she took that
person in full (`_given_name_along`) but the possessive did not: "His funeral is followed by refreshments" was
judged junk (a pronoun with no one named). Invented obituaries; a chain broken by a quotation keeps "His"."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline_app.core.pipeline import build_timeline

_PAGE = ("Former mayor dies\n\nPublished: Monday, September 16, 2019\n\n"
         "Mourners will gather for the funeral of former mayor Dennis Hallam, who has died at the age of 72.\n\n"
         "First elected in 1973, Dennis was a founder member of the borough council.\n\n"
         "{middle}\n\n"
         "His funeral is at 10.45am on Thursday (September 19) followed by refreshments at the town hall.\n")


def _titles_on_the_19th(tmp_path: Path, middle: str) -> list[str]:
    (tmp_path / "obituary.txt").write_text(_PAGE.format(middle=middle), encoding="utf-8")
    return [e.title for e in build_timeline([tmp_path], cache=False).events if e.first == dt.date(2019, 9, 19)]


def test_a_possessive_takes_the_given_name_its_chain_ends_at(tmp_path: Path) -> None:
    titles = _titles_on_the_19th(tmp_path, "He was Mayor in 2001-2002 and served on many committees.")
    assert any(t.startswith("Dennis Hallam's funeral") for t in titles) and not any(t.startswith("His ") for t in titles)


def test_a_chain_broken_by_a_quotation_keeps_the_possessive(tmp_path: Path) -> None:
    titles = _titles_on_the_19th(tmp_path, "A colleague said: \u201cHe was the best of us and I will miss him.\u201d")
    assert not any("Hallam" in t and "funeral" in t for t in titles)
