"""A sentence that only says when a happening its article has already told took place ("The incident occurred
on Mill Lane on Tuesday", "The verdict was announced on Wednesday afternoon") names that happening again: it
joins the group the article told before it on that day (`merging._join_told_occurrences`), not a second event
of the same day. A bare definite noun phrase as its subject says the happening was told before; a verb of
occurrence, or a passive of holding or announcing, says the sentence adds only its time and place. Another day
is another happening (two votes on consecutive days), and a sentence that names the happening as what another
one followed ("arrested a man after the shooting") tells that other one. The articles are invented
(fixtures/told_occurrence/<story>/)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from timeline_app.core import grammar, merging
from timeline_app.core.pipeline import build_timeline
from tests.core.merging_helpers import events_holding

FIXTURES = Path(__file__).parent / "fixtures" / "told_occurrence"


@pytest.mark.parametrize("title, noun", [
    ("The incident occurred in the city centre in broad daylight", "incident"),
    ("The incident takes place on the 1900 block of Main Street", "incident"),
    ("The verdict was announced on Wednesday afternoon", "verdict"),
    ("The attacks took place on Thursday and Friday", "attack"),
    ("The vote was held on Wednesday", "vote"),
    ("This blast struck at dawn", "blast"),
    ("The ruling came on Friday", "ruling"),
    # a new happening, or one of a series: not one told before
    ("Another attack occurred on Saturday", None),
    ("An attack occurred on Saturday", None),
    ("The first attack happened on Monday", None),
    # an act of its own, whatever its subject
    ("The suspect was arrested on Friday", None),
    ("The court convicted her on Friday", None),
    ("The council took the decision on Friday", None),
    ("The incident is under investigation", None),
    # not said to have taken place
    ("The sentencing will be held on July 28", None),
    ("The group might come to the capital on Tuesday", None),
])
def test_a_title_that_only_says_a_told_happening_took_place(title: str, noun: str | None) -> None:
    assert merging._told_occurrence(title) == noun


def _holding(story: str, words: str) -> list:
    """The events that hold a mention in the sentence of the story that prints `words`."""
    return events_holding(FIXTURES / story, words)


@pytest.mark.parametrize("story, retelling, first_telling", [
    ("stabbing", "The incident occurred", "after he stabbed a neighbour"),
    ("verdict", "The verdict was announced", "convicted former mayor Lena Corr"),
    # the happening's own group holds a caption naming it ("Map of the earthquake."): no other happening
    ("captioned", "the earthquake occurred at 16:53", "An earthquake occurred on Wednesday evening"),
])
def test_a_told_occurrence_joins_the_happening_told_before(story: str, retelling: str, first_telling: str) -> None:
    retold = _holding(story, retelling)
    told = _holding(story, first_telling)
    assert len(retold) == 1, [(e.title, e.first) for e in retold]
    assert retold == told[:1] and len(told) == 1, ([(e.title, e.first) for e in retold],
                                                   [(e.title, e.first) for e in told])
    assert retelling not in retold[0].title  # titled by who did what, not by "the incident occurred"


@pytest.mark.parametrize("story, retelling, other", [
    ("two_votes", "The vote took place on Wednesday", "rejected the mayor's budget deal"),  # Tuesday's vote
    ("cause", "The shooting happened on Sunday", "Police arrested a man on Sunday"),  # the arrest it followed
])
def test_a_told_occurrence_stays_apart_from_another_happening(story: str, retelling: str, other: str) -> None:
    retold = _holding(story, retelling)
    assert retold, retelling
    assert not any(e in retold for e in _holding(story, other)), [(e.title, e.first) for e in retold]


def test_each_sentence_is_tagged_once_for_the_retellings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two retellings of one stabbing ("The incident occurred ...", "The attack took place ..."): both join it, and
    the stage tags each sentence it reads once (main tagged the stabbing's sentence again for each retelling)."""
    tagged: Counter[str] = Counter()
    inside = False
    tag_words, join = grammar.tag_words, merging._join_told_occurrences

    def counting_tag_words(sentence: str) -> list[grammar.Token]:
        if inside:
            tagged[sentence] += 1
        return tag_words(sentence)

    def counted_join(groups: list) -> list:
        nonlocal inside
        inside = True
        try:
            return join(groups)
        finally:
            inside = False

    monkeypatch.setattr(grammar, "tag_words", counting_tag_words)
    monkeypatch.setattr(merging, "_join_told_occurrences", counted_join)
    events = build_timeline([FIXTURES / "told_twice"], cache=False).events
    assert [len(e.mentions) for e in events] == [3], [(e.title, len(e.mentions)) for e in events]
    assert tagged and max(tagged.values()) == 1, tagged
