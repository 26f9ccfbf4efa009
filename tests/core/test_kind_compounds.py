"""A kind word inside a hyphenated compound names what happened only as the compound's head, its last part
("car-bombing"), and not at all when the compound stands before a noun it modifies ("water-bombing aircraft",
"fire-fighting crews"): the earlier parts only modify the last ("bomb-sniffing", "strike-hit", "flood-prone",
"crash-test"). A prefix before a verb ("re-establishing embassy offices") is that verb. Sentence → the kind
`extraction.kind_near` reads at its date, and title → `extraction.title_kind`."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import kind_near, title_kind


@pytest.mark.parametrize("sentence, date, kind", [
    # must change: the compound's parts are no happening of the sentence
    ("On Monday three water-bombing aircraft arrived in Orsk.", "On Monday", "visit"),
    ("Bomb-sniffing dogs searched the stadium on Saturday.", "on Saturday", "event"),
    ("The strike-hit port was quiet on Tuesday.", "on Tuesday", "event"),
    ("Residents of the flood-prone district were moved on Friday.", "on Friday", "event"),
    ("Fire-fighting crews reached the ridge on Sunday.", "on Sunday", "event"),
    ("The self-declared republic held parades on May 9.", "on May 9", "event"),
    # guards: the compound's head names the kind, where no noun follows it
    ("A crash-test dummy was unveiled on Thursday.", "on Thursday", "announcement"),  # (the verb is nearer)
    ("A car-bombing shook the capital on Monday.", "on Monday", "conflict"),
    ("The governor was re-elected on Sunday.", "on Sunday", "election"),
    ("The ministry began re-establishing embassy offices on Friday.", "on Friday", "founding"),
    ("Rebels bombed the depot on Monday.", "on Monday", "conflict"),
])
def test_a_compound_names_a_kind_only_by_its_head(sentence: str, date: str, kind: str) -> None:
    at = sentence.index(date)
    assert kind_near(sentence, at, at + len(date), 0, len(sentence)) == kind


@pytest.mark.parametrize("title, kind", [
    ("Two water-bombing helicopters landed at Orsk airfield", "visit"),  # must change (was "conflict")
    ("Bomb-sniffing dogs search the stadium", "event"),                # must change (was "conflict")
    ("A car-bombing shakes the capital", "conflict"),
    ("The governor is re-elected", "election"),
])
def test_a_title_compound_names_a_kind_only_by_its_head(title: str, kind: str) -> None:
    assert title_kind(title) == kind


# A compound of a verb and its object ("cease-fire") is no kind of what its last part names (no fire); a cease-fire,
# a truce or an armistice is an agreement, written as one word or two.
@pytest.mark.parametrize("sentence, date, kind", [
    ("A cease-fire took effect in the valley on Sunday.", "on Sunday", "agreement"),
    ("The ceasefire held through the night on Tuesday.", "on Tuesday", "agreement"),
    ("Both armies observed a truce on Friday.", "on Friday", "agreement"),
    ("Villagers were caught in cross-fire on Monday.", "on Monday", "event"),
    # guards: a fire is still a disaster, a compound's noun head still names it
    ("A fire swept through the depot on Monday.", "on Monday", "disaster"),
    ("A bush-fire reached the town on Saturday.", "on Saturday", "disaster"),
])
def test_a_verb_and_its_object_name_no_kind_of_the_object(sentence: str, date: str, kind: str) -> None:
    at = sentence.index(date)
    assert kind_near(sentence, at, at + len(date), 0, len(sentence)) == kind


@pytest.mark.parametrize("title, kind", [
    ("Cease-fire takes hold in the valley", "agreement"),
    ("Rebels and army agree a ceasefire", "agreement"),
    ("Truce declared in the north", "agreement"),
])
def test_a_ceasefire_title_is_an_agreement(title: str, kind: str) -> None:
    assert title_kind(title) == kind


# A compound modifies a common noun after it, read by the lexicon's tag of that word; the few names the lexicon
# lists lower-cased ("april", "chicago") are no noun it modifies: a date or a place after the compound leaves it
# the happening's word.
@pytest.mark.parametrize("sentence, date, kind", [
    ("A suicide-bombing April 3 killed 12 people in the market.", "April 3", "conflict"),  # must change (was "death")
    ("A suicide-bombing Monday killed 12 people in the market.", "Monday", "conflict"),
    ("Three water-bombing planes were parked at the airfield on Monday.", "on Monday", "event"),
])
def test_a_compound_before_a_name_the_lexicon_lists_keeps_its_kind(sentence: str, date: str, kind: str) -> None:
    at = sentence.index(date)
    assert kind_near(sentence, at, at + len(date), 0, len(sentence)) == kind
