"""A relative clause after an apposition set off by commas after a name ("Jane Smith, a nurse from Ohio, who won
...") tells of the name, not of the apposition's last noun ("Ohio won the lottery"; `grammar._named_before_apposition`:
a noun phrase an article opens, with its prepositional phrases and no verb). The party-and-state form ("Bob Dole,
R-Kan., who") is test_titles_party_apposition's. Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title, verb_subject


@pytest.mark.parametrize("sentence, verb, subject", [
    ("Jane Smith, a nurse from Ohio, who won the lottery in 2010, died on Monday.", "won", "Jane Smith"),
    ("Carl Berg, a veteran of the Korean War, who ran for mayor in 1980, retired on Friday.", "ran", "Carl Berg"),
    ("The mayor thanked Ana Ruiz, the head of the Red Cross in Lima, who led the rescue in May.", "led", "Ana Ruiz"),
    ("Tom Hale, an engineer at Boeing, who designed the wing, spoke on Tuesday.", "designed", "Tom Hale"),
    # guard: no apposition (a name that ends a prepositional phrase), as before
    ("The firm hired a lawyer from Ohio, who won the case in 2010.", "won", "Ohio"),
    # guard: a "which" after an apposition with a prepositional phrase tells of its noun (review 25b item 7)
    ("Tom Brown, a member of the finance committee, which approved the budget on Monday, resigned.", "approved",
     "the finance committee"),
    ("Lena Voss, the head of the harbour board, which closed the pier in May, spoke on Friday.", "closed",
     "the harbour board"),
    ("Omar Said, a partner at the law firm, that won the case in 2019, retired.", "won", "the law firm"),
])
def test_a_relative_after_an_apposition_tells_of_the_name(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Jane Smith, a nurse from Ohio, who won the lottery in 2010, died on Monday.", "in 2010",
     "Jane Smith wins the lottery"),
    ("Carl Berg, a veteran of the Korean War, who ran for mayor in 1980, retired on Friday.", "in 1980",
     "Carl Berg runs for mayor"),
    ("Jane Smith, a nurse from Ohio, who won the lottery in 2010, died on Monday.", "on Monday", "Jane Smith dies"),
])
def test_a_relative_after_an_apposition_is_titled_by_the_name(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
