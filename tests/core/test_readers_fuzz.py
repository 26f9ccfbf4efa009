"""Every reader fuzzed: truncated, corrupted and made-up files are a named problem (or load what is readable);
no exception ever escapes a reader (issue 11)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core import readers
from timeline_app.core.documents import load_paths
from timeline_app.core.readers import RawDocument

FORMATS = Path(__file__).parent / "fixtures" / "formats"
FILES = ["mixed/bridge.pdf", "mixed/museum.docx", "mixed/strike.eml", "mixed/council.mbox", "mixed/city.rss",
         "mixed/science.atom", "scan.pdf"]
SIGNATURES = {"x.pdf": b"%PDF-1.4\n", "x.docx": b"PK\x03\x04", "x.eml": b"From: a@b.c\nSubject: s\nDate: x\n",
              "x.mbox": b"From a@b Mon Jan  1 00:00:00 2024\nFrom: a@b.c\n", "x.rss": b"<rss version='2.0'>",
              "x.atom": b"<feed xmlns='http://www.w3.org/2005/Atom'>"}
FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "30")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read_safely(data: bytes, name: str) -> list[RawDocument]:
    """What the interface promises: documents whose origins fit their text, or DocumentError."""
    try:
        docs = readers.read_bytes(data, name)
    except readers.DocumentError as e:
        assert e.message and e.level in ("error", "skipped")
        return []
    assert docs
    for d in docs:
        assert isinstance(d.text, str) and d.text.strip()
        assert all(0 <= offset <= len(d.text) for offset, _label in d.origins)
    return docs


def _load_safely(folder: Path, data: bytes, name: str) -> None:
    """The loader, end to end: a problem with a reason, never "could not load" (an exception that escaped)."""
    path = folder / name
    path.write_bytes(data)
    docs, problems = load_paths([path])
    assert docs or problems
    for p in problems:
        assert not p.message.startswith("could not load"), p


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.mark.parametrize("name", FILES)
@FUZZ
@given(cut=st.floats(0.0, 1.0, exclude_max=True))
def test_a_truncated_file_is_a_problem_or_what_was_readable(folder, name, cut):
    data = (FORMATS / name).read_bytes()
    part = data[:max(1, int(len(data) * cut))]
    _read_safely(part, name)
    _load_safely(folder, part, Path(name).name)


@pytest.mark.parametrize("name", FILES)
@FUZZ
@given(data=st.data())
def test_a_corrupted_file_is_a_problem_or_what_was_readable(folder, name, data):
    original = bytearray((FORMATS / name).read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        original[data.draw(st.integers(0, len(original) - 1))] = data.draw(st.integers(0, 255))
    _read_safely(bytes(original), name)
    _load_safely(folder, bytes(original), Path(name).name)


@pytest.mark.parametrize("name", sorted(SIGNATURES))
@FUZZ
@given(tail=st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_made_up_files_behind_each_signature_are_problems(folder, name, tail):
    data = SIGNATURES[name] + tail
    _read_safely(data, name)
    _load_safely(folder, data, name)
