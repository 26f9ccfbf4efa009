"""A title from a quotation is whole or its frame (s18): single quotation marks are quotation marks, and a
conjunction inside a quotation opens no clause of the date outside it."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title, sentence_title
from timeline_app.core.extraction import single_quotes_as_double


@pytest.mark.parametrize("sentence, phrase, title", [
    ("'The water comes up so fast,' she said on Monday.", "Monday", "She says the water comes up so fast"),
    ("‘The water comes up so fast,’ Maria Lopez said on Monday.", "Monday",
     "Maria Lopez says the water comes up so fast"),
    ("'The water comes up so fast,' she said on Monday, standing in the mud.", "Monday",
     "She says the water comes up so fast"),
    ("\"The water comes up so fast, and we had no time,\" she said on Monday.", "Monday",
     "She says \"The water comes up so fast, and we had no time\""),
    ("'The water comes up so fast, and we had no time,' she said on Monday.", "Monday",
     "She says \"The water comes up so fast, and we had no time\""),
    # left alone: a clause of its own after the quotation, a date inside the quotation
    ("\"We had no time,\" she said, and he left on Monday.", "Monday", "He left on Monday"),
    ("\"The water came up so fast on Monday,\" she said.", "Monday", "The water comes up so fast"),
    # an elision's marks and a plural's possessive are no quotation marks
    ("The rock 'n' roll band split up in 1975.", "1975", "The rock 'n' roll band split up"),
    ("The rock 'n' roll star and the players' union met in 2016.", "2016",
     "The rock 'n' roll star and the players' union meet"),
    ("Tell 'em, the players' union said in 2019.", "2019", "The players' union says"),
])
def test_a_title_from_a_quotation_is_whole_or_its_frame(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("text, expected", [
    ("'The water comes up so fast,' she said.", "“The water comes up so fast,” she said."),
    ("We had no time,' she said.", "We had no time,” she said."),
    ("'The water came so fast. We had", "“The water came so fast. We had"),
    ("He called it 'a disaster' on Monday.", "He called it “a disaster” on Monday."),
    # apostrophes stay
    ("The boys' parents said Apple's '90s were good.", "The boys' parents said Apple's '90s were good."),
    ("It's the company's, not the workers'.", "It's the company's, not the workers'."),
    # an elision holds one word; a plural's possessive before a lower-case word closes no quotation
    ("The rock 'n' roll band split up.", "The rock 'n' roll band split up."),
    ("The rock 'n' roll star and the players' union met.", "The rock 'n' roll star and the players' union met."),
    ("Tell 'em, the players' union said.", "Tell 'em, the players' union said."),
    # the sentence's punctuation after the mark closes the quotation all the same
    ("'The best of the players', he said.", "“The best of the players”, he said."),
    # "s'" before a word that is no noun or adjective closes the quotation (was read as a possessive)
    ("He called the reports 'fake news' on Monday.", "He called the reports “fake news” on Monday."),
    ("He denounced 'sanctuary cities' in 2017.", "He denounced “sanctuary cities” in 2017."),
    ("She called them 'bad ideas' and left.", "She called them “bad ideas” and left."),
    ("'The players' union will strike,' he said.", "“The players' union will strike,” he said."),
    ("He praised 'the workers' own union' at the rally.", "He praised “the workers' own union” at the rally."),
])
def test_single_quotation_marks_read_as_double(text: str, expected: str) -> None:
    assert single_quotes_as_double(text) == expected


# A title of three words or fewer from inside a quotation says less than what was said: the speaker and the whole
# quotation ("The water comes" was the title).
@pytest.mark.parametrize("text, phrase, title", [
    ("Dam breaks\n\nMarch 13, 2025\n\nBRELLO (AP) — The regional governor, Teodor Vasko, spoke on Thursday. "
     "\"The water came in the night, when people were asleep,\" Vasko said.", "the night",
     "Teodor Vasko says \"The water came in the night, when people were asleep\""),
    ("Storm\n\nMarch 13, 2025\n\nThe mayor, Ilse Barrow, toured the port. \"The wind rose in the evening, when "
     "the boats were out,\" Barrow said.", "the evening",
     "Ilse Barrow says \"The wind rose in the evening, when the boats were out\""),
    # left alone: a longer title from the quotation
    ("Storm\n\nMarch 13, 2025\n\nThe mayor, Ilse Barrow, toured the port. \"The wind broke three windows of the "
     "town hall in the evening,\" Barrow said.", "the evening", "The wind breaks three windows of the town hall"),
])
def test_a_short_title_from_a_quotation_takes_it_whole(text: str, phrase: str, title: str) -> None:
    assert article_title(text, phrase) == title


# The single quotation marks are read once per title: read again, an elision left open ("'em") pairs with the next
# apostrophe after a word ("ol'"), and the title was cut at that mark ("Boys shout").
@pytest.mark.parametrize("text, phrase, title", [
    ("Game\n\nMarch 13, 2025\n\nTell 'em, 'we won,' the good ol' boys shouted on Monday.", "Monday",
     "The good ol' boys shout"),
])
def test_single_quotation_marks_are_read_once_per_title(text: str, phrase: str, title: str) -> None:
    assert article_title(text, phrase) == title
