"""Abbreviations set off after a name (a politician's party and state, "R-Kan.", "D-Ore.", "R-N.Y.") are the name's
apposition: one token with their full stop (which ends no sentence), and no subject of their own before a relative
clause ("Sen. Ann Holt, D-Ore., who led the panel, retired": Ann Holt retired; main titled such an event "Bob
Dole, R-Kan", docs/realnews_judgement.md). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title, verb_subject
from timeline_app.core import grammar


@pytest.mark.parametrize("sentence, verb, subject", [
    ("Rep. Ann Holt, D-Ore., who led the budget panel, retired on Monday.", "retired", "Rep. Ann Holt"),
    ("Sen. Tom Reed, R-N.Y., who chaired the committee for a decade, resigned on May 2.", "resigned", "Sen. Tom Reed"),
    ("Gov. Lia Park, D-Vt., who took office in 2019, signed the bill on Friday.", "signed", "Gov. Lia Park"),
    ("Former Rep. Carl Mott, R-Ind., who served six terms, died on Tuesday.", "died", "Former Rep. Carl Mott"),
    # a company's town and state set off after its name, as the wires print it: the company is the subject
    ("Dorn Foods Corp., Austin, Tex., which makes snacks, said profit fell.", "said", "Dorn Foods Corp."),
    ("Kell Marine Inc., Bay Harbor, Fla., facing a lawsuit, said it would settle.", "said", "Kell Marine Inc."),
])
def test_a_party_and_state_after_a_name_is_no_subject(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Sen. Tom Reed, R-N.Y., who chaired the committee for a decade, resigned on May 2.", "May 2", "Tom Reed resigns"),
    ("Gov. Lia Park, D-Vt., who took office in 2019, signed the bill on Friday.", "Friday", "Lia Park signs the bill"),
])
def test_a_party_and_state_apposition_is_no_title(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, token", [
    ("Rep. Ann Holt, D-Ore., retired.", "D-Ore."),
    ("Sen. Tom Reed, R-N.Y., resigned.", "R-N.Y."),
    ("Sen. Ed Cole, I-Vt., spoke.", "I-Vt."),
])
def test_a_party_and_state_is_one_token(sentence: str, token: str) -> None:
    assert token in grammar.token_texts(sentence)


@pytest.mark.parametrize("sentence, words", [
    ("The vote was 52-48.", ["52-48", "."]),  # figures with a hyphen keep their sentence's end
    ("He joined the X-Men.", ["X-Men", "."]),  # a hyphenated name that ends the sentence
    ("She met Dr. Ray Vale, A-list guest.", ["A-list", "guest"]),
])
def test_other_hyphenated_words_keep_their_stops(sentence: str, words: list[str]) -> None:
    found = grammar.token_texts(sentence)
    at = found.index(words[0])
    assert found[at:at + len(words)] == words
