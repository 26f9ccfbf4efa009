"""core/publish.py: the choice of events, passages, and the CSV/JSON exports (the `extract` contract plus
the user's note, star and edited flag), each read back with its own parser."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.publish_cases import HOSTILE_NOTE, TIMELINES, edited, seeds
from timeline_app.core.export import CSV_COLUMNS, printable, timeline_csv, timeline_dict
from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline
from timeline_app.core.publish import FORMATS, ExportError, ExportOptions, format_for_suffix, passages, \
    select_events
from timeline_app.core.publish_common import _flow, clean_text, one_line


def test_the_contracts_formats_are_all_there() -> None:
    assert set(FORMATS) == {"csv", "json", "timelinejs", "ics", "markdown", "html"}
    for key, fmt in FORMATS.items():
        assert fmt.key == key and fmt.label and fmt.suffix.startswith(".")


@pytest.mark.parametrize("suffix, key", [(".csv", "csv"), (".json", "json"), (".ics", "ics"), (".md", "markdown"),
                                         (".HTML", "html"), (".htm", "html"), (".txt", None)])
def test_format_for_suffix(suffix: str, key: str | None) -> None:
    found = format_for_suffix(suffix)
    assert (found.key if found else None) == key


# ---- choosing events ---------------------------------------------------------------------------------

def _timeline() -> Timeline:
    text = "Alpha met Beta on 2 May 2021. Gamma left in 1999. Delta came on 3 May 2021 too."
    s1, s2, s3 = text.index("Alpha"), text.index("Gamma"), text.index("Delta")
    sentences = (Sentence(s1, s2 - 1), Sentence(s2, s3 - 1), Sentence(s3, len(text)))
    a = Document("a", "/a.txt", text, "Article A", sentences=sentences)
    b = Document("b", "/b.txt", text, "Article B", sentences=sentences)

    def mention(doc: str, phrase: str, sentence: Sentence) -> Mention:
        at = text.index(phrase)
        return Mention(doc, at, at + len(phrase), phrase, sentence.start, sentence.end)

    may = Event("e-may", "Meeting", dt.date(2021, 5, 2), dt.date(2021, 5, 2), Precision.DAY,
                (mention("a", "2 May 2021", sentences[0]), mention("b", "3 May 2021", sentences[2])),
                sentence=text[s1:s2 - 1], starred=True)
    year = Event("e-1999", "Departure", dt.date(1999, 1, 1), dt.date(1999, 12, 31), Precision.YEAR,
                 (mention("b", "1999", sentences[1]),))
    # deliberately out of date order: exports sort
    return Timeline(documents=(a, b), events=(may, year))


def test_select_events_sorts_by_date() -> None:
    assert [e.id for e in select_events(_timeline(), ExportOptions())] == ["e-1999", "e-may"]


def test_select_events_keeps_only_the_chosen_sources_and_their_mentions() -> None:
    chosen = select_events(_timeline(), ExportOptions(sources=frozenset({"b"})))
    assert [e.id for e in chosen] == ["e-1999", "e-may"]
    may = chosen[1]
    assert [m.document for m in may.mentions] == ["b"]
    assert may.sentence == "Delta came on 3 May 2021 too."  # not a sentence of the source left out
    assert [e.id for e in select_events(_timeline(), ExportOptions(sources=frozenset({"a"})))] == ["e-may"]
    assert select_events(_timeline(), ExportOptions(sources=frozenset())) == ()


def test_select_events_starred_only() -> None:
    assert [e.id for e in select_events(_timeline(), ExportOptions(starred_only=True))] == ["e-may"]


def test_an_unknown_grouping_is_refused() -> None:
    with pytest.raises(ExportError, match="source or kind"):
        ExportOptions(group_by="colour")


def test_passages_quote_each_sentence_once_with_its_phrase_and_source() -> None:
    (year, may) = select_events(_timeline(), ExportOptions())
    (p,) = passages(_timeline(), year)
    assert (p.before, p.phrase, p.after) == ("Gamma left in ", "1999", ".")
    assert p.source_title == "Article B" and p.published == "" and p.sentence == "Gamma left in 1999."
    assert [q.document for q in passages(_timeline(), may)] == ["a", "b"]


def test_passages_flow_white_space_drop_controls_and_cut_run_on_sentences() -> None:
    text = "Before\n\n the\tword \x00\x0b" + "x " * 400 + "on 2 May 2021 " + "y " * 400 + "end."
    start = text.index("2 May 2021")
    doc = Document("d", "/d.txt", text, "T\x07itle\nbroken", sentences=(Sentence(0, len(text)),))
    event = Event("e", "E", dt.date(2021, 5, 2), dt.date(2021, 5, 2), Precision.DAY,
                  (Mention("d", start, start + 10, "2 May 2021", 0, len(text)),))
    (p,) = passages(Timeline(documents=(doc,), events=(event,)), event)
    assert p.phrase == "2 May 2021" and p.source_title == "Title broken"
    assert p.before.startswith("…x ") and p.before.endswith("x on ") and len(p.before) <= 301
    assert p.after.startswith(" y") and p.after.endswith("y…") and len(p.after) <= 301
    assert "\x00" not in p.sentence and "\n" not in p.sentence


# ---- CSV and JSON: the extract contract plus note, starred, edited ----------------------------------

@pytest.mark.parametrize("name", sorted(TIMELINES))
def test_csv_is_the_extract_csv_plus_the_users_columns(name: str) -> None:
    timeline = TIMELINES[name]()
    rows = list(csv.reader(io.StringIO(FORMATS["csv"].write(timeline, ExportOptions()).decode("utf-8"),
                                       newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS + ("note", "starred", "edited")
    ordered = Timeline(timeline.documents, select_events(timeline, ExportOptions()), timeline.problems)
    contract = list(csv.reader(io.StringIO(timeline_csv(ordered), newline="")))
    assert [r[:len(CSV_COLUMNS)] for r in rows] == contract  # the extract columns, value for value
    by_id = {e.id: e for e in timeline.events}
    for row in rows[1:]:
        event = by_id[row[0]]
        assert row[-3:] == [event.note, str(event.starred).lower(), str(event.edited).lower()]


def test_csv_keeps_a_multi_line_note_in_one_cell() -> None:
    rows = list(csv.DictReader(io.StringIO(FORMATS["csv"].write(edited(), ExportOptions()).decode("utf-8"),
                                           newline="")))
    noted = [r for r in rows if r["note"]]
    assert noted and noted[0]["note"] == HOSTILE_NOTE and noted[0]["starred"] == "true"


def test_extracts_csv_did_not_change() -> None:
    header = timeline_csv(Timeline()).splitlines()
    assert header == [",".join(CSV_COLUMNS)]


@pytest.mark.parametrize("name", sorted(TIMELINES))
def test_json_is_the_extract_json_plus_the_users_fields(name: str) -> None:
    timeline = TIMELINES[name]()
    data = json.loads(FORMATS["json"].write(timeline, ExportOptions()))
    ordered = Timeline(timeline.documents, select_events(timeline, ExportOptions()), timeline.problems)
    contract = timeline_dict(ordered)
    assert data["documents"] == contract["documents"] and data["problems"] == contract["problems"]
    assert len(data["events"]) == len(contract["events"])
    for got, want, event in zip(data["events"], contract["events"], ordered.events):
        assert {k: v for k, v in got.items() if k not in ("note", "starred", "edited")} == want
        assert (got["note"], got["starred"], got["edited"]) == (event.note, event.starred, event.edited)


def test_json_with_options_lists_only_the_chosen_sources() -> None:
    timeline = seeds()
    chosen = timeline.documents[1].id
    data = json.loads(FORMATS["json"].write(timeline, ExportOptions(sources=frozenset({chosen}))))
    assert [d["id"] for d in data["documents"]] == [chosen]
    assert data["events"] and all(m["document"] == chosen for e in data["events"] for m in e["mentions"])


def test_json_starred_only_on_the_edited_timeline() -> None:
    data = json.loads(FORMATS["json"].write(edited(), ExportOptions(starred_only=True)))
    starred = [e for e in edited().events if e.starred]
    assert [e["id"] for e in data["events"]] == [e.id for e in starred] and len(starred) == 2


def test_an_event_made_by_the_edits_layer_round_trips() -> None:
    assert any(e.id == "added-1" and e.edited for e in edited().events)
    data = json.loads(FORMATS["json"].write(edited(), ExportOptions()))
    (got,) = [e for e in data["events"] if e["id"] == "added-1"]
    assert (got["start"], got["end"], got["precision"]) == ("2024-06", "2024-06", "month")
    assert got["note"] == "A second line\nand a third" and got["edited"] is True
    assert got["mentions"][0]["dated"] is False


# ---- any text at all: every format writes valid UTF-8 that its own parser reads -----------------------

def _parse_each(timeline: Timeline) -> None:
    import icalendar
    from markdown_it import MarkdownIt

    from tests.core.publish_cases import parse_html

    out = {key: fmt.write(timeline, ExportOptions()) for key, fmt in FORMATS.items()}
    text = {key: data.decode("utf-8") for key, data in out.items()}  # strict: no lone surrogate got through
    assert len(list(csv.reader(io.StringIO(text["csv"], newline="")))) == 1 + len(timeline.events[0].mentions)
    assert json.loads(text["json"])["events"][0]["title"] == timeline.events[0].title
    assert json.loads(text["timelinejs"])["events"][0]["start_date"] == {"year": 2021, "month": 5, "day": 2}
    (vevent,) = icalendar.Calendar.from_ical(out["ics"]).walk("VEVENT")
    assert vevent.decoded("DTSTART") == dt.date(2021, 5, 2)
    for page in (parse_html(text["html"]), parse_html(MarkdownIt("commonmark").render(text["markdown"]))):
        assert page.find_all("blockquote")


@settings(max_examples=40, deadline=None)
@given(title=st.text(max_size=30), note=st.text(max_size=30), doc_title=st.text(max_size=30),
       around=st.text(max_size=30))
def test_any_text_writes_and_parses_back_in_every_format(title: str, note: str, doc_title: str,
                                                          around: str) -> None:
    text = f"{around} 2 May 2021 {around}."
    at = text.index("2 May 2021")
    document = Document("d", "/d.txt", text, doc_title, published=dt.date(2021, 5, 3),
                        sentences=(Sentence(0, len(text)),))
    event = Event("ev-1", title, dt.date(2021, 5, 2), dt.date(2021, 5, 2), Precision.DAY,
                  (Mention("d", at, at + 10, "2 May 2021", 0, len(text)),), note=note, starred=True)
    _parse_each(Timeline(documents=(document,), events=(event,)))


def test_a_lone_surrogate_from_a_file_name_is_shown_not_fatal() -> None:
    text = "On 2 May 2021 it opened."
    document = Document("caf\udce9", "/caf\udce9.txt", text, "caf\udce9", sentences=(Sentence(0, len(text)),))
    event = Event("ev-1", "Opened \ud800", dt.date(2021, 5, 2), dt.date(2021, 5, 2), Precision.DAY,
                  (Mention("caf\udce9", 3, 13, "2 May 2021", 0, len(text)),))
    _parse_each(Timeline(documents=(document,), events=(event,)))
    assert "caf\\xe9" in FORMATS["html"].write(Timeline(documents=(document,), events=(event,)),
                                               ExportOptions()).decode("utf-8")


@pytest.mark.parametrize("seed", range(30))
def test_text_cleaning_takes_its_quick_path_only_where_it_changes_nothing(seed: int) -> None:
    """clean_text, one_line and the passages' flow skip their regular expressions for printable text; on
    any text they give what the expressions give."""
    def clean(t: str) -> str:
        return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", printable(t)).replace("\r\n", "\n").replace("\r", "\n")

    rng = random.Random(seed)
    alphabet = ["a", "Z", " ", "  ", "\t", "\n", "\r", "\r\n", "\x00", "\x1b", "\x7f", "\xa0", "\u2028", "\u3000",
                "\x85", "\x1c", "é", "東", "🎉", "\udce9", "\ud800", "\u200b", "…"]
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        assert clean_text(text) == clean(text)
        assert one_line(text) == re.sub(r"\s+", " ", clean(text)).strip()
        assert _flow(text) == re.sub(r"\s+", " ", clean(text))
