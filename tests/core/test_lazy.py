"""The lazy module stand-in (numpy for the window's columns): nothing imported until a name is read."""
from __future__ import annotations

import sys

from timeline_app.core.lazy import LazyModule


def test_a_lazy_module_imports_on_the_first_name_read(tmp_path, monkeypatch):
    (tmp_path / "lazy_probe_module.py").write_text("VALUE = 42\n\ndef double(x):\n    return 2 * x\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "lazy_probe_module", raising=False)
    lazy = LazyModule("lazy_probe_module")
    assert "lazy_probe_module" not in sys.modules
    assert lazy.double(lazy.VALUE) == 84
    assert "lazy_probe_module" in sys.modules
    assert vars(lazy)["double"] is sys.modules["lazy_probe_module"].double  # later reads are plain look-ups
