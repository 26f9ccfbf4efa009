"""iCalendar: parsed back with the icalendar package, as a calendar program would read it."""
from __future__ import annotations

import datetime as dt
import random
import re

import icalendar
import pytest

from tests.core.publish_cases import HOSTILE_NOTE, HOSTILE_TITLE, TIMELINES, edited, small
from timeline_app.core.export import printable
from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline
from timeline_app.core.publish import FORMATS, ExportOptions, passages, select_events
from timeline_app.core.publish_common import report_title
from timeline_app.core.publish_ics import (
    FOLD_OCTETS, KEY_EVENT, PRODID, description, escape_text, fold_line, ics_bytes)

STAMP = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)


def _vevents(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    return list(calendar.walk("VEVENT"))


@pytest.mark.parametrize("name", sorted(TIMELINES))
def test_every_event_is_an_all_day_vevent(name: str) -> None:
    timeline = TIMELINES[name]()
    events = select_events(timeline, ExportOptions())
    vevents = _vevents(FORMATS["ics"].write(timeline, ExportOptions()))
    assert len(vevents) == len(events)
    for vevent, event in zip(vevents, events):
        assert vevent["DTSTART"].params["VALUE"] == "DATE" and vevent["DTEND"].params["VALUE"] == "DATE"
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date  # not datetimes: all-day
        assert start == event.first and end == event.last + dt.timedelta(days=1)  # DTEND is exclusive
        assert str(vevent["SUMMARY"]) == " ".join(event.title.split())
        assert str(vevent["UID"]) == f"{event.id}@timeline-app"
        assert isinstance(vevent.decoded("DTSTAMP"), dt.datetime)
        description = str(vevent["DESCRIPTION"])
        for p in passages(timeline, event):
            assert f"“{p.sentence}”" in description and p.source_title in description
        categories = vevent.get("CATEGORIES")
        assert ([str(c) for c in categories.cats] if categories else []) == ([KEY_EVENT] if event.starred else [])
    assert len({str(v["UID"]) for v in vevents}) == len(vevents)


def test_lines_are_crlf_and_folded_at_75_octets() -> None:
    data = FORMATS["ics"].write(edited(), ExportOptions())
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75


def test_uids_are_stable_when_the_articles_are_read_again() -> None:
    first = [str(v["UID"]) for v in _vevents(ics_bytes(small(), ExportOptions(), stamp=STAMP))]
    again = [str(v["UID"]) for v in _vevents(ics_bytes(small(), ExportOptions(), stamp=STAMP))]
    assert first and first == again
    assert ics_bytes(small(), ExportOptions(), stamp=STAMP) == ics_bytes(small(), ExportOptions(), stamp=STAMP)


def test_the_users_note_and_markup_come_back_as_text() -> None:
    vevents = _vevents(ics_bytes(edited(), ExportOptions(), stamp=STAMP))
    (retitled,) = [v for v in vevents if str(v["SUMMARY"]).startswith("Edited")]
    assert str(retitled["SUMMARY"]) == HOSTILE_TITLE
    description = str(retitled["DESCRIPTION"])
    assert "Note: " + HOSTILE_NOTE.strip() in description
    assert retitled.decoded("DTSTAMP") == STAMP


def test_a_year_long_event_and_a_reported_one() -> None:
    mention = Mention("d", 0, 4, "2000", 0, 4, dated=False)
    year = Event("ev-y", "Year", dt.date(2000, 1, 1), dt.date(2000, 12, 31), Precision.YEAR, (mention,))
    reported = Event("ev-r", "Shares fell", dt.date(2013, 3, 22), dt.date(2013, 3, 22), Precision.DAY, (mention,),
                     reported=True, explanation="reported on 22 March 2013")
    vevents = _vevents(ics_bytes(Timeline(events=(year, reported)), ExportOptions(), stamp=STAMP))
    assert vevents[0].decoded("DTEND") == dt.date(2001, 1, 1)
    assert str(vevents[1]["DESCRIPTION"]).startswith("on or shortly before 22 March 2013\n\nHow the date was found:")


# ---- TEXT escaping and line folding, written here since the icalendar package stopped writing the file ----

@pytest.mark.parametrize("text, escaped", [
    ("plain words", "plain words"),
    ("Oslo, Lima; Hanoi", "Oslo\\, Lima\\; Hanoi"),
    ("C:\\temp\\new", "C:\\\\temp\\\\new"),  # a backslash before "n" is still a backslash, not a line break
    ("a\\,b", "a\\\\\\,b"),  # an escape-looking pair in the text is escaped, not passed through
    ("ends with \\", "ends with \\\\"),
    ("one\ntwo", "one\\ntwo"),
    ("one\r\ntwo", "one\\ntwo"),  # CRLF is one line break
    ("one\rtwo", "one\\ntwo"),  # so is a lone CR (old Mac files)
    ("one\n\r\ntwo", "one\\n\\ntwo"),
    ("tab\there", "tab\there"),  # HTAB is allowed in TEXT
    ("bell\x07 and\x00 nul\x1b\x7f", "bell and nul"),  # other controls are not
    ('time: "12:30"', 'time: "12:30"'),  # colon and quote need no escape in a value
    ("caf\udce9.txt", "caf\\\\xe9.txt"),  # an undecodable byte, shown as the other exports show it
    ("Zürich — “quoted” 東京 🎉", "Zürich — “quoted” 東京 🎉"),
])
def test_text_escaping(text: str, escaped: str) -> None:
    assert escape_text(text) == escaped
    # and a strict reader gets the text back (controls dropped, line breaks as "\n")
    expected = printable(text).replace("\r\n", "\n").replace("\r", "\n")
    expected = "".join(c for c in expected if c in "\t\n" or not (ord(c) < 32 or ord(c) == 127))
    assert _strict_unescape(escaped) == expected


def _strict_unescape(value: str) -> str:
    """RFC 5545 3.3.11 read in one pass (icalendar's reader replaces pair by pair, so it reads "\\\\n" as a
    backslash and a line break)."""
    def one(m: re.Match[str]) -> str:
        return "\n" if m.group(1) in "nN" else m.group(1)
    assert not re.search(r"(?<!\\)(?:\\\\)*\\(?![\\;,nN])", value), "a lone backslash"
    return re.sub(r"\\([\\;,nN])", one, value)


def _physical_lines(folded: bytes) -> list[bytes]:
    lines = folded.split(b"\r\n")
    assert all(line.startswith(b" ") for line in lines[1:])
    return lines


def _check_folding(line: str, folded: bytes) -> None:
    lines = _physical_lines(folded)
    assert all(len(x) <= 75 for x in lines)
    assert len(lines[0]) <= FOLD_OCTETS
    for x in lines:
        x.decode("utf-8")  # never a character's bytes split across two lines
        run = len(x) - len(x.rstrip(b"\\"))
        assert x is lines[-1] or run % 2 == 0, "a line ends inside an escape"
    assert b"".join([lines[0]] + [x[1:] for x in lines[1:]]) == line.encode("utf-8")  # unfolds to the line


@pytest.mark.parametrize("line, widths", [
    ("", [0]),
    ("x" * 74, [74]),  # fits: not folded
    ("x" * 75, [74, 1 + 1]),  # one octet over: the rest on a continuation line after a space
    ("x" * 148, [74, 1 + 74]),
    ("x" * 149, [74, 1 + 74, 1 + 1]),
    ("x" * 73 + "é", [73, 1 + 2]),  # "é" is two octets: 73 + 2 > 74, it moves whole to the next line
    ("x" * 72 + "é", [74]),
    ("x" * 72 + "€x", [72, 1 + 4]),  # a three-octet character never split
    ("x" * 71 + "🎉" + "y", [71, 1 + 5]),  # a four-octet one neither
    ("é" * 100, [74, 1 + 74, 1 + 52]),
    ("東" * 60, [72, 1 + 72, 1 + 36]),
    ("x" * 73 + "\\,y", [73, 1 + 3]),  # "\," is not split: the fold comes before the backslash
    ("x" * 72 + "\\\\y", [74, 1 + 1]),  # "\\" whole on the first line
    ("x" * 73 + "\\\\y", [73, 1 + 3]),
    ("x" * 71 + "\\\\\\;y", [73, 1 + 3]),  # "\\" "\;": after the pair, before the escape
])
def test_line_folding(line: str, widths: list[int]) -> None:
    folded = fold_line(line)
    _check_folding(line, folded)
    assert [len(x) for x in _physical_lines(folded)] == widths


@pytest.mark.parametrize("seed", range(40))
def test_folding_random_lines_of_mixed_width_characters_and_escapes(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = ["a", " ", "é", "€", "東", "🎉", "\\\\", "\\,", "\\;", "\\n", "“"]
    line = "DESCRIPTION:" + "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 400)))
    _check_folding(line, fold_line(line))


def _tricky_timeline() -> Timeline:
    """Titles, notes and sources that need escaping and folding: long non-ASCII titles, CR/LF in notes,
    commas, semicolons and backslashes, a year long event and one before year 1000."""
    text = ("Le sommet de Genève, le 3 mars 2021; « la paix » \\ fut signé — 東京でも同日に会談が行われた。\r\n"
            "Ligne suivante. " * 3)
    doc = Document("d1", "/x/d1.txt", text, "Le Monde, édition; spéciale \\ du soir", dt.date(2021, 3, 4),
                   (Sentence(0, len(text)),))
    at = text.index("3 mars")
    mention = Mention("d1", at, at + 11, text[at:at + 11], 0, len(text))
    long_title = "Sommet à Genève: accord signé, « une étape historique »; 東京での首脳会談 🎉 " * 3
    events = (
        Event("ev-1", long_title, dt.date(2021, 3, 3), dt.date(2021, 3, 3), Precision.DAY, (mention,),
              note="Check, please;\r\nsecond line\rthird line\nwith a back\\slash", starred=True),
        Event("ev-2", "Year; long, event", dt.date(2000, 1, 1), dt.date(2000, 12, 31), Precision.YEAR, (mention,)),
        Event("ev-3", "Old", dt.date(987, 7, 3), dt.date(987, 7, 3), Precision.DAY, (mention,)),
        Event("ev,4;x", "Id with separators", dt.date(2021, 3, 5), dt.date(2021, 3, 5), Precision.DAY, (mention,)),
    )
    return Timeline(documents=(doc,), events=events)


def test_tricky_text_parses_back_intact() -> None:
    timeline = _tricky_timeline()
    data = ics_bytes(timeline, ExportOptions(), stamp=STAMP)
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and max(len(x) for x in lines) <= 75 and b"\n" not in b"".join(lines)
    for x in lines:
        x.decode("utf-8")
    calendar = icalendar.Calendar.from_ical(data)
    # A non-standard property is TEXT (RFC 5545 3.8.8.2), escaped as such; icalendar reads it raw.
    assert _strict_unescape(calendar.decoded("X-WR-CALNAME")) == "Chronology: Le Monde, édition; spéciale \\ du soir"
    vevents = list(calendar.walk("VEVENT"))
    events = select_events(timeline, ExportOptions())
    assert [str(v["UID"]) for v in vevents] == [f"{e.id}@timeline-app" for e in events]
    for vevent, event in zip(vevents, events):
        assert str(vevent["SUMMARY"]) == " ".join(event.title.split())
        assert vevent.decoded("DTSTART") == event.first
        assert vevent.decoded("DTEND") == event.last + dt.timedelta(days=1)
        assert str(vevent["DESCRIPTION"]) == description(timeline, event)
    first = next(v for v in vevents if str(v["UID"]) == "ev-1@timeline-app")
    assert "Note: Check, please;\nsecond line\nthird line\nwith a back\\slash" in str(first["DESCRIPTION"])
    assert [str(c) for c in first["CATEGORIES"].cats] == [KEY_EVENT]


def test_a_large_calendar_parses_back_with_every_event_date_and_description() -> None:
    from benchmarks.export_speed import make_timeline

    timeline = make_timeline(1500, seed=7)
    data = ics_bytes(timeline, ExportOptions(), stamp=STAMP)
    events = select_events(timeline, ExportOptions())
    vevents = _vevents(data)
    assert len(vevents) == len(events) == 1500
    for vevent, event in zip(vevents, events):
        assert str(vevent["UID"]) == f"{event.id}@timeline-app"
        assert (vevent.decoded("DTSTART"), vevent.decoded("DTEND")) == (event.first, event.last + dt.timedelta(days=1))
        assert str(vevent["SUMMARY"]) == event.title
        assert str(vevent["DESCRIPTION"]) == description(timeline, event)
        assert vevent.decoded("DTSTAMP") == STAMP
        assert ("CATEGORIES" in vevent) == event.starred


def _icalendar_writes(timeline: Timeline, stamp: dt.datetime) -> bytes:
    """The same calendar as the icalendar package writes it: the reference the file is compared with."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", report_title(timeline))
    for event in select_events(timeline, ExportOptions()):
        vevent = icalendar.Event()
        vevent.add("uid", f"{event.id}@timeline-app")
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", event.first)
        vevent.add("dtend", event.last + dt.timedelta(days=1))
        vevent.add("summary", " ".join(event.title.split()))
        vevent.add("description", description(timeline, event))
        vevent.add("transp", "TRANSPARENT")
        if event.starred:
            vevent.add("categories", [KEY_EVENT])
        calendar.add_component(vevent)
    return calendar.to_ical()


@pytest.mark.parametrize("name", ["edited", "bench"])
def test_the_file_is_the_bytes_icalendar_wrote(name: str) -> None:
    from benchmarks.export_speed import make_timeline

    timeline = edited() if name == "edited" else make_timeline(300)
    assert ics_bytes(timeline, ExportOptions(), stamp=STAMP) == _icalendar_writes(timeline, STAMP)
