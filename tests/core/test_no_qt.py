"""The core must import without PySide6: proven in a fresh interpreter that cannot see it."""
import subprocess
import sys
import textwrap


def test_core_imports_without_pyside6():
    script = textwrap.dedent("""
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                    raise ImportError("Qt is not allowed in timeline_app.core: " + name)
                return None

        sys.meta_path.insert(0, BlockQt())
        import timeline_app.core as core
        names = [m.name for m in pkgutil.walk_packages(core.__path__, "timeline_app.core.")]
        for name in names:
            importlib.import_module(name)
        assert not any(k.startswith("PySide6") for k in sys.modules)
        print(len(names))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 8  # documents, temporal, extraction, merging, model, layout, ...
