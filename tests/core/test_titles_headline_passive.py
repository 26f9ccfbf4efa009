"""A headline's bare past form before a preposition is a passive participle with its auxiliary dropped, as
headlines write them ("Driver jailed for crash", "Second man sent to prison"): the title keeps it as written, never
"Driver jails for crash" (real news, docs/realnews_judgement.md class 6: a wire brief's "... sent to prison" titled
"Second man sends to prison"). Invented briefs; a sentence's past keeps its headline present."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline
from tests.core.title_helpers import sentence_title

_HEAD = "Briefs\n\nMarch 6, 2019\n\nWORLD\nFerry service resumes\nThe ferry resumed on Tuesday after a storm.\nNATION\n"
_LEAD = "\nA woman was ordered on Tuesday to serve four years, the court said.\n"


def _titles(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "briefs.txt"
    path.write_text(text, encoding="utf-8")
    return [e.title for e in build_timeline([path], cache=False).events]


@pytest.mark.parametrize("headline, verb", [
    ("Second driver convicted in bank plot sent to prison", "sent"),
    ("Former mayor accused of fraud sent to jail", "sent"),
    ("Driver jailed for crash", "jailed"),
    ("Cyclist sent to prison for arson", "sent"),
])
def test_a_brief_headlines_past_form_stays_passive(tmp_path: Path, headline: str, verb: str) -> None:
    titles = _titles(tmp_path, _HEAD + headline + _LEAD)
    subject = headline.split()[0]
    mine = [t for t in titles if subject in t]
    assert mine and all(verb in t.split() for t in mine), titles


@pytest.mark.parametrize("headline, verb, title", [
    ("Driver jailed for crash", "jailed", "Driver jailed for crash"),
    ("Cyclist sent to prison for arson", "sent", "Cyclist sent to prison for arson"),
    # a participle only: a past tense that is no participle keeps its present reading
    ("Shares rose to a record", "rose", "Shares rise to a record"),
])
def test_a_headline_line_keeps_its_participle(headline: str, verb: str, title: str) -> None:
    assert sentence_title(headline, verb) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # a sentence's past before a preposition is its verb, in the headline present
    ("The ferry sailed for Oslo on Monday with forty passengers.", "Monday",
     "The ferry sails for Oslo with forty passengers"),
    ("The driver was jailed for the crash on Monday.", "Monday", "The driver was jailed for the crash"),
])
def test_a_sentences_past_keeps_the_headline_present(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
