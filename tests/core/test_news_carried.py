"""An account goes on past its dated sentence (core/news.py, `NewsWalk.result`): small invented articles in
fixtures/carried/, and for each undated happening the date a reader gives it from the sentences before, or
None when nothing before dates it (it stays the article's news, or is left out)."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.temporal import tag

CARRIED = Path(__file__).parent / "fixtures" / "carried"


@lru_cache(maxsize=None)
def _items(name: str) -> tuple[str, list[news.NewsItem]]:
    text = (CARRIED / name).read_text(encoding="utf-8")
    doc = document_from_text(text, id=name)
    return text, news.find_news(doc, tag(doc.text, reference=doc.published))


@pytest.mark.parametrize("name, sentence, date", [
    # a day that ends its sentence's main clause is an occasion: the next simple past happened then, and the
    # one after it too
    ("storm.txt", "Three fishermen drowned in the harbor.", dt.date(2024, 3, 3)),
    ("storm.txt", "The governor declared an emergency.", dt.date(2024, 3, 3)),
    # ... not when the sentence says it is a later step
    ("storm.txt", "The ferry company then cancelled its crossings.", None),
    # ... nor when the day is a relative clause's, or another verb follows it (a later step in the same breath)
    ("storm.txt", "Engineers rebuilt the pier.", None),
    ("storm.txt", "The town hired a replacement.", None),
    # a past sentence that reports no happening of its own goes on with the account: the date passes over it
    ("acme.txt", "Pension funds urged the board to sell the chemicals unit.", dt.date(2024, 3, 1)),
    # ... but a present tells of now, and a quotation is the speaker's words: the account has ended
    ("acme.txt", "Workers walked off the job.", None),
    ("acme.txt", "Inspectors fined the company.", None),
    # wire copy gives each sentence its own paragraph: a day of the article's news that dates the act of the
    # paragraph before goes on in the next ...
    ("wire.txt", "Officers arrested two men at a nearby farm.", dt.date(1998, 8, 9)),
    # ... but not the day of a statement: "said on Saturday" dates the saying
    ("wire.txt", "Soldiers closed the road to the border.", None),
    # ... nor into a report, which opens another source's account
    ("wire.txt", "Investigators said the men built the bomb in a barn.", None),
    # ... nor into a sentence that tells of another time ("hours after the search")
    ("wire.txt", "Detectives questioned the driver hours after the search.", None),
    # across the breaks the day goes one step only, from a sentence whose own date governs its act ...
    ("wire_hops.txt", "Security officers closed the streets around his hotel.", dt.date(1993, 9, 13)),
    ("wire_hops.txt", "Israel and the Palestinians drafted the accord in Oslo.", None),
    ("wire_hops.txt", "Hamas opposed the accord.", None),
    # ... not a relative clause's ("In contrast to Sunday, when police arrested ...")
    ("wire_hops.txt", "The exile community called for more protests.", None),
    # ... but a relative clause inside a subject leaves its sentence's act the main clause's, dated or not
    ("wire_relative.txt", "Security officers closed the streets around the palace.", dt.date(1993, 9, 13)),
    ("wire_relative.txt", "Officers who guarded her hotel closed the beach.", dt.date(1993, 9, 12)),
    # an old day ending the main clause is an occasion ...
    ("background.txt", "Two workers died in the blaze.", dt.date(2024, 3, 9)),
    # ... whatever relative clause its subject has, and an act of releasing is no announcement
    ("background.txt", "Three guards died in the blaze.", dt.date(2024, 1, 10)),
    ("background.txt", "Three of them went to a hospital.", dt.date(2024, 1, 9)),
    # ... but not what befell someone, which begins an account of the years after
    ("background.txt", "He studied law at Harvard.", None),
    ("background.txt", "She expanded the company into Asia.", None),
    # ... nor a report's or an announcement's day: what follows is what was reported, or came of it later
    ("background.txt", "Sales rose sharply in every region.", None),
    ("background.txt", "Soldiers closed the road.", None),
])
def test_an_account_goes_on_at_the_date_before_it(name: str, sentence: str, date: dt.date | None) -> None:
    text, items = _items(name)
    start = text.index(sentence)
    found = [i.candidate for i in items if i.candidate.mention.sentence_start == start]
    carried = [c for c in found if news.CARRIED_NOTE in c.explanation]
    if date is None:
        assert not carried, carried
        return
    assert len(carried) == 1 and carried[0].first == date and not carried[0].reported, found


@pytest.mark.parametrize("sentence, date, reported", [
    # a quotation whose speaker is the subject of a dated statement just before is said then, as part of it
    ("``We will rebuild the crossing within a year,'' said Kovacs, the transport minister.", dt.date(2021, 5, 9),
     False),
    # ... the same speaker by the role before the name, whatever the quotation's own dates ("the foreseeable future")
    ("``We are going to keep our ships in the bay for the foreseeable future,'' said spokesman Ray Dunmore.",
     dt.date(2021, 5, 8), False),
    # ... or the subject of the day's news just before: the day's, as that news is
    ("``At last,'' Whitfield exclaimed.", dt.date(2021, 5, 10), True),
    # ... or a pronoun standing for a person named as the subject
    ("``We had no choice,'' she said.", dt.date(2021, 5, 8), False),
    # another speaker's quotation is no part of the statement before: another head noun ...
    ("``Nobody was hurt,'' the fire chief said.", None, None),
    ("``This is a sad day for the town,'' said an analyst at a rival company.", None, None),
    ("``They were armed,'' a police spokesman said.", None, None),
    # ... and he or she is no organisation
    ("``We will not let this stand,'' he said.", None, None),
    # an old date of the sentence before that is no statement's says nothing of when she said it
    ("``I think he deserves to stay,'' she said.", None, None),
])
def test_a_quotation_goes_with_its_speakers_sentence_before(sentence: str, date: dt.date | None,
                                                             reported: bool | None) -> None:
    text, items = _items("quotes.txt")
    start = text.index(sentence)
    found = [i.candidate for i in items if i.candidate.mention.sentence_start == start]
    if date is None:
        assert not found, found
        return
    assert len(found) == 1 and found[0].first == date and found[0].reported == reported, found


@pytest.mark.parametrize("sentence, date, carried", [
    # a sentence that names the article's own news again (two or more of its headline's and lead's names that
    # the sentence before does not) tells of that news, on its day: no older date is carried to it ...
    ("While introducing the Zephyr at the annual conference, Dana Orr joked about the leak.", dt.date(2011, 6, 7), False),
    # ... nor on past it
    ("The tablet was praised by reviewers.", dt.date(2011, 6, 7), False),
    # ... and an older date just before does not make it another story
    ("On stage at the conference, Dana Orr mocked the Zephyr's rivals.", dt.date(2011, 6, 7), False),
    # but a sentence that says it tells a later step goes on with the account
    ("Dana Orr then moved the Zephyr team to Ohio.", dt.date(2011, 3, 1), True),
    # ... as does one whose names the sentence before names too
    ("Orr sold the first Marlow Tech phones from a van.", dt.date(2009, 1, 1), True),
    # ... or that names one of them alone: the article's subject has a past of its own
    ("Orr underwent surgery in Boston.", dt.date(2004, 1, 1), True),
])
def test_a_sentence_naming_the_articles_own_news_keeps_its_day(sentence: str, date: dt.date, carried: bool) -> None:
    text, items = _items("keynote.txt")
    start = text.index(sentence)
    found = [i for i in items if i.candidate.mention.sentence_start == start]
    assert len(found) == 1, found
    c = found[0].candidate
    assert (c.first, news.CARRIED_NOTE in c.explanation, found[0].dated_nearby) == (date, carried, False), c


@pytest.mark.parametrize("sentence, dated_nearby", [
    # the names of both sides of the news without a word of its happening: the background of the dispute, which
    # the older date before it dates (no happening of the publication day)
    ("Vellon accused Orlatec of copying the design of its scanner.", True),
    # with a word of it (the patent), the news again
    ("Vellon and Orlatec signed the patent deal in Toronto.", False),
])
def test_the_names_of_the_news_without_its_happening_are_background(sentence: str, dated_nearby: bool) -> None:
    _assert_dated_nearby("dispute.txt", sentence, dated_nearby)


@pytest.mark.parametrize("sentence, dated_nearby", [
    # a word shared with the news that names no happening ("companies", a participant, in both reporting
    # frames) is no word of its happening: still the background
    ("Vellon accused Orlatec of copying the design of its scanner, the companies said in filings.", True),
    # a word of the happening (the patent deal) outside the frame: the news again
    ("Vellon and Orlatec signed the patent deal in Toronto, the companies said.", False),
])
def test_the_reporting_frame_and_plain_nouns_are_no_words_of_the_happening(sentence: str,
                                                                           dated_nearby: bool) -> None:
    _assert_dated_nearby("dispute_said.txt", sentence, dated_nearby)


def _assert_dated_nearby(name: str, sentence: str, dated_nearby: bool) -> None:
    text, items = _items(name)
    start = text.index(sentence)
    found = [i for i in items if i.candidate.mention.sentence_start == start]
    assert len(found) == 1, found
    assert found[0].dated_nearby is dated_nearby, found[0]


@pytest.mark.parametrize("sentence, lemmas", [
    # a reporting verb after the last comma that opens the sentence's own clause: its happening is read
    ("In a statement, Apple said it had settled the dispute with Samsung.", {"statement", "settle", "dispute"}),
    ("On Monday, Samsung said it would settle the patent dispute.", {"settle", "patent", "dispute"}),
    ("In filings, the companies said that they had settled the dispute.", {"filing", "settle", "dispute"}),
    # ... a frame that only closes it (speaker, verb, where or when) is the telling's: left out
    ("Vellon accused Orlatec of copying the design, the companies said in filings.", {"accuse", "copy", "design"}),
    ("The firms settled the dispute, said the company on Monday.", {"firm", "settle", "dispute"}),
])
def test_only_a_closing_reporting_frame_is_left_out_of_the_happening(sentence: str, lemmas: set[str]) -> None:
    assert news._event_lemmas(sentence, common=True) == lemmas
