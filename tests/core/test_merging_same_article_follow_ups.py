"""One article tells its happening in the lead and then again in a later sentence whose subject refers back
to it ("The quake hit at 11:42 p.m."): one event, titled by the lead (`merging._join_follow_ups`; so is one the
buckets merged already, "The vote ended at 1:15 a.m."). And a
dateline story's past act stays the day's news when the sentence's date belongs to a later future verb
("declared a state of emergency and said he would travel to the area on Thursday": `news._later_future_owner`).
The articles are invented (fixtures/follow_ups/ and the rows below)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.merging import _compound_heads, _previous_sentence_end, merge
from timeline_app.core.pipeline import build_timeline

FOLLOW_UPS = Path(__file__).parent / "fixtures" / "follow_ups"


@pytest.fixture(scope="module")
def fixture_events() -> list:
    return build_timeline([FOLLOW_UPS]).events


@pytest.mark.parametrize("phrase, title, day", [
    ("Tuesday", "A magnitude 7.1 earthquake strikes northern Chile", dt.date(2024, 3, 12)),
    # The follow-up's subject "The quake" names the lead's "earthquake": the same event, the lead's title.
    ("11:42 p.m. local time", "A magnitude 7.1 earthquake strikes northern Chile", dt.date(2024, 3, 12)),
    # The declaration is the story's news; "Thursday" is the travel's.
    ("declared", "President Boric declares a state of emergency in the region", dt.date(2024, 3, 12)),
    ("Thursday", "President Boric would travel to the area", dt.date(2024, 3, 14)),
    # "The vote ended at 1:15 a.m.": merged with the lead already (it names nobody), now titled by the lead.
    ("1:15 a.m. local time", "The Senate of Norland votes to raise the retirement age to 66", dt.date(2024, 6, 5)),
])
def test_the_stories_events(fixture_events: list, phrase: str, title: str, day: dt.date) -> None:
    holding = [e for e in fixture_events for m in e.mentions if m.text == phrase]
    assert [(e.title, e.first) for e in holding] == [(title, day)]


def test_the_quake_story_tells_its_quake_once(fixture_events: list) -> None:
    on_the_day = [e.title for e in fixture_events if e.first == dt.date(2024, 3, 12) and "quake" in e.sentence]
    assert on_the_day == ["A magnitude 7.1 earthquake strikes northern Chile"]


_DATELINE = "Town news\n\nTuesday, May 7, 2024\n\n{lead}\n\n{later}\n"


@pytest.mark.parametrize("lead, later, one", [
    # a shorter form of the lead's noun
    ("A snowstorm buried the town of Tarrow on Monday.", "The storm closed the Belmar road at 6 p.m. local time.",
     True),
    # the noun of the lead's verb
    ("Gunmen attacked a market in Dovra on Monday.", "The attack began at 10 a.m. local time near the Ostin bus "
     "station.", True),
    # "it" in the very next sentence, its subject the lead's happening
    ("A tropical storm hit the island of Saba on Monday, flooding the harbour.",
     "It knocked out power to most homes at 9 p.m. local time.", True),
    # another of its kind
    ("Gunmen attacked a market in Dovra on Monday.", "The second attack began at 10 a.m. local time near the Ostin "
     "bus station.", False),
    # another happening noun: two happenings
    ("A fire destroyed a warehouse in Tarrow on Monday.", "The storm knocked down power lines in Belmar at 6 p.m.",
     False),
    # a thing, a person or a body, not a happening, as the subject (its clock time is on Monday, the day in focus,
    # but it tells another act of that day)
    ("A snowstorm buried the town of Tarrow on Monday.", "The mayor of Belmar opened a shelter at 6 p.m. local time.",
     False),
    ("Police arrested a man in Tarrow on Monday.", "The man appeared before a judge in Belmar at 3 p.m.", False),
    ("The Ostin government imposed a curfew on Monday.", "The government lifted the Belmar ban at 6 p.m. local time.",
     False),
    # a compound whose first part governs or turns around its last: no kind of that happening
    ("A ceasefire took effect in Dovra on Monday.", "The fire destroyed a warehouse in Belmar at 6 p.m. local time.",
     False),
    ("A disagreement broke out over the Tarrow budget on Monday.",
     "The agreement was signed in Belmar at 6 p.m. local time.", False),
    # "it" one sentence too late
    ("A tropical storm hit the island of Saba on Monday, flooding the harbour.",
     "Ferries to Belmar were cancelled. It knocked out power to most homes at 9 p.m. local time.", False),
])
def test_a_later_sentence_naming_the_leads_happening(lead: str, later: str, one: bool) -> None:
    doc = document_from_text(_DATELINE.format(lead=lead, later=later), id="town")
    events = [e for e in merge(extract_mentions(doc), [doc]) if e.first == dt.date(2024, 5, 6)]
    assert len(events) == (1 if one else 2), [(e.title, [m.text for m in e.mentions]) for e in events]
    if one:
        assert lead.startswith(events[0].title.split()[0])  # titled by the lead


_COLLAPSE = "The roof of the Tarrow mill has collapsed after a fire broke out in its attic on Monday."


@pytest.mark.parametrize("later, one", [
    # the lead's dated clause is its second ("after a fire broke out ... on Monday"), titled so: "The fire" is its
    # happening, though the sentence's first clause is the collapse
    ("The fire broke out at 6 p.m. local time in the Belmar wing.", True),
    # another happening noun: two happenings
    ("The storm knocked down power lines in Belmar at 6 p.m.", False),
])
def test_a_later_sentence_naming_the_happening_of_the_leads_later_clause(later: str, one: bool) -> None:
    doc = document_from_text(_DATELINE.format(lead=_COLLAPSE, later=later), id="town")
    events = [e for e in merge(extract_mentions(doc), [doc]) if e.first == dt.date(2024, 5, 6)]
    assert len(events) == (1 if one else 2), [(e.title, [m.text for m in e.mentions]) for e in events]
    if one:
        assert events[0].title.startswith("A fire broke out")  # titled by the lead's clause


_JAPAN = "A magnitude 6.2 earthquake struck southern Japan on Monday, damaging roads in Kagoshima."
_PERU = "Separately, a magnitude 5.8 earthquake hit central Peru on Monday, killing three people in Huancayo."
_HOMES = "The quake destroyed dozens of adobe homes, the Peruvian civil defence institute said."


@pytest.mark.parametrize("sentences, joined", [
    # Two quakes of the day named before it: "The quake" may be either, so it is joined to neither (it was joined
    # to the first told, Japan's, whatever came between).
    ((_JAPAN, _PERU, _HOMES), None),
    # The one quake named before it: another told later that day does not take it away.
    ((_JAPAN, _HOMES, _PERU), _JAPAN),
    ((_PERU, _HOMES, _JAPAN), _PERU),
])
def test_a_follow_up_after_two_happenings_of_its_kind(tmp_path: Path, sentences: tuple[str, ...],
                                                       joined: str | None) -> None:
    text = "World news\n\nTuesday, March 12, 2024\n\n" + "\n\n".join(sentences) + "\n"
    (tmp_path / "quakes.txt").write_text(text, encoding="utf-8")
    told = sorted(sorted(text[m.sentence_start:m.sentence_end] for m in e.mentions)
                  for e in build_timeline([tmp_path]).events if e.first == dt.date(2024, 3, 11))
    expected = [[s, _HOMES] if s == joined else [s] for s in (_JAPAN, _PERU)] + ([] if joined else [[_HOMES]])
    assert told == sorted(map(sorted, expected))


@pytest.mark.parametrize("noun, heads", [
    ("earthquake", {"quake"}),
    ("snowstorm", {"storm"}),
    ("gunfire", {"fire"}),
    ("wildfire", {"fire"}),  # an adjective before it
    ("firebomb", {"bomb"}),
    # a part before it that is no word, or too short to tell from a plain word cut at random
    ("strip", set()), ("impact", set()), ("selection", set()), ("ghost", set()), ("skill", set()),
    ("design", set()), ("ordeal", set()),
    # a verb or a function word before it: it governs the head or turns it around
    ("ceasefire", set()), ("disagreement", set()), ("overkill", set()),
    ("quake", set()),  # no compound
])
def test_compound_heads(noun: str, heads: set[str]) -> None:
    assert _compound_heads(noun) == heads


@pytest.mark.parametrize("text, start, end", [
    ("A storm hit. It cut power.", 13, 12),
    ("A storm hit.\n\n  It cut power.", 16, 12),
    ("It cut power.", 0, 0),
    ("", 5, 5),  # the document's text unknown
])
def test_previous_sentence_end(text: str, start: int, end: int) -> None:
    assert _previous_sentence_end(text, start) == end


def test_a_group_holding_an_earlier_happening_is_not_moved_into_the_one_its_sentence_refers_to() -> None:
    """"The fire burned ..." refers to the wildfire told just before it; but where a group holds it with the
    lead's quake and "The quake destroyed ..." (fixtures/follow_ups_mixed/; the buckets grouped them by the
    article, the day and the family before they needed a shared word), that group is no follow-up of the
    wildfire: it holds a sentence told before it. The wildfire's event tells the wildfire alone."""
    folder = Path(__file__).parent / "fixtures" / "follow_ups_mixed"
    text = (folder / "quake_and_fire.txt").read_text(encoding="utf-8")
    events = build_timeline([folder]).events
    wildfire = [e for e in events if any(text[m.sentence_start:m.sentence_end].startswith("A wildfire")
                                         for m in e.mentions)]
    assert len(wildfire) == 1
    told = [text[m.sentence_start:m.sentence_end] for m in wildfire[0].mentions]
    assert not any("quake" in sentence for sentence in told), told


