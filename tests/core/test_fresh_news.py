"""Seven invented articles in genres the other sets lack, written before the app was run on them and read as a
user reads the timeline (docs/fresh_judgement.md): a wildfire told by a wire story and, a day later, by a live page
with timestamps; a space mission's delay as Markdown with an italic byline; a rail strike as an HTML page with its
navigation, aside and footer; a food recall as Wikinews with its Sources; a boatbuilder's profile told in
flashback; a council budget. JUDGED_RIGHT rows are events judged right (dates, key words of the title, the
articles that report them): they must stay so. KNOWN_WRONG rows are events as a reader needs them that the
timeline does not have yet, each with why: strict xfail until a general rule fixes them. The rules fixed from what
this set showed have their own tests of invented sentences."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.model import Event
from timeline_app.core.pipeline import build_timeline
from tests.core.judged_news_helpers import judged_right_test, known_extra_test, known_wrong as _xfail
from tests.core.judged_news_helpers import known_wrong_test, month as _month, publication_dates, year as _year

FRESH = Path(__file__).parent / "fixtures" / "fresh"
D = dt.date


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return build_timeline([FRESH], cache=False).events


# first day, last day, words of the title (lower case), the articles reporting it
JUDGED_RIGHT = [
    # the wildfire: the wire story of its Tuesday and the live page of the Wednesday after
    # The wire's headline over its lead ('A wildfire … tore through … on Tuesday, killing at least seven') titles the
    # deaths the live page's 'the wildfire north of Tarrow, which killed seven people yesterday' tells, not that
    # clause's 'Tarrow killed seven people' (test_merging_title_subjects; the headline's words since stop 25,
    # test_merging_headline_titles: was the lead's 'A wildfire tears through pine forests …')
    (D(2025, 8, 12), D(2025, 8, 12), ("wildfire kills seven in tarrow hills",), {"wire_wildfire", "live_wildfire"}),
    (D(2025, 8, 11), D(2025, 8, 11), ("fire breaks out near the village of selm",), {"wire_wildfire", "live_wildfire"}),
    (D(2025, 8, 11), D(2025, 8, 11), ("tree fell on his truck",), {"wire_wildfire"}),  # "late on Monday"
    (D(2025, 8, 12), D(2025, 8, 12), ("anna veliko declares a state of emergency",), {"wire_wildfire"}),
    (D(2025, 8, 12), D(2025, 8, 12), ("firefighters were battling the blaze",), {"wire_wildfire"}),
    (D(2025, 8, 12), D(2025, 8, 12), ("highway", "was closed"), {"wire_wildfire"}),  # "at midday"
    # "…, a practice banned in the region since June 1" (test_extraction: a date after a noun's participle)
    (D(2025, 6, 1), D(2025, 6, 1), ("practice banned in the region",), {"wire_wildfire"}),
    (D(2025, 8, 13), D(2025, 8, 13), ("two more planes would arrive",), {"wire_wildfire"}),
    (D(2025, 8, 14), D(2025, 8, 14), ("winds to ease",), {"wire_wildfire"}),
    (D(2025, 8, 10), D(2025, 8, 10), ("temperatures reached 41 degrees",), {"wire_wildfire"}),  # "on Sunday"
    (D(2025, 8, 4), D(2025, 8, 10), ("national weather service says",), {"wire_wildfire"}),  # "last week"
    (D(2025, 3, 1), D(2025, 7, 31), ("rainfall was less than half",), {"wire_wildfire"}),  # "between March and July"
    (D(2025, 3, 1), D(2025, 5, 31), ("gripped by drought",), {"wire_wildfire"}),  # "since early spring"
    # "The death toll from the fire north of Tarrow has risen to 11, after ... in the village of Kamen" with the
    # headline's "death toll rises to 11", not the relative clause "Kamen, which the fire swept through overnight"
    # of the next entry (test_merging: a place alone joins no two acts); titled by its subject "The death toll from
    # the fire north of Tarrow", not "Tarrow" (test_grammar: an adverb before "of" after a noun); since stop 25 in
    # the headline's words, which the event holds ("Tarrow wildfire live: death toll rises to 11 as fire reaches …")
    (D(2025, 8, 13), D(2025, 8, 13), ("death toll rises to 11",), {"live_wildfire"}),
    # "Two firefighting planes sent from the capital arrived …" (test_grammar_reduced_relatives) and "The two
    # water-bombing planes … landed … shortly after 2pm", after "on Friday" (test_temporal_time_of_day)
    (D(2025, 8, 13), D(2025, 8, 13), ("two firefighting planes arrive at tarrow airport",), {"live_wildfire"}),
    (D(2025, 8, 13), D(2025, 8, 13), ("man charged over fire",), {"live_wildfire"}),
    (D(2025, 8, 13), D(2025, 8, 13), ("fire jumped the ring road",), {"live_wildfire"}),
    (D(2025, 8, 15), D(2025, 8, 15), ("will appear before a judge",), {"live_wildfire"}),
    (D(2025, 8, 18), D(2025, 8, 18), ("schools in the city will stay closed",), {"live_wildfire"}),
    # the space mission: dated by its italic Markdown byline (test_documents: test_publication_date)
    (D(2025, 10, 2), D(2025, 10, 2), ("has postponed the launch",), {"space_mission"}),  # "said on Thursday"
    (D(2025, 10, 2), D(2025, 10, 2), ("would rather be late than lose the mission",), {"space_mission"}),
    (D(2025, 11, 18), D(2025, 11, 18), ("lander had been due to lift off",), {"space_mission"}),
    (*_month(2025, 9), ("hot-fire test",), {"space_mission"}),  # "last month"
    (*_year(2025), ("replacement valves will be delivered",), {"space_mission"}),  # "by the end of the year"
    (*_month(2026, 1), ("spacecraft will be tested again",), {"space_mission"}),
    (*_month(2026, 2), ("halcyon will be shipped to korva",), {"space_mission"}),
    (*_year(2025), ("auditors warn",), {"space_mission"}),  # "Earlier this year"
    (*_month(2025, 5), ("parliament approves an extra 45 million euros",), {"space_mission"}),
    (*_year(2015), ("halcyon was approved",), {"space_mission"}),
    (*_year(1998), ("first attempt was lost",), {"space_mission"}),
    (*_year(2000), ("government cut the agency's budget",), {"space_mission"}),  # "Two years later"
    (*_year(2022), ("stan takes over the agency",), {"space_mission"}),
    (*_year(2028), ("halcyon-b is due to launch",), {"space_mission"}),
    # the rail strike page
    # (the headline's words since stop 25: was the lead's "… begin a 48-hour strike")
    (D(2025, 2, 20), D(2025, 2, 20), ("rail workers walk out across velmar",), {"rail_strike"}),
    (D(2025, 2, 20), D(2025, 2, 20), ("calls the strike",), {"rail_strike"}),
    (D(2025, 2, 21), D(2025, 2, 21), ("walkout would last",), {"rail_strike"}),  # "until midnight on Friday"
    (D(2025, 2, 19), D(2025, 2, 19), ("ida lund says",), {"rail_strike"}),
    # "after last-ditch talks with the state operator collapsed late on Wednesday": the after-clause's own subject
    # (test_grammar_after_clause_subjects)
    (D(2025, 2, 19), D(2025, 2, 19), ("talks", "collapse"), {"rail_strike"}),
    (D(2025, 2, 24), D(2025, 3, 2), ("invite both sides to meet her",), {"rail_strike"}),  # "next week"
    (*_month(2024, 12), ("union members vote for strike action",), {"rail_strike"}),
    (D(2024, 6, 1), D(2024, 8, 31), ("dispute begins",), {"rail_strike"}),  # "last summer"
    # "on the 14th of last month" (test_temporal_day_of_relative_month)
    (D(2025, 1, 14), D(2025, 1, 14), ("24-hour strike cancelled more than 2,000 services",), {"rail_strike"}),
    # "would strike again on March 3 and 4": one happening over both days (test_extraction: a day and the next)
    (D(2025, 3, 3), D(2025, 3, 4), ("members would strike again",), {"rail_strike"}),
    (*_year(2011), ("last national rail strike",), {"rail_strike"}),
    (*_year(2015), ("pay has fallen by 14%",), {"rail_strike"}),  # "Since 2015"
    # the recall, as Wikinews tells it
    (D(2025, 6, 5), D(2025, 6, 5), ("orders the recall of all soft cheeses",), {"recall_wikinews"}),
    (D(2025, 4, 22), D(2025, 4, 22), ("first case was reported",), {"recall_wikinews"}),
    (D(2025, 5, 26), D(2025, 6, 1), ("two elderly patients die",), {"recall_wikinews"}),  # "last week"
    (D(2025, 6, 2), D(2025, 6, 2), ("ofsa inspectors visit the dairy",), {"recall_wikinews"}),  # "on Monday"
    (D(2025, 6, 9), D(2025, 6, 15), ("publish the results of further tests",), {"recall_wikinews"}),
    (*_year(1956), ("brenner dairy was founded",), {"recall_wikinews"}),
    (*_year(2019), ("fined 20,000 crowns",), {"recall_wikinews"}),
    (*_year(2011), ("killed four people",), {"recall_wikinews"}),
    # the boatbuilder's life
    (*_year(1944), ("lind was born in skarvik",), {"profile_boatbuilder"}),
    (D(1960, 1, 1), D(1969, 12, 31), ("small yards closed",), {"profile_boatbuilder"}),
    (D(1960, 1, 1), D(1969, 12, 31), ("shipyard in hamra",), {"profile_boatbuilder"}),
    # "His wife, Signe, whom he married in 1968, broke a bottle …" (test_grammar_object_relatives)
    (*_year(1968), ("aron lind marries signe",), {"profile_boatbuilder"}),
    (*_year(1971), ("aron lind comes home",), {"profile_boatbuilder"}),
    # "He came home in 1971, and the following spring he opened his own yard" (test_temporal: the following
    # season; test_extraction: a date after ", and" opening its own clause)
    (D(1972, 3, 1), D(1972, 5, 31), ("aron lind opens his own yard",), {"profile_boatbuilder"}),
    (*_year(1988), ("fire destroys the workshop",), {"profile_boatbuilder"}),
    (D(1990, 1, 1), D(1999, 12, 31), ("interest in traditional boats grows",), {"profile_boatbuilder"}),
    (*_year(2016), ("moen comes to skarvik",), {"profile_boatbuilder"}),
    (*_month(2025, 8), ("lind launches his 300th boat",), {"profile_boatbuilder"}),  # "Last month"
    # "A decade ago, the national heritage board named Lind a master of living craft, …, and his yard has trained
    # eleven apprentices since 2015": the naming in 2015, the training counted from 2015 up to the report
    # (test_extraction_since_stretch)
    (*_year(2015), ("master of living craft",), {"profile_boatbuilder"}),
    (D(2015, 1, 1), D(2025, 9, 14), ("yard has trained eleven apprentices",), {"profile_boatbuilder"}),
    (*_year(2025), ("hand the yard to his longest-serving apprentice",), {"profile_boatbuilder"}),
    # the council budget
    (D(2025, 2, 26), D(2025, 2, 26), ("dunmore city council approves a £412 million budget",), {"council_budget"}),
    # "shortly before 10pm" after the lead's "last night" (test_temporal_time_of_day)
    (D(2025, 2, 26), D(2025, 2, 26), ("budget was passed by 31 votes to 24",), {"council_budget"}),
    (D(2025, 2, 26), D(2025, 2, 26), ("maria kent calls the budget",), {"council_budget"}),
    # "The amendment was defeated earlier in the evening", after "on April 1": last night's evening
    # (test_temporal_time_of_day)
    (D(2025, 2, 26), D(2025, 2, 26), ("amendment was defeated",), {"council_budget"}),
    (D(2025, 4, 1), D(2025, 4, 1), ("council tax rise will take effect",), {"council_budget"}),
    (*_month(2025, 6), ("bin collections will move to fortnightly",), {"council_budget"}),
    (*_month(2025, 3), ("detailed plans for the job cuts",), {"council_budget"}),
    (*_month(2025, 1), ("final funding settlement",), {"council_budget"}),  # "Last month"
    (*_month(2024, 12), ("council says that it faced a £38 million gap",), {"council_budget"}),
    (*_year(2025), ("libraries in eastfield and carrow road will close",), {"council_budget"}),
    (*_year(1932), ("carrow road library opens",), {"council_budget"}),
    (*_year(2015), ("library was refurbished",), {"council_budget"}),  # "a decade ago"
    (*_year(2023), ("issue such notices",), {"council_budget"}),
    # "At a scrutiny meeting on the 12th, the council's chief finance officer, Helen Marsh, warned …"
    # (test_temporal_bare_day_of_month)
    (D(2025, 2, 12), D(2025, 2, 12), ("chief finance officer warns",), {"council_budget"}),
]


test_an_event_judged_right_stays_right = judged_right_test(JUDGED_RIGHT)


# Events as a reader needs them that the timeline gets wrong today.
KNOWN_WRONG = [
    _xfail(D(2025, 8, 12), D(2025, 8, 12), ("police", "detained"), {"wire_wildfire"},
           "'Police said they had detained a 54-year-old man …, a practice banned in the region since June 1': the "
           "appositive's date is the ban's now (test_extraction: a date after a noun's participle), and the "
           "detention, undated, is not taken for the day's news"),
    _xfail(D(2025, 8, 13), D(2025, 8, 13), ("evacuating the northern suburbs",), {"live_wildfire"},
           "'Police began evacuating the northern suburbs … this morning after the fire jumped the ring road' is "
           "titled by its after-clause"),
    _xfail(D(2025, 2, 19), D(2025, 2, 19), ("operator refuses to improve its offer",), {"rail_strike"},
           "'talks broke down shortly before 11pm when the operator refused to improve its offer of a 3.5% pay "
           "rise this year': no longer dated by the noun's 'this year' (test_extraction: this year after an of "
           "phrase's noun), the refusal is only a word of the talks' event, joined to the lead's"),
    _xfail(D(2025, 10, 2), D(2025, 10, 2), ("launch slips",), {"space_mission"},
           "the headline 'Halcyon lunar lander's launch slips to next year …' is an event of 2026 titled "
           "'… slips to after engine fault', not the lead's postponement on Thursday"),
    _xfail(*_month(2026, 3), ("launch planned",), {"space_mission"},
           "'with launch planned for the following month' (after February 2026) has no event"),
    _xfail(D(2025, 6, 3), D(2025, 6, 3), ("brenner", "stops production"), {"recall_wikinews"},
           "'The company stopped production on Tuesday': Brenner Dairy, named with no Inc. or Corp., is no company "
           "to the coreference (the title keeps 'The company')"),
    _xfail(D(2025, 6, 5), D(2025, 6, 5), ("voss apologises",), {"recall_wikinews"},
           "'In a statement yesterday, … Karl Voss, apologised … and said the company was cooperating fully' is "
           "titled by the reported clause"),
    _xfail(*_month(2025, 3), ("great-granddaughter", "born"), {"profile_boatbuilder"},
           "'for his great-granddaughter, who was born in March' is titled 'Aron Lind wants to build one more boat'"),
]


test_a_known_error_is_still_to_fix = known_wrong_test(KNOWN_WRONG)


# Events that should not be on the timeline as they are. (words of the title, first day, why)
KNOWN_EXTRA = [
    # Fixed: the italic byline is the dateline, no event (test_documents: test_publication_date)
    pytest.param("priya raman", None, id="byline"),
    # Fixed: a bare time of day after a day to come (test_temporal_time_of_day)
    pytest.param("planes land at tarrow airport", D(2025, 8, 15), id="planes on friday"),
    pytest.param("amendment was defeated", D(2025, 4, 1), id="amendment in april"),
    # Fixed: 'The company' is no outlet of the Sources list (test_coref_company_short_names)
    pytest.param("ostland broadcasting", None, id="sources outlet"),
    # Fixed: the noun's "this year" no longer dates the refusal (test_extraction: this year after an of phrase)
    pytest.param("refuses to improve its offer", D(2025, 1, 1), id="offer this year"),
    # Fixed: a stage of a life ("at 14") is no news of the day (test_news_life_stages)
    pytest.param("the boy leaves school", D(2025, 9, 14), id="the boy leaves school"),
    # Fixed: a labelled date dates no happening (test_extraction_as_of_dates)
    pytest.param("recall covers six products", D(2025, 7, 15), id="recall covers six products"),
    # Fixed: the standfirst's date that the body tells more fully makes no event (test_news_deck_dates)
    pytest.param("one train in five expected to run", D(2025, 3, 1), id="one train in five expected to run"),
]


test_a_known_extra_event_is_still_to_remove = known_extra_test(KNOWN_EXTRA)


def test_every_article_is_dated(events: list[Event]) -> None:
    assert publication_dates(FRESH) == {
        "council_budget.txt": D(2025, 2, 27), "live_wildfire.txt": D(2025, 8, 13),
        "profile_boatbuilder.txt": D(2025, 9, 14), "rail_strike.html": D(2025, 2, 20),
        "recall_wikinews.txt": D(2025, 6, 6), "space_mission.md": D(2025, 10, 3), "wire_wildfire.txt": D(2025, 8, 12)}
