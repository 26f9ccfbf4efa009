"""Undated happenings of an article's body that its grammar used to hide from the day's news: a subject counted by
an opening preposition, a present-tense clause after a past main verb, and a past perfect shifted back by a
reporting verb. All sentences are invented."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import COUNCIL_ARTICLE, body_news, council_reported_words


@pytest.mark.parametrize("sentence, words", [
    # An opening preposition that bounds a number counts the subject: its clause is the main one, not an
    # opening phrase, and the attribution after the comma is not the main verb.
    ("About 300 new shares were issued, the company said.", ["were issued"]),
    ("At least 40 people died in the fire, police said.", ["died"]),
    ("Up to 300 residents were evacuated, officials said.", ["were evacuated"]),
    ("At least 40 people were hurt, police said.", ["were hurt"]),
    ("Over 20 firemen were injured, the chief said.", ["were injured"]),
    # (one whose verb does not end the clause was found before: "died in the fire")
    # (a preposition that opens a phrase of its own still does)
    ("In a written statement, the mayor said nothing.", []),
])
def test_a_subject_counted_by_an_opening_preposition_keeps_its_clause(sentence: str, words: list[str]) -> None:
    assert council_reported_words(sentence) == words


@pytest.mark.parametrize("sentence, words", [
    ("A federal appeals court has reinstated his convictions.", ["has reinstated"]),
    ("The appeals court ruled that the fine was too high.", ["ruled"]),
])
def test_a_subject_whose_head_a_plural_modifies_keeps_its_verb(sentence: str, words: list[str]) -> None:
    # (the head noun was read as the plural's present: "appeals court/VBP")
    assert council_reported_words(sentence) == words


@pytest.mark.parametrize("sentence, words", [
    # A present after a past main verb tells a contrast or a condition, not the time of the past act.
    ("The judge agreed with the defence that, while the hall is insured, the contents are not.", ["agreed"]),
    ("The mayor closed the market until the inspectors finish their work.", ["closed"]),
    # (a past clause still dates it from another happening)
    ("The mayor closed the market while the inspectors were at work.", []),
    ("The mayor closed the market after the inspectors finished their work.", []),
])
def test_a_present_clause_after_a_past_main_verb_is_no_time_of_it(sentence: str, words: list[str]) -> None:
    assert council_reported_words(sentence) == words


@pytest.mark.parametrize("sentence, words", [
    # The speaker's past, shifted back by "said": a reported happening as the simple past would be.
    ("Inspector Lane said one of the two men had been located and released.", ["had been located"]),
    ("Officials said they had decided to close the hall.", ["had decided"]),
    ("The council said it had received three bids for the site.", ["had received"]),
    # background: an adverb, a negation, a state, a stretch of time; and a past before "has said" or "says"
    ("Lane said that earlier inquiries had often fallen short.", []),
    ("Lane said he had never met the two men.", []),
    ("Lane said he had been pleased with the result.", []),
    ("Lane said he had worked at the hall for 20 years.", []),
    ("Lane has said that the firm had bought the site.", []),
    ("Officials say they had decided to close the hall.", []),
])
def test_a_past_perfect_shifted_back_by_a_reporting_verb_is_the_reported_happening(
        sentence: str, words: list[str]) -> None:
    assert council_reported_words(sentence) == words


@pytest.mark.parametrize("sentence, words", [
    # "say" takes a clause, not an object: the noun phrase right after it is its clause's subject, however a
    # phrase or a clause of its own lengthens it.
    ("The council said a plan to sell the hall fell through.", ["fell"]),
    ("Police said two men who robbed the store were arrested.", ["were arrested"]),
    ("Officials said the effort to rescue the miners failed.", ["failed"]),
    ("Police said a man carrying a knife was arrested.", ["was arrested"]),
    # (other reporting verbs take an object: what follows it is no clause of theirs)
    ("The mayor noted the importance that the inspectors have had.", []),
    ("The pastor said a prayer for the victims, who died in the fire.", []),
])
def test_a_long_subject_right_after_say_opens_its_clause(sentence: str, words: list[str]) -> None:
    assert council_reported_words(sentence) == words


@pytest.mark.parametrize("sentence, words", [
    # A past state's or a negated main clause's sentence may join a main clause of its own that tells a
    # happening: that clause is the sentence's news.
    ("Police kept watch outside and about 25 officers were scattered throughout the crowd.", ["were scattered"]),
    ("The hall remained closed, and three inspectors were sent to the site.", ["were sent"]),
    ("No one was hurt, but firemen ordered the evacuation of nearby homes.", ["ordered"]),
    # (not a clause that tells no happening, a present perfect, a time clause or a complement's second clause)
    ("The mayor was pleased and the inspectors were not.", []),
    ("The mayor kept his seat and his deputy has resigned.", []),
    ("The mayor was in Denver when the council met without him.", []),
])
def test_a_happening_joined_to_a_past_state_is_the_news(sentence: str, words: list[str]) -> None:
    assert council_reported_words(sentence) == words


@pytest.mark.parametrize("sentence, words", [
    # A verb inside an aside between dashes or brackets is not the sentence's main verb, nor its clause's.
    ("One of the two men -- police did not say which one -- was arrested.", ["was arrested"]),
    ("One of the two men — police did not say which one — was arrested.", ["was arrested"]),
    ("One of the two men (police did not say which one) was arrested.", ["was arrested"]),
    ("Lane said one of the two men -- he did not know which one -- had been released.", ["had been released"]),
    # (an aside's date still tells of another time; a single dash opens no aside)
    ("The council closed the hall -- it was built in 1920 -- and sold the site.", []),
    ("The inspectors left -- they had found nothing.", ["left"]),
])
def test_an_asides_verb_is_not_the_main_verb(sentence: str, words: list[str]) -> None:
    assert council_reported_words(sentence) == words


@pytest.mark.parametrize("sentence, words", [
    # The early or middle part of the decade of publication is an old time of its own (the council article is
    # of May 1999): the main clause is the day's news.
    ("The hall, which was built in the early 1990s, was closed by the council.", ["was closed"]),
    ("Acme, a builder whose shares peaked in the mid-1990s, sold the site.", ["sold"]),
    # (its late part, or a year's part, may reach the news: the sentence stays dated)
    ("The hall, which was built in the late 1990s, was closed by the council.", []),
    ("Acme, a builder whose shares peaked earlier this year, sold the site.", []),
])
def test_the_early_part_of_the_decade_of_publication_is_an_old_time(sentence: str, words: list[str]) -> None:
    assert council_reported_words(sentence) == words


@pytest.mark.parametrize("sentence, words", [
    # A time still to come after "said" is a detail of the happening it reports (the council article is of May
    # 1999), not the time of the saying or of that happening.
    ("The council said holders of its bonds, due March 15, 2007, have sold them back.", ["have sold"]),
    ("The council said it extended its offer for the site until June 30, 1999.", ["extended"]),
    ("The council said it sold the bonds, which mature in 2005.", ["sold"]),
    # (what is still to come keeps its date; so does a simple past that is no saying)
    ("The council said the sale will close on June 30.", []),
    ("The board declared a special dividend, payable June 15.", []),
])
def test_a_time_to_come_after_said_is_a_detail_of_the_reported_happening(sentence: str, words: list[str]) -> None:
    assert council_reported_words(sentence) == words


@pytest.mark.parametrize("sentence, title", [
    # The news of a reported clause with an aside is titled by that clause, the frame's being cut at the aside.
    ("Lane said one of the two men -- he did not know which one -- had been released.",
     "One of the two men had been released"),
    ("Lane said one of the two men _ he did not know which one _ had been released.",
     "One of the two men had been released"),
    ("One of the two men _ police did not say which one _ was arrested.", "One of the two men was arrested"),
])
def test_a_reported_clause_with_an_aside_is_titled_by_its_own_words(sentence: str, title: str) -> None:
    assert [i.candidate.title for i in body_news(sentence, COUNCIL_ARTICLE)] == [title]
