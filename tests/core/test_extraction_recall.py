"""Issue 8, anchor recall: rules that put the right date on a happening whose sentence a reader dates at once."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import extraction, news, references
from timeline_app.core.documents import document_from_text
from timeline_app.core.model import Precision
from timeline_app.core.temporal import tag


def _news(text: str) -> list:
    doc = document_from_text(text, id="d")
    return news.find_news(doc, tag(doc.text, reference=doc.published))


@pytest.mark.parametrize("sentence, reported", [
    # a noun repeated around "after" is a repetition, no "after ..." clause dating the sentence
    ("Speaker after speaker denounced the United States.", True),
    ("Wave after wave of protesters marched to the embassy.", True),
    # a real "after" clause still dates the sentence relative to another happening
    ("The minister resigned after the vote failed.", False),
])
def test_a_repetition_around_after_is_no_temporal_clause(sentence: str, reported: bool) -> None:
    items = _news("Rally in Havana\nFebruary 10, 2000\n\nThe rally was held in a packed hall on Thursday.\n\n"
                  f"{sentence}\n")
    body = [i for i in items if i.role == "body"]
    assert bool(body) is reported
    for i in body:
        assert i.candidate.first == dt.date(2000, 2, 10)


HEAD = "Doctor shot dead\nMay 5, 1999\n\n"
KILLED = "Dr. Barnett Slepian was shot to death on Oct. 23, 1998, in his kitchen in Amherst.\n\n"


def _counted(text: str) -> dict[str, tuple[dt.date | None, dt.date | None, Precision | None]]:
    doc = document_from_text(text, id="d")
    expressions = tag(doc.text, reference=doc.published)
    candidates = extraction.extract_mentions(doc, expressions)
    candidates += [item.candidate for item in news.find_news(doc, expressions)]
    out = {}
    for c in references.in_article_references(doc, candidates):
        if c.mention.dated:  # the references themselves are undated mentions; a counted date is its own
            assert c.mention.text == doc.text[c.mention.start:c.mention.end]
            assert c.mention.sentence_start <= c.mention.start < c.mention.end <= c.mention.sentence_end
            out[c.mention.text] = (c.first, c.last, c.precision)
    return out


@pytest.mark.parametrize("sentence, expected", [
    ("A jogger saw the car near his home 10 days before the murder.",
     {"10 days before the murder": (dt.date(1998, 10, 13), dt.date(1998, 10, 13), Precision.DAY)}),
    ("Two men showed up at his house the day after the shooting.",
     {"the day after the shooting": (dt.date(1998, 10, 24), dt.date(1998, 10, 24), Precision.DAY)}),
    ("The suspect left the country two weeks after the slaying.",
     {"two weeks after the slaying": (dt.date(1998, 11, 6), dt.date(1998, 11, 6), Precision.DAY)}),
    ("The clinic closed three months after Slepian's death.",
     {"three months after Slepian's death": (dt.date(1999, 1, 1), dt.date(1999, 1, 31), Precision.MONTH)}),
    # a vague stretch is no count
    ("His car was spotted in the days before the shooting.", {}),
    # no length of time: the reference alone, which adds no date of its own
    ("Police are still searching for clues to the murder.", {}),
])
def test_a_length_of_time_counted_from_a_dated_happening(sentence: str, expected: dict) -> None:
    assert _counted(HEAD + KILLED + sentence + "\n") == expected


def test_a_count_finer_than_the_happening_gives_no_date() -> None:
    # The killing is dated to a month only: "10 days before" it names no day.
    text = ("Doctor shot dead\nMay 5, 1999\n\nDr. Barnett Slepian was shot to death in October 1998 in his "
            "kitchen.\n\nA jogger saw the car near his home 10 days before the murder.\n")
    assert _counted(text) == {}


def _dated(text: str) -> set[dt.date | None]:
    doc = document_from_text(text, id="d")
    return {c.first for c in extraction.extract_mentions(doc, tag(doc.text, reference=doc.published))}


@pytest.mark.parametrize("sentence, expected", [
    # the date of an attribution is when its source came out: the source's own candidate (its title is the
    # source's, test_extraction_dates_of_other_things), not the finding's
    ("The service in February passed Wal-Mart as the top music seller, according to figures released April 3 "
     "by NPD Group.", {dt.date(2008, 2, 1), dt.date(2008, 4, 3)}),
    ("According to an April 2 report in a trade journal, the company passed its rival in January.",
     {dt.date(2008, 1, 1), dt.date(2008, 4, 2)}),
    # a date after the attribution's clause still dates the sentence
    ("According to the police, the suspect fled on April 2.", {dt.date(2008, 4, 2)}),
])
def test_an_attributions_date_dates_no_happening(sentence: str, expected: set) -> None:
    assert _dated(f"Music sales\nApril 9, 2008\n\n{sentence}\n") == expected


def test_an_attribution_leaves_the_lead_to_the_publication_date() -> None:
    items = _news("Museum for rifle maker\nFebruary 27, 1998\n\nThe mayor of Moscow has allocated funds to help "
                  "build a museum, according to a news agency report Friday.\n")
    assert [(i.role, i.candidate.mention.text, i.candidate.first) for i in items if i.role == "lead"] == \
        [("lead", "has allocated", dt.date(1998, 2, 27))]


KEYNOTE = ("Apple unveils laptops\nOctober 23, 2010\n\nIn a Wednesday media event, Apple released new laptops. "
           "Jobs announced today that the new system will include more support for multitouch. He said that the "
           "store will be available within 90 days. ")


@pytest.mark.parametrize("sentence, expected", [
    # the same act "also" done again takes the day the earlier telling gave it
    ("Jobs also announced that FaceTime would be available for users immediately.", dt.date(2010, 10, 23)),
    # with no "also", or another act, the article's story day (its lead's Wednesday) stands
    ("Jobs announced that FaceTime would be available for users immediately.", dt.date(2010, 10, 20)),
    ("Jobs also demonstrated a new version of FaceTime for users.", dt.date(2010, 10, 20)),
])
def test_also_doing_the_same_again_takes_its_earlier_day(sentence: str, expected: dt.date) -> None:
    items = _news(KEYNOTE + sentence + "\n")
    last = [i for i in items if i.role == "body"][-1]
    assert last.candidate.sentence == sentence
    assert last.candidate.first == expected


@pytest.mark.parametrize("text, expected", [
    # "that same day" after a month: a day of that month, which the text does not give
    ("The site closed Thursday night. Three doctors were killed, most recently last October. His name was "
     "crossed out that same day.", ("1998-10", Precision.MONTH)),
    ("The vote came in 1992. That day, he left the party.", ("1992", Precision.YEAR)),
    # after a day (or a month holding the last day told), that day
    ("The site closed Thursday night. His name was crossed out that same day.", ("1999-02-04", Precision.DAY)),
    ("On Oct. 23 last year he was killed, in October. That day, police came.", ("1998-10-23", Precision.DAY)),
])
def test_that_day_after_a_month_is_a_day_of_that_month(text: str, expected: tuple) -> None:
    last = [e for e in tag(text, reference=dt.date(1999, 2, 6)) if "day" in e.text.lower()][-1]
    assert (last.value, last.precision) == expected


@pytest.mark.parametrize("sentence, expected", [
    # what was planned is still ahead: the coming weekday
    ("Protesters planned a large demonstration in Little Havana on Saturday.", dt.date(2000, 1, 8)),
    ("The exiles were planning another march on Monday.", dt.date(2000, 1, 10)),
    # what was done is behind: the last one
    ("Protesters staged a large demonstration in Little Havana on Saturday.", dt.date(2000, 1, 1)),
])
def test_a_weekday_planned_is_the_coming_one(sentence: str, expected: dt.date) -> None:
    days = [e.first for e in tag(sentence, reference=dt.date(2000, 1, 7))]  # a Friday
    assert days == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Then, a week or so ago, the general picked the time of the attack.", ("a week or so ago", "1991-W08")),
    ("He left two years or so ago.", ("two years or so ago", "1989")),
    ("He stayed a week or so.", ("a week or so", "P1W")),  # no "ago": a length of time still
])
def test_about_so_long_ago_is_a_date(text: str, expected: tuple) -> None:
    e = tag(text, reference=dt.date(1991, 2, 25))[0]
    assert (e.text, e.value) == expected
    assert e.mod == "APPROX"


@pytest.mark.parametrize("sentence, reported", [
    # a present perfect reaches up to the report: its "after" clause does not make it another time
    ("Poland and Hungary have been accepted as members after the upper house voted in favor.", True),
    # a simple past after another happening is dated by that happening, which the article does not date
    ("Poland and Hungary were accepted as members after the upper house voted in favor.", False),
])
def test_a_present_perfect_with_an_after_clause_is_news(sentence: str, reported: bool) -> None:
    items = _news("NATO ratification\nDecember 3, 1998\n\nThe ratification of NATO enlargement concluded on "
                  f"Wednesday.\n\nThe Dutch government welcomed the news.\n\n{sentence}\n")
    assert any(i.candidate.sentence == sentence for i in items) is reported
