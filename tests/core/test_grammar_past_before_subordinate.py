"""The sentence's first verb, right after the noun phrase that opens it, that the tagger reads as a participle (a
reduced relative) is the past when the only finite verb up to the clause's end is that of a clause opened by
"as", "because", "when", "while" …: "Orders for new ships dried up in 2016 as freight rates collapsed" (core/grammar.py,
`_past_before_a_subordinate_clause`). A main clause's own verb after it, a relative's, or a headline without a full
stop leaves the participle. Every sentence here is invented."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from timeline_app.core.extraction import title_from_sentence


def _tag_of(sentence: str, word: str) -> str:
    return next(t.pos for t in grammar.tag_words(sentence) if t.text == word)


@pytest.mark.parametrize("sentence, word, tag", [
    ("Orders for new ships dried up in 2016 as freight rates collapsed.", "dried", "VBD"),
    ("Bookings at the hotel collapsed in 2020 when the borders closed.", "collapsed", "VBD"),
    ("Applications to the scheme dried up last year because the grants were cut, and the office closed.",
     "dried", "VBD"),
    # the main clause's own verb follows: a reduced relative; a headline; "after" may take a noun phrase only
    ("The man arrested in 2019 as police raided the house was freed.", "arrested", "VBN"),
    ("Man arrested in Leeds as police raid homes", "arrested", "VBN"),
    ("Sanctions imposed on the port after its 2014 blockade of the strait were lifted.", "imposed", "VBN"),
])
def test_a_first_verb_before_a_subordinate_clause_is_the_past(sentence: str, word: str, tag: str) -> None:
    assert _tag_of(sentence, word) == tag


@pytest.mark.parametrize("sentence, date, title", [
    ("Orders for new ships dried up in 2016 as freight rates collapsed.", "2016", "Orders for new ships dry up"),
    ("Applications to the scheme dried up in 2021 because the grants were cut.", "2021",
     "Applications to the scheme dry up"),
])
def test_its_title_is_the_subject_s_act_not_the_subordinate_clause_s(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert title_from_sentence(sentence, start, start + len(date)).startswith(title)
