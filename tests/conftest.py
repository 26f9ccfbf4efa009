import os

import pytest

# Tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _analysis_cache_in_tmp(tmp_path, monkeypatch):
    """Every test gets its own empty analysis cache, never the user's real cache directory; the variable
    reaches the CLI's subprocesses and the pool's workers too."""
    monkeypatch.setenv("TIMELINE_APP_CACHE", str(tmp_path / "analysis-cache"))
