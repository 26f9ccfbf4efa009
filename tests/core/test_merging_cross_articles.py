"""The same happening told by several articles merges into one event; distinct happenings of one story on one
date stay apart. Each row is a pair of invented articles modelled on a miss or a false merge seen in real news
(AQUAINT's NATO enlargement and Elian Gonzalez stories, the SemEval TimeLine Apple set)."""
from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

import timeline_app.core.merging as merging
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.model import Event

from tests.core.test_merging_same_happening import grouping


def _events(articles: dict[str, str]) -> list[Event]:
    docs = [document_from_text(text, id=doc_id) for doc_id, text in articles.items()]
    return merging.merge([c for d in docs for c in extract_mentions(d)], docs)


def _together(events: list[Event], first: dt.date, last: dt.date) -> list[Event]:
    """The events on exactly these dates that more than one article reports."""
    return [e for e in events if (e.first, e.last) == (first, last) and len(set(e.sources)) > 1]


# --- one happening, told by two articles: one event -------------------------------------------------------------
SAME = {
    # The same quotation, opened and closed with other marks, one article naming its speaker, one not.
    "one quotation": (dict(
        a="Pact takes in three members\nMarch 12, 2024\n\n"
          "``Bringing these democracies into the pact helps to calm a region that has long been the staging "
          "ground for most of the wars of this century.''\n",
        b="Lindqvist welcomes new members\nMarch 13, 2024\n\n"
          "\"Bringing these democracies into the pact helps to calm a region that has long been the staging "
          "ground for most of the wars of this century,\" Lindqvist added, referring to the two great wars.\n"),
        (dt.date(2000, 1, 1), dt.date(2099, 12, 31))),
    # One fact copied from a list: one article's words near the date say "adding", the other's "include".
    "one sentence from a list": (dict(
        a="The league grows again\nMay 4, 2024\n\n"
          "Since 1960, it has been enlarged to include Arda and Velm in 1971, Norsk in 1978 and Tavia in 1986.\n",
        b="League admits Corvan\nMay 5, 2024\n\n"
          "The league has grown three times before, adding Arda and Velm in 1971, East Norsk in 1978 and "
          "Tavia in 1986.\n"),
        (dt.date(1986, 1, 1), dt.date(1986, 12, 31))),
    # A name that is a common word ("Baker"), printed alone by one article, and inside the whole name by the
    # other's sentence (which prints it alone elsewhere, as news does after the first mention): one name.
    "a common-word name, alone and in full": (dict(
        a="Baker resigns\nMarch 5, 2024\n\n"
          "On March 4, 2024, Baker resigned as chairman of the Tarvo board.\n",
        b="Tarvo loses its chairman\nMarch 5, 2024\n\n"
          "Helena Baker resigned as chairman on March 4, 2024. Baker had led the board for ten years.\n"),
        (dt.date(2024, 3, 4), dt.date(2024, 3, 4))),
    # The same company named in full by both, with a common word in its name.
    "one company's whole name": (dict(
        a="Varden buys a miller\nOctober 26, 1989\n\n"
          "On October 25, 1989, Varden Holding Group said it acquired Kettle Mills for $30 million.\n",
        b="Miller sold\nOctober 27, 1989\n\n"
          "Kettle Mills was acquired by Varden Holding Group on October 25, 1989.\n"),
        (dt.date(1989, 10, 25), dt.date(1989, 10, 25))),
    # "Unveiled" in one article, "introduced" in the next.
    "unveiled / introduced": (dict(
        a="Norvik shows its new phone\nJune 8, 2024\n\n"
          "Yesterday, chief executive Mira Holt unveiled the Norvik Z phone.\n",
        b="Norvik phone orders open\nJune 20, 2024\n\n"
          "Mira Holt introduced the Norvik Z phone on June 7, 2024, and orders opened this week.\n"),
        (dt.date(2024, 6, 7), dt.date(2024, 6, 7))),
}


@pytest.mark.parametrize("articles, dates", SAME.values(), ids=SAME.keys())
def test_one_happening_told_by_two_articles_is_one_event(articles: dict[str, str], dates: tuple) -> None:
    events = _events(articles)
    together = _together(events, *dates)
    assert len(together) == 1, [(e.first, e.last, e.title, e.sources) for e in events]
    assert set(together[0].sources) == set(articles)


