"""A verb prefix and a hyphen before a verb ("re-signed", "co-founded", "pre-ordered", "mis-sold") make one word of
that verb's kind: Brill's rule for a hyphen made every unknown hyphened word an adjective ("He re-signed/JJ with the
club": no finite verb, so the title lost its act), and lemminflect, not knowing the word, left its past unturned
("She co-founded the charity" as the title, among present ones). Other hyphened words ("pro-government",
"42-year-old", "co-founder", "pre-war") keep their reading. Invented sentences."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, date, title", [
    ("The club re-signed its goalkeeper in June.", "in June", "The club re-signs its goalkeeper"),
    ("Moyo re-signed with the Lions in June.", "in June", "Moyo re-signs with the Lions"),
    ("She co-founded the charity in 2004.", "in 2004", "She co-founds the charity"),
    ("The council re-zoned the land in 2016.", "in 2016", "The council re-zones the land"),
    ("The lender mis-sold the policies in 2008.", "in 2008", "The lender mis-sells the policies"),
    ("The 34-year-old winger re-joined his first club in August.", "in August",
     "The 34-year-old winger re-joins his first club"),
    ("Pro-government militias re-imposed the curfew on Sunday.", "on Sunday",
     "Pro-government militias re-impose the curfew"),
    ("The keeper, who re-signed with the club in July, was injured.", "in July",
     "The keeper re-signs with the club"),
])
def test_a_verb_with_a_hyphened_prefix_is_the_verb(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert title_from_sentence(sentence, start, start + len(date)) == title


@pytest.mark.parametrize("sentence, word, tag", [
    ("Moyo re-signed with the Lions in June.", "re-signed", "VBD"),
    # guards: a participle stays one; a noun or an adjective after the prefix is no verb (the rules' reading stays)
    ("The firm co-founded by Moyo was sold.", "co-founded", "VBN"),
    ("The co-founder left the firm in 2010.", "co-founder", "NN"),
    ("The pre-war building was demolished in 2001.", "pre-war", "JJ"),
])
def test_the_tag_of_a_hyphened_word(sentence: str, word: str, tag: str) -> None:
    assert {t.text: t.pos for t in grammar.analyse_sentence(sentence).tokens}[word] == tag


# (guards, which passed before too)
@pytest.mark.parametrize("sentence, date, title", [
    ("The co-founder left the firm in 2010.", "in 2010", "The co-founder leaves the firm"),
    ("A 42-year-old man was arrested on Tuesday.", "on Tuesday", "A 42-year-old man was arrested"),
    ("The pro-government militia seized the town on Monday.", "on Monday",
     "The pro-government militia seizes the town"),
])
def test_other_hyphened_words_keep_their_reading(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert title_from_sentence(sentence, start, start + len(date)) == title
