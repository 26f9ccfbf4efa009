"""The JSON/CSV contract that scripts and the window rely on (see README.md, "extract")."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from timeline_app.core.model import Event, Mention, Timeline, TimeExpression, format_date


def mention_dict(m: Mention) -> dict[str, Any]:
    return {"document": m.document, "start": m.start, "end": m.end, "text": m.text,
            "sentence_start": m.sentence_start, "sentence_end": m.sentence_end,
            "dated": m.dated, "inferred": m.inferred}


def event_dict(e: Event) -> dict[str, Any]:
    return {"id": e.id, "title": e.title,
            "start": format_date(e.first, e.precision), "end": format_date(e.last, e.precision),
            "precision": e.precision.value, "inferred": e.inferred, "explanation": e.explanation,
            "kind": e.kind, "period": e.period, "reported": e.reported, "sentence": e.sentence,
            "mentions": [mention_dict(m) for m in e.mentions]}


def timeline_dict(t: Timeline) -> dict[str, Any]:
    return {
        "documents": [{"id": d.id, "path": d.path, "title": d.title,
                       "published": d.published.isoformat() if d.published else None} for d in t.documents],
        "events": [event_dict(e) for e in t.events],
        "problems": [{"path": p.path, "message": p.message} for p in t.problems],
    }


def timeline_json(t: Timeline) -> str:
    return json.dumps(timeline_dict(t), ensure_ascii=False, indent=2)


CSV_COLUMNS = ("event_id", "title", "start", "end", "precision", "inferred", "explanation",
               "document", "mention_start", "mention_end", "mention_text", "sentence_start", "sentence_end",
               "dated")


def timeline_csv(t: Timeline) -> str:
    """One row per mention (events repeat), so every row keeps its exact provenance."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in t.events:
        for m in e.mentions:
            writer.writerow([e.id, e.title, format_date(e.first, e.precision), format_date(e.last, e.precision),
                             e.precision.value, str(e.inferred).lower(), e.explanation, m.document, m.start, m.end,
                             m.text, m.sentence_start, m.sentence_end, str(m.dated).lower()])
    return out.getvalue()


def expression_dict(x: TimeExpression) -> dict[str, Any]:
    return {"start": x.start, "end": x.end, "text": x.text, "type": x.type.value, "value": x.value,
            "first": x.first.isoformat() if x.first else None, "last": x.last.isoformat() if x.last else None,
            "precision": x.precision.value if x.precision else None, "mod": x.mod}
