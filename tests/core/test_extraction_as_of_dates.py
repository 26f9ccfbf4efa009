"""A value's as-of date (", worth $4 million in March,") and the date a thing is labelled with ("use-by dates up to
June 20") date no happening: the clause's happening is not put at them, and the day's news stays the day's.
Invented sentences."""
from __future__ import annotations

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.temporal import tag

# An invented article: its lead is the day's news, the sentence under test follows.
ARTICLE = "Estate news\nMay 3, 2010\n\nThe estate agents reported a busy week on Monday.\n\n{}\n"


def _dated_by(sentence: str, phrase: str) -> list[str]:
    """The titles of the candidates that the date `phrase` of `sentence` dates."""
    doc = document_from_text(ARTICLE.format(sentence), id="d")
    return [c.title for c in extract_mentions(doc, tag(doc.text, reference=doc.published)) if c.mention.text == phrase]


@pytest.mark.parametrize("sentence, phrase, titles", [
    # the value held at its as-of date, not the clause's happening
    ("Her farms, worth $4 million in March, were sold at auction on Friday.", "March",
     ["Her farms were worth $4 million"]),
    ("The firm, valued at $80 million in 2008, filed for bankruptcy on Monday.", "2008",
     ["The firm was valued at $80 million"]),
    ("Two paintings (then valued at 2 million euros in 1999) were stolen on Friday.", "1999",
     ["Two paintings were valued at 2 million euros"]),
    # its possessive named as any title's (review 20c, finding 6)
    ("The firm was sold on Monday. Its assets, valued at $12 million in March, include two factories.", "March",
     ["The firm's assets were valued at $12 million"]),
    # a labelled date: nothing
    ("The grocer recalled its yoghurts, with use-by dates up to June 20.", "June 20", []),
    ("Inspectors found tins with expiry dates between March and May.", "March", []),
    ("The chain withdrew two cheeses, with best-before dates of May 30.", "May 30", []),
    ("The chain withdrew two cheeses, with an expiration date of May 30.", "May 30", []),
    # a date of anything but a label is a happening's, and "dates" as a verb labels nothing (review 20, finding 6)
    # and the compound's thing is the title (review 20c, finding 3: January 1 was "The new rules take effect on
    # July 1", a title naming another date)
    ("A judge on Tuesday set a trial date of November 3 for the former chief executive.", "November 3",
     ["Trial date for the former chief executive"]),
    ("The new rules come into force with an effective date of January 1, the regulator said.", "January 1",
     ["Effective date"]),
    ("The new rules take effect on July 1, with an effective date of January 1 for older accounts.", "January 1",
     ["Effective date for older accounts"]),
    ("The church dates from 1850 and was damaged in the storm on Monday.", "1850", ["The church dates"]),
    # (unchanged: a value that is the clause's own, a date of a happening)
    ("The fund was worth $2 billion in 2007.", "2007", ["The fund was worth $2 billion"]),
    ("The farms, which were sold in March, lay idle.", "March", ["The farms were sold"]),
])
def test_an_as_of_or_labelled_date_dates_no_happening_of_the_clause(sentence: str, phrase: str,
                                                                    titles: list[str]) -> None:
    assert _dated_by(sentence, phrase) == titles


@pytest.mark.parametrize("sentence, phrase, first", [
    # a thing's set date is ahead of its setting, the nearest such day though it be past (review 20c, finding 3)
    ("A judge set a trial date of November 3 for the former bank manager.", "November 3", "2010-11-03"),
    ("The rules take effect on July 1, with an effective date of January 1 for older accounts.", "January 1",
     "2011-01-01"),
    # (a past perfect narrates it)
    ("The judge had set a trial date of March 3.", "March 3", "2010-03-03"),
])
def test_a_set_date_is_ahead(sentence: str, phrase: str, first: str) -> None:
    doc = document_from_text(ARTICLE.format(sentence), id="d")
    assert [c.first.isoformat() for c in extract_mentions(doc, tag(doc.text, reference=doc.published))
            if c.mention.text == phrase] == [first]


@pytest.mark.parametrize("sentence", [
    "The grocer recalled its yoghurts, with use-by dates up to June 20.",
    "The chain withdrew two cheeses, with sell-by dates of May 30.",
])
def test_a_lead_with_a_labelled_date_is_the_day_s_news(sentence: str) -> None:
    doc = document_from_text(f"Shops clear shelves\nMay 3, 2010\n\n{sentence}\n", id="d")
    items = news.find_news(doc, tag(doc.text, reference=doc.published))
    assert [(i.candidate.first, i.candidate.reported) for i in items if i.role == "lead"] == [(doc.published, True)]


def test_a_run_on_sentence_is_not_analysed_whole_for_each_as_of_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """A "sentence" over the analysis memo's cap is analysed afresh on every call: an as-of date's title reads the
    date's view, so a run-on page of ", worth ... in March," asides costs each date the same (review 20, finding 1:
    one whole analysis per date, 78 KB took 26 s)."""
    from timeline_app.core import extraction, grammar
    sentence = "the farms, worth $4 million in March, were sold by the group and " * 60 + "the bank closed."
    assert len(sentence) > extraction._WHOLE_SENTENCE
    whole_analyses = []
    analyse = grammar.analyse_sentence

    def counting(text: str) -> grammar.SentenceAnalysis:
        if len(text) > extraction._WHOLE_SENTENCE:
            whole_analyses.append(len(text))
        return analyse(text)

    monkeypatch.setattr(grammar, "analyse_sentence", counting)
    titles = _dated_by(sentence, "March")
    assert titles == ["The farms were worth $4 million"] * 60  # (the value's title, read in the date's view)
    assert len(whole_analyses) <= 1
