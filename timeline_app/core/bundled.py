"""Where the files shipped with the app are, in a module that imports nothing else of the app: the window's
start-up asks for the seeds' folder before its first paint, which must not wait for the pipeline (issue 10,
item 5: `core/pipeline.py` brings the timeline cache, hashlib and sqlite3, ~25 ms)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def seeds_dir() -> Path:
    """The bundled example articles (the project's top-level `seeds/`)."""
    return ROOT / "seeds"
