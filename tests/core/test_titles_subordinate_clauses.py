"""A title ends before an adverbial clause of its own ("as", "because", "while", "when", "after" + a subject and a
verb): the clause is the setting of the dated act, not part of it. Invented sentences, and phrases after those
words that are no clause, which stay."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Ticket sales dropped sharply in 2020 as the pandemic spread.", "2020", "Ticket sales drop sharply"),
    ("Car sales rose in 2015 as fuel prices fell.", "2015", "Car sales rise"),
    ("Shares in the lender rose 5% on Monday as investors cheered the merger.", "Monday",
     "Shares in the lender rise 5%"),
    ("The old mill closed in 1931 after the river flooded.", "1931", "The old mill closes"),
    ("Rents climbed steeply in 2022 while the housing supply shrank.", "2022", "Rents climb steeply"),
    ("The bakery shut its doors in 2010 after it lost its biggest customer.", "2010", "The bakery shuts its doors"),
    ("Membership of the club doubled in 1998 because the fees were cut.", "1998", "Membership of the club doubles"),
    ("The carmaker took a large charge on Friday as it reported a loss.", "Friday", "The carmaker takes a large charge"),
    ("Pilgrims prayed for rain on Sunday as Holy Week began.", "Sunday", "Pilgrims pray for rain"),
])
def test_a_title_ends_before_an_adverbial_clause(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


# "as", "until", "after" with a noun phrase and no verb of its own are the predicate's words.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("He served as mayor of the town until 2010.", "2010", "He serves as mayor of the town"),
    ("The ferry company hired her as captain in 2004.", "2004", "The ferry company hires her as captain"),
    # an "as" after the verb's object gives the object a role, even with a verb after it
    ("Until Friday the police had described her only as a witness wanted for questioning.", "Friday",
     "The police had described her only as a witness wanted for questioning"),
    ("Ministers praised the merger on Monday as proof investors can trust the region.", "Monday",
     "Ministers praise the merger as proof investors can trust the region"),
    # "not … until" says when the act will be
    ("The mayor said on Monday that the pool would not reopen until repairs are finished.", "Monday",
     "The mayor says that the pool would not reopen until repairs are finished"),
])
def test_a_phrase_after_the_same_words_stays(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
