"""Which year a month or a day named without one is of, by its clause's tense and what the clause does with it.
A present verb with its object tells a schedule as a future does: its month is the next one however far ("the new
mayor takes office in January", written in February), while an intransitive present may be a historical present
("the jobless rate falls in January") and only pulls a month half a year ahead. A date modifying the noun that a
past act was done to is past as the act is ("attended the May 3 meeting", written in March, is last May's), unless
the act set the thing's time ("announced the May 3 vote"). A year opening its sentence frames a limit that a past
act's clause sets ("In 2023 the club announced it will move by September" is September 2023), as a past
reporting verb's does. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

FEB = dt.date(2024, 2, 10)
MAR = dt.date(2024, 3, 10)
NOV = dt.date(2024, 11, 10)
MAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize("sentence, phrase, reference, value", [
    # a present verb with its object: the next such month, even eleven months on
    ("The new governor takes office in January.", "January", FEB, "2025-01"),
    ("The new tariff takes effect in January.", "January", FEB, "2025-01"),
    ("The choir gives its farewell concert in January.", "January", FEB, "2025-01"),
    ("Parliament holds its budget debate in October.", "October", NOV, "2025-10"),
    # a future, a plan or a due date in the clause: the next one too
    ("The new governor will take office in January.", "January", FEB, "2025-01"),
    ("The new governor is due to take office in January.", "January", FEB, "2025-01"),
    ("The firm plans to open the depot in January.", "January", FEB, "2025-01"),
    # guards: a past, and an intransitive present (a historical present: "falls in January"), the last one
    ("The new governor took office in January.", "January", FEB, "2024-01"),
    ("The jobless rate falls in January.", "January", FEB, "2024-01"),
])
def test_a_schedule_told_in_the_present_is_the_next_month(sentence: str, phrase: str, reference: dt.date,
                                                          value: str) -> None:
    assert value_of(sentence, phrase, reference) == value


@pytest.mark.parametrize("sentence, phrase, reference, value", [
    # the thing a past act was done to was past then too
    ("The minister attended the May 3 summit.", "May 3", MAR, "2023-05-03"),
    ("The club lost the April 20 final on penalties.", "April 20", MAR, "2023-04-20"),
    ("Both firms missed the June 1 deadline.", "June 1", MAR, "2023-06-01"),
    ("Voters rejected the Dec. 15 referendum.", "Dec. 15", NOV, "2023-12-15"),
    # guards: an act that set the thing's time, a reporting verb, a noun after a preposition: the default
    ("The board announced the May 3 vote.", "May 3", MAR, "2024-05-03"),
    ("Officials postponed the May 3 hearing.", "May 3", MAR, "2024-05-03"),
    ("Organisers confirmed the May 3 date.", "May 3", MAR, "2024-05-03"),
    ("Investors awaited the May 3 ruling.", "May 3", MAR, "2024-05-03"),
    ("He gave no reason for the May 3 deadline.", "May 3", MAR, "2024-05-03"),
    # the verb is read with the lexicon: a past form of a verb that does something ("settled" is no "set")
    ("The insurer settled the April 20 claim last week.", "April 20", MAR, "2023-04-20"),
    ("Walkers finished the June 8 trail race in record numbers.", "June 8", MAR, "2023-06-08"),
    # ... a stance towards the thing says nothing of whether it has happened, and an adverb is no verb: the default
    ("The mayor wanted the May 3 ballot moved.", "May 3", MAR, "2024-05-03"),
    ("The union opposed the June 1 walkout.", "June 1", MAR, "2024-06-01"),
    ("Shopkeepers welcomed the April 12 reopening.", "April 12", MAR, "2024-04-12"),
    ("Farmers feared the May 20 frost forecast.", "May 20", MAR, "2024-05-20"),
    ("This is indeed the May 3 summit.", "May 3", MAR, "2024-05-03"),
    # the date after the noun, in a past clause, as before
    ("The minister attended the summit on May 3.", "May 3", MAR, "2023-05-03"),
])
def test_a_date_of_what_a_past_act_was_done_to_is_past(sentence: str, phrase: str, reference: dt.date,
                                                        value: str) -> None:
    assert value_of(sentence, phrase, reference) == value


@pytest.mark.parametrize("sentence, phrase, value", [
    # a past act whose object is a clause of a plan or a future: the plan was the framing year's
    ("In 2023 the club announced it will move to a new ground by September.", "September", "2023-09"),
    ("In 2021 the city decided that it plans to finish the tunnel in October.", "October", "2021-10"),
    ("In 2022, the regulator ruled the merger would close by August 15.", "August 15", "2022-08-15"),
    # ... whose subject is any noun phrase, as the lexicon reads it (not only a pronoun, "the ..." or a name)
    ("In 2019 the central bank decided rates would rise by March.", "March", "2019-03"),
    ("In 2020 the board agreed fares would fall by July.", "July", "2020-07"),
    ("In 2022 the council agreed the firm's depot would close by June.", "June", "2022-06"),
    # a reporting verb, as before
    ("In 2023 the club said it will move to a new ground by September.", "September", "2023-09"),
    # the act's own month in that year: the next such month after it, as before
    ("In 2023 the club announced in October that it will move to a new ground by September.", "September",
     "2024-09"),
    # guards: a clause turned after the past verb, a past verb with a noun object: the publication's time
    ("In 2023 it sold two million cars, and it expects to sell three million by June.", "June", "2024-06"),
    ("In 2023 the club sold its stadium, which it will leave by September.", "September", "2024-09"),
    ("In 2019 the bank raised rates and will cut them by March.", "March", "2025-03"),
])
def test_a_framing_year_frames_the_limit_of_a_past_acts_plan(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, MAY) == value