@pytest.mark.parametrize("namers, joined, referred", [
    # one group named "the quake" before: the referring sentence's
    ([1], {}, 1),
    # two distinct groups named it: ambiguous
    ([1, 2], {}, None),
    # ... unless they have been joined since, into one: as one namer, whether two or three named it
    ([1, 2], {2: 1}, 1),
    ([1, 2, 3], {2: 1, 3: 1}, 1),
    # three of which two are one group still: ambiguous
    ([1, 2, 3], {2: 1}, None),
])
def test_a_referring_subject_is_the_one_group_that_named_its_noun(namers: list[int], joined: dict[int, int],
                                                                  referred: int | None) -> None:
    from types import SimpleNamespace

    from timeline_app.core.merging import _referred

    day = dt.date(2024, 3, 12)
    groups = [SimpleNamespace(first=day, last=day) for _ in range(4)]
    c = SimpleNamespace(doc_id="a", mention=SimpleNamespace(document="a"))
    named = {("a", day, day, "", "quake"): namers}
    assert _referred(c, 0, groups, {0: set()}, ("the", "quake", -1), named, {},  # type: ignore[arg-type]
                     lambda k: joined.get(k, k)) == referred


@pytest.mark.parametrize("recorded, joined, referred", [
    # groups named "the quake" in turn (1 twice: recorded once), none joined since: one is the referent, two not
    ([1, 1], {}, 1),
    ([1, 2], {}, None),
    # a group that has joined another since is recorded as the one it joined
    ([1, 2], {2: 1}, 1),
    # four distinct: still ambiguous when the first three have been joined into one, for the fourth named it too
    ([1, 2, 3, 4], {2: 1, 3: 1}, None),
    ([1, 2, 3, 4, 5], {2: 1, 3: 1}, None),
])
def test_a_group_past_the_recorded_namers_keeps_the_noun_ambiguous(recorded: list[int], joined: dict[int, int],
                                                                   referred: int | None) -> None:
    from types import SimpleNamespace

    from timeline_app.core.merging import _record_namer, _referred

    day = dt.date(2024, 3, 12)
    groups = [SimpleNamespace(first=day, last=day) for _ in range(6)]
    c = SimpleNamespace(doc_id="a", mention=SimpleNamespace(document="a"))
    namers: list[int] = []
    for k in recorded:
        _record_namer(namers, k, lambda k: k)  # (recorded before any join)
    named = {("a", day, day, "", "quake"): namers}
    assert _referred(c, 0, groups, {0: set()}, ("the", "quake", -1), named, {},  # type: ignore[arg-type]
                     lambda k: joined.get(k, k)) == referred
