"""A happening told with a count of its repetitions ("have met several times", "was shortlisted on three
occasions", "has visited the port twice") is a record of the past, not the day's news: with no date of its own it is
not put on the publication day. Invented sentences in an invented article."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import body_news

# A report whose lead is the day's news; the sentence under test is the background after it.
REPORT = ("Harbour talks resume in Tallinn\nMarch 4, 2016\n\n"
          "Negotiators from the two port authorities resumed talks on the shared harbour in Tallinn.\n\n{}\n")


@pytest.mark.parametrize("sentence, news_of_the_day", [
    # a count of repetitions: the past's record, not one happening of the day
    ("The two mayors have met several times over the past decade without a deal.", False),
    ("The chief negotiator has visited the rival port twice.", False),
    ("Ferry operators have threatened strikes three times over the dispute.", False),
    ("The architect won a national prize and was shortlisted on three other occasions.", False),
    ("The talks collapsed four times before the ministers stepped in.", False),
    ("The two sides have repeatedly clashed over dredging rights.", False),
    # (one happening: the day's news, as before)
    ("The two mayors met behind closed doors and agreed a timetable.", True),
    ("The chief negotiator has visited the rival port.", True),
    ("Ferry operators threatened a strike over the dispute.", True),
    ("The union voted to strike three days a week.", True),
    # (a simple past's count is the blows of one episode: the day's news)
    ("A dock worker stabbed the guard several times during the protest.", True),
])
def test_a_repeated_happening_is_no_news_of_the_day(sentence: str, news_of_the_day: bool) -> None:
    items = body_news(sentence, REPORT)
    got = any(not i.dated_nearby and i.candidate.reported for i in items)
    assert got is news_of_the_day


@pytest.mark.parametrize("sentence, news_of_the_day", [
    # a reported record of the past
    ("Port officials said the freighter had run aground twice.", False),
    ("The harbour master said the crane had failed on several occasions.", False),
    # (a count inside a relative clause, or a multiple, leaves the main happening the day's news)
    ("Port officials seized a freighter that had run aground twice.", True),
    ("The authority doubled its fees, which are now three times the national average.", True),
    ("Cargo volumes fell to half, with rival ports handling twice as many containers.", True),
    ("Negotiators agreed for the first time to share pilots.", True),
    # (a figure in digits is a tally of many doers, the day's statistic)
    ("Travellers have used the new booking app 40,000 times.", True),
    ("The harbour's web camera has been viewed 1.2 million times.", True),
])
def test_a_count_elsewhere_leaves_the_news(sentence: str, news_of_the_day: bool) -> None:
    items = body_news(sentence, REPORT)
    assert any(not i.dated_nearby and i.candidate.reported for i in items) is news_of_the_day


@pytest.mark.parametrize("sentence, news_of_the_day", [
    # an aside naming what someone was "then": told of that earlier time
    ("A court removed Lind, then the port's chief engineer, from the inquiry.", False),
    ("The board dismissed Lind, then its chief engineer, over the grounding.", False),
    ("Police arrested Ole Dahl, then the union's treasurer, at the docks.", False),
    ("Mayor Berit Lund, then a councillor, opposed the harbour plan.", False),
    # ("then" as the next step, or in a clause of its own: the day's news as before)
    ("The negotiators signed the draft, then flew home.", True),
])
def test_what_someone_was_then_is_no_news_of_the_day(sentence: str, news_of_the_day: bool) -> None:
    items = body_news(sentence, REPORT)
    assert any(not i.dated_nearby and i.candidate.reported for i in items) is news_of_the_day
