import itertools
import os
from pathlib import Path

import pytest

# Tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_CACHE_NUMBERS = itertools.count()


@pytest.fixture(scope="session")
def _analysis_caches(tmp_path_factory) -> Path:
    """The folder of the tests' analysis caches, in pytest's base temporary directory, which is each
    pytest-xdist worker's own."""
    return tmp_path_factory.mktemp("analysis-caches")


@pytest.fixture(autouse=True)
def _analysis_cache_in_tmp(_analysis_caches, monkeypatch):
    """Every test gets its own empty analysis cache, never the user's real cache directory; the variable
    reaches the CLI's subprocesses and the pool's workers too. (Beside tmp_path, not in it: tests list
    what they wrote there.) Numbered here, in one folder: `tmp_path_factory.mktemp` finds its next number by
    listing the whole base directory, so a folder of its own per test made the suite's 11,000 set-ups
    quadratic (some 90 s of listing on this machine)."""
    path = _analysis_caches / str(next(_CACHE_NUMBERS))
    path.mkdir()
    monkeypatch.setenv("TIMELINE_APP_CACHE", str(path))


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's qtbot, holding every widget given to `addWidget` until pytest-qt has closed it.

    pytest-qt keeps only a weak reference. A test whose window is a local drops it when the test returns,
    and a MainWindow's wrapper sits in reference cycles (its controllers point back at it), so it lives on,
    shown, until some later cyclic collection. pytest-qt's post-test `processEvents()` repaints it, the paint
    allocates, the collector runs right there and deletes the window (and the view being painted) under its
    own paintEvent: "QPaintDevice: Cannot destroy paint device that is being painted", then a segfault at the
    next drawing call. Held here, the window is closed by pytest-qt first (its teardown hook runs before
    fixture finalizers) and only then let go."""
    kept: list = []
    add_widget = qtbot.addWidget

    def add_and_keep(widget, *, before_close_func=None) -> None:
        add_widget(widget, before_close_func=before_close_func)
        kept.append(widget)

    qtbot.addWidget = qtbot.add_widget = add_and_keep
    yield qtbot
    kept.clear()
