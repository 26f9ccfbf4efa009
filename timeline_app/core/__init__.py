"""The Qt-free core: loading, temporal tagging, extraction, merging, layout maths.

Nothing under this package may import PySide6 (tests/core/test_no_qt.py checks it in a subprocess).
"""
