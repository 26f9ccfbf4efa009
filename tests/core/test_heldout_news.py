"""Seven invented articles in genres the other fixtures lack, written before the app was run on them and read as
a user reads the timeline (fixtures/heldout): a wire court verdict with only an ISO timestamp and a yearless
Reuters dateline, an election-results story with a deck, a merger and earnings story as an HTML page with its
navigation and footer, a cup final with a deck and its background years, an obituary, and a museum theft told by
a newspaper and, a day later, by Wikinews with its sources. Each row of JUDGED_RIGHT is an event judged right (its
dates, key words of its title, the articles that report it): it must stay so. KNOWN_WRONG rows are events as they
should be that the timeline does not yet have (a wrong date, a title a reader cannot use, a missed merge), each
with why: xfail until a general rule fixes them. The rules fixed from what this set showed have their own tests
of invented sentences; from now on it is a dev set like the others, not held out."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.model import Event
from timeline_app.core.pipeline import build_timeline
from tests.core.judged_news_helpers import judged_right_test, known_extra_test, known_extras, known_wrong as _xfail
from tests.core.judged_news_helpers import known_wrong_test, year as _year

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
D = dt.date


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return build_timeline([HELDOUT], cache=False).events


# first day, last day, words of the title (lower case), the articles reporting it
JUDGED_RIGHT = [
    # the wire verdict: dated by its ISO timestamp line ("2025-03-06T14:41:00Z"), its lead on its Thursday
    # (the headline joined to its lead titles the conviction since stop 25: was the lead's "… court convicts the
    # former head …"; one event, so no headline event of its own, the known extra fixed in stop 22)
    (D(2025, 3, 6), D(2025, 3, 6), ("former port chief jailed for six years",), {"court_verdict"}),
    (D(2025, 3, 6), D(2025, 3, 6), ("sentenced to three years",), {"court_verdict"}),
    (D(2025, 3, 6), D(2025, 3, 6), ("confiscation",), {"court_verdict"}),
    (D(2025, 3, 5), D(2025, 3, 5), ("authority says", "publish all bids"), {"court_verdict"}),
    (D(2025, 2, 1), D(2025, 2, 28), ("suspended sentence",), {"court_verdict"}),  # "last month"
    (D(2024, 10, 14), D(2024, 10, 14), ("court rejects that challenge",), {"court_verdict"}),  # "Oct. 14", past
    (D(2024, 1, 1), D(2024, 1, 31), ("trial opens",), {"court_verdict"}),
    (*_year(2024), ("handled 8.1 million containers",), {"court_verdict"}),  # "last year"
    (D(2022, 1, 1), D(2022, 1, 31), ("overmark was arrested",), {"court_verdict"}),
    (D(2021, 9, 1), D(2021, 9, 30), ("investigators raid",), {"court_verdict"}),  # "in September of that year"
    (*_year(2021), ("case comes to light",), {"court_verdict"}),
    # "between 2016 and 2019": one happening over the range, not a comparison's "Previous …"
    (D(2016, 1, 1), D(2019, 12, 31), ("overmark accepts payments",), {"court_verdict"}),
    (*_year(2026), ("publish all bids online",), {"court_verdict"}),  # "from next year"
    # "a civil claim against Overmark and the two firms, which is due to be heard in June": the singular verb's
    # antecedent is the claim (test_grammar_relative_agreement)
    (D(2025, 6, 1), D(2025, 6, 30), ("civil claim",), {"court_verdict"}),
    # the election: its deck is no lead, so the lead's Sunday is the news day and the headline is not repeated
    # (the possessive date stays in the object: "wins Sunday's general election", stop 25)
    (D(2025, 4, 13), D(2025, 4, 13), ("green party wins sunday's general election",), {"election_results"}),
    (D(2025, 4, 14), D(2025, 4, 14), ("dahl concedes defeat",), {"election_results"}),
    (D(2025, 4, 14), D(2025, 4, 14), ("electoral commission says the greens took",), {"election_results"}),
    (D(2025, 4, 14), D(2025, 4, 14), ("sandvik says", "open talks"), {"election_results"}),
    (D(2025, 4, 14), D(2025, 4, 14), ("krone was little changed",), {"election_results"}),
    (D(2025, 4, 10), D(2025, 4, 10), ("survey finds",), {"election_results"}),  # "on Thursday"
    (D(2025, 5, 6), D(2025, 5, 6), ("new parliament will meet",), {"election_results"}),
    (D(2025, 2, 1), D(2025, 2, 28), ("protesters onto the streets",), {"election_results"}),
    (D(2025, 1, 1), D(2025, 1, 31), ("dahl calls the snap election",), {"election_results"}),
    (*_year(2017), ("greens win only 6%",), {"election_results"}),
    # "…, their worst result since the party was founded in 1946": the clause "since" opens (test_grammar_since_clause)
    (*_year(1946), ("party was founded",), {"election_results"}),
    (*_year(2019), ("sandvik becomes leader",), {"election_results"}),
    (*_year(2016), ("dahl's coalition had been in power",), {"election_results"}),  # "since 2016"
    # "It lost its majority last autumn" after "Dahl's coalition had been in power": a name's possessive is definite
    (D(2024, 9, 1), D(2024, 11, 30), ("dahl's coalition loses its majority",), {"election_results"}),
    (D(1990, 1, 1), D(1999, 12, 31), ("greens were nearly wiped",), {"election_results"}),  # "in the 1990s"
    # the theft: one event for both articles, the newspaper's "overnight" and Wikinews's "on Tuesday"
    (D(2025, 11, 4), D(2025, 11, 4), ("raid",), {"heist_newspaper", "heist_wikinews"}),
    (D(2025, 11, 4), D(2025, 11, 4), ("kessler appeals for witnesses",), {"heist_newspaper"}),
    (D(2025, 11, 4), D(2025, 11, 4), ("insurer has offered a reward",), {"heist_newspaper"}),
    (D(2025, 11, 7), D(2025, 11, 7), ("museum will stay closed",), {"heist_newspaper"}),  # "until Friday"
    (*_year(1994), ("lone thief hides",), {"heist_newspaper"}),
    (*_year(1996), ("small portrait was recovered",), {"heist_newspaper"}),  # "two years later"
    (*_year(2019), ("museum reopens",), {"heist_newspaper"}),
    # "Among the stolen works is "…" by Pieter de Graaf, painted around 1660": the inverted subject, a passive
    (*_year(1660), ("by pieter de graaf was painted",), {"heist_newspaper"}),
    # ("Police in Lindau arrest": the collective's plural verb, stop 25; was "arrests")
    (D(2025, 11, 4), D(2025, 11, 4), ("police in lindau arrest two men",), {"heist_wikinews"}),
    (D(2025, 11, 5), D(2025, 11, 5), ("suspects are to appear",), {"heist_wikinews"}),  # "today"
    (*_year(2023), ("last exhibited abroad",), {"heist_wikinews"}),
    # the merger page: the story, its background, and what is to come
    (D(2025, 10, 14), D(2025, 10, 14), ("norhavn foods agrees to buy rival bellamy",), {"merger_earnings"}),
    (D(2025, 10, 14), D(2025, 10, 14), ("third-quarter results",), {"merger_earnings"}),
    (D(2025, 10, 14), D(2025, 10, 14), ("shares rise 6 per cent",), {"merger_earnings"}),
    (D(2025, 10, 12), D(2025, 10, 12), ("final terms were agreed",), {"merger_earnings"}),  # "on the 12th"
    (D(2025, 9, 1), D(2025, 9, 30), ("talks resume",), {"merger_earnings"}),  # "last month"
    (D(2025, 6, 1), D(2025, 6, 30), ("initial offer", "rejected"), {"merger_earnings"}),
    (D(2025, 3, 1), D(2025, 5, 31), ("norhavn first approached bellamy",), {"merger_earnings"}),  # "the spring"
    (*_year(2023), ("regulators block a smaller bakery merger",), {"merger_earnings"}),  # "Two years ago"
    (*_year(1952), ("bellamy founded",), {"merger_earnings"}),
    (D(1990, 1, 1), D(1999, 12, 31), ("bellamy grows rapidly",), {"merger_earnings"}),
    (*_year(2001), ("bellamy lists its shares",), {"merger_earnings"}),
    # "It has struggled since 2015" after "Bellamy, founded …": Bellamy is no person ("Bringing Bellamy" no name)
    (*_year(2015), ("bellamy has struggled",), {"merger_earnings"}),
    (*_year(2025), ("bellamy cuts 800 jobs",), {"merger_earnings"}),
    (*_year(2022), ("lindqvist takes over",), {"merger_earnings"}),  # (its particle kept: the titles helper's fix)
    (D(2025, 10, 20), D(2025, 10, 26), ("union would seek a meeting",), {"merger_earnings"}),  # "next week"
    (D(2026, 7, 1), D(2026, 12, 31), ("deal is expected to close",), {"merger_earnings"}),
    (*_year(2027), ("save about $150 million",), {"merger_earnings"}),
    # the obituary: the death on its Tuesday, the life's dates
    (D(2025, 2, 18), D(2025, 2, 18), ("margit arnesen dies",), {"obituary"}),
    (D(2025, 3, 8), D(2025, 3, 8), ("memorial service",), {"obituary"}),
    (*_year(1938), ("arnesen born",), {"obituary"}),
    (*_year(1961), ("joins the office",), {"obituary"}),  # "That same year"
    (*_year(1963), ("marries the engineer per arnesen",), {"obituary"}),  # "Two years later"
    (*_year(1974), ("founds her own practice",), {"obituary"}),
    (*_year(2009), ("per arnesen died",), {"obituary"}),  # "He" of "the engineer Per Arnesen"
    (*_year(2006), ("hall opens",), {"obituary"}),
    (*_year(2012), ("arnesen retired",), {"obituary"}),
    (*_year(2016), ("highest cultural award",), {"obituary"}),
    # "The first phase opened in 1991, and the project was completed in the late 1990s": two happenings, the
    # decade not folded into the year of the same sentence (test_merging_fold_same_sentence)
    (D(1990, 1, 1), D(1999, 12, 31), ("project was completed",), {"obituary"}),
    # the cup final: its deck is no lead, so the match's Saturday dates its undated moments
    (D(2025, 5, 24), D(2025, 5, 24), ("wins the national cup",), {"sports_final"}),
    (D(2025, 5, 26), D(2025, 5, 26), ("parade the trophy",), {"sports_final"}),
    (D(2025, 1, 1), D(2025, 1, 31), ("mensah joins the club",), {"sports_final"}),
    (D(2023, 11, 1), D(2023, 11, 30), ("costa was appointed",), {"sports_final"}),
    (*_year(2024), ("westbrook wins the trophy",), {"sports_final"}),  # "last year"
    (*_year(2023), ("promotion back to the top flight",), {"sports_final"}),
    (*_year(2021), ("garner takes charge",), {"sports_final"}),
    (*_year(2010), ("ridley made his debut",), {"sports_final"}),
    (*_year(1994), ("rovers beats northport",), {"sports_final"}),
    (*_year(1998), ("rovers beats westbrook",), {"sports_final"}),
    # "…, but had lost all three of their finals since, most recently to Westbrook in 2022": the predicate after
    # "but" shares the subject (test_grammar_but_predicate)
    (*_year(2022), ("rovers had lost all three of their finals",), {"sports_final"}),
]


test_an_event_judged_right_stays_right = judged_right_test(JUDGED_RIGHT)


# Events as a reader needs them that the timeline gets wrong today.
KNOWN_WRONG = [
    # titles: a pronoun or a clause a reader cannot place
    _xfail(D(2014, 1, 1), D(2021, 12, 31), ("overmark runs",), {"court_verdict"},
           "'while he ran the port authority from 2014 to 2021' is titled 'He runs …': the he of the same "
           "sentence's Jens Overmark is not resolved"),
    _xfail(D(2024, 9, 1), D(2024, 11, 30), ("trial is delayed",), {"court_verdict"},
           "'was delayed twice, once when …, and again in the autumn when …' is titled 'The trial opens again'"),
    _xfail(D(2025, 4, 14), D(2025, 4, 14), ("markets take the result calmly",), {"election_results"},
           "dated by the lead's Sunday, though the next sentence says the trading was on Monday"),
    _xfail(D(2025, 5, 6), D(2025, 5, 6), ("parliament",), {"election_results"},
           "'present a government before parliament reconvenes on 6 May' is titled 'A government before "
           "parliament reconvenes' and not merged with 'The new parliament will meet' that day"),
    _xfail(D(2026, 3, 1), D(2026, 5, 31), ("de graaf exhibition",), {"heist_wikinews"},
           "'had planned a de Graaf exhibition for the spring' (in November) is put in the past spring"),
]


test_a_known_error_is_still_to_fix = known_wrong_test(KNOWN_WRONG)


# Events that should not be on the timeline as they are: another event's duplicate (the same article's happening,
# not merged) or a date that is not the happening's. (words of the title, first day, why)
KNOWN_EXTRA = [
    # Fixed: the headline joins the lead's conviction, which a weekday dates on the publication day, and the
    # lead's "said on Tuesday" statement of the deal joins the headline's deal (test_merging_headline_lead).
    pytest.param("the two companies say", D(2025, 10, 14), id="the two companies say"),
    # Fixed: "'$38 a share, a premium … to the company's closing price on Monday'": the date is the appositive
    # noun's, not the future verb's, so not the coming Monday (test_temporal_apposition)
    pytest.param("shareholders will receive", D(2025, 10, 20), id="shareholders will receive"),
    # Fixed: "The men … were detained at a house" joins the headline's arrests ("Two arrested after theft …"): a
    # detention is a legal act, and a headline meets its day's sentence of the same act (test_merging_headline_acts)
    pytest.param("men were detained", D(2025, 11, 4), id="men were detained"),
] + known_extras([
    ("thieves enter the museum", D(2025, 11, 4),
     "Wikinews's 'The thieves entered the museum before dawn on Tuesday' is not merged with the theft"),
    ("paintings were insured", D(2025, 11, 4),
     "'the paintings were insured' is a state, not a happening of the news day"),
])


test_a_known_extra_event_is_still_to_remove = known_extra_test(KNOWN_EXTRA)


def test_known_wrong_dates_are_gone(events: list[Event]) -> None:
    # "three 17th-century Dutch paintings": the paintings' era, not the theft's
    assert not [e.title for e in events if e.first.year < 1650]
    # "Two years ago regulators blocked …" is of 2023 only, not also of the publication day
    assert not [e.title for e in events if e.first == D(2025, 10, 14) and "block" in e.title.lower()]
    # the ISO timestamp line is the dateline, no event
    assert not [e.title for e in events if "00z" in e.title.lower()]
    # the cup final's deck is no undated lead: the winner's header is of the match day, not the day after
    assert not [e.title for e in events if e.first == D(2025, 5, 25)]


def test_the_wire_story_is_dated_by_its_timestamp_line(events: list[Event]) -> None:
    from timeline_app.core.documents import load_document

    assert load_document(HELDOUT / "court_verdict.txt").published == D(2025, 3, 6)
