"""The bundled seeds, end to end through the CLI contract: what issue #2 says must hold."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from timeline_app.core.pipeline import seeds_dir


@pytest.fixture(scope="module")
def extracted() -> dict:
    result = subprocess.run([sys.executable, "-m", "timeline_app", "extract", str(seeds_dir()), "--format", "json"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _doc(data: dict, prefix: str) -> str:
    return next(d["id"] for d in data["documents"] if d["id"].startswith(prefix))


def _texts(data: dict) -> dict[str, str]:
    return {d["id"]: open(d["path"], encoding="utf-8").read() for d in data["documents"]}


def test_every_mention_is_the_exact_text_inside_its_sentence(extracted: dict) -> None:
    texts = _texts(extracted)
    assert len(texts) == 5 and extracted["problems"] == []
    for e in extracted["events"]:
        assert e["mentions"], e
        for m in e["mentions"]:
            text = texts[m["document"]]
            assert text[m["start"]:m["end"]] == m["text"]
            assert m["sentence_start"] <= m["start"] <= m["end"] <= m["sentence_end"]


def test_the_visit_of_19_june_2024(extracted: dict) -> None:
    day = [e for e in extracted["events"] if e["start"] == "2024-06-19" and e["end"] == "2024-06-19"
           and e["kind"] == "visit"]
    assert len(day) == 1
    dated = {(m["document"][:3], m["text"]) for m in day[0]["mentions"] if m["dated"]}
    assert ("000", "June 19, 2024") in dated
    assert day[0]["precision"] == "day" and not day[0]["inferred"]
    # The articles that report the visit: those that don't date it refer to it. 003's dated lead ("On June 19,
    # 2024, ... Putin and ... Kim Jong Un entered into significant partnership agreement") is the agreement's,
    # and a mention is in one event: it is in the agreement's event alone.
    assert {m["document"][:3] for m in day[0]["mentions"]} == {"000", "001", "002", "004"}
    signed = [e for e in extracted["events"] if e["start"] == "2024-06-19" and e["kind"] == "agreement"]
    assert len(signed) == 1
    assert ("003", "June 19, 2024") in {(m["document"][:3], m["text"]) for m in signed[0]["mentions"] if m["dated"]}


def test_three_older_deals_from_004(extracted: dict) -> None:
    deals = [e for e in extracted["events"] if e["kind"] == "agreement" and e["precision"] == "year"
             and all(m["document"].startswith("004") for m in e["mentions"])]
    assert sorted(e["start"] for e in deals) == ["1961", "2000", "2001"]
    assert all("deal" in e["title"].lower() for e in deals)


def test_the_earlier_visit_of_2000_is_separate_from_the_2000_deal(extracted: dict) -> None:
    in_2000 = [e for e in extracted["events"] if e["start"] == "2000"]
    visits = [e for e in in_2000 if e["kind"] == "visit"]
    assert len(visits) == 1 and len(in_2000) == 2
    visit = visits[0]
    by_doc = {m["document"][:3]: m["text"] for m in visit["mentions"]}
    assert by_doc.get("001") == "2000"
    assert by_doc.get("002") == "24 years" and by_doc.get("004") == "24 years"
    assert visit["inferred"]
    assert "24 years before the visit of 2024-06-19" in visit["explanation"]


def test_publication_date_is_metadata_not_an_event(extracted: dict) -> None:
    doc = next(d for d in extracted["documents"] if d["id"].startswith("001"))
    assert doc["published"] == "2024-07-11"
    assert all(e["start"] != "2024-07-11" or e["end"] != "2024-07-11" for e in extracted["events"])


def test_named_periods_and_nothing_invented(extracted: dict) -> None:
    titles = {e["title"] for e in extracted["events"] if e["period"]}
    assert {"Cold War", "Korean War", "World War II", "Collapse of the Soviet Union"} <= titles
    korean = next(e for e in extracted["events"] if e["title"] == "Korean War")
    assert (korean["start"], korean["end"]) == ("1950", "1953")
    assert 8 <= len(extracted["events"]) <= 14
    for e in extracted["events"]:
        assert "1000" <= e["start"] <= "2024-07-11", e
