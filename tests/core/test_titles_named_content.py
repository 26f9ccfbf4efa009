"""Titles that named no one or said nothing (realnews19, judged junk): a name cut to its ordinal by a bracketed gloss
("King George Tupou (Pronounced Too-pow) the Fifth of Tonga has also died" → "The Fifth of Tonga has also died"), a
saying verb's title with its content cut away ("The Maldives Elections Commission says", after "said that according
to provisional results, …"), and a measure with no owner though its sentence names who reports it ("Net profit was
$321.6 million" of "MTS, part of Sistema, said net profit was …"). Invented sentences in the same shapes."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.extraction import title_from_sentence
from timeline_app.core.model import Timeline
from timeline_app.core.pipeline import build_timeline


def _title(sentence: str, phrase: str) -> str:
    start = sentence.index(phrase)
    return title_from_sentence(sentence, start, start + len(phrase))


@pytest.mark.parametrize("sentence, phrase, title", [
    # a bracketed gloss inside a name: the name's run goes on through its ordinal; the gloss leaves the title
    ("Queen Mariana Ostrova (pronounced Oss-troh-va) the Second of Veldavia died on Monday.", "on Monday",
     "Queen Mariana Ostrova the Second of Veldavia dies"),
    ("Duke Anton Vell (born Anton Vellner) III resigned on Monday.", "on Monday", "Duke Anton Vell III resigns"),
    # a saying verb's complement: a fronted phrase with no verb is its setting, what was said follows its comma
    ("The Elections Board on Monday said that according to early results, the governor had won the vote.",
     "on Monday", "The Elections Board says that the governor had won the vote"),
    ("Police said on Friday that after a long chase, the suspect was arrested in Dallas.", "on Friday",
     "Police say that the suspect was arrested in Dallas"),
    # a long reported clause: the nouns describing its subject's name go, and the title ends whole a little over
    ("The Veldavian Central Elections Board on Monday said that according to provisional results from the polls, "
     "opposition candidate Marek Ostrowski Vell had won the election after securing 58 percent of votes.",
     "on Monday", "The Veldavian Central Elections Board says that Marek Ostrowski Vell had won the election"),
])
def test_the_title_keeps_the_name_and_what_was_said(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # a bracket after the whole name, before a new noun phrase: the title is as it was
    ("Acme Corp (pictured) closed its plant on Monday.", "on Monday", "Acme Corp closes its plant"),
    ("Acme Corp (ACM) said on Monday that it would close its plant.", "on Monday",
     "Acme Corp says that it would close its plant"),
    # a condition is no setting: without it what was said would say something else
    ("The board said on Monday that if no buyer is found, the plant will close.", "on Monday", "The board says"),
    # a determiner opens the reported subject: nothing describes a name there
    ("The Veldavian Central Elections Board on Monday said that the opposition candidate Marek Ostrowski Vell "
     "had won.", "on Monday",
     "The Veldavian Central Elections Board says that the opposition candidate Marek…"),
])
def test_the_title_is_unchanged_where_nothing_is_glossed_or_fronted(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


_LEAD = "Quarterly results\n\nPublished: May 21, 2012\n\n"


def _titles(tmp_path: Path, body: str, year: int) -> list[str]:
    (tmp_path / "report.txt").write_text(_LEAD + body + "\n", encoding="utf-8")
    return [e.title for e in build_timeline([tmp_path], cache=False).events if e.first.year == year]


def test_an_ownerless_measure_is_the_one_its_sentence_reports(tmp_path: Path) -> None:
    body = "Kestrel, part of the Orbis conglomerate, said net profit was $30.5 million in 2011."
    assert _titles(tmp_path, body, 2011) == ["Kestrel's net profit was $30.5 million"]


def test_a_person_reporting_a_measure_does_not_own_it(tmp_path: Path) -> None:
    body = ("Kestrel's finance chief Anna Berg presented the figures on Monday.\n\n"
            "Berg said net profit was $30.5 million in 2011.")
    assert _titles(tmp_path, body, 2011) == ["Net profit was $30.5 million"]


_BRIEF = "Briefs\n\nPublished: March 24, 2012\n\n"


def _brief_titles(tmp_path: Path, body: str) -> list[str]:
    (tmp_path / "brief.txt").write_text(_BRIEF + body + "\n", encoding="utf-8")
    return [e.title for e in build_timeline([tmp_path], cache=False).events]


def test_a_rite_after_a_death_is_the_dead_persons(tmp_path: Path) -> None:
    body = "The former mayor of Veldon has died. Services were held on Tuesday in the old cathedral."
    assert "Services for the former mayor of Veldon were held in the old cathedral" in _brief_titles(tmp_path, body)


@pytest.mark.parametrize("before", [
    "The former mayor of Veldon opened the new bridge.",  # no death told: whose services is not said
    "He died at the age of 88.",  # a pronoun: no name to give
    "Dozens of residents died in the floods.",  # many dead: no one owner
])
def test_a_rite_keeps_its_title_when_no_one_persons_death_is_told_before(tmp_path: Path, before: str) -> None:
    titles = _brief_titles(tmp_path, before + " Services were held on Tuesday in the old cathedral.")
    assert "Services were held in the old cathedral" in titles


def _year_titles(tmp_path: Path, body: str, year: int) -> list[str]:
    (tmp_path / "brief.txt").write_text(_BRIEF + body + "\n", encoding="utf-8")
    return [e.title for e in build_timeline([tmp_path], cache=False).events if e.first.year == year]


def test_an_age_alone_is_the_person_named_before(tmp_path: Path) -> None:
    body = "Queen Mariana Ostrova has died. The seventy-one-year-old came to power in 1996."
    assert _year_titles(tmp_path, body, 1996) == ["Queen Mariana Ostrova comes to power"]


@pytest.mark.parametrize("body, title", [
    # the age has its noun: the phrase names its person already
    ("Queen Mariana Ostrova has died. The 21-year-old suspect was arrested in 1996.",
     "The 21-year-old suspect was arrested"),
    # no one named before: the age stays
    ("The storm hit the coast. The seventy-one-year-old came to power in 1996.",
     "The seventy-one-year-old comes to power"),
])
def test_an_age_keeps_its_title_without_a_person_to_name(tmp_path: Path, body: str, title: str) -> None:
    assert _year_titles(tmp_path, body, 1996) == [title]


def test_a_pronoun_after_an_age_alone_is_the_person_named_before(tmp_path: Path) -> None:
    body = ("Queen Mariana Ostrova has died. The seventy-one-year-old came to power in 1996, and two years later "
            "she ended feudal rule.")
    titles = [e.title for e in _timeline(tmp_path, body).events if e.first.year == 1998]
    assert titles == ["Queen Mariana Ostrova ends feudal rule"]


def test_a_pronoun_after_an_age_alone_stays_when_no_one_is_named_before(tmp_path: Path) -> None:
    body = ("The storm hit the coast. The seventy-one-year-old came to power in 1996, and two years later "
            "she ended feudal rule.")
    titles = [e.title for e in _timeline(tmp_path, body).events if e.first.year == 1998]
    assert titles == ["She ends feudal rule"]


def _timeline(tmp_path: Path, body: str) -> Timeline:
    (tmp_path / "brief.txt").write_text(_BRIEF + body + "\n", encoding="utf-8")
    return build_timeline([tmp_path], cache=False)
