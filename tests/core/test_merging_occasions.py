"""What one day's occasion, statements and harm gather (`merging._same_happening`, `_outcomes_of_occasions`):
the dead of a bombing are the bombing's casualty report, not an outcome of the day's visit; two statements
by one person in one article are two unless they say the same thing; a family name two people share is no
name the occasion rule counts. The articles are invented (fixtures/occasions/)."""
from __future__ import annotations

from pathlib import Path

from timeline_app.core.pipeline import build_timeline

OCCASIONS = Path(__file__).parent / "fixtures" / "occasions"


def _events_of(folder: str) -> list[list[str]]:
    """Per event, the sentences of its mentions (as printed, stripped), in the event's order."""
    path = OCCASIONS / folder
    texts = {p.stem: p.read_text(encoding="utf-8") for p in path.glob("*.txt")}
    return [[texts[m.document][m.sentence_start:m.sentence_end].strip() for m in e.mentions]
            for e in build_timeline([path]).events]


def test_the_dead_of_a_bombing_during_a_visit_are_the_bombings_not_an_outcome_of_its_own() -> None:
    # "Twelve people were killed in the blast" reports the bombing's casualties: no event of its own beside it
    events = _events_of("casualties")
    holding = [e for e in events if any(s.startswith("Twelve people were killed") for s in e)]
    assert len(holding) == 1
    assert any(s.startswith("A car bomb exploded") for s in holding[0])


def test_one_ministers_statements_of_a_day_are_two_unless_they_say_the_same_thing() -> None:
    # "announced Monday" with "Dovan" is shared by all three; the tax cut's statement and its restatement
    # share what was said too ("cut"), the governor's does not
    events = _events_of("statements")
    tax_cut = [e for e in events if any(s.startswith("VELL -- Finance Minister") for s in e)]
    assert len(tax_cut) == 1
    assert any(s.startswith("The tax cut Dovan announced") for s in tax_cut[0])
    assert not any(s.startswith("Separately, Dovan announced") for s in tax_cut[0])


def test_a_family_name_two_people_share_is_no_name_the_occasion_counts() -> None:
    # "King Tarek will meet President Lund on Thursday" and "Omar Tarek called President Lund a liar on
    # Thursday" share "Tarek" and "Lund"; the second article gives "Tarek" to two people, so one name is shared
    events = _events_of("ambiguous_surname")
    meeting = [e for e in events if any(s.startswith("King Tarek will meet") for s in e)]
    assert len(meeting) == 1
    assert not any("Omar Tarek called" in s or "calls Lund a liar" in s for s in meeting[0])


def test_an_occasion_gathers_what_its_own_people_did_not_what_its_names_gathered() -> None:
    # The meeting (King Tarek, Lund, Ostby) takes in Lund's remarks from Ostby (Lund, Ostby; and Kestany);
    # the speech calling Lund a liar shares Lund and Kestany with those remarks, but only Lund with the
    # meeting's own people
    events = _events_of("hosts")
    meeting = [e for e in events if any(s.startswith("King Tarek will meet") for s in e)]
    assert len(meeting) == 1
    assert any(s.startswith("AMMAR -- President Lund, commenting") for s in meeting[0])
    assert not any("called Lund a liar" in s for s in meeting[0])