def test_a_window_of_days_folds_into_the_day_within_it_that_says_the_same() -> None:
    # "Less than two weeks ago" is 2 to 16 June: the introduction it tells is the one of 7 June.
    events = _events(dict(
        a="Norvik shows its new phone\nJune 8, 2024\n\n"
          "Yesterday, at its developer forum, Norvik chief executive Mira Holt unveiled the Norvik Z phone.\n",
        b="Norvik swamped by orders\nJune 16, 2024\n\n"
          "The Norvik Z phone was introduced by Norvik chief executive Mira Holt at the company's yearly "
          "developer forum less than two weeks ago.\n"))
    day = _together(events, dt.date(2024, 6, 7), dt.date(2024, 6, 7))
    assert len(day) == 1 and set(day[0].sources) == {"a", "b"}
    assert not [e for e in events if e.first != e.last]  # no window left beside it
    assert "unveil" in day[0].title.lower()  # titled by the day's own mention, not the window's


# --- distinct happenings of one story on one date: apart ------------------------------------------------------
APART = {
    # A rally and a judge's meeting on one day: one name in common (the story's boy).
    "a rally and a meeting, one name": (dict(
        a="Rally in Varna\nMarch 3, 2024\n\n"
          "On March 2, 2024, Ortega attended a rally of dockworkers in Varna to demand Tomas's release.\n",
        b="Court keeps boy in custody\nMarch 3, 2024\n\n"
          "On March 2, 2024, a judge met Tomas's lawyers and ruled that the boy must stay with his cousins.\n"),
        (dt.date(2024, 3, 2), dt.date(2024, 3, 2))),
    # Two deaths in one city on one day: the same kind of happening and one name are not one happening.
    "two deaths in one city": (dict(
        a="Doctor shot in Leeds\nOctober 26, 1998\n\n"
          "On October 25, 1998, a gunman killed a doctor at his home in Leeds.\n",
        b="Leeds mourns its oldest resident\nOctober 27, 1998\n\n"
          "On October 25, 1998, Leeds mourned the death of its oldest resident, aged 112.\n"),
        (dt.date(1998, 10, 25), dt.date(1998, 10, 25))),
    # The same market words next to the date, two companies: no name or number among them.
    "two companies' close": (dict(
        a="Arcon rises\nOctober 26, 1989\n\n"
          "Shares of Arcon rose 5% to close in Oslo Stock Exchange composite trading yesterday.\n",
        b="Belmar falls\nOctober 26, 1989\n\n"
          "Shares of Belmar fell sharply to close in Oslo Stock Exchange composite trading yesterday.\n"),
        (dt.date(1989, 10, 25), dt.date(1989, 10, 25))),
    # Two companies whose names share a common word ("Group"): the whole names differ, so no one is shared.
    "two groups' acquisitions": (dict(
        a="Varden buys a miller\nOctober 26, 1989\n\n"
          "On October 25, 1989, Varden Holding Group Inc. said it acquired Kettle Mills for $30 million.\n",
        b="Mirel buys a reinsurer\nOctober 26, 1989\n\n"
          "On October 25, 1989, Mirel Trust Group said it acquired a reinsurer for $28 million.\n"),
        (dt.date(1989, 10, 25), dt.date(1989, 10, 25))),
    "two banks cleared": (dict(
        a="Ostrava bank cleared\nOctober 28, 1989\n\n"
          "On October 27, 1989, regulators cleared the takeover of Ostrava Savings Bank by a Vienna insurer.\n",
        b="Belmar bank cleared\nOctober 28, 1989\n\n"
          "On October 27, 1989, auditors cleared Belmar Union Bank of any wrongdoing.\n"),
        (dt.date(1989, 10, 27), dt.date(1989, 10, 27))),
    # The same words before the date, other words after it: two statements of one man on one day.
    "one speaker, two statements": (dict(
        a="Vik orders strikes\nMarch 8, 2024\n\n"
          "Norwegian President Arne Vik said on March 7, 2024 that he had ordered the strikes.\n",
        b="Vik on the economy\nMarch 8, 2024\n\n"
          "Norwegian President Arne Vik said on March 7, 2024 the economy is strong.\n"),
        (dt.date(2024, 3, 7), dt.date(2024, 3, 7))),
}


