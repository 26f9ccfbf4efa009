"""Eight invented articles in genres and forms the other sets lack, written and committed before the app was run on
them, and judged before any fix (docs/fresh5_judgement.md: the held-out figure): a typhoon forecast as a wire story
(undated dateline) and its landfall two days later by a British outlet (day-first dates); a mine rescue as a
newspaper page with cookie banner, nav, share links, related lists, newsletter sign-up and footer; a plant closure
with quarterly results as Markdown (fiscal year, Q2, "at 6:30 p.m. ET"); a bill passing a parliament (plain text,
byline block with an ISO date); a meteorite fall; a Wikinews-style "On Sunday," anniversary piece; a marathon
record with the season's history.
JUDGED_RIGHT rows are events judged right (dates, key words of the title, the articles that report them): they must
stay so. KNOWN_WRONG rows are events as a reader needs them that the timeline does not have yet, each with why:
strict xfail until a general rule fixes them. The rules fixed from what this set showed have their own tests of
invented sentences."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.documents import load_document
from timeline_app.core.model import Event
from timeline_app.core.pipeline import build_timeline
from tests.core.judged_news_helpers import judged_right_test, known_extra_test, known_extras, known_wrong as _xfail
from tests.core.judged_news_helpers import known_wrong_test, month as _month, publication_dates, year as _year

FRESH5 = Path(__file__).parent / "fixtures" / "fresh5"
D = dt.date
TW, TL, MR, AP = "typhoon_wire", "typhoon_landfall", "mine_rescue", "automaker_plant"
PB, ME, FA, MA = "privacy_bill", "meteorite", "ferry_anniversary_wikinews", "marathon_record"


def _week(monday: dt.date) -> tuple[dt.date, dt.date]:
    return monday, monday + dt.timedelta(days=6)


def _quarter(y: int, q: int) -> tuple[dt.date, dt.date]:
    return _month(y, 3 * q - 2)[0], _month(y, 3 * q)[1]


def _season(first: dt.date, last_month: tuple[int, int]) -> tuple[dt.date, dt.date]:
    return first, _month(*last_month)[1]


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return build_timeline([FRESH5], cache=False).events


# first day, last day, words of the title (lower case), the articles reporting it
JUDGED_RIGHT = [
    # the typhoon: the wire's forecast on Monday, the British landfall story on Wednesday
    (D(2026, 9, 16), D(2026, 9, 16), ("the typhoon emerged over the south china sea",), {TW, TL}),
    (D(2013, 11, 8), D(2013, 11, 8), ("typhoon haiyan killed more than 6,300 people",), {TW, TL}),
    (D(2026, 9, 14), D(2026, 9, 14), ("the storm was packing sustained winds",), {TW}),
    (D(2026, 9, 14), D(2026, 9, 14), ("people had been moved to evacuation centers",), {TW}),
    (D(2026, 9, 13), D(2026, 9, 13), ("teodoro alcaraz orders the pre-emptive evacuations",), {TW}),
    (D(2026, 9, 9), D(2026, 9, 9), ("lorna forms east of guam",), {TW}),  # last Wednesday
    (D(2026, 9, 12), D(2026, 9, 13), ("lorna intensifies rapidly",), {TW}),  # over the weekend
    (D(2026, 9, 14), D(2026, 9, 14), ("had been urged to harvest",), {TW}),
    (_month(2026, 1)[0], _month(2026, 6)[1], ("storms had already caused more than 4 billion pesos",), {TW}),
    (D(2026, 9, 15), D(2026, 9, 15), ("14 coastal towns would be placed under a forced evacuation order",), {TW}),
    (D(2026, 9, 15), D(2026, 9, 15), ("the typhoon makes landfall near the coastal town of palanan",), {TL}),
    (D(2026, 9, 16), D(2026, 9, 16), ("a landslide buries their home",), {TL}),
    (D(2026, 9, 16), D(2026, 9, 16), ("the roof simply lifts off",), {TL}),
    (D(2026, 9, 13), D(2026, 9, 13), ("the government ordered evacuations",), {TL}),
    (D(2026, 9, 16), D(2026, 9, 16), ("eleven airports in northern luzon remain closed",), {TL}),
    (D(2026, 9, 16), D(2026, 9, 16), ("the uk government announces £2m in emergency aid",), {TL}),
    (D(2026, 9, 19), D(2026, 9, 20), ("the remnants of the storm could bring heavy rain",), {TL}),
    # "said on Wednesday that the evacuations had "without doubt saved thousands of lives"" (test_titles_partial_quotes)
    (D(2026, 9, 16), D(2026, 9, 16), ("the interior secretary says that the evacuations had",), {TL}),
    # "were preparing to fly … on Thursday, once the airports reopen": the coming Thursday
    # (test_temporal_time_clause_ahead)
    (D(2026, 9, 17), D(2026, 9, 17), ("aid agencies were preparing to fly food",), {TL}),
    # the mine rescue (HTML page)
    (D(2026, 2, 7), D(2026, 2, 7), ("the last of the men steps out of the steel rescue capsule",), {MR}),
    (D(2026, 2, 8), D(2026, 2, 8), ("all nine were being treated for dehydration",), {MR}),
    (D(2026, 2, 3), D(2026, 2, 3), ("the rock bursts",), {MR}),
    (D(2026, 2, 4), D(2026, 2, 4), ("the men were able to talk to the surface by telephone",), {MR}),
    (D(2026, 2, 7), D(2026, 2, 7), ("the drill breaks through into the refuge station",), {MR}),
    (D(2026, 2, 3), D(2026, 2, 3), ("an inspector had been on site",), {MR}),
    (*_month(2026, 3), ("a formal investigation into the cause of the rock burst would begin",), {MR}),
    (*_year(1938), ("red pine first produces gold",), {MR}),
    (*_year(1991), ("red pine was closed",), {MR}),
    (_week(D(2026, 2, 2))[0], D(2026, 2, 8), ("sandra whitlock says",), {MR}),  # "this week"
    (*_year(2021), ("kestrel buys it",), {MR}),
    (*_year(2019), ("two workers die in a fall of ground",), {MR}),
    (D(2026, 2, 11), D(2026, 2, 11), ("the city would hold a community gathering",), {MR}),
    # the plant closure (Markdown)
    (D(2026, 7, 29), D(2026, 7, 29), ("harlan motors to close ohio assembly plant",), {AP}),
    (D(2026, 7, 29), D(2026, 7, 29), ("the company posts a net loss of $612 million for q2",), {AP}),
    (*_quarter(2026, 2), ("electric-vehicle unit loses $2.3 billion",), {AP}),
    (D(2026, 7, 29), D(2026, 7, 29), ("raymond castellano tells analysts on a call",), {AP}),
    (*_year(1958), ("the lorain plant opens",), {AP}),
    (*_year(2022), ("the lorain plant was retooled",), {AP}),
    (*_quarter(2026, 4), ("the lorain plant will stop production",), {AP}),
    (*_year(2023), ("the union's contract with harlan includes a pledge",), {AP}),
    (*_month(2028, 4), ("the agreement expires",), {AP}),
    (*_year(2021), ("harlan says that it would sell only electric vehicles by 2030",), {AP}),
    (*_year(2030), ("harlan would sell only electric vehicles",), {AP}),
    (*_year(2025), ("harlan sells 41,000 of the trucks",), {AP}),
    (D(2026, 10, 28), D(2026, 10, 28), ("harlan will report third-quarter results",), {AP}),
    (*_quarter(2026, 3), ("take charges of about $1.8 billion",), {AP}),
    # "Harlan Motors said on Wednesday it would close its Lorain, Ohio, assembly plant by the end of 2027"; "The
    # United Auto Workers said it had not been told …" (test_extraction_reported_it_names, test_titles_place_asides)
    (*_year(2027), ("harlan motors would close its lorain assembly plant",), {AP}),
    (D(2026, 7, 28), D(2026, 7, 28), ("the united auto workers had not been told of the decision",), {AP}),
    (D(2026, 7, 29), D(2026, 7, 29), ("castellano says that goal was \"no longer realistic\"",), {AP}),
    # the bill (plain text, byline block)
    (D(2026, 5, 21), D(2026, 5, 21), ("conservative mps",), {PB}),
    (D(2026, 5, 21), D(2026, 5, 21), ("parliament has said that the safety of our kids",), {PB}),
    (*_month(2025, 3), ("dhaliwal first tabled the bill",), {PB}),
    (_month(2025, 3)[0], _month(2025, 5)[1], ("the election was called",), {PB}),  # last spring
    (*_week(D(2026, 4, 27)), ("the government accepts a key conservative amendment",), {PB}),  # three weeks ago
    (*_year(2028), ("the commissioner's new fining powers would take effect",), {PB}),
    (*_year(2024), ("similar laws were passed in australia",), {PB}),
    (*_week(D(2026, 5, 25)), ("priya dhaliwal would meet provincial education ministers",), {PB}),  # the following week
    # "before senators rise for the summer in late June": the coming June, with the Senate's vote
    # (test_temporal_time_clause_ahead)
    (_month(2026, 6)[0], _month(2026, 8)[1], ("senators rise in late june",), {PB}),
    # the meteorite
    (D(2026, 3, 7), D(2026, 3, 7), ("a meteor explodes over lake michigan",), {ME}),
    (D(2026, 3, 8), D(2026, 3, 8), ("meteorite hunters had recovered more than 40",), {ME}),
    (D(2026, 3, 7), D(2026, 3, 7), ("the fireball was seen from chicago to green bay",), {ME}),
    (D(2026, 3, 7), D(2026, 3, 8), ("people report it to the american meteor society",), {ME}),
    (D(2026, 3, 8), D(2026, 3, 8), ("the first fragment was found on a frozen soybean field",), {ME}),
    # "The last comparable fall in the state came in 1868, when a meteorite landed near ...": the "when" clause tells
    # what happened (stop 25; was "The last comparable fall in the state comes")
    (*_year(1868), ("a meteorite lands near the town of trenton",), {ME}),
    (*_month(2018, 1), ("a fireball over michigan also drops meteorites",), {ME}),
    (D(2026, 3, 8), D(2026, 3, 8), ("cory bauer asks hunters to stay off private land",), {ME}),
    (D(2026, 3, 8), D(2026, 3, 8), ("deputies turn away about two dozen people",), {ME}),
    # the Wikinews anniversary piece
    (D(2026, 4, 19), D(2026, 4, 19), ("relatives of the victims lay white flowers",), {FA}),
    (D(2026, 4, 19), D(2026, 4, 19), ("a minute of silence follows",), {FA}),
    (D(2026, 4, 19), D(2026, 4, 19), ("gabriel fuentealba unveils a memorial",), {FA}),
    (*_year(2017), ("a commission of inquiry found",), {FA}),
    (*_year(2019), ("were convicted",), {FA}),
    (*_year(2025), ("the captain was released on parole",), {FA}),
    (D(2026, 4, 19), D(2026, 4, 19), ("families' associations criticise the government",), {FA}),
    (*_year(2026), ("the rules would be enforced on every route",), {FA}),
    (D(2026, 4, 19), D(2026, 4, 19), ("fuentealba says the rules would be enforced",), {FA}),
    (*_year(2027), ("a new ferry terminal in puerto montt would open",), {FA}),
    # the marathon record
    (D(2026, 10, 11), D(2026, 10, 11), ("faith chepkoech breaks the women's marathon world record",), {MA}),
    # "in clear, cool weather": one noun phrase (test_titles_adjective_commas)
    (D(2026, 10, 11), D(2026, 10, 11), ("the race starts in clear cool weather",), {MA}),
    (*_month(2026, 4), ("drops out of the london marathon",), {MA}),
    (*_month(2026, 8), ("they had considered skipping chicago",), {MA}),
    (*_year(2022), ("faith chepkoech runs her first marathon",), {MA}),
    (*_month(2025, 3), ("faith chepkoech wins in tokyo",), {MA}),
    (*_year(2024), ("the federation tightens its testing rules",), {MA}),
]


test_an_event_judged_right_stays_right = judged_right_test(JUDGED_RIGHT)


# Sentences told as their own events on the news day that are moments of the lead's happening, not happenings of
# their own: their mention belongs to the lead's event. (article, words of the sentence, of the lead's title, its
# day, why)
PARTS_OF_THE_LEAD = [
    ("marathon_record.txt", "chepkoech passed halfway", "faith chepkoech breaks the women's marathon world record", D(2026, 10, 11),
     "a race's split on the race day is a moment of the record run, not a second happening"),
]


@pytest.mark.parametrize("article, sentence_words, lead_words, day, why", PARTS_OF_THE_LEAD,
                         ids=[row[1] for row in PARTS_OF_THE_LEAD])
def test_a_moment_of_the_lead_is_a_mention_of_its_event(events: list[Event], article: str, sentence_words: str,
                                                         lead_words: str, day: dt.date, why: str) -> None:
    leads = [e for e in events if e.first == day and lead_words in e.title.lower()]
    assert len(leads) == 1, [e.title for e in events if e.first == day]
    text = load_document(FRESH5 / article).text
    told = [m for m in leads[0].mentions if sentence_words in text[m.sentence_start:m.sentence_end].lower()]
    assert told, why
    assert not [e for e in events if e is not leads[0] and sentence_words in e.sentence.lower()], why


# Events as a reader needs them that the timeline gets wrong today.
KNOWN_WRONG = [
    _xfail(D(2026, 9, 15), D(2026, 9, 15), ("makes landfall",), {TW, TL},
           "the wire's 'expected to make landfall in Isabela province late Tuesday or early Wednesday' is two events "
           "titled 'It was expected to make landfall' (Tuesday, Wednesday), not joined to the follow-up's landfall"),
    _xfail(D(2026, 9, 13), D(2026, 9, 13), ("evacuations",), {TW, TL},
           "the Sunday evacuation order is an event in each article ('Teodoro Alcaraz orders the pre-emptive "
           "evacuations', 'The government ordered evacuations'), not one"),
    _xfail(D(2026, 9, 16), D(2026, 9, 16), ("at least 11 people have been killed",), {TL},
           "the follow-up's lead names Typhoon Lorna and the Philippines as the wire's Monday lead does, and is "
           "taken for a mention of it ('Typhoon Lorna strengthens …', September 14)"),
    _xfail(D(2026, 5, 21), D(2026, 5, 21), ("the house of commons passes legislation",), {PB},
           "the lead's 'passed legislation early Thursday' and 'ending a debate that ran past 1 a.m.' are one event "
           "titled 'A debate runs past'"),
    _xfail(D(2026, 2, 7), D(2026, 2, 7), ("all nine miners",), {MR},
           "the lead's subject 'All nine miners trapped nearly a kilometre underground at …' is cut at the participle "
           "followed by an adverb: 'A kilometre underground … were brought…'"),
    _xfail(D(2026, 7, 29), D(2026, 7, 29), ("the board approves a dividend",), {AP},
           "'The board approved a dividend of 15 cents a share, payable Sept. 10' is put on September 10"),
    _xfail(D(2026, 7, 29), D(2026, 7, 29), ("harlan now expects adjusted operating profit",), {AP},
           "'… down from the $7 billion to $8 billion it forecast in February' dates the main clause to February"),
    _xfail(D(2026, 3, 7), D(2026, 3, 7), ("fireball over lake michigan dropped meteorites",), {ME},
           "the headline is put on the publication day, apart from the lead's 'late Saturday'"),
    _xfail(*_month(2025, 9), ("had set the old record",), {MA},
           "'had set the old record … in Berlin last September' in an October article is put on September 2026"),
    _xfail(D(2026, 2, 8), D(2026, 2, 8), ("hospital officials say they were in stable condition",), {MR},
           "put on Saturday, after the sentence that says the nine were treated on Sunday"),
]


test_a_known_error_is_still_to_fix = known_wrong_test(KNOWN_WRONG)


# Events that should not be on the timeline as they are. (words of the title, first day, why)
KNOWN_EXTRA = [
    # Fixed: "a final vote before senators rise for the summer in late June" is the coming June
    # (test_temporal_time_clause_ahead)
    pytest.param("senators rise for the summer", D(2025, 6, 1), id="late june 2025"),
    # Fixed: "had to be reintroduced in the fall" is the last fall (test_temporal_implicatives_past)
    pytest.param("had to be reintroduced", D(2026, 9, 1), id="reintroduced fall 2026"),
    # Fixed: "since Typhoon Basyang in October 2016" is Basyang's month, titled "Typhoon Basyang"
    # (test_extraction_since_noun_dates)
    pytest.param("lorna is the strongest storm", D(2016, 10, 1), id="lorna is the strongest storm"),
    # Fixed (stop 25, wt-background): "It raised Signal No. 4 ..." was titled "Event"; it is now "The state weather
    # agency raises Signal No. 4", its pronoun read as the agency of the sentence before
    pytest.param("event", D(2026, 9, 14), id="event"),
] + known_extras([
    ("we are asking families", D(2026, 9, 15), "'leave now, not tomorrow': a negated time is no happening's"),
    ("several u.s. states have also passed", D(2024, 1, 1), "no date of its own: the sentence before's 2024"),
    ("the transport ministry says a new ferry terminal", D(2010, 1, 1), "'delayed since the 2010s': the 2010s"),
    ("nasa's meteoroid environment office breaks apart", None, "the object broke apart, on Saturday night"),
])


test_a_known_extra_event_is_still_to_remove = known_extra_test(KNOWN_EXTRA)


def test_every_article_is_dated() -> None:
    assert publication_dates(FRESH5) == {
        "automaker_plant.md": D(2026, 7, 29), "ferry_anniversary_wikinews.txt": D(2026, 4, 20),
        "marathon_record.txt": D(2026, 10, 11), "meteorite.txt": D(2026, 3, 9), "mine_rescue.html": D(2026, 2, 8),
        "privacy_bill.txt": D(2026, 5, 21), "typhoon_landfall.txt": D(2026, 9, 16),
        "typhoon_wire.txt": D(2026, 9, 14)}
