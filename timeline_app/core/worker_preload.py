"""Imported by the process pool's fork server (core/document_map.py) before it forks any worker: the core's
per-document work and the tables it loads on first use, so every worker forked from it starts with them
(shared, copy-on-write) instead of importing the core, compiling its regexes and reading its tables again.

Only the core, never Qt, and nothing that starts a thread: the fork server forks itself for every worker.
(lemminflect's own module stays out for that reason: it brings NumPy, whose maths library may start threads;
news imports it in the worker on its first unknown verb form.)
"""
from __future__ import annotations

import gc

from timeline_app.core import analysis, extraction, grammar, news, references, temporal

# (Imported for their side effect: loaded once here, shared by every worker forked from this process.)
PRELOADED = (analysis, extraction, news, references, temporal)

try:
    grammar.load_tables()
except Exception:  # noqa: BLE001 - a fork server that dies fails every load; workers load the tables on first use
    pass

# What is loaded now lives as long as every worker: out of the cyclic collector's sight, so a worker's
# collections do not walk it (and write to every page of it, copying the pages it shares with this process).
gc.freeze()
