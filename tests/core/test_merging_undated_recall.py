"""Another article's undated sentence names a dated happening only while it is recent news
(`merging._UNDATED_RECALL`): "Elin Dahl, who underwent heart bypass surgery at Kessel General Hospital, ..." in a
paper of the next year or two is the 2016 surgery's mention; fifteen years on it is not (a writer then dates it,
and an undated sentence sharing its names tells the paper's own day). The articles are invented
(fixtures/undated_recall/: the later article is published on each date of the table)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "undated_recall"


@pytest.mark.parametrize("published, joined", [
    ("May 2, 2017", True),  # the next year
    ("May 2, 2019", True),  # three years after the surgery
    ("May 2, 2031", False),  # fifteen years after
    ("March 9, 2040", False),
])
def test_an_undated_sentence_names_a_happening_of_recent_years(tmp_path: Path, published: str, joined: bool) -> None:
    shutil.copy(FIXTURES / "dated.txt", tmp_path)
    body = (FIXTURES / "later.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    (tmp_path / "later.txt").write_text(published + "\n" + body, encoding="utf-8")
    events = build_timeline([tmp_path], cache=False).events
    surgery = [e for e in events if any(m.document == "dated" and m.dated for m in e.mentions)]
    assert len(surgery) == 1, [e.title for e in events]
    assert any(m.document == "later" for m in surgery[0].mentions) == joined, surgery[0].mentions
