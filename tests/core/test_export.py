"""Tests for timeline_app.core.export: every row parses back, whatever the text holds."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from timeline_app.core.export import expressions_tsv, timeline_csv, timeline_json
from timeline_app.core.model import Event, Mention, Precision, Problem, TimeExpression, Timeline, TimexType


@pytest.mark.parametrize("text", ["plain", "lone\rcarriage return", "end\r", "tab\there", "line\nbreak",
                                  'quote " and, comma', "caf\udce9"])
def test_csv_and_tsv_rows_parse_back(text: str) -> None:
    shown = text.replace("\udce9", "\\xe9")
    mention = Mention("d", 0, 5, text, 0, 9)
    event = Event("e1", text, dt.date(2024, 1, 2), dt.date(2024, 1, 2), Precision.DAY, (mention,))
    rows = list(csv.reader(io.StringIO(timeline_csv(Timeline(events=(event,))), newline="")))
    assert len(rows) == 2 and rows[1][1] == shown and rows[1][10] == shown
    tsv = expressions_tsv([TimeExpression(0, 5, text, TimexType.DATE, "2024")])
    assert list(csv.reader(io.StringIO(tsv, newline=""), dialect="excel-tab")) == [["0", "5", "DATE", "2024", shown]]


def test_json_problems_carry_their_level_and_escape_undecodable_names() -> None:
    timeline = Timeline(problems=(Problem("/a/caf\udce9.png", "not an article: PNG image", Problem.SKIPPED),
                                  Problem("/a/x.txt", "read as Windows-1252", Problem.WARNING)))
    out = timeline_json(timeline)
    assert "\\udce9" in out
    data = json.loads(out.encode("utf-8"))
    assert data["problems"] == [
        {"path": "/a/caf\udce9.png", "message": "not an article: PNG image", "level": "skipped"},
        {"path": "/a/x.txt", "message": "read as Windows-1252", "level": "warning"},
    ]
