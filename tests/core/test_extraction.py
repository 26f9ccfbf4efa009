"""Extraction: sentences + time expressions → candidate events with titles, kinds and provenance."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from timeline_app.core import extraction, grammar
from timeline_app.core.documents import document_from_text, load_paths
from timeline_app.core.extraction import (actors_in, extract_mentions, kind_near,
                                          title_from_sentence)
from timeline_app.core.model import Precision

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("On June 19, 2024, Kim hosted the president in Pyongyang, marking a historic moment.", "June 19, 2024",
     "Kim hosts the president in Pyongyang"),
    ("Prime Minister Anna Berg arrived in Oslo on March 3, 2025, for two days of talks.", "March 3, 2025",
     "Anna Berg arrives in Oslo"),
    # A date inside a noun phrase after the verb dates that phrase's happening, not the verb's.
    ("Officials said the talks would build on last week's negotiations in Brussels.", "last week",
     "Last week's negotiations in Brussels"),
    ("Israel's prime minister apologised to Turkey on Friday for the deaths in a 2010 raid on a Gaza-bound "
     "aid flotilla.", "2010", "A 2010 raid on a Gaza-bound aid flotilla"),
    ("Israel's prime minister apologised to Turkey on Friday for the deaths in a 2010 raid.", "Friday",
     "Israel's prime minister apologised to Turkey for the deaths in a 2010 raid"),
    ("However, in 1998 the company opened its first factory abroad.", "1998",
     "The company opens its first factory abroad"),
    ("The 1961 treaty was signed in Moscow.", "1961", "The 1961 treaty was signed in Moscow"),
    ("Construction is set to begin in early 1991.", "early 1991", "Construction is set to begin"),
    ("The preferred shares carried a dividend in 1994.", "1994", "The preferred shares carry a dividend"),
    ("Both U.S. and British officials filed objections in 1995.", "1995",
     "Both U.S. and British officials file objections"),
    # The tagger is not sure these are finite verbs (a participle could stand there): the source's tense.
    ("Sales increased 9% in 1989.", "1989", "Sales increased 9%"),
    ("Profits fell 18% for 1998.", "1998", "Profits fell 18%"),
    ("On May 5, 2021, Russian President Vladimir Putin met Xi Jinping.", "May 5, 2021",
     "Vladimir Putin meets Xi Jinping"),
    ("In 2015 I filed a complaint with the city.", "2015", "I file a complaint with the city"),
    ("PEREIRA, Colombia, Nov. 17, 2024 (Wire) — The death toll rose to 142 on Sunday.", "Sunday",
     "The death toll rises to 142"),
    # The date's own clause: a leading "When …", not the rest of the sentence.
    ("When the trial began on March 24, the prosecutor told jurors it was about greed.", "March 24",
     "The trial begins"),
    ("Jurors began deliberating on Wednesday and reached a verdict after nine hours.", "Wednesday",
     "Jurors begin deliberating"),
    # A date that is the subject stays in the title.
    ("This quarter largely answers that question.", "This quarter", "This quarter largely answers that question"),
    # Appositives and participles around the subject.
    ("Maria Lopez, the engineer whose slender, cable-stayed designs won awards, died on Sunday at home.",
     "Sunday", "Maria Lopez dies at home"),
    ("The 47-minute engine burn, carried out on 14 March 2025, adjusted the probe's speed.", "14 March 2025",
     "The 47-minute engine burn carried out"),
    ("Jobs, born in San Francisco on February 24, 1955, has built the most valuable company.", "February 24, 1955",
     "Jobs born in San Francisco"),
    ("Born in Seville on May 2, 1936, Ms. Lopez moved to Boston.", "May 2, 1936", "Ms. Lopez born in Seville"),
    # Agreement with the head noun, not the noun of its relative clause; modals keep later participles.
    ("The result that convinced many fans came on March 29.", "March 29", "The result comes"),
    ("Rain forecast for Wednesday could flood hillsides destabilized by the quake.", "Wednesday",
     "Rain forecast could flood hillsides destabilized by the quake"),
    ("In 2019 you visited the museum twice.", "2019", "You visit the museum twice"),
    # The verb found by its tag and inflected from the dictionary, never guessed from its suffix.
    ("He eventually fled the country in 2010.", "2010", "He eventually flees the country"),
    ("Mr. Erdogan has long sought an apology since 2010.", "2010", "Mr. Erdogan has long sought an apology"),
    ("The A380 will begin regular service in October.", "October", "The A380 will begin regular service"),
    # A relative clause's date is that clause's; the main clause has its own.
    ("The plant, which opened in 1990, closed on Friday.", "1990", "The plant opens"),
    ("The plant, which opened in 1990, closed on Friday.", "Friday", "The plant closes"),
    ("He started Apple in 1976, and in 1984 the first Macintosh was released to the public.", "1984",
     "The first Macintosh was released to the public"),
    # A date opening the sentence with no comma is no part of the subject, nor is its "of" complement.
    ("A suit was filed, but on September 21, 2004 the parties agreed to have the case heard in London.",
     "September 21, 2004", "The parties agree to have the case heard in London"),
    ("During the first quarter of the financial year Apple Inc. sold more than 21 million iPods.",
     "the first quarter", "Apple Inc. sells more than 21 million iPods"),
    ("In the spring of that year the company moved to Austin.", "that year", "The company moves to Austin"),
    ("2004 elections were held in May.", "May", "2004 elections were held"),
    ("This quarter answers the question.", "This quarter", "This quarter answers the question"),
    # A coordinated past predicate does not follow a verb put in the headline present.
    ("In 1996 Jobs returned to Apple and soon after reassumed the role of CEO.", "1996", "Jobs returns to Apple"),
    ("In 2010 the suspect was arrested and charged with murder.", "2010",
     "The suspect was arrested and charged with murder"),
    # A date right after a planned happening's infinitive is that happening's.
    ("Apple announced today another special event to be held on October 12.", "October 12",
     "Another special event to be held"),
    ("The meeting, to be held in Paris on Friday, was cancelled.", "Friday", "The meeting was cancelled"),
    # A past form after a preposition's object is a participle, kept as written.
    ("It became the top seller, according to figures released April 3 by NPD Group.", "April 3",
     "Figures released by NPD Group"),
])
def test_titles_are_short_headlines(sentence: str, phrase: str, title: str) -> None:
    start = sentence.index(phrase)
    assert title_from_sentence(sentence, start, start + len(phrase)) == title


def test_long_titles_are_cut_at_a_word() -> None:
    sentence = "On May 2, 2020, she met " + " and ".join(["officials"] * 40) + "."
    title = title_from_sentence(sentence, 3, 14)
    assert len(title) <= 81 and title.endswith("…")


@pytest.mark.parametrize("sentence, phrase, kind", [
    ("In 2000 the two countries signed a friendship treaty.", "2000", "agreement"),
    ("Putin visited Pyongyang in 2000.", "2000", "visit"),
    ("The war began in 1950, and a deal was signed much later.", "1950", "conflict"),
    ("She was born in 1961 in Hawaii.", "1961", "birth"),
    ("Voters went to the polls on May 5, 2021.", "May 5, 2021", "election"),
    ("The murder on Oct. 23 shocked the town.", "Oct. 23", "death"),
    ("A blast on Friday tore through the market.", "Friday", "conflict"),
    ("The signing ceremony on March 12 was held at the library.", "March 12", "meeting"),
    # a signal, a signature design: no signing
    ("The phone lost its signal on June 24, 2010.", "June 24, 2010", "event"),
])
def test_kind_is_the_happening_nearest_the_date(sentence: str, phrase: str, kind: str) -> None:
    start = sentence.index(phrase)
    assert kind_near(sentence, start, start + len(phrase), 0, len(sentence)) == kind


def test_actors_are_proper_names_not_sentence_words() -> None:
    assert actors_in("On Monday, President Anna Berg met Kim Jong-un in Oslo.") >= {"Anna", "Berg", "Kim", "Oslo"}
    assert not actors_in("The talks would build on it.") & {"The"}


def _candidates(name: str):
    docs, problems = load_paths([ARTICLES / name])
    assert not problems
    return docs[0], extract_mentions(docs[0])


def test_every_candidate_points_at_its_exact_text_and_sentence() -> None:
    doc, cands = _candidates("a_talks.txt")
    assert cands
    for c in cands:
        m = c.mention
        assert doc.text[m.start:m.end] == m.text
        assert m.sentence_start <= m.start <= m.end <= m.sentence_end
        assert doc.text[m.sentence_start:m.sentence_end].strip()


def test_a_list_of_years_is_one_event_per_year_titled_from_its_noun() -> None:
    doc, cands = _candidates("a_talks.txt")
    deals = [c for c in cands if c.kind == "agreement" and c.precision == Precision.YEAR]
    assert [(c.first.year, c.title) for c in deals] == [
        (1994, "Earlier agreement from 1994"), (2003, "Earlier agreement from 2003"),
        (2011, "Earlier agreement from 2011")]


def test_first_since_implies_an_earlier_happening_of_that_kind() -> None:
    doc, cands = _candidates("a_talks.txt")
    implied = [c for c in cands if c.inferred and c.kind == "visit"]
    assert len(implied) == 1
    c = implied[0]
    assert (c.first, c.last, c.precision) == (dt.date(2011, 1, 1), dt.date(2011, 12, 31), Precision.YEAR)
    assert c.title == "Berg's previous visit to Norway"
    assert "since 2011" in c.explanation


def test_first_in_n_years_waits_for_an_anchor() -> None:
    doc, cands = _candidates("b_report.txt")
    pending = [c for c in cands if c.first is None]
    assert len(pending) == 1
    assert pending[0].anchor_kind == "visit" and pending[0].mention.text == "14 years"


def test_dateline_and_boilerplate_are_never_events() -> None:
    doc, cands = _candidates("a_talks.txt")
    assert doc.published == dt.date(2025, 3, 4)
    assert all(c.first != dt.date(2025, 3, 4) for c in cands)
    assert all("Leave a Comment" not in c.sentence for c in cands)


def test_numbers_that_are_not_dates_make_no_events() -> None:
    doc, cands = _candidates("b_report.txt")
    assert all("soldiers" not in c.sentence for c in cands)


def test_named_periods_are_dated_from_the_table() -> None:
    doc, cands = _candidates("b_report.txt")
    cold = [c for c in cands if c.period]
    assert [(c.title, c.first.year, c.last.year) for c in cold] == [("Cold War", 1947, 1991)]


def test_relative_dates_count_from_the_publication_date() -> None:
    doc = document_from_text("Trade Talks\nMonday, March 10, 2025\n\nThe ministers met last week in Geneva.\n",
                             id="t")
    cands = extract_mentions(doc)
    week = [c for c in cands if c.precision == Precision.WEEK]
    assert len(week) == 1
    assert week[0].first == dt.date(2025, 3, 3) and week[0].inferred
    assert "2025-03-10" in week[0].explanation


def test_without_a_reference_relative_dates_are_not_guessed() -> None:
    doc = document_from_text("The ministers met last week in Geneva.\n", id="t")
    assert doc.published is None
    assert [c for c in extract_mentions(doc) if c.first is not None] == []


@pytest.mark.parametrize("text, span, first, last", [
    ("Weber served as mayor from 1999 to 2012, then retired.", "1999 to 2012",
     dt.date(1999, 1, 1), dt.date(2012, 12, 31)),
    ("Abortions declined between 1982 and 1992, the study found.", "1982 and 1992",
     dt.date(1982, 1, 1), dt.date(1992, 12, 31)),
    ("The strike lasted from March 2020 through June 2021.", "March 2020 through June 2021",
     dt.date(2020, 3, 1), dt.date(2021, 6, 30)),
])
def test_a_range_is_one_event_over_its_whole_extent(text: str, span: str, first: dt.date, last: dt.date) -> None:
    cands = extract_mentions(document_from_text(text + "\n", id="r"))
    assert [(c.mention.text, c.first, c.last) for c in cands] == [(span, first, last)]


@pytest.mark.parametrize("text, spans", [
    # years right after a name label it (a lifespan, a term of office): no happening spans them
    ('The homepage shows the text "Steve Jobs 1955-2011" in white.', []),
    ("A portrait of Pope John Paul II (1978–2005) hangs there.", []),
    ("Weber served as mayor from 1999 to 2012, then retired.", ["1999 to 2012"]),
    ("The Korean War 1950-1953 ended in a truce.", ["1950-1953"]),  # a happening's name: its span
])
def test_years_after_a_name_label_it(text: str, spans: list[str]) -> None:
    cands = extract_mentions(document_from_text(text + "\n", id="l"))
    assert [c.mention.text for c in cands if not c.period] == spans


@pytest.mark.parametrize("text, spans", [
    # a quarter of a fiscal year that no year names: its calendar months are unknown
    ("During the first quarter of the financial year Apple sold 21 million iPods.", []),
    ("Sales fell in the second half of its fiscal year.", []),
    ("Sales fell in the first quarter of 2006.", ["the first quarter of 2006"]),
])
def test_a_fiscal_quarter_without_its_year_is_not_placed(text: str, spans: list[str]) -> None:
    doc = document_from_text("Results\nJanuary 18, 2007\n\n" + text + "\n", id="q")
    assert [c.mention.text for c in extract_mentions(doc)] == spans


@pytest.mark.parametrize("sentence, implied", [
    ("It was the strongest quake in 37 years.", ["Previous strongest quake"]),  # a stronger one 37 years ago
    ("It was the first visit in the past 24 years.", ["Previous visit"]),  # the last one 24 years ago
    # a superlative over a window back from now ranks it; it says nothing of one a decade ago
    ("It was their largest developers conference in the past decade.", []),
])
def test_a_superlative_in_n_years_implies_an_earlier_happening(sentence: str, implied: list[str]) -> None:
    doc = document_from_text("Headline\nJune 6, 2005\n\n" + sentence + "\n", id="s")
    assert [c.title for c in extract_mentions(doc) if c.offset is not None] == implied


@pytest.mark.parametrize("text, got", [
    # a day number after a day, the next day: one happening over both days, its title without the "and 4"
    ("The union said its members would strike again on March 3 and 4 unless the offer improved.",
     [("March 3 and 4", dt.date(2025, 3, 3), dt.date(2025, 3, 4), "The union's members would strike again")]),
    ("The festival will run on June 14 and 15 if the weather holds.",
     [("June 14 and 15", dt.date(2025, 6, 14), dt.date(2025, 6, 15), "The festival will run")]),
    # days apart: two happenings
    ("Councillors will meet on May 3 and 10 before the vote.",
     [("May 3", dt.date(2025, 5, 3), dt.date(2025, 5, 3), "Councillors will meet before the vote"),
      ("10", dt.date(2025, 5, 10), dt.date(2025, 5, 10), "Councillors will meet before the vote")]),
])
def test_a_day_and_the_next_day_number_is_one_happening(text: str, got: list) -> None:
    doc = document_from_text("Headline\nFebruary 20, 2025\n\n" + text + "\n", id="d")
    assert [(c.mention.text, c.first, c.last, c.title) for c in extract_mentions(doc)] == got


@pytest.mark.parametrize("text, got", [
    # a participle's phrase set off by a comma, or the subject: the date is the participle's happening
    ("Officers arrested two men for fishing with nets, a method outlawed on the lake since 2019.",
     [("2019", "Method outlawed on the lake")]),
    ("Cars built at the plant in March were recalled.", [("March", "Cars built at the plant")]),
    ("Troops killed in fighting on Monday were buried.", [("Monday", "Troops killed in fighting")]),
    # what the participle's thing tells: its telling is the publishing's news, the clause's title as before
    ("A report released on Monday found that rents had doubled.", [("Monday", "A report finds that rents had doubled")]),
    # the clause's own verb, or a participle after the verb (the date may be the verb's): as before
    ("The method has been outlawed on the lake since 2019.", [("2019", "The method has been outlawed on the lake")]),
    ("Apple announced the case at a press conference held on Friday.",
     [("Friday", "Apple announces the case at a press conference")]),
    # a date naming a noun's time ("its 1990 invasion"): not the participle's
    ("Sanctions imposed on Iraq after its 1990 invasion of Kuwait were lifted.",
     [("1990", "Sanctions were lifted")]),
])
def test_a_date_after_a_nouns_participle_is_the_participles(text: str, got: list) -> None:
    doc = document_from_text("Headline\nFebruary 20, 2025\n\n" + text + "\n", id="p")
    assert [(c.mention.text, c.title) for c in extract_mentions(doc)] == got


@pytest.mark.parametrize("text, got", [
    # ", and" then a date and a subject: the date's own clause, no list of dates
    ("The mill shut in 1971, and the following year it was sold to a cooperative.",
     [("1971", "The mill shut"), ("the following year", "The mill was sold to a cooperative")]),
    ("The mill shut in 1971, and the following year Dunmore Cooperative bought it.",
     [("1971", "The mill shut"), ("the following year", "Dunmore Cooperative buys it")]),
    # a list of dates under one predicate, as before
    ("Apple made an appearance in March and June to unveil new phones.",
     [("March", "Apple makes an appearance to unveil new phones"),
      ("June", "Apple makes an appearance to unveil new phones")]),
])
def test_a_date_after_comma_and_with_a_subject_after_it_opens_its_clause(text: str, got: list) -> None:
    doc = document_from_text("Headline\nFebruary 20, 2025\n\n" + text + "\n", id="c")
    assert [(c.mention.text, c.title) for c in extract_mentions(doc)] == got


@pytest.mark.parametrize("text, got", [
    # "this year" right after the noun of an "of" phrase, with a finer date in the sentence: which rise, not when
    # the refusing happened
    ("Talks broke down on Wednesday when the operator refused to raise its offer of a 2% pay rise this year.",
     [("Wednesday", dt.date(2025, 2, 19))]),
    ("On Tuesday the insurer withdrew its promise of a refund of premiums this year.", [("Tuesday", dt.date(2025, 2, 18))]),
    # no "of" phrase, or no finer date: the phrase dates the verb, as before
    ("The company cut 500 jobs this year.", [("this year", dt.date(2025, 1, 1))]),
    ("The operator refused to raise its offer of a 2% pay rise this year.", [("this year", dt.date(2025, 1, 1))]),
])
def test_this_year_after_an_of_phrases_noun_names_the_noun(text: str, got: list) -> None:
    doc = document_from_text("Headline\nFebruary 20, 2025\n\n" + text + "\n", id="y")
    assert [(c.mention.text, c.first) for c in extract_mentions(doc)] == got


def test_and_between_years_without_between_is_a_list_not_a_range() -> None:
    cands = extract_mentions(document_from_text("Elections were held in 1994 and 1999.\n", id="r"))
    assert [c.first.year for c in cands] == [1994, 1999]


@pytest.mark.parametrize("text, titles", [
    # A list of years: one event each. After a plural noun, the things listed ("deals from 1961, ..."); else
    # the clause, without any year of the list (it read "Re-elected in 2013", "Race in 2017", "The river
    # flooded in 1998" for 2005).
    ("The mayor was re-elected in 2013, 2017 and 2021.", ["The mayor was re-elected"] * 3),
    ("The team won the race in 2013, 2017 and 2021.", ["The team wins the race"] * 3),
    ("The river flooded in 1998, 2005 and 2011.", ["The river flooded"] * 3),
    ("Floods in 1998, 2005 and 2011 hit the town.", ["Flood in 1998", "Flood in 2005", "Flood in 2011"]),
])
def test_each_year_of_a_list_gets_its_clauses_title(text: str, titles: list[str]) -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2025\n\n" + text + "\n", id="l")
    assert [c.title for c in extract_mentions(doc)] == titles


@pytest.mark.parametrize("text, titles", [
    # Dates listed together leave the title together; another date opening the sentence is no part of it.
    ("He briefly made an appearance in March and June to unveil the new tablet.",
     ["He briefly makes an appearance to unveil the new tablet"] * 2),
    ("In the late 1980's Apple Computer added audio recording to its Macintosh computers, prompting a suit "
     "in 1989.", ["Apple Computer adds audio recording to its Macintosh computers"] * 2),
    # Coordinated predicates share the subject; each date keeps its own verb.
    ("The plant opened in 1990 and closed in 2005.", ["The plant opens", "The plant closes"]),
    ("Construction is expected to start in the autumn of 2031 and finish by 2033.",
     ["Construction is expected to start", "Construction is expected to finish"]),
    ("The company will cut 500 jobs in 2031 and close two plants in 2032.",
     ["The company will cut 500 jobs", "The company will close two plants"]),
    # Dates coordinated under one predicate share the title.
    ("Talks between Seoul and Tokyo resumed in March 2019 and in May 2020.",
     ["Talks between Seoul and Tokyo resume", "Talks between Seoul and Tokyo resume"]),
    ("The ministers met on May 3, 2021 and May 4, 2021.", ["The ministers meet", "The ministers meet"]),
    # ... also with an adverb before the second date's preposition (it read "The council votes to again")
    ("The council voted to close the library in 1996 and again in 2008.",
     ["The council votes to close the library", "The council votes to close the library again"]),
    ("The team won the cup in 2019 and again in 2023.", ["The team wins the cup", "The team wins the cup again"]),
    # A date that goes on in another leaves the title whole ("since January of this year" is one expression).
    ("Steve Jobs has been on medical leave since January of this year.",
     ["Steve Jobs has been on medical leave"]),
    ("Steve Jobs has been on medical leave since January, this year.",
     ["Steve Jobs has been on medical leave", "Steve Jobs has been on medical leave"]),
    # A second clause with its own subject, which a pronoun takes from the first clause.
    # ("it fell": the tagger is not sure of a past form after "it", so the source's tense stays)
    ("In 2019 the rate rose to 4% and in 2020 it fell to 2%.", ["The rate rises to 4%", "The rate fell to 2%"]),
    ("She founded the firm in 1978 and the firm went public in 1985.",
     ["She founds the firm", "The firm goes public"]),
])
def test_each_date_of_a_coordination_gets_its_own_title(text: str, titles: list[str]) -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2031\n\n" + text + "\n", id="c")
    assert [c.title for c in extract_mentions(doc)] == titles


@pytest.mark.parametrize("text, titles", [
    # a second participle shares the passive's subject and auxiliary, each with its own date
    ("The lighthouse was built in 1896 and automated in 1978.",
     ["The lighthouse was built", "The lighthouse was automated"]),
    ("The senator was elected in 2012 and re-elected in 2018.",
     ["The senator was elected", "The senator was re-elected"]),
    ("The painting was stolen in 1994 and recovered in Oslo in 2003.",
     ["The painting was stolen", "The painting was recovered in Oslo"]),
    ("Police seized the boat, which was registered in Malta in 2015 and sold to a Greek firm in 2019.",
     ["The boat was registered in Malta", "The boat was sold to a Greek firm"]),
    # (a passive that a clause follows is not the second verb's: "that sales tripled … and increased")
    ("It should be noted that sales tripled in 2004 and increased by 16 percent in 2006.",
     ["It should be noted that sales", "It increased by 16 percent"]),
])
def test_each_participle_of_a_coordinated_passive_gets_its_own_title(text: str, titles: list[str]) -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2031\n\n" + text + "\n", id="c")
    assert [c.title for c in extract_mentions(doc)] == titles


@pytest.mark.parametrize("text, title", [
    # The speaker of a reported clause, when it is the only name before the pronoun.
    ("Apple said that it sold 3 million iPads in April.", "Apple sells 3 million iPads"),
    ("Prime Minister Anna Berg said she would resign in May.", "Anna Berg would resign"),
    # Two names before it, or an object pronoun: it stays.
    ("Apple told Microsoft it sold 3 million iPads in April.", "It sells 3 million iPads"),
    ("Anna Berg told Kim Jong-un she would resign in May.", "She would resign"),
])
def test_a_reported_subject_pronoun_takes_the_speaker(text: str, title: str) -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2025\n\n" + text + "\n", id="p")
    assert extract_mentions(doc)[-1].title == title


@pytest.mark.parametrize("text, title", [
    ("The ferry was withdrawn in May. It first sailed in 1987.", "The ferry first sailed"),
    ("The talks collapsed in 2020. They resumed in March 2021.", "The talks resume"),
    ("Maria Lopez, a chemist, joined the firm as a trainee. She was appointed director in 2004.",
     "Maria Lopez was appointed director"),
    # A time that opens the sentence before with no comma is no part of its subject's name ("Monday Valk",
    # "Week Valk": the tagger's NNP for "week")
    ("Irina Valk ran. On Monday Valk was fined. She paid the fine in 2024.", "Irina Valk pays the fine"),
    ("Irina Valk ran. Last week Valk was fined. She paid the fine in 2024.", "Irina Valk pays the fine"),
    ("Yesterday Irina Valk was fined. She paid the fine in 2024.", "Irina Valk pays the fine"),
    ("Last week Kessa Transport was fined. It paid the fine in 2024.", "Kessa Transport pays the fine"),
    # Not the right sort of antecedent: the pronoun stays rather than a wrong name.
    ("On Monday Valk was fined. She paid the fine in 2024.", "She pays the fine"),  # (no given name)
    # (not the speaker "Officials": the clause they told has the one thing of its sort, `_told_subject`)
    ("Officials said the bridge would reopen. It closed in 2019 after a crash.", "The bridge closes after a crash"),
    ("The ferry was withdrawn. She first sailed in 1987.", "She first sailed"),
    ("The talks collapsed. It rained heavily in 2001 across the region.", "It rains heavily across the region"),
])
def test_a_subject_pronoun_takes_the_subject_before_it(text: str, title: str) -> None:
    doc = document_from_text("Headline\n\n" + text + "\n", id="p")
    assert extract_mentions(doc)[-1].title == title


@pytest.mark.parametrize("text, expected", [
    ("Engineers expect the second vessel to return by 2027.", [2027]),  # still ahead: a deadline
    ("By 2019 the firm had 500 stores. It was sold in 2022.", [2022]),  # a state reached by then
    ("The houses were built before 1980.", []),
])
def test_by_a_future_date_is_a_deadline_but_past_bounds_are_not_events(text: str, expected: list[int]) -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2025\n\n" + text + "\n", id="b")
    assert [c.first.year for c in extract_mentions(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    # A superlative or comparative "since" names a yardstick, not a happening of that date.
    ("The streak is the index's best since 1993.", []),
    ("The Dow closed at its lowest level since October 9, 2002.", []),
    # … unless it names what happened then: a fall at least as bad, clearly titled as the previous one.
    ("It was the market's worst fall since 1987.", [(1987, True, "The market's previous worst fall")]),
    # Plain "since" and "first … since" still give their events (the latter an earlier happening).
    ("He has lived in Oslo since 2000.", [(2000, False, "He has lived in Oslo")]),
    ("It was Putin's first visit to the country since 2000.", [(2000, True, "Putin's previous visit to the country")]),
])
def test_comparisons_since_a_date_are_not_events_of_that_date(text: str, expected: list) -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2025\n\n" + text + "\n", id="s")
    assert [(c.first.year, c.inferred, c.title) for c in extract_mentions(doc)] == expected


def test_a_date_inside_a_noun_phrase_dates_that_phrase_not_the_main_verb() -> None:
    text = ("Israel's prime minister apologised to Turkey on Friday for the deaths in the 2010 raid on a "
            "Gaza-bound aid flotilla.")
    doc = document_from_text("Headline\nSaturday, March 23, 2013\n\n" + text + "\n", id="r")
    got = {c.mention.text: (c.first, c.kind, c.title) for c in extract_mentions(doc)}
    assert got["2010"] == (dt.date(2010, 1, 1), "conflict", "The 2010 raid on a Gaza-bound aid flotilla")
    assert got["Friday"][0] == dt.date(2013, 3, 22)
    assert got["Friday"][2].startswith("Israel's prime minister apologised to Turkey")


@pytest.mark.parametrize("text, kinds", [
    # Each date takes the kind of the happening its own clause names.
    ("Putin, who visited Pyongyang in 2000, was elected on Friday.", ["visit", "election"]),
    ("On Friday, Putin, who visited Pyongyang in 2000, was elected president.", ["election", "visit"]),
    ("Jobs stepped down on Friday.", ["resignation"]),
    ("The company, which was founded in 1990, announced on Friday that it had signed a deal.",
     ["founding", "announcement"]),
])
def test_a_dates_kind_is_its_own_clauses_happening(text: str, kinds: list[str]) -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2025\n\n" + text + "\n", id="k")
    assert [c.kind for c in extract_mentions(doc)] == kinds


@pytest.mark.parametrize("text, expected", [
    # A participle's phrase beside a subject whose noun follows names holds its own date: the main clause's
    # news is not of that year ("The Ostrava dam, built in 1962, had been under review" is no 1962 review).
    ("The Ostrava dam, built in 1962 to irrigate the valley's orchards, had been under review since 2019.",
     "The Ostrava dam built to irrigate the valley's orchards"),
    ("The Hollin Library, opened in 1911, lends 30,000 books a year.", "The Hollin Library opened"),
    ("Its Velden plant, closed in 1979, will reopen as a museum.", "Its Velden plant closed"),
    ("Built in 1962, the Ostrava dam had been under review since 2019.", "The Ostrava dam built"),
    # (a subject of a plain noun reads so already)
    ("The bank, founded in 1890, closed its last branch.", "The bank founded"),
])
def test_a_participles_date_dates_its_phrase_whatever_names_open_the_subject(text: str, expected: str) -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2025\n\n" + text + "\n", id="p")
    titles = [c.title for c in extract_mentions(doc) if c.first.year < 1990]
    assert titles == [expected]


@pytest.mark.parametrize("text, expected", [
    # A date that names a thing ("this year's fair") gives no event of its own when a finer date of the
    # sentence, within it, dates what happened there.
    ("Yesterday, at this year's trade fair, the firm showed its new tractor.", [dt.date(2025, 1, 5)]),
    ("The tractor was shown at the firm's 2024 Autumn Fair on October 3, 2024.", [dt.date(2024, 10, 3)]),
    # alone, or with no finer date inside it, it still dates the sentence
    ("The firm showed its new tractor at this year's trade fair.", [dt.date(2025, 1, 1)]),
    # (a proper-named "2024 Autumn Fair" beside another date of the same verb is a model year's shape, and
    # the other date dates the showing: see test_a_model_year_is_read_from_the_sentence_not_a_list_of_makes)
    ("On March 3, 2023, the firm showed the tractor at its 2024 trade fair.",
     [dt.date(2023, 3, 3), dt.date(2024, 1, 1)]),
    # a plain year, not a noun's modifier, keeps its event beside the finer one
    ("In 2024 the firm showed the tractor, and on October 3 it sold the first one.",
     [dt.date(2024, 1, 1), dt.date(2024, 10, 3)]),
])
def test_a_date_naming_a_thing_yields_to_a_finer_date_within_it(text: str, expected: list) -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2025\n\n" + text + "\n", id="f")
    assert sorted(c.first for c in extract_mentions(doc)) == expected


@pytest.mark.parametrize("dateline, expected", [
    ("Monday, January 6, 2025", [("Iraq War", 2003)]),
    # an article written before the period began means something else by the name ("the Iran-Iraq war")
    ("Monday, August 13, 1990", []),
])
def test_a_named_period_that_had_not_begun_is_not_dated_from_the_table(dateline: str, expected: list) -> None:
    doc = document_from_text(f"Headline\n{dateline}\n\nSoldiers captured during the Iraq war were freed.\n", id="p")
    assert [(c.title, c.first.year) for c in extract_mentions(doc) if c.period] == expected


@pytest.mark.parametrize("text, expected", [
    # a company's own period ends on the day given: the period up to that day dates its figures (its days counted
    # back from the day it ended), not the calendar's quarter its name says, nor the day alone (realnews15's 07:
    # "net income for the quarter ended June 30" was no happening of June 30)
    ("Oshkosh said earnings for its fourth quarter ended Sept. 30 fell 50%.",
     [(dt.date(2024, 7, 1), dt.date(2024, 9, 30))]),
    ("For the six months ending June 30, the firm lost $2 million.", [(dt.date(2024, 1, 1), dt.date(2024, 6, 30))]),
    # a calendar quarter on its own still dates what happened in it
    ("The firm lost $2 million in the fourth quarter of 2024.", [(dt.date(2024, 10, 1), dt.date(2024, 12, 31))]),
])
def test_a_period_that_ended_on_a_day_is_dated_by_the_period_up_to_that_day(text: str, expected: list) -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2025\n\n" + text + "\n", id="q")
    assert sorted((c.first, c.last) for c in extract_mentions(doc)) == expected


@pytest.mark.parametrize("dateline, text, expected", [
    # a month opening a clause told in the past is the one before publication
    ("October 25, 1998", "In January, a week after the anniversary of the ruling, a clinic bombing in Birmingham "
     "killed a security guard.", dt.date(1998, 1, 1)),
    # a month in a "will" clause is the one after it
    ("March 4, 1998", "Eileen Collins will be named commander of the shuttle for a mission in December.",
     dt.date(1998, 12, 1)),
    ("Wednesday, August 15, 1990", "The monarch will meet Bush on Monday in Kennebunkport.", dt.date(1990, 8, 20)),
    # after a past verb the date may be a later act's: the tagger's reading stands
    ("November 2, 1989", "The offer had been set to expire Nov. 6.", dt.date(1989, 11, 6)),
    ("February 16, 1999", "Albright has invited the ministers to a ceremony on March 12 to mark the accession.",
     dt.date(1999, 3, 12)),
    # a past verb later in the clause does not make an earlier date past ("... beginning Monday and said ...")
    ("Thursday, November 14, 2024", "The government declared three days of mourning beginning Monday and said "
     "it would release funds.", dt.date(2024, 11, 18)),
])
def test_the_tense_of_its_clause_decides_the_year_of_a_month_or_the_week_of_a_day(
        dateline: str, text: str, expected: dt.date) -> None:
    doc = document_from_text(f"Headline\n{dateline}\n\n{text}\n", id="t")
    assert [c.first for c in extract_mentions(doc)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # an era that modifies a noun names a thing's era, not a happening told of
    ("They shed their Cold War military ties on Friday.", [dt.date(2025, 1, 3)]),
    ("She is a 20th century democrat, he said on Friday.", [dt.date(2025, 1, 3)]),
    # a hyphenated era is a compound adjective, before a noun even when a capitalised adjective comes first
    ("Vandals damaged two 15th-century Flemish tapestries on Friday.", [dt.date(2025, 1, 3)]),
    ("A late-19th-century Venetian palazzo was sold on Friday.", [dt.date(2025, 1, 3)]),
    ("Rebels seized a 1980s-era Chinese howitzer on Friday.", [dt.date(2025, 1, 3)]),
    ("Collectors paid a record for an 18th century Persian carpet on Friday.", [dt.date(2025, 1, 3)]),
    # the era itself, told of, stays
    ("Relations have been close since the Cold War ended.", [dt.date(1947, 1, 1)]),
    ("Prices were low in the 1960s.", [dt.date(1960, 1, 1)]),
    ("In the 16th century Portuguese sailors reached the island.", [dt.date(1500, 1, 1)]),
    ("The bridge was finished in the 19th-century, the guide said on Friday.",
     [dt.date(1800, 1, 1), dt.date(2025, 1, 3)]),
    # a hyphenated century before a conjunction or a preposition is the preposition's object, not an adjective
    ("The church was built in the mid-19th-century and restored on Friday.", [dt.date(1800, 1, 1), dt.date(2025, 1, 3)]),
    ("The chapel was added in the 18th-century by monks.", [dt.date(1700, 1, 1)]),
])
def test_an_era_that_modifies_a_noun_is_no_event(text: str, expected: list) -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2025\n\n" + text + "\n", id="e")
    assert sorted(c.first for c in extract_mentions(doc)) == expected


# --- a title's dangling end ----------------------------------------------------------------------------------
def _undangled_by_substitution(text: str) -> str:
    """`_undangled` as the plain substitution loop it speeds up."""
    from timeline_app.core import extraction
    while True:
        shorter = extraction._DANGLING.sub("", " " + text).strip().rstrip(" ,;:–—-\"“‘(")
        if shorter == text or not shorter:
            return shorter or text
        text = shorter


# (title, what is left of it, how many times the end-anchored pattern was run: only on a title whose last word
# is one it may cut, or has letters other than ASCII ones)
@pytest.mark.parametrize("text, expected, scans", [
    ("Putin visits Pyongyang", "Putin visits Pyongyang", 0),
    ("Putin visits Pyongyang, talks ended ", "Putin visits Pyongyang, talks ended", 0),
    ("Prices rose to a high for", "Prices rose to a high", 1),  # then "high" ends it
    ("The talks, which the company has", "The talks, which the company", 1),
    ("Sales rose 5% or so.", "Sales rose 5%", 1),
    ("The talks he is n't", "The talks he", 2),
    ("The deal he signed isn't", "The deal he signed isn't", 1),
    ("The vote of THE", "The vote", 2),
    ("The vote of Putin ’ſ", "The vote of Putin", 1),  # a long s is an "s" to the case-insensitive pattern
    ("  (", "  (", 0),
])
def test_a_title_loses_its_dangling_words_scanning_only_a_title_that_may_have_them(
        text: str, expected: str, scans: int, monkeypatch) -> None:
    from timeline_app.core import extraction
    calls: list[str] = []
    dangling = extraction._DANGLING

    class Counting:
        def sub(self, repl: str, text: str) -> str:
            calls.append(text)
            return dangling.sub(repl, text)

    assert _undangled_by_substitution(text) == expected
    monkeypatch.setattr(extraction, "_DANGLING", Counting())
    assert extraction._undangled(text) == expected
    assert len(calls) == scans


# --- forecast horizons (extraction._Expectations) -------------------------------------------------------------

def test_forecast_words_before_a_limit_are_those_the_search_finds() -> None:
    rng = random.Random(11)
    pieces = ["expects", "Expect", "sees", "see", "thinks", "forecasts", "projected", "expectsaid", "said", "WAS",
              "were", "had", "hadn't", "through", "until", "2030", "growth", "the", "saidexpects", "_", "über"]
    seps = [" ", " ", " ", ", ", "; ", ",", "-", "'", ""]
    for trial in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 40)))
        start = rng.randint(0, len(text) // 3)
        end = rng.randint(start, len(text))
        expectations = extraction._Expectations(text, start, end)
        # A limit starts at a word boundary: the limit word (a letter) follows a non-word character.
        for limit in range(start, end + 1):
            if limit > 0 and (text[limit - 1].isalnum() or text[limit - 1] == "_"):
                continue
            expected = extraction._EXPECTATION.search(text, start, limit) is not None
            assert expectations.before(limit) == expected, (text, start, end, limit)


class _CountingPattern:
    def __init__(self, pattern) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, *args):
        self.searches += 1
        return self.pattern.search(*args)


def test_a_sentence_of_many_forecast_horizons_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # One long sentence naming 2,000 horizons after publication: each was searched for an expectation from the
    # sentence's start (quadratic in its length); the sentence's forecast words are now found once.
    built: list[int] = []

    class Counted(extraction._Expectations):
        def __init__(self, text: str, start: int, end: int) -> None:
            built.append(start)
            super().__init__(text, start, end)

    searches = _CountingPattern(extraction._EXPECTATION)
    monkeypatch.setattr(extraction, "_Expectations", Counted)
    monkeypatch.setattr(extraction, "_EXPECTATION", searches)
    units = " and ".join(f"analysts expect growth through {2030 + k % 50}" for k in range(2000))
    doc = document_from_text(f"Outlook\nJune 20, 2024\n\nThe outlook is bright {units} in all.\n", id="d")
    extract_mentions(doc)
    assert len(built) == 1 and searches.searches == 0


@pytest.mark.parametrize("clause, rest", [
    ("Last week Valk was fined.", "Valk was fined."),
    ("On Monday Valk was fined.", "Valk was fined."),
    ("Late on Sunday Valk conceded.", "Valk conceded."),
    # no time opens the clause (one later, or none at all: the tagger is then not asked), or a duration does
    ("The council fined Valk on Monday.", "The council fined Valk on Monday."),
    ("The council fined Valk.", "The council fined Valk."),
    ("For two years Valk was fined.", "For two years Valk was fined."),
])
def test_an_opening_time_leaves_the_clause_for_its_subject(clause: str, rest: str) -> None:
    from timeline_app.core.extraction import _without_opening_time
    assert _without_opening_time(clause) == rest


# Every superlative of the pattern, each in a sentence with no other superlative's letters: the sentence's cheap
# test (`_Reading.may_imply`) must let each through ("most severe" by "most"), and "Worst" (capitalised: the
# pattern's words are lower-case) implies nothing, before or after.
@pytest.mark.parametrize("superlative", extraction._SUPERLATIVES.replace(r"most\s+[a-z]+", "most severe").split("|"))
def test_each_superlative_since_a_year_implies_the_previous_happening(superlative: str) -> None:
    doc = document_from_text(f"Headline\nMonday, January 6, 2025\n\nIt was the river's {superlative} flood since 1987.\n",
                             id="s")
    assert [(c.first.year, c.inferred) for c in extract_mentions(doc)] == [(1987, True)]


def test_a_capitalised_superlative_implies_nothing() -> None:
    doc = document_from_text("Headline\nMonday, January 6, 2025\n\nWorst flood since 1987, the river's.\n", id="s")
    assert all(not c.inferred for c in extract_mentions(doc))


@pytest.mark.parametrize("title, expected", [
    ("Putin arrives in Pyongyang", "“Putin arrives in Pyongyang”"),
    ("  Putin arrives in Pyongyang  ", "“Putin arrives in Pyongyang”"),
    ("Jobs resigns as Apple chief", "“Jobs resigns as Apple chief”"),
    ("   ", "doc-id"),  # no title: the id
    ("", "doc-id"),
])
def test_quoted_title_answers_each_title_its_own(title: str, expected: str) -> None:
    # (The elided title is memoised per title: asked in any order, each title gets its own.)
    from timeline_app.core.model import Document
    for _ in range(2):
        assert extraction.quoted_title(Document(id="doc-id", path="p", text="", title=title)) == expected


# --- the sentence-wide tests that spare a rule's search per date (`_Reading.holds`) ---------------------------
def test_the_rescheduling_parts_are_the_stems_of_the_rescheduling_pattern() -> None:
    """`_RESCHEDULING_PARTS` must hold every stem the pattern can match: a stem left out would skip its sentences."""
    import re as _re

    from timeline_app.core import temporal
    stems = _re.match(r"\\b\(\?:([^)]*)\)", temporal._RESCHEDULING_WORDS.pattern).group(1).split("|")
    assert sorted(stems) == sorted(extraction._RESCHEDULING_PARTS)


@pytest.mark.parametrize("sentence, rule", [
    ("Her properties, worth $2 million in October, were sold.", "as_of"),
    ("The stock, then valued at $40 a share on Monday, fell.", "as_of"),
    ("Shops cleared goods with BEST-BEFORE DATES up to July 15.", "as_of"),
    ("Milk carried expiry dates of March 3.", "as_of"),
    ("A judge set a trial date of November 3 for the former manager.", "scheduled"),
    ("A judge set a TRIAL DATE of November 3 for the former manager.", "scheduled"),
    ("The rules take effect with an effective date of January 1.", "scheduled"),
    ("NASA postponed the launch of the lander until March 2026.", "rescheduled"),
    ("The board pushed the vote back to next year.", "rescheduled"),
    ("The vote was delayed until May 4.", "rescheduled"),
    ("The café owners delayed the opening until May 4.", "rescheduled"),  # (not ASCII: the test says yes)
])
def test_a_sentence_a_gated_rule_matches_passes_its_sentence_wide_test(sentence: str, rule: str) -> None:
    """Every date a gated rule answers for lies in a sentence whose sentence-wide test passes (in any case)."""
    doc = document_from_text("Headline\nMonday, January 6, 2025\n\n" + sentence + "\n", id="g")
    start = doc.text.index(sentence)
    end = start + len(sentence)
    dates = [e for e in extraction.temporal_tag(doc.text, reference=doc.published) if start <= e.start < end]
    from timeline_app.core.model import Sentence
    sent = Sentence(start, end)
    reading = extraction._Reading(doc, extraction._Layout(doc), sent, dates)
    answered = []
    for e in dates:
        if rule == "as_of":
            answered.append(extraction.as_of_or_labelled(doc.text, start, e))
            parts = extraction._LABEL_PARTS
        elif rule == "scheduled":
            answered.append(extraction._scheduled_date_title(doc.text, sent, e) is not None)
            parts = extraction._DATE_PART
        else:
            answered.append(extraction.rescheduled_thing(sentence, e.start - start, e.end - start) is not None)
            parts = extraction._RESCHEDULING_PARTS
        assert reading.holds(parts)
    assert any(answered)  # (the rule does answer here: the case is one the test guards)


@pytest.mark.parametrize("sentence", [
    "Shares closed at their lowest level since October 9, 2002.",  # "since" and a superlative
    "Shares closed at their LOWEST LEVEL SINCE October 9, 2002.",
    "It was the ninth eruption since December 2023.",
    "Sales were higher than in 2005.",  # a bare yardstick: "than"
    "Output was down sharply compared with the same period of 2004.",
    "Costs were flat against the same period of 1987.",
    "Acme posted a loss, versus net income of $2.6 million a year earlier.",  # a closed far side: "versus"
    "Acme posted a loss, VERSUS net income of $2.6 million a year earlier.",
    "Revenue rose to $412.5 million from $398.1 million in 1988.",  # "from", no "ago"/"earlier"
    "Bolt said it runs 21 stores, up from nine a year ago.",
    "Acme posted a profit, compared with a year-earlier net loss of $6.2 million.",  # an opened far side
    "Sales rose 5% from year-ago levels.",
    "The café's sales were up 5% from a year ago.",  # (not ASCII: the test says yes)
])
def test_a_comparison_the_grammar_finds_passes_its_sentence_wide_test(sentence: str) -> None:
    """`_Reading.is_comparison` and `compared_side` skip a sentence holding none of `grammar.COMPARISON_PARTS` or
    `grammar.FAR_SIDE_PARTS`: every date the grammar's tests find a comparison at lies in a sentence that holds
    one, and the reading answers as the grammar does for every date."""
    doc = document_from_text("Earnings report\n\nPublished: November 2, 1989\n\n" + sentence + "\n", id="c")
    start = doc.text.index(sentence)
    end = start + len(sentence)
    dates = [e for e in extraction.temporal_tag(doc.text, reference=doc.published) if start <= e.start < end]
    from timeline_app.core.model import Sentence
    reading = extraction._Reading(doc, extraction._Layout(doc), Sentence(start, end), dates)
    found = []
    for e in dates:
        lo, hi = e.start - start, e.end - start
        comparison = grammar.is_comparison_since(sentence, lo, hi) or grammar.is_comparison_baseline(sentence, lo, hi)
        side = grammar.comparison_far_side(sentence, lo, hi)
        assert reading.is_comparison(e) == comparison
        assert reading.compared_side(e) == side
        if comparison:
            assert grammar.may_hold(sentence, 0, len(sentence), grammar.COMPARISON_PARTS)
        if side is not None:
            assert grammar.may_hold(sentence, 0, len(sentence), grammar.FAR_SIDE_PARTS)
        found.append(comparison or side is not None)
    assert any(found)  # (the grammar does find one here: the case is one the test guards)


@pytest.mark.parametrize("mark", ["``", "“", "''", "”", "’", '"', "'", "‘", "`", "„", "«", "»", "‹", "›"])
def test_every_token_read_as_a_quotation_mark_holds_a_quote_token(mark: str) -> None:
    """`_speaker_framed` skips a sentence holding none of `_QUOTE_TOKENS`: each token `_quotation_marks` reads as a
    mark (alone or doubled, as ’’) must hold one, or a quotation would go unframed."""
    from timeline_app.core.grammar import Token
    n = len(mark)
    tokens = [Token("x", 0, 1, "NN"), Token(mark, 1, 1 + n, "``"), Token(mark, 1 + n, 1 + 2 * n, "``")]
    if extraction._quotation_marks(tokens):
        assert any(q in mark + mark for q in extraction._QUOTE_TOKENS)
