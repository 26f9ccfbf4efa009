"""The title an event of several mentions shows, chosen among its members' titles (`merging._title_score`):
who did what, by name, in an article's headline or lead words, not in a frame of what was said. Each folder
of fixtures/event_titles/ holds two invented articles of one happening."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import merging
from timeline_app.core.pipeline import build_timeline

TITLES = Path(__file__).parent / "fixtures" / "event_titles"


@pytest.mark.parametrize("folder, expected", [
    # Both leads tell the seizure; the wire's body adds "Police found fertilizer in the garage on Saturday.",
    # the shortest title but a detail of the body.
    ("lead", "Police seize a car bomb under construction in a garage in Dunmore"),
    # "He's expected to meet ..." says who only through the sentence before; the wire names him.
    ("pronoun", "Pavel Dorn of Norland meets the leaders of the farmers' unions"),
    # The wire's lead frames the sale ("Harlow Foods Inc. said it agreed to sell ..."); the digest tells it.
    ("frame", "Harlow Foods agrees to sell three candy businesses to Vessel for $420 million"),
    # The live page's "the flood south of Varna, which drowned four people yesterday" is titled by its clause with
    # the place as its subject ("Varna drowned four people"); the wire names the flood, in its headline's words
    # (stop 25: a headline with its dated lead in the event titles it, over the lead's "A flash flood sweeps ...").
    ("place", "Flood drowns four in Varna valley as river bursts banks"),
    # The follow-up's "The number of people killed by the storm surge … rose to 23" says how many; the wire names
    # the happening, in its headline's words (was its lead's "The death toll from the storm surge ... rises to 19").
    ("count", "Storm surge kills 19 on Marvik coast as sea walls fail"),
])
def test_the_merged_events_title_is_the_named_happening_of_a_lead(folder: str, expected: str) -> None:
    events = build_timeline([TITLES / folder], cache=False).events
    merged = [e for e in events if len({m.document for m in e.mentions}) == 2]
    assert [e.title for e in merged] == [expected]


def test_a_member_of_another_kind_does_not_title_the_event() -> None:
    # Headline "Norland minister resigns" over a lead about the farmers' blockade of the same day, and "Ana
    # Kell resigned over the protests": the event is the resignation; the blockade's lead does not title it
    events = build_timeline([TITLES.parent / "event_titles_kind"], cache=False).events
    resignation = [e for e in events if e.kind == "resignation"]
    assert len(resignation) == 1
    assert not resignation[0].title.startswith("Norland's farmers"), resignation[0].title


@pytest.mark.parametrize("title, expected", [
    ("He's expected to meet the leaders of the farmers' unions", True),
    ("Its shares fell 5% on Monday", True),
    ("They’re back in Dunmore", True),
    ("It'll take years to rebuild the bridge", True),
    # A possessive pronoun standing alone, which a list of the determiners ("Our") misses: the tagger's PRP.
    ("Ours is the only mill still open in Dunmore", True),
    ("Pavel Dorn of Norland meets the leaders of the farmers' unions", False),
    ("Hisham Kamal resigns", False),
    ("Herald Sun closes its Dunmore office", False),
    # All capitals: an acronym the lexicon reads as a pronoun, a name.
    ("US troops land in Haiti", False),
    ("IT firm cuts 200 jobs", False),
    # An initial is no "I".
    ("I. M. Pei designs the new wing", False),
])
def test_a_title_opening_on_a_pronoun_names_no_one(title: str, expected: bool) -> None:
    assert merging._pronoun_subject(title) is expected


@pytest.mark.parametrize("title, expected", [
    ("A flash flood sweeps through farms", True),
    ("The quake struck at 9 a.m.", True),
    ("The snowstorm closed the pass", True),  # a compound of a happening noun
    ("The weather service says", False),
    ("The company reports a loss", False),
    ("They would look for ways", False),
    ("Varna drowned four people", False),  # a name, no determiner's noun phrase
])
def test_a_title_opening_on_a_happening_noun(title: str, expected: bool) -> None:
    assert merging._happening_subject(title) is expected


@pytest.mark.parametrize("keys, expected", [
    ([((0,), (2,)), ((0,), (1,)), ((1,), (0,))], 1),  # tied on the head: the second part decides
    ([((1,), (0,)), ((0,), (5,))], 1),  # the head decides, whatever comes after
    ([((0,), (1,)), ((0,), (1,)), ((0,), (0,))], 2),
    ([((0,), (1,)), ((0,), (1,))], 0),  # tied on the whole key: the first, as min's
])
def test_the_title_member_is_picked_a_part_of_the_key_at_a_time(keys, expected) -> None:
    # `_least` is min over the whole key (`_title_score`), reading a costlier part only for the members tied
    # on every part before it.
    read: list[int] = []
    members = list(range(len(keys)))

    score = merging._TitleScore((lambda c: keys[c][0], lambda c: read.append(c) or keys[c][1]))
    assert merging._least(members, score) == expected  # type: ignore[arg-type]
    least_head = min(k[0] for k in keys)
    assert all(keys[c][0] == least_head for c in read)
    assert min(members, key=score) == expected  # the whole key, called


def test_a_title_member_is_the_least_of_the_whole_key(monkeypatch) -> None:
    # On the fixtures' merged events, the member picked a part at a time is the one min over the whole key picks.
    picked: list[tuple] = []
    real = merging._least
    monkeypatch.setattr(merging, "_least", lambda titled, score: picked.append(
        (real(titled, score), min(titled, key=score), len(titled))) or picked[-1][0])
    for folder in ("lead", "pronoun", "frame"):
        build_timeline([TITLES / folder], cache=False)
    assert any(n > 1 for _a, _b, n in picked)
    assert all(a is b for a, b, _n in picked)


@pytest.mark.parametrize("title, expected", [
    ("The number of people killed by the storm rises to 23", True),
    ("The total of confirmed cases climbs to 300", True),
    ("The share of young voters falls", True),
    # left alone: a happening's noun before "of", no plural after it, no "of", a name
    ("The launch of the new phones is delayed", False),
    ("The death toll from the storm rises to 19", False),
    ("The number of the house is 12", False),
    ("Storm surge kills 19 on the Marvik coast", False),
])
def test_a_count_of_a_group_is_no_happening_for_subject(title: str, expected: bool) -> None:
    assert merging._count_subject(title) is expected