@pytest.mark.parametrize("articles, dates", APART.values(), ids=APART.keys())
def test_distinct_happenings_of_one_story_on_one_date_stay_apart(articles: dict[str, str], dates: tuple) -> None:
    events = _events(articles)
    assert [e for e in events if (e.first, e.last) == dates], "each article reports something on that date"
    assert _together(events, *dates) == []


_CONFERENCE = "Norvik held its yearly developer conference in Oslo on June 8, 2024."
_TABLET = "On June 8, 2024, chief executive Mira Holt of Norvik announced a new tablet."


def test_within_one_article_an_occasion_still_absorbs_with_one_name() -> None:
    # The article's day is one conference: what Norvik did there is part of it. Told by two articles that share
    # only that name, the two stay apart.
    one = _events(dict(a=f"Norvik at its forum\nJune 9, 2024\n\n{_CONFERENCE} {_TABLET}\n"))
    assert [len(e.mentions) for e in one if e.first == dt.date(2024, 6, 8)] == [2]
    two = _events(dict(a=f"Norvik at its forum\nJune 9, 2024\n\n{_CONFERENCE}\n",
                       b=f"A new tablet\nJune 9, 2024\n\n{_TABLET}\n"))
    assert [len(e.mentions) for e in two if e.first == dt.date(2024, 6, 8)] == [1, 1]


# --- the words next to the date (`_echo`) ---------------------------------------------------------------------
def _echo_of(sentence: str, phrase: str, names: frozenset[str] = frozenset()) -> int | None:
    from timeline_app.core.extraction import Candidate
    from timeline_app.core.model import Mention, Precision

    at = sentence.index(phrase)
    mention = Mention("d", at, at + len(phrase), phrase, 0, len(sentence))
    day = dt.date(2024, 1, 1)
    return merging._echo(Candidate(mention, day, day, Precision.YEAR, "event", "t", sentence, names))


@pytest.mark.parametrize("a, b, phrase, same", [
    # Quotation marks and punctuation aside, the same eight words of a quotation.
    ("``the staging ground for many of the disasters of this century.''",
     "\"the staging ground for many of the disasters of this century,\" he added.", "this century", True),
    # A quotation that ends elsewhere after the date: not the same words.
    ("\"the staging ground for many of the disasters of this century,\" he said.",
     "\"the staging ground for many of the disasters of this century and the last,\" he said.", "this century",
     False),
])
def test_the_same_quotation_is_the_same_echo(a: str, b: str, phrase: str, same: bool) -> None:
    ea, eb = _echo_of(a, phrase), _echo_of(b, phrase)
    assert ea is not None and eb is not None
    assert (ea == eb) is same


@pytest.mark.parametrize("sentence, phrase, names, telling", [
    ("Greece and Turkey in 1952, Germany in 1955 and Spain in 1982.", "1982",
     frozenset({"Greece", "Turkey", "Germany", "Spain"}), True),
    # Six words, but none a name or a number: said of every company that day.
    ("Shares fell in New York Stock Exchange composite trading yesterday.", "yesterday", frozenset(), False),
    ("The company said on Monday.", "Monday", frozenset(), False),  # too few words
    ("``It rained a lot in 1982,'' he said.", "1982", frozenset(), False),  # a short quotation
])
def test_which_words_next_to_a_date_are_telling(sentence: str, phrase: str, names: frozenset[str],
                                                telling: bool) -> None:
    assert (_echo_of(sentence, phrase, names) is not None) is telling


