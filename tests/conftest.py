import os

import pytest

# Tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _analysis_cache_in_tmp(tmp_path_factory, monkeypatch):
    """Every test gets its own empty analysis cache, never the user's real cache directory; the variable
    reaches the CLI's subprocesses and the pool's workers too. (Beside tmp_path, not in it: tests list
    what they wrote there.)"""
    monkeypatch.setenv("TIMELINE_APP_CACHE", str(tmp_path_factory.mktemp("analysis-cache")))
