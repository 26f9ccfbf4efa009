"""Three title shapes judged wrong on real news, each fixed by rule. (1) A comma splice: the dated clause after
a comma whose verb cannot report ("Prices rose, wages fell, the consumers were treated on Friday") is titled by
that clause alone, not as a closing frame reporting the clause before the comma ("The consumers were treated
prices rose"); a reporting verb's frame still takes it. (2) A verb group standing for the date (news' undated
happenings on the news day) keeps its complement: "Deaths have jumped | to 17" is no date's range. (3) A compared
figure in a reported "that" clause names its measure ("Acme Corp.'s net loss was $90 million", not "Previously:
$90 million"). Invented sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.title_helpers import article_title, sentence_title
from timeline_app.core import grammar
from timeline_app.core.pipeline import build_timeline

_FIXTURES = Path(__file__).parent / "fixtures"
_HEAD = "A headline of the story\nMarch 3, 2025\n\n"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Prices rose, wages fell, the consumers were treated on Friday.", "Friday", "The consumers were treated"),
    ("He said that, the cases rose on Monday.", "Monday", "The cases rise"),
    ("The shops closed, the streets emptied, the town was evacuated on Sunday.", "Sunday", "The town was evacuated"),
    ("Police arrived, the suspect fled on Monday.", "Monday", "The suspect flees"),
    # negatives: a reporting verb after the comma still reports the clause before it
    ("Discussions have been renewed, a Justice official said Thursday.", "Thursday",
     "A Justice official says discussions have been renewed"),
    ("The bridge will reopen, the council announced on Monday.", "Monday",
     "The council announces the bridge will reopen"),
    ("The strike ended, the union confirmed on Friday.", "Friday", "The union confirms the strike ended"),
    ('"The bridge will reopen soon," the mayor joked on Friday.', "Friday",
     "The mayor jokes the bridge will reopen soon"),
    ("Talks will resume, the spokesman told reporters on Monday.", "Monday", "The spokesman says talks will resume"),
])
def test_a_comma_spliced_clause_is_titled_alone(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


def _verb_title(sentence: str, verb: str) -> str | None:
    """The headline clause of the verb group written `verb` (as news titles the news day's event of a verb)."""
    a = grammar.analyse_sentence(sentence)
    group = next(g for g in a.groups if g.text == verb)
    return grammar.headline_clause(sentence, a.tokens[group.first].start, a.tokens[group.last].end)


@pytest.mark.parametrize("sentence, verb, title", [
    ("Deaths have jumped to 17.", "have jumped", "Deaths have jumped to 17"),
    ("Confirmed deaths have jumped to 17 while recoveries stand at 14.", "have jumped",
     "Confirmed deaths have jumped to 17"),
    ("The toll has risen to 40 in the region.", "has risen", "The toll has risen to 40 in the region"),
    ("Sales fell to 12 after the recall.", "fell", "Sales fell to 12 after the recall"),
    ("The index has climbed through 5,000.", "has climbed", "The index has climbed through 5,000"),
    # negatives: the complement was kept before too
    ("Deaths have jumped in the region.", "have jumped", "Deaths have jumped in the region"),
])
def test_a_verb_groups_complement_stays(sentence: str, verb: str, title: str) -> None:
    assert _verb_title(sentence, verb) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # a date's range after it still goes with the date
    ("The study ran from 1990 to 1994 in the town.", "1990", "The study runs in the town"),
    ("Prices rose on Friday to 12 percent.", "Friday", "Prices rise to 12 percent"),
])
def test_a_dates_range_still_goes(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


def test_the_news_days_undated_count_keeps_its_figure() -> None:
    events = build_timeline([_FIXTURES / "titles5_toll"], cache=False).events
    titles = [e.title for e in events]
    assert "Confirmed deaths have jumped to 17" in titles, titles


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Acme Corp. said that its net loss was $104 million in the quarter, compared with $90 million a year earlier.",
     "a year earlier", "Acme Corp.'s net loss was $90 million"),
    ("The bakery said on Monday that quarterly revenue was $2.1 million, compared with $1.9 million a year "
     "earlier.", "a year earlier", "Quarterly revenue was $1.9 million"),
    # negatives: a preposition's object is still no measure's subject
    ("Acme said net for the nine months was $254 million, up 56% from $163 million a year earlier.",
     "a year earlier", "Previously: $163 million"),
])
def test_a_compared_figure_in_a_reported_clause_names_its_measure(sentence: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + sentence + "\n", phrase) == title