@pytest.mark.parametrize("a, b, same", [
    # A clause naming nobody, put differently by two articles: the same things said to happen before the date.
    ("The dam had been under review since inspectors found cracks in its spillway in 1982.",
     "Inspectors had found cracks in the dam's spillway in 1982, and a report recommended repairs.", True),
    ("Since then, engineers have noted that auditors flagged missing ledgers at the depot in 1982.",
     "Auditors had flagged missing ledgers at the depot in 1982.", True),
    # Other things found: not one happening.
    ("The dam had been under review since inspectors found cracks in its spillway in 1982.",
     "Inspectors had found leaks in the dam's tunnel in 1982.", False),
])
def test_a_clause_that_names_nobody_echoes_by_what_it_says(a: str, b: str, same: bool) -> None:
    ea, eb = _echo_of(a, "1982"), _echo_of(b, "1982")
    assert ea is not None and eb is not None
    assert (ea == eb) is same


@pytest.mark.parametrize("sentence", [
    "Shares of Acme fell sharply in heavy composite trading in 1982.",  # a name: the ordinary echo's business
    "Prices fell in 1982.",  # too few words say what happened
    "The old bridge was repaired in 1982.",  # two telling words only ("bridge", "repair")
])
def test_a_nameless_clause_needs_three_telling_words_and_no_name(sentence: str) -> None:
    assert _echo_of(sentence, "1982") is None


# --- the index finds what comparing every pair would, with the counted keys ------------------------------------
_NAMES = ["Weber", "Rossi", "Tanaka", "Okafor", "Lund", "Berg", "Silva", "Novak"]
_SAYINGS = ["visited {b}", "met {b}", "killed a man near {b}", "mourned the death of {b}", "signed a deal with {b}"]


@pytest.mark.parametrize("seed", range(4))
def test_indexed_grouping_equals_scanning_with_counted_keys(seed: int) -> None:
    # Every bucket indexed (scan size 0) against every bucket scanned: occasions that need two names, kind pairs
    # that need two, on four days.
    rows = list(itertools.product(_NAMES, _SAYINGS, _NAMES))[seed::7][:40]
    texts = {f"d{i}": f"Report {i}\nMay 9, 2021\n\nOn May {2 + i % 4}, 2021, {a} {saying.format(b=b)}.\n"
             for i, (a, saying, b) in enumerate(rows)}
    docs = [document_from_text(t, id=k) for k, t in texts.items()]
    candidates = [c for d in docs for c in extract_mentions(d)]
    scanned = grouping(candidates, scan=10 ** 9)
    assert grouping(candidates, scan=0) == scanned
    assert 1 < len(scanned) < len(candidates)  # some merged, not all


def test_the_words_next_to_a_date_are_those_of_the_whole_stretch() -> None:
    # `_last_words` / `_first_words` read a shorter stretch first: the words must be those `findall` gives over
    # the whole `_ECHO_SPAN`, wherever a word is cut by where the shorter stretch starts or ends.
    rng = random.Random(13)
    vocabulary = ["a", "an", "Group", "1989", "said", "x", "acquisition", "Inc.", "''", "co-operation", "Zürich",
                  "internationalisation", "__", "3.5%", "it's"]
    for _ in range(3000):
        sentence = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 60)))
        at = rng.randint(0, len(sentence))
        lo = rng.randint(0, at)
        hi = rng.randint(at, len(sentence))
        for n in (merging._ECHO_BEFORE, merging._ECHO_QUOTED):
            whole = merging._ECHO_WORD.findall(sentence, max(lo, at - merging._ECHO_SPAN), at)[-n:]
            assert merging._last_words(sentence, lo, at, n) == whole
        whole = merging._ECHO_WORD.findall(sentence, at, min(hi, at + merging._ECHO_SPAN))[:merging._ECHO_AFTER]
        assert merging._first_words(sentence, at, hi) == whole


# --- a name that is a common word, printed inside a longer name (`_whole_names`) -------------------------------
@pytest.mark.parametrize("sentence, name, alone, runs", [
    ("Lawrence Insurance Group Inc. said it acquired a reinsurer.", "Group", False, ["Lawrence Insurance Group"]),
    ("Apple CEO Steve Jobs said", "Jobs", False, ["Apple CEO Steve Jobs"]),
    ("Apple's Steve Jobs said", "Jobs", False, ["Steve Jobs"]),  # a possessive ends its own name
    ("President Bush said", "Bush", True, []),  # a role is no part of the name
    ("Jobs said that Steve Jobs", "Jobs", True, ["Steve Jobs"]),
    ("the U.S. Embassy in Nairobi", "Embassy", False, ["U.S. Embassy"]),
])
def test_the_whole_name_a_name_is_printed_in(sentence: str, name: str, alone: bool, runs: list[str]) -> None:
    assert merging._name_runs_with(sentence, name) == (alone, runs)


