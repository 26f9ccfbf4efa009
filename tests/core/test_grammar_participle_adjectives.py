"""A participle used as an adjective is not the sentence's verb. Brill's tagger read an "-ed" word before a noun as a
past ("Confirmed/VBD cases stand at 48"), and its rule "JJ NN NEXTTAG VBD" then made a noun of the adjective before
it ("cumulative/NN confirmed/VBD"): the title re-inflected the participle ("Cumulative confirms cases stand at 48").
And a plural noun the lexicon reads first as a verb stood as one between two finite verbs ("said suspects/VBZ were").
After a noun, name or pronoun the past keeps its verb reading: it has its subject ("The company confirmed reports
were false"). Sentences of the shapes met on news pages (the first is a real page's)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import grammar
from timeline_app.core.extraction import title_from_sentence
from timeline_app.core.pipeline import build_timeline


def _tags(sentence: str) -> dict[str, str]:
    return {t.text: t.pos for t in grammar.analyse_sentence(sentence).tokens}


@pytest.mark.parametrize("sentence, expected", [
    ("Confirmed cases stand at 48.", {"Confirmed": "VBN", "cases": "NNS", "stand": "VBP"}),
    ("The cumulative confirmed cases stand at 48.", {"cumulative": "JJ", "confirmed": "VBN", "stand": "VBP"}),
    ("As of October 9, 2022, cumulative confirmed cases stand at 48.", {"cumulative": "JJ", "confirmed": "VBN"}),
    ("After four new confirmed cases were registered.", {"new": "JJ", "confirmed": "VBN", "were": "VBD"}),
    ("Reported deaths rose to 12 in March.", {"Reported": "VBN", "rose": "VBD"}),
    ("The city's reported cases will fall.", {"reported": "VBN", "will": "MD"}),
    ("Officials said suspects were arrested.", {"said": "VBD", "suspects": "NNS", "were": "VBD"}),
    # the past keeps its verb reading after its subject, and before a noun with no finite verb of its own
    ("The company confirmed reports were false.", {"confirmed": "VBD", "reports": "NNS"}),
    ("Police arrested suspects who were fleeing.", {"arrested": "VBD"}),
    ("Officials confirmed cases rose in May.", {"confirmed": "VBD"}),
    ("This confirmed fears were justified.", {"confirmed": "VBD"}),
    ("The drug that reduced deaths was approved.", {"reduced": "VBD"}),
    ("Confirmed cases was the heading.", {"Confirmed": "VBD"}),  # no agreement: no subject and its verb
])
def test_participle_before_a_noun_with_its_own_verb(sentence: str, expected: dict[str, str]) -> None:
    tags = _tags(sentence)
    assert {word: tags[word] for word in expected} == expected


@pytest.mark.parametrize("sentence, date, title", [
    ("As of October 9, 2022, cumulative confirmed cases stand at 48.", "As of October 9, 2022",
     "Cumulative confirmed cases stand at 48"),
    ("Confirmed cases stood at 48 on Monday.", "on Monday", "Confirmed cases stand at 48"),
    ("On Monday, four new confirmed cases were registered.", "On Monday", "Four new confirmed cases were registered"),
    ("Two injured workers were taken to hospital on Friday.", "on Friday", "Two injured workers were taken to hospital"),
    # a participle opening the clause, before its noun, is the subject's first word
    ("Elected officials in the city warned residents on Wednesday.", "on Wednesday",
     "Elected officials in the city warn residents"),
    ("Weakened sales have already hurt the chain this year.", "this year", "Weakened sales have already hurt the chain"),
])
def test_titles_keep_the_participle_with_its_noun(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert title_from_sentence(sentence, start, start + len(date)) == title


_FIXTURES = Path(__file__).parent / "fixtures" / "participle_adjectives"


def test_an_outbreak_pages_figures_keep_their_participles() -> None:
    # A ministry's figures as a news page quotes them: the counts' participles are no verbs to re-inflect.
    titles = {event.title for event in build_timeline([_FIXTURES], cache=False).events}
    assert "Cumulative confirmed cases stand at 31" in titles
    assert not any("confirms" in title for title in titles)
