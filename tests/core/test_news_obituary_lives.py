"""An obituary's life story is not the death's day news: after a headline or lead that reports someone's death
("Tomas Brennick, who ran the port ..., died on Sunday at his home"), an undated past or perfect whose subject is
that person (their family name, "the former harbour master" of their own noun phrase, a he/she standing for them)
tells their life, and gets no event on the death's day (`news.NewsWalk.result`, `news._deceased`,
`news._of_the_deceased`). Others' acts ("Mayor Ana Ruiz paid tribute to him") and the death's own telling ("He
died peacefully") stay the day's; so do a retirement's undated act, which is no death ("Varga steered the last
sailing"), and the lead-up to a violent death ("Lindqvist rode onto the bridge" before a crash). Invented articles
(fixtures/obituary_lives/), published Tuesday, March 4, 2025; the death on Sunday."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import news
from timeline_app.core.documents import load_document

from tests.core import news_helpers

FIXTURES = Path(__file__).parent / "fixtures" / "obituary_lives"


@pytest.fixture(scope="module")
def dated_sentences() -> dict[str, set[str]]:
    return news_helpers.dated_sentences(FIXTURES)


@pytest.mark.parametrize("sentence", [
    "The former harbour master rebuilt the north quay and persuaded the ferry company to return.",  # "the <role>"
    "Over the years he has chaired most of the town's committees.",  # a perfect; "he" of "died at his home"
])
def test_a_life_step_of_the_deceased_is_not_on_the_deaths_day(dated_sentences: dict[str, set[str]],
                                                               sentence: str) -> None:
    assert dated_sentences.get(sentence, set()).isdisjoint({"2025-03-02", "2025-03-04"})


@pytest.mark.parametrize("sentence", [
    "Mayor Ana Ruiz paid tribute to him at the council meeting.",  # another's act
    "Flags flew at half mast outside the town hall.",
    "He died peacefully, surrounded by his family.",  # the death itself
    "Varga steered the last sailing of the day and handed the wheel to her successor.",  # a retirement: no death
    "Lindqvist rode onto the bridge as the lorry overtook a tractor.",  # a violent death's lead-up
])
def test_the_days_news_beside_a_death_stays(dated_sentences: dict[str, set[str]], sentence: str) -> None:
    assert dated_sentences.get(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Tomas Brennick, who ran the port for two decades, died on Sunday at his home.", ({"Brennick"}, "He")),
    ("Mayor Ana Ruiz has passed away at the age of 90.", ({"Ruiz"}, None)),
    ("Bob Dole, 98, died on Sunday after a battle with lung cancer.", ({"Dole"}, None)),  # (an illness's "battle")
    ("Tributes were paid to a popular former mayor who has died.", None),  # no one named
    ("She died on Thursday following a long illness.", None),  # (nor a he/she with no one before it)
    ("Five people died in the flood on Sunday.", None),  # several dead
    ("Cyclist Mara Lindqvist died in a crash on Monday.", None),  # a violent death: its circumstances are news
    ("Tomas Brennick retired on Sunday at his home.", None),  # no death
    ("The company passed the test on Sunday.", None),  # "pass" with no "away"
])
def test_the_deceased_of_a_lead(tmp_path: Path, sentence: str, expected: tuple[set[str], str | None] | None) -> None:
    path = tmp_path / "lead.txt"
    path.write_text(f"{sentence}\n\nMarch 4, 2025\n", encoding="utf-8")
    doc = load_document(path)
    found = news._deceased(doc, [0])
    if expected is None:
        assert found is None
    else:
        assert found is not None and (set(found.surnames), found.pronoun) == expected


def test_the_deceased_s_roles_name_them_later() -> None:
    doc = load_document(FIXTURES / "harbour_master.txt")
    found = news._deceased(doc, [0, 2])
    assert found is not None and {"harbour", "master"} <= found.roles and found.pronoun == "He"


@pytest.mark.parametrize("later, pronoun", [
    ("Mr Brennick ran the port for two decades.", "He"),  # the title the article gives them
    ("Mrs Brennick ran the port for two decades.", "She"),
    ("Brennick ran the port for two decades.", None),  # no title: not known
])
def test_the_deceased_s_pronoun_from_their_title(tmp_path: Path, later: str, pronoun: str | None) -> None:
    path = tmp_path / "lead.txt"
    path.write_text(f"Tomas Brennick died on Sunday.\n\nMarch 4, 2025\n\n{later}\n", encoding="utf-8")
    found = news._deceased(load_document(path), [0])
    assert found is not None and found.pronoun == pronoun


# Only common nouns are the deceased's roles: a name's other words ("Bob", "Kansas") are no role (main took every
# noun of the subject, given names and places with the rest).
@pytest.mark.parametrize("sentence, roles", [
    ("Kansas political icon Bob Dole died on Sunday.", {"icon"}),
    ("Former harbour master Tomas Brennick died on Sunday at his home.", {"harbour", "master"}),
    ("Mayor Ana Ruiz has passed away at the age of 90.", {"mayor"}),  # (a title the tagger reads as a name's)
    ("Former President Bill Clinton died on Sunday.", {"president"}),  # ("Bill": a given name, though a noun too)
])
def test_the_deceased_s_roles_are_common_nouns(tmp_path: Path, sentence: str, roles: set[str]) -> None:
    path = tmp_path / "lead.txt"
    path.write_text(f"{sentence}\n\nMarch 4, 2025\n", encoding="utf-8")
    found = news._deceased(load_document(path), [0])
    assert found is not None and set(found.roles) == roles
