"""Two articles of one happening that the cross-article steps must join: a later article's undated mention of a
happening another article dates (`news.resolve_news`, `merging._attach_undated`), and two outlets' reports
of one day's happening that name its company only at the start of a sentence. All articles are invented
(fixtures/merges/)."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from timeline_app.core import merging
from timeline_app.core.documents import document_from_text
from timeline_app.core.pipeline import build_timeline

MERGES = Path(__file__).parent / "fixtures" / "merges"


def _event_of(events: list, doc_id: str, text: str) -> object:
    """The one event holding document `doc_id`'s mention `text`."""
    holding = [e for e in events for m in e.mentions if m.document == doc_id and m.text == text]
    assert len(holding) == 1, [(e.first, e.title) for e in events]
    return holding[0]


# Published three days after the resignation that dated.txt (fixtures/merges/resignation/) dates on 1 March.
_LATER = "March 4, 2021\n\nAcme looks for a new chief\n\n{}\n\nThe company's shares fell 3% in afternoon trading.\n"


@pytest.mark.parametrize("sentence, word", [
    # The reported clause's verb says when ("resigned": the past), not the reporting frame's present ("says").
    ("Acme Corp. says John Miller resigned after the board meeting in Denver.", "resigned"),
    # A present perfect names a happening of the last few days.
    ("John Miller has resigned from Acme Corp.", "has resigned"),
    ("John Miller resigned from Acme Corp. after the board meeting in Denver.", "resigned"),
])
def test_a_later_articles_undated_sentence_names_the_dated_resignation(tmp_path: Path, sentence: str, word: str
                                                                       ) -> None:
    shutil.copy(MERGES / "resignation" / "dated.txt", tmp_path)
    (tmp_path / "later.txt").write_text(_LATER.format(sentence), encoding="utf-8")
    events = build_timeline([tmp_path]).events
    event = _event_of(events, "later", word)
    assert event.first == dt.date(2021, 3, 1)
    assert {m.document for m in event.mentions} == {"dated", "later"}


def test_a_sentence_start_company_name_still_joins_two_outlets_reports() -> None:
    # Both short pieces print "Ford" only where it opens a sentence; the lexicon knows it as a proper noun.
    events = build_timeline([MERGES / "sentence_start_name"]).events
    event = _event_of(events, "wire", "Tuesday")
    assert {m.document for m in event.mentions} == {"wire", "daily"}
    assert event.first == dt.date(2023, 5, 16)


def test_a_mondays_column_names_saturdays_raid_with_one_name() -> None:
    # "the raid to recover the Harwell paintings", two days after it: one name (Harwell) in common suffices.
    events = build_timeline([MERGES / "follow_up"]).events
    event = _event_of(events, "raid", "Saturday")
    assert {m.document for m in event.mentions} == {"raid", "column"}
    assert event.first == dt.date(2023, 10, 14)


@pytest.mark.parametrize("text, name, proper", [
    ("Ford recalled 212,000 trucks. Ford said no one was hurt.", "Ford", True),
    ("Shell cut its dividend. Shell shares fell.", "Shell", True),
    ("Revenue rose 12%. Revenue rose 14% in the nine months.", "Revenue", False),
    ("Net fell 5%. Net rose later.", "Net", False),
])
def test_only_a_proper_noun_survives_its_sentence_starts(text: str, name: str, proper: bool) -> None:
    doc = document_from_text(text, id="a")
    assert merging._only_at_sentence_starts(doc, name)
    assert merging._proper_noun(name) is proper