# --- event ids ------------------------------------------------------------------------------------------------
def test_events_with_the_same_dates_title_and_kind_have_ids_of_their_own_that_stay() -> None:
    said = "No one claimed responsibility on August 7, 1998."
    articles = dict(a=f"Blast in Varna\nAugust 8, 1998\n\n{said}\n", b=f"Varna mourns\nAugust 8, 1998\n\n{said}\n",
                    c=f"Varna again\nAugust 8, 1998\n\n{said}\n")
    events = _events(articles)
    assert len({e.title for e in events}) == 1 and len(events) == 3  # three events `_event_id` names alike
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    # The same input gives the same ids; an event's id does not depend on the order the articles come in.
    again = _events(dict(reversed(list(articles.items()))))
    assert {e.id: e.sources for e in again} == {e.id: e.sources for e in events}


# --- a sentence with no date of its own, copied by two articles (`_copied_sentence`) ------------------------------
def _undated(doc: str, sentence: str, kind: str = "legal"):
    from timeline_app.core.extraction import Candidate, actors_in
    from timeline_app.core.model import Mention, Precision

    day = dt.date(1999, 10, 8)  # both dated by their articles (published that day): no date phrase of their own
    mention = Mention(doc, 0, len(sentence), sentence, 0, len(sentence), dated=False)
    return Candidate(mention, day, day, Precision.DAY, kind, sentence[:50], sentence, frozenset(actors_in(sentence)),
                     inferred=True, reported=True)


@pytest.mark.parametrize("a, b, same", [
    # The wire's sentence, the same last ten words: one happening (no name to pair it by).
    ("The arrest brought to nine the number of people held in connection with the fire.",
     "The latest arrest brought to nine the number of people held in connection with the fire.", True),
    ("The state charge also carries a fine of up to $100,000.",
     "The state charge also carries a fine of up to $100,000.", True),
    # A stock sentence, said of every story: too short to say so.
    ("No one has claimed responsibility.", "No one has claimed responsibility.", False),
    # The same opening, another ending: two happenings.
    ("The arrest brought to nine the number of people held in connection with the fire.",
     "The arrest brought to nine the number of people held in connection with the flood.", False),
    # Ten words with no name and no number: how every day's crime report ends.
    ("The man was taken to a local hospital, where he was pronounced dead.",
     "A teenager was taken to a local hospital, where he was pronounced dead.", False),
    # ...and with the name both print among them: one.
    ("Weber was taken to a local hospital, where he was pronounced dead.",
     "Karl Weber was taken to a local hospital, where he was pronounced dead.", True),
    # The same last ten words, but not the number before them: two.
    ("The arrest brought to nine the number of people held in connection with the fire.",
     "The arrest brought to ten the number of people held in connection with the fire.", False),
])
def test_an_undated_sentence_two_articles_end_alike_is_one_happening(a: str, b: str, same: bool) -> None:
    from timeline_app.core.model import Document

    docs = [Document(d, f"/news/{d}.txt", text, "Report", published=dt.date(1999, 10, 8))
            for d, text in (("a", a), ("b", b))]
    events = merging.merge([_undated("a", a), _undated("b", b)], docs)
    assert len(events) == (1 if same else 2), [(e.title, e.sources) for e in events]


def test_a_name_at_a_line_start_is_read_with_the_rest_of_its_name() -> None:
    # The words before a line break are no part of the name; the name's own words are.
    assert merging._name_runs_with("May 2, 1989\n\nVarden First Holding Corp. said", "Holding") == (
        False, ["Varden Holding"])
    assert merging._name_runs_with("in January.\n\nVarden Holding has $2 billion", "Holding") == (
        False, ["Varden Holding"])
