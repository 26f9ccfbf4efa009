"""A title from a quotation keeps who said it: a telling frame with only its audience after the verb ("the union
leader told a rally") says what the quotation before it is, as "say"; and a title from inside a quotation that holds
the speaker's own person anywhere ("Nobody has called me") stands in quotation marks after its speaker. Invented
sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title, sentence_title

_HEAD = "A headline of the story\nMarch 3, 2025\n\nA quiet street in the town. "


def _title(sentence: str, phrase: str) -> str:
    return article_title(_HEAD + sentence + "\n", phrase)


@pytest.mark.parametrize("sentence, phrase, title", [
    ('"Everyone says no to me," Maria Lopez told reporters on Monday.', "Monday",
     'Maria Lopez says "Everyone says no to me"'),
    ('"Nobody listens to us," the union leader told a rally on Saturday.', "Saturday",
     'The union leader says "Nobody listens to us"'),
    ('"The rent keeps going up and we cannot pay," Tom Hale told the council on Tuesday.', "Tuesday",
     'Tom Hale says "The rent keeps going up and we cannot pay"'),
])
def test_a_telling_frame_with_its_audience_only_says_the_quotation(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    ('"Nobody has called me since March," said Ana Lopez.', "March", 'Ana Lopez says "Nobody has called me"'),
    ('"The council has ignored us for years since 2019," said Tom Hale.', "2019",
     'Tom Hale says "The council has ignored us for years"'),
])
def test_a_quotation_in_its_speakers_own_person_keeps_its_speaker(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


# Not a telling frame's: the audience's verb tells what happened ("told the court" with no quotation).
@pytest.mark.parametrize("sentence, phrase, title", [
    ("The witness told the court on Monday that she had seen the car.", "Monday",
     "The witness says that she had seen the car"),
])
def test_a_telling_frame_without_a_quotation_stays(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


# s26: the audience may be a name (a news agency, a paper), a relative clause set off by commas may stand between
# the quotation and its frame, and a quotation may follow the frame's colon and run on past the sentence (its first
# sentence is what was said).
@pytest.mark.parametrize("sentence, phrase, title", [
    ('"Everyone says no to me," Maria Lopez told AFP on Monday.', "Monday", 'Maria Lopez says "Everyone says no to me"'),
    ('"We have nothing left," Tom Hale told the Associated Press on Friday.', "Friday",
     'Tom Hale says "We have nothing left"'),
    ('"My whole team is out searching now," the inspector, who was leading the search, told reporters on Saturday.',
     "Saturday", 'The inspector says "My whole team is out searching now"'),
    ('Town police said on Friday: "The suspect ran off but was found and detained nearby.', "Friday",
     'Town police say "The suspect ran off but was found and detained nearby"'),
    ('The mayor said on Friday: "We will rebuild the bridge."', "Friday", 'The mayor says "We will rebuild the bridge"'),
])
def test_a_frame_with_a_named_audience_an_aside_or_a_colon_says_the_quotation(sentence: str, phrase: str,
                                                                               title: str) -> None:
    assert _title(sentence, phrase) == title


# Guards: a verb outside a relative aside between the quotation and the frame is another clause's; a quotation that
# opens before the frame and runs on unclosed is no quotation the frame reports whole.
@pytest.mark.parametrize("sentence, phrase, title", [
    ('"We will appeal," the lawyer said, and the family agreed on Friday.', "Friday", "The family agrees"),
])
def test_a_frame_with_another_clause_between_stays(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


# Issue 7: an opening quotation mark as a sentence's last word (after a colon or right after the frame) quotes
# nothing: the frame stays, and nothing raises.
@pytest.mark.parametrize("sentence, phrase, title", [
    ('Town police said on Friday: "', "Friday", "Town police say"),
    ("Town police said on Friday: \u201c", "Friday", "Town police say"),
    ('The mayor said on Friday "', "Friday", "The mayor says"),
])
def test_an_opening_mark_that_ends_the_sentence_quotes_nothing(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
