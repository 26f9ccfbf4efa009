"""An object relative clause after which/whom puts its antecedent back in the gap after its verb, so the title
says who did what to whom: also when the antecedent opens the sentence (the outer clause's subject: "The ferry,
which they sold in 2001, sank"), when it is a name ("His sister, Maren, whom he visited in 1990, …") and when
the clause's subject is a name or a noun phrase, not a pronoun (`grammar._gap_antecedent`). The outer clause
keeps no date of the relative clause's."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline
from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, date, title", [
    ("The ferry, which they sold in 2001, sank off the coast last winter.", "2001", "They sell the ferry"),
    ("His old school, which he left in 1962, will be demolished.", "1962", "He leaves his old school"),
    ("Her brother, Tomas, whom she visited in 1989, wrote to her.", "1989", "She visits Tomas"),
    ("The coach, whom Kofi Adjei hired in 2017, was sacked on Monday.", "2017", "Kofi Adjei hires the coach"),
    # (unchanged: the antecedent as a verb's object, a pronoun's own verb, no relative word)
    ("The board sold the ferry, which they bought in 1995.", "1995", "They buy the ferry"),
    ("This year they moved in June.", "June", "This year they moved in June"),
])
def test_the_antecedent_goes_back_in_the_gap(sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title


def test_the_outer_clause_keeps_no_date_of_the_relative_clause(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "A life at sea\n\nSunday, June 1, 2025\n\nPeter Moss has fished the bay for fifty years. His sister, Maren, "
        "whom Peter Moss hired in 1971, runs the harbour cafe.\n", encoding="utf-8")
    events = build_timeline([tmp_path], cache=False).events
    of_1971 = [e.title for e in events if e.first.year == 1971]
    assert of_1971 and all("cafe" not in t for t in of_1971) and any("Maren" in t for t in of_1971), of_1971


# s20: after "that" too, and whatever the relative clause's subject (a noun phrase, a name, a pronoun), a date in an
# object relative clause dates that clause's happening, its antecedent back in the gap; the past form the tagger
# reads as a participle there is the clause's past ("built"), and the outer clause's own past after it is the
# sentence's verb ("burned down"). Left alone: a clause that goes on past the date, a complement clause after a
# name ("reported ... that the mayor had resigned"), a subject relative.
@pytest.mark.parametrize("sentence, date, title", [
    ("The lighthouse that the navy built in 1902 still guides ships.", "1902", "The navy builds the lighthouse"),
    ("The mill which the brothers bought in 1921 now houses a museum.", "1921", "The brothers buy the mill"),
    ("The statue that Anna Lindqvist carved in 1988 was stolen.", "1988", "Anna Lindqvist carves the statue"),
    ("The farm that they inherited in 1975 was sold in 2003.", "1975", "They inherit the farm"),
    ("The barn that the farmers raised in 1931 collapsed in 2012.", "1931", "The farmers raise the barn"),
    ("The barn that the farmers raised in 1931 collapsed in 2012.", "2012", "The barn collapses"),
    ("The barn that the farmers raised in 1931 burned down in 2012.", "2012", "The barn burns down"),
    ("The union reported on Friday that the manager had quit.", "Friday", "The union reports that the manager had quit"),
    ("The ferry that sank in 1990 was raised in 1992.", "1990", "The ferry sinks"),
])
def test_a_that_relatives_date_is_its_own_happening(sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title


# s20: another time joined to the date after the relative clause's verb ends that clause too: it is no object.
@pytest.mark.parametrize("sentence, date, title", [
    ("Much of the fear that the floods spread in the spring of 2010 and early 2011 lingers.", "the spring of 2010",
     "The floods spread the fear"),
    ("The bridge that the army built in 1944 and early 1945 still stands.", "1944", "The army builds the bridge"),
])
def test_a_time_joined_to_the_date_ends_the_relative_clause(sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title


# s20: a comma-"which" clause after a noun phrase with prepositional phrases attaches to the phrase's head noun, which
# the title puts back in the gap; an adverb may stand before the clause's verb, a "to" phrase or the date right after
# it. After a verb the preposition's object is the antecedent itself ("sailed to Bergen, which ...").
@pytest.mark.parametrize("sentence, date, title", [
    ("A decade ago, a fisherman snagged a carved wooden figure in his net near Holma, which the museum later dated "
     "to the early 17th century.", "the early 17th century", "The museum later dates a carved wooden figure"),
    ("The two countries agreed a treaty on fishing rights, which the two presidents signed last May.", "last May",
     "The two presidents sign a treaty"),
    ("The council drew up a plan for new housing near the station, which the mayor approved in 2019.", "2019",
     "The mayor approves a plan"),
    ("The crew sailed to Bergen, which the storm had flooded in 1953.", "1953", "The storm had flooded Bergen"),
])
def test_a_which_clause_after_prepositional_phrases_takes_their_head_noun(sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title
