"""A death told again with its day dates the death an undated headline or lead reports, and an obituary's life
story names the deceased by their given name too. After "Former county coach Owen Marsh has died aged 81" (no day
of its own, so far put on the report's day), "The coaching legend died peacefully ... on Sunday" gives the death's
day: the lead's death is Sunday's, and so is an undated "He died at the care home" that tells it again
(`news._death_retold`, `news._deaths_of_the_deceased`, `news.NewsWalk.result`). "Owen went on to become the
manager" is a step of Marsh's life, not the report day's news (`news._given_names`); a lead whose own verb is no
death ("Tributes have been paid to ..., who has died") stays the report's, and a relative's death is not theirs.
Invented articles (fixtures/death_retold/), published Tuesday, March 4, 2025."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import news
from timeline_app.core.documents import load_document

from tests.core import news_helpers

FIXTURES = Path(__file__).parent / "fixtures" / "death_retold"


@pytest.fixture(scope="module")
def dated_sentences() -> dict[str, set[str]]:
    return news_helpers.dated_sentences(FIXTURES)


@pytest.mark.parametrize("sentence, day", [
    ("Former county coach Owen Marsh has died aged 81 after a long illness.", "2025-03-02"),  # "on Sunday" later
    ("The former mayor of Kellsway, who represented his town for 42 years, has died.", "2025-03-02"),  # "last Sunday"
    ("He died at the Bankhouse care home in Hambleton.", "2025-03-02"),  # told again with no day
    ("Tributes paid to former harbour pilot", "2025-03-04"),  # the tributes, no death, stay the report's
    ("Her sister Ana died in 2010.", "2010-01-01"),  # another's death
])
def test_a_death_told_again_gives_its_day(dated_sentences: dict[str, set[str]], sentence: str, day: str) -> None:
    assert dated_sentences.get(sentence) == {day}


@pytest.mark.parametrize("sentence, day", [
    # a lead whose death names no one, the next sentence naming the deceased with the day (so far the report's)
    ("A beloved teacher at Corran High School has died.", "2025-03-01"),
    # another's death next ("His brother"), or a death whose name stands after "of" (the mother's, not Doyle's):
    # the report's day
    ("A longtime coach of the Corran Rowing Club has died.", "2025-03-04"),
    ("The mother of Corran mayor Jane Doyle has died.", "2025-03-04"),
])
def test_an_unnamed_lead_s_death_takes_the_next_sentence_s_day(dated_sentences: dict[str, set[str]], sentence: str,
                                                             day: str) -> None:
    assert dated_sentences.get(sentence) == {day}


def test_a_life_step_told_by_the_given_name_is_not_on_the_report_s_day(dated_sentences: dict[str, set[str]]) -> None:
    assert dated_sentences.get("Owen went on to become the manager of the county side.", set()).isdisjoint(
        {"2025-03-02", "2025-03-04"})


@pytest.mark.parametrize("sentence, given", [
    ("Former county coach Owen Marsh has died aged 81.", {"Owen"}),
    ("Former President Bill Clinton died on Sunday.", {"Bill"}),
    ("Kellsway's millennium mayor Harry Nolan dies at 94.", {"Harry"}),  # (past a possessive)
    ("Mayor Ana Ruiz has passed away at the age of 90.", {"Ana"}),  # (not the title before the given name)
    ("Former Sen. Bob Dole died on Sunday.", {"Bob"}),
    ("Mr Tomas Brennick died on Sunday.", {"Tomas"}),
    ("Mr Brennick died on Sunday.", set()),  # a title, no given name
])
def test_the_deceased_s_given_names(tmp_path: Path, sentence: str, given: set[str]) -> None:
    path = tmp_path / "lead.txt"
    path.write_text(f"{sentence}\n\nMarch 4, 2025\n\nBrennick was a Kellsway man.\n", encoding="utf-8")
    found = news._deceased(load_document(path), [0])
    assert found is not None and set(found.given) == given


@pytest.mark.parametrize("lead, pronoun", [
    ("The former mayor of Kellsway, who represented his town for 42 years, has died.", "He"),
    ("The former mayor of Kellsway, who led her council for a decade, has died.", "She"),
    ("The former mayor of Kellsway, whose son drove her to his office, has died.", None),  # both: not known
])
def test_the_deceased_s_pronoun_from_the_death_s_sentence(tmp_path: Path, lead: str, pronoun: str | None) -> None:
    path = tmp_path / "lead.txt"
    path.write_text(f"Harry Nolan dies at 94\n\nMarch 4, 2025\n\n{lead}\n", encoding="utf-8")
    found = news._deceased(load_document(path), [0, 2])
    assert found is not None and found.pronoun == pronoun


@pytest.mark.parametrize("later, pronoun", [
    ("Nolan retired in Devon after finishing up his time in football.", "He"),  # a sentence naming them
    ("Nolan ran the rowing club with her sister.", "She"),
    ("Nolan and his wife met her brother at the station.", None),  # both: not known
    ("The club retired his shirt.", None),  # (a sentence that does not name them tells nothing)
])
def test_the_deceased_s_pronoun_from_the_sentences_naming_them(tmp_path: Path, later: str,
                                                               pronoun: str | None) -> None:
    path = tmp_path / "lead.txt"
    path.write_text(f"Harry Nolan dies at 94\n\nMarch 4, 2025\n\nFormer mayor Harry Nolan has died.\n\n{later}\n",
                    encoding="utf-8")
    found = news._deceased(load_document(path), [0, 2])
    assert found is not None and found.pronoun == pronoun
