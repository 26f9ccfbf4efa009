"""The articles the map's tests read."""
from __future__ import annotations

from pathlib import Path

from timeline_app.core.pipeline import seeds_dir

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = [str(seeds_dir()), str(FIXTURES)]  # every article the tests have: seeds and fixtures
# A fifth of the characters of seeds and fixtures (46 articles, 70 K characters), with articles that merge
# across (merges, retold): for the map's properties that hold whatever it reads (how it streams its results,
# falls back when workers do not start, goes on past a merge failure), several seconds a build cheaper. The
# outputs compared as wholes (pool and serial, orders of arrival) stay on every article there is.
SMALL_CORPUS = [str(seeds_dir()), *(str(FIXTURES / name) for name in ("news", "merges", "retold"))]
