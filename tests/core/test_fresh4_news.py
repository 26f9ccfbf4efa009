"""Eight invented articles in genres and forms the other sets lack, written before the app was run on them and read
as a user reads the timeline (docs/fresh4_judgement.md): a volcanic eruption as a wire story (undated dateline,
"Updated" line) and its follow-up two days later by a British outlet (day-first dates); a Nasdaq debut as Markdown
(fiscal year, Q3, "at 3:45 p.m. EDT"); a literary prize as an HTML page with nav, share buttons, related links,
newsletter sign-up and footer; a drug approval ("Published … Updated" lines); a football manager sacked ("this past
weekend"); a record heat wave with a council vote "next Thursday"; a prisoner swap under an AP dateline.
JUDGED_RIGHT rows are events judged right (dates, key words of the title, the articles that report them): they must
stay so. KNOWN_WRONG rows are events as a reader needs them that the timeline does not have yet, each with why:
strict xfail until a general rule fixes them. The rules fixed from what this set showed have their own tests of
invented sentences."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.model import Event
from timeline_app.core.pipeline import build_timeline
from tests.core.judged_news_helpers import judged_right_test, known_extra_test, known_extras, known_wrong as _xfail
from tests.core.judged_news_helpers import known_wrong_test, month as _month, publication_dates, year as _year

FRESH4 = Path(__file__).parent / "fixtures" / "fresh4"
D = dt.date
VW, VF, IPO, BP = "volcano_wire", "volcano_followup", "ipo_debut", "book_prize"
DR, MS, HW, PS = "drug_approval", "manager_sacked", "heatwave", "prisoner_swap"


def _decade(first_year: int) -> tuple[dt.date, dt.date]:
    return D(first_year, 1, 1), D(first_year + 9, 12, 31)


def _week(monday: dt.date) -> tuple[dt.date, dt.date]:
    return monday, monday + dt.timedelta(days=6)


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return build_timeline([FRESH4], cache=False).events


# first day, last day, words of the title (lower case), the articles reporting it
JUDGED_RIGHT = [
    # the eruption, told by the wire on Wednesday and by the British follow-up on Friday
    (D(2025, 11, 18), D(2025, 11, 18), ("a volcano erupts",), {VW, VF}),
    (D(2023, 11, 10), D(2023, 11, 10), ("the town was first evacuated",), {VW, VF}),
    (*_month(2024, 1), ("lava destroyed three houses",), {VW, VF}),
    (*_year(2021), ("a series of eruptions began",), {VW}),
    (*_week(D(2025, 10, 27)), ("seismic activity under the peninsula begins to intensify",), {VW}),  # three weeks ago
    (*_month(2025, 11), ("magma was accumulating",), {VW}),  # at the start of the month
    (D(2025, 11, 18), D(2025, 11, 18), ("police close the only road",), {VW}),
    (D(2025, 11, 18), D(2025, 11, 18), ("the eruption begins",), {VW}),
    (D(2025, 11, 19), D(2025, 11, 19), ("lava was flowing southwest",), {VW}),
    (D(2025, 11, 19), D(2025, 11, 19), ("lowers it again to yellow",), {VW}),
    (D(2025, 11, 19), D(2025, 11, 19), ("kristrun frostadottir says",), {VW}),
    (D(2025, 11, 20), D(2025, 11, 20), ("lava could reach the walls",), {VW}),
    # "She is due to visit … on Friday", "until at least Sunday": the coming days (test_temporal_schedule_ahead)
    (D(2025, 11, 21), D(2025, 11, 21), ("is due to visit the emergency coordination center",), {VW}),
    (D(2025, 11, 23), D(2025, 11, 23), ("would stay closed",), {VW}),
    (D(2025, 11, 20), D(2025, 11, 20), ("a second fissure opened",), {VF}),
    (D(2025, 11, 20), D(2025, 11, 20), ("a tongue of lava had crossed",), {VF}),
    (D(2025, 11, 20), D(2025, 11, 20), ("aerial footage broadcast by ruv",), {VF}),
    (D(2025, 11, 21), D(2025, 11, 21), ("two more houses catch fire",), {VF}),
    (D(2025, 11, 21), D(2025, 11, 21), ("prime minister visits the emergency coordination centre",), {VF}),
    (D(2025, 11, 21), D(2025, 11, 21), ("power plant at svartsengi was undamaged",), {VF}),
    (*_week(D(2025, 11, 24)), ("parliament would debate",), {VF}),
    (*_year(1994), ("erla jonsdottir has lived in hafnarvik",), {VF}),
    # the Nasdaq debut (Markdown, ISO date after the byline)
    # (the headline's words since stop 25: was the lead's "Shares of Lumatek Robotics soar in their Nasdaq debut")
    (D(2026, 4, 16), D(2026, 4, 16), ("lumatek shares jump 41% in nasdaq debut",), {IPO}),
    (D(2026, 4, 16), D(2026, 4, 16), ("sold 28 million shares",), {IPO}),
    (D(2026, 4, 16), D(2026, 4, 16), ("the stock was trading at $31.02",), {IPO}),
    (D(2026, 4, 15), D(2026, 4, 15), ("the company prices the offering",), {IPO}),
    (D(2026, 4, 13), D(2026, 4, 13), ("lumatek discloses in an updated filing",), {IPO}),
    (*_month(2026, 1), ("filed confidentially",), {IPO}),
    (*_week(D(2026, 3, 23)), ("makes its paperwork public",), {IPO}),
    (D(2026, 4, 1), D(2026, 6, 30), ("expect revenue of between",), {IPO}),
    (*_month(2026, 6), ("tom becker will step down",), {IPO}),
    (*_year(2014), ("found lumatek in pittsburgh",), {IPO}),
    (*_year(2025), ("revenue rises 61%",), {IPO}),
    (*_year(2025), ("three largest customers account for 46%",), {IPO}),
    (*_year(2027), ("open its second factory",), {IPO}),
    (*_year(2030), ("robots in 2,000 warehouses",), {IPO}),
    # "which is expected to start marketing its shares the following week": from publication, not from January 31
    # three paragraphs up (test_temporal_schedule_ahead)
    (*_week(D(2026, 4, 20)), ("cleargate is expected to start marketing its shares",), {IPO}),
    # the literary prize (HTML page)
    (D(2025, 10, 14), D(2025, 10, 14), ("corrigan was named the winner",), {BP}),
    (D(2025, 10, 14), D(2025, 10, 14), ("fenwick says it had ordered a reprint",), {BP}),
    (*_month(2025, 10), ("the shortlist was announced",), {BP}),  # earlier this month
    (*_month(2025, 3), ("the salt roads was published",), {BP}),
    (*_year(1985), ("the prize was founded",), {BP}),
    (*_year(1987), ("first novel was turned down",), {BP}),
    (*_year(2024), ("last year's winner sold",), {BP}),
    (D(2025, 10, 21), D(2025, 10, 21), ("reading tour",), {BP}),
    # the drug approval
    (D(2025, 12, 5), D(2025, 12, 5), ("food and drug administration approves the first pill",), {DR}),
    (D(2025, 12, 5), D(2025, 12, 5), ("shares of corvane rise 14 percent",), {DR}),
    (*_month(2025, 9), ("advisory committee", "votes 11 to 2"), {DR}),
    (*_week(D(2025, 11, 10)), ("full results of the trial were published",), {DR}),  # three weeks ago
    (D(2025, 10, 30), D(2025, 10, 30), ("due to rule on the drug",), {DR}),
    (D(2025, 12, 8), D(2025, 12, 8), ("patient advocates planned to hold a briefing",), {DR}),
    (*_month(2026, 1), ("available in pharmacies",), {DR}),
    (*_month(2023, 12), ("two gene therapies", "were approved"), {DR}),
    (*_year(2024), ("an earlier drug was withdrawn",), {DR}),
    (*_year(2011), ("corvane was founded",), {DR}),
    (*_year(2019), ("begins testing voxelin",), {DR}),
    # the manager sacked; its lead ("have sacked …, less than a year after he led them …") is the day's news
    # (test_news_perfect_lead_counted_from)
    (D(2025, 3, 10), D(2025, 3, 10), ("calderbrook town have sacked their manager",), {MS}),
    (D(2025, 3, 10), D(2025, 3, 10), ("hartigan was told",), {MS}),
    (D(2025, 3, 9), D(2025, 3, 9), ("decision was taken at a board meeting",), {MS}),
    (D(2025, 3, 8), D(2025, 3, 9), ("4-0 home defeat by wolverham",), {MS}),  # this past weekend
    (D(2025, 3, 8), D(2025, 3, 8), ("supporters boo the team off",), {MS}),
    (D(2025, 3, 13), D(2025, 3, 13), ("owusu will speak to reporters",), {MS}),
    (*_week(D(2025, 3, 17)), ("the international break starts",), {MS}),
    (*_month(2023, 6), ("hartigan was appointed",), {MS}),
    (*_month(2024, 11), ("calderbrook were eighth",), {MS}),
    (*_month(2025, 1), ("spends £18m in the january transfer window",), {MS}),
    (*_week(D(2025, 2, 17)), ("danny mills leaves his job at exeter city",), {MS}),
    (*_year(2019), ("owusu joins the coaching staff",), {MS}),
    (*_year(2021), ("owner buys the club",), {MS}),
    (*_year(2030), ("new 35,000-seat stadium",), {MS}),
    # the heat wave
    (D(2025, 7, 23), D(2025, 7, 23), ("palo seco records its hottest day ever",), {HW}),
    (D(2025, 7, 23), D(2025, 7, 23), ("linda tran says",), {HW}),
    (D(2025, 7, 23), D(2025, 7, 23), ("medical examiner's office says",), {HW}),
    (D(2025, 7, 22), D(2025, 7, 22), ("demand for electricity sets a record",), {HW}),
    (D(2025, 7, 21), D(2025, 7, 21), ("the city opens 12 cooling centers",), {HW}),
    (D(2025, 7, 29), D(2025, 7, 29), ("public hearing on the plan",), {HW}),
    (D(2025, 7, 31), D(2025, 7, 31), ("city council will vote",), {HW}),
    (*_week(D(2025, 7, 28)), ("monsoon moisture could bring thunderstorms",), {HW}),
    (*_month(2025, 7), ("climate report projects",), {HW}),  # released earlier this month
    # "have handed out more than 40,000 bottles of water since the start of the month": up to the report
    # (test_extraction_since_stretch)
    (D(2025, 7, 1), D(2025, 7, 24), ("volunteers have handed out",), {HW}),
    (D(2023, 6, 1), D(2023, 8, 31), ("previous longest stretch",), {HW}),  # two years ago, in the summer of 2023
    (*_decade(1980), ("averages about 90 days a year above 100 degrees",), {HW}),
    # "the record of 118 set on June 26, 1990" is the participle's (test_grammar_reduced_relative_dates)
    (D(1990, 6, 26), D(1990, 6, 26), ("the record of 118 set",), {HW}),
    # the prisoner swap
    (D(2025, 12, 12), D(2025, 12, 12), ("daniel kessler arrives home",), {PS}),
    (D(2025, 12, 11), D(2025, 12, 11), ("kessler was handed over on the tarmac",), {PS}),
    # "His plane" after "Kessler, 39, a correspondent for The Chicago Ledger, was handed over on the tarmac of Ankara's
    # Esenboga Airport": the names in the preposition's phrases are no other person it could be
    (D(2025, 12, 11), D(2025, 12, 11), ("daniel kessler's plane lands at joint base andrews",), {PS}),
    (D(2025, 12, 10), D(2025, 12, 10), ("the two men fly to ankara",), {PS}),
    (D(2025, 12, 10), D(2025, 12, 10), ("pardoned kessler",), {PS}),
    (*_month(2023, 3), ("kessler was detained",), {PS}),
    (*_month(2024, 7), ("a closed court convicts him",), {PS}),
    (*_month(2025, 8), ("a first deal collapses",), {PS}),
    (*_month(2025, 10), ("visits minsk-vor",), {PS}),
    (*_week(D(2025, 12, 15)), ("press the administration for their release",), {PS}),
    (*_month(2026, 1), ("daniel kessler turns 40",), {PS}),
    # "who were arrested in Florida in 2021 and sentenced in 2023 to 15 years each": each participle with its date,
    # the second sharing the auxiliary, the count no range's end (test_extraction: coordinated passive;
    # test_titles_subjects)
    (*_year(2021), ("andrei sokal were arrested in florida",), {PS}),
    (*_year(2023), ("were sentenced to 15 years each",), {PS}),
    # "the first … since 2019, when a retired Marine was swapped", "dormant … until March 2021, when an eruption
    # began": the when-clause's act, not the main clause's (test_extraction_bounding_when)
    (*_year(2019), ("a retired marine was swapped",), {PS}),
    (*_month(2021, 3), ("an eruption begins at fagradalsfjall",), {VF}),
    # "Listings … dried up in 2022 as interest rates rose": the subject's act, not the "as" clause's
    # (test_grammar_past_before_subordinate)
    (*_year(2022), ("listings in the united states dry up",), {IPO}),
]


test_an_event_judged_right_stays_right = judged_right_test(JUDGED_RIGHT)


# Events as a reader needs them that the timeline gets wrong today.
KNOWN_WRONG = [
    _xfail(D(2025, 11, 21), D(2025, 11, 21), ("visit",), {VW, VF},
           "the wire's 'She is due to visit the emergency coordination center in the area on Friday' and the "
           "follow-up's 'The prime minister … visited the emergency coordination centre on Friday morning' are two "
           "events"),
    _xfail(D(2025, 10, 14), D(2025, 10, 14), ("maeve corrigan wins harrow prize",), {BP},
           "the lead ('has won', published 00:31 on Wednesday) is put on Wednesday and not joined to 'Corrigan was "
           "named the winner on Tuesday night'"),
    _xfail(D(2025, 7, 19), D(2025, 7, 20), ("emergency rooms", "treated"), {HW},
           "'Emergency rooms … treated more than 250 people for heat illness this past weekend, Valley Health said, "
           "about twice the number they treated on the same weekend last summer' is put on summer 2024; the "
           "weekend's event is 'Valley Health says'"),
    _xfail(D(2025, 7, 1), D(2025, 7, 1), ("warning", "first issued"), {HW},
           "'An excessive heat warning, first issued on July 1, was extended …' is titled 'was extended' on July 1"),
    _xfail(*_month(2024, 8), ("extends his contract",), {MS},
           "'His contract, which he extended in August until 2027' is one event over 2024..2027"),
]


test_a_known_error_is_still_to_fix = known_wrong_test(KNOWN_WRONG)


# Events that should not be on the timeline as they are. (words of the title, first day, why)
KNOWN_EXTRA = [
    # Fixed: "the ninth on the peninsula since December 2023" opens a count (test_titles_grammar)
    pytest.param("the eruption is the ninth", None, id="ninth since"),
    # Fixed: the heat record's participle keeps its date (test_grammar_reduced_relative_dates)
    pytest.param("reaches 119 degrees", D(1990, 6, 26), id="record set in 1990"),
    # Fixed: a limit or a schedule looks ahead (test_temporal_schedule_ahead)
    pytest.param("is due to visit", D(2025, 11, 14), id="due to visit"),
    pytest.param("would stay closed", D(2025, 11, 16), id="until at least sunday"),
    # Fixed: a perfect measured over a length up to now is a record, no news of the day
    # (test_news_record_background)
    pytest.param("temperatures in palo seco have climbed steadily", D(2025, 7, 23), id="climbed for decades"),
] + known_extras([
    ("we saw the ones", None, "'larger than the ones we saw last year': a comparison's yardstick"),
    ("they spend about half as many days", D(2025, 12, 5), "a trial's result, put on the approval's day"),
    ("its net loss was $104 million", None,
     "'narrowed to $38 million from $104 million a year earlier': a yardstick (was titled 'Previously: …')"),
    ("it had set the range", D(2026, 4, 6),
     "'The company priced the offering late Wednesday above the range of $18 to $20 it had set last week': the range "
     "is the relative clause's object now (test_extraction_contact_relative_it), but 'the offering' between the "
     "main clause's subject and the relative's noun may be the 'it' (`_relative_pronoun_subject`)"),
    ("bars would have fallen", None, "'his 1,000th day behind bars, which would have fallen on Sunday'"),
])


test_a_known_extra_event_is_still_to_remove = known_extra_test(KNOWN_EXTRA)


def test_every_article_is_dated(events: list[Event]) -> None:
    assert publication_dates(FRESH4) == {
        "book_prize.html": D(2025, 10, 15), "drug_approval.txt": D(2025, 12, 6), "heatwave.txt": D(2025, 7, 24),
        "ipo_debut.md": D(2026, 4, 16), "manager_sacked.txt": D(2025, 3, 10), "prisoner_swap.txt": D(2025, 12, 12),
        "volcano_followup.txt": D(2025, 11, 21), "volcano_wire.txt": D(2025, 11, 19)}
