"""A weekday that names a deadline ("a Friday deadline", "Monday's deadline") is a limit still to meet in a present
or future clause: the coming one; a clause that tells it in the past ("missed a Friday deadline") keeps the last one,
the default reading of a bare weekday. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

WEDNESDAY = dt.date(2025, 4, 9)


@pytest.mark.parametrize("sentence, phrase, value", [
    # a deadline in a present or future frame: the coming weekday
    ("The striking dockers face a Friday deadline to accept the offer.", "Friday", "2025-04-11"),
    ("The port talks face a Friday deadline.", "Friday", "2025-04-11"),
    ("Shareholders tendered their stock, with most shares in hand by the Tuesday deadline.", "Tuesday", "2025-04-08"),
    ("Monday's deadline looms over the bidders for the airline.", "Monday", "2025-04-14"),
    ("With a Sunday cut-off approaching, voters queued at the town hall.", "Sunday", "2025-04-13"),
    ("Lenders have until a Friday deadline to respond.", "Friday", "2025-04-11"),
    ("Both sides are racing to meet Tuesday's deadline for a budget.", "Tuesday", "2025-04-15"),
    # told in the past: the last one
    ("The dockers missed a Friday deadline to accept the offer.", "Friday", "2025-04-04"),
    ("The bidders ignored Monday's deadline.", "Monday", "2025-04-07"),
    ("Monday's deadline passed without a deal.", "Monday", "2025-04-07"),
    # no deadline noun: as before
    ("The dockers face a Friday meeting with the owners.", "Friday", "2025-04-04"),
])
def test_a_weekday_naming_a_deadline_is_the_coming_one_in_a_present_frame(sentence: str, phrase: str,
                                                                          value: str) -> None:
    assert value_of(sentence, phrase, WEDNESDAY) == value


THURSDAY = dt.date(2024, 6, 20)


@pytest.mark.parametrize("sentence, phrase, value", [
    # the past act that sets or gives the deadline is the day's news: the deadline is the coming one
    ("The dockers' union set a Friday deadline for an improved offer.", "Friday", "2024-06-21"),
    ("Officials on Wednesday set a Monday deadline for the strikers to return.", "Monday", "2024-06-24"),
    ("The regional council set Saturday's deadline after a stormy meeting.", "Saturday", "2024-06-22"),
    ("Ministers announced a Monday cut-off for grant applications.", "Monday", "2024-06-24"),
    ("The army gave the militia a Sunday ultimatum to hand over its weapons.", "Sunday", "2024-06-23"),
    ("Mediators handed the two airlines a Tuesday deadline.", "Tuesday", "2024-06-25"),
    ("The leaders, meeting in Rome, gave them a Saturday deadline.", "Saturday", "2024-06-22"),
    ("The squatters were given a Monday deadline to leave the building.", "Monday", "2024-06-24"),
    # an act on a deadline already set, or a setting told in the past perfect: the last one
    ("The dockers missed a Friday deadline to accept the offer.", "Friday", "2024-06-14"),
    ("The bidders ignored Monday's deadline for final offers.", "Monday", "2024-06-17"),
    ("Both airlines met the Tuesday deadline.", "Tuesday", "2024-06-18"),
    ("The council had set a Friday deadline, which passed quietly.", "Friday", "2024-06-14"),
    ("The militia missed, by a day, the Sunday deadline.", "Sunday", "2024-06-16"),
])
def test_a_weekday_deadline_set_or_given_in_the_past_is_the_coming_one(sentence: str, phrase: str,
                                                                        value: str) -> None:
    assert value_of(sentence, phrase, THURSDAY) == value


@pytest.mark.parametrize("sentence, phrase, value", [
    # a limit laid down on others (issued, imposed, delivered, established, declared): ahead of the telling
    ("The landlords' association issued a Monday deadline for unpaid rents.", "Monday", "2024-06-24"),
    ("The ministry imposed a Saturday cut-off on new permit requests.", "Saturday", "2024-06-22"),
    ("Protest leaders delivered a Sunday ultimatum to the cabinet.", "Sunday", "2024-06-23"),
    ("The tribunal established a Tuesday deadline for written evidence.", "Tuesday", "2024-06-25"),
    # each of the other limit-laying verbs with its object right after it (no indirect object): each row fails
    # without its verb's lemma in temporal._LIMIT_LAYING_LEMMAS
    ("The union sent a Friday ultimatum to the mill owners.", "Friday", "2024-06-21"),
    ("The owners gave a Monday deadline for offers.", "Monday", "2024-06-24"),
    ("Lawyers laid a Tuesday deadline before the court.", "Tuesday", "2024-06-25"),
    ("The referee declared a Saturday cut-off for appeals.", "Saturday", "2024-06-22"),
    # an act on a limit already laid down: the last one, as before
    ("The cabinet rejected a Sunday ultimatum from the protest leaders.", "Sunday", "2024-06-16"),
    ("The landlords had issued a Monday deadline, which passed quietly.", "Monday", "2024-06-17"),
])
def test_a_weekday_limit_laid_down_in_the_past_is_the_coming_one(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, THURSDAY) == value
