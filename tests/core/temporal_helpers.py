"""What the tagger's table tests share: the value the tagger gives one phrase of a sentence."""
from __future__ import annotations

import datetime as dt

from timeline_app.core.temporal import tag


def value_of(sentence: str, phrase: str, reference: dt.date) -> str:
    """The value of the one time expression overlapping `phrase` in `sentence`, tagged against `reference`."""
    start = sentence.index(phrase)
    end = start + len(phrase)
    hits = [t for t in tag(sentence, reference) if t.start < end and start < t.end]
    assert len(hits) == 1, (sentence, phrase, hits)
    return hits[0].value


def firsts_of(sentence: str, phrase: str, reference: dt.date) -> list[dt.date]:
    """The first days of the time expressions of `sentence` that are exactly `phrase`, tagged against
    `reference` (a row expects one)."""
    return [t.first for t in tag(sentence, reference) if t.text == phrase]
