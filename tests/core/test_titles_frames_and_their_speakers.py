"""A reported clause's pronoun subject is its frame's speaker when the speaker is its only antecedent ("Harlow
Motors said it cut 40 jobs" → "Harlow Motors cut 40 jobs": main titled "It cut 40 jobs", the tagger reading the
name's words at the sentence's start as an adjective and a plural; "Boreal Steel said it ..." → "Boreal Steel says
Boreal Steel cut 40 jobs", the sentence titled again with the name in the pronoun's place), and a reporting frame
between commas after the subject leaves the title ("Mr. Antar, the SEC said, made more than $60 million ..." →
main titled "The SEC says", after a TimeBank sentence). The verb's agreement after the speaker is left as the
clause has it. Invented sentences (the SEC's in the form of TimeBank's wsj_0778)."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title

_HEAD = "A headline of the story\nMarch 3, 2025\n\nA quiet street in the town. "


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Harlow Motors said it cut 40 jobs on Monday.", "Monday", "Harlow Motors cut 40 jobs"),
    ("Boreal Steel said it cut 40 jobs on Monday.", "Monday", "Boreal Steel cut 40 jobs"),
    ("Mr. Antar, the SEC said, made more than $60 million from the sale of his shares between 1985 and 1987.",
     "1985", "Mr. Antar makes more than $60 million from the sale of his shares"),
    # as before: a common noun phrase's "it", frames that the tagger read with a past verb after them, and no sure
    # antecedent
    ("Mrs. Varga, her lawyers said, sold the house in 2019.", "2019", "Mrs. Varga sells the house"),
    ("The company said it cut 40 jobs on Monday.", "Monday", "The company cut 40 jobs"),
    ("The plant, officials said, closed on Monday.", "Monday", "The plant closes"),
    ("Several Officials said it was closed on Monday.", "Monday", "Several Officials say it was closed"),
])
def test_a_frames_speaker_and_a_frame_between_commas(sentence: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + sentence + "\n", phrase) == title
