"""What each format's reader costs: importing its library (a fresh process each, best of N), reading the
fixture files, and reading a long PDF (pages per second of CPU).

    QT_QPA_PLATFORM=offscreen python benchmarks/formats.py [PAGES]      (default: 200 pages)
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FIXTURES = ROOT / "tests" / "core" / "fixtures" / "formats"

LIBRARIES = {"pypdfium2": "import pypdfium2", "python-docx": "import docx", "feedparser": "import feedparser",
             "email (stdlib)": "import email, email.policy, email.message", "nothing": "pass"}


def import_cost(statement: str, runs: int = 5) -> float:
    """CPU seconds a fresh interpreter spends on `statement` beyond starting up, best of `runs`."""
    best = float("inf")
    for _ in range(runs):
        code = f"import time; t = time.process_time(); {statement}; print(time.process_time() - t)"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        best = min(best, float(out))
    return best


def long_pdf(pages: int, path: Path) -> None:
    sys.path.insert(0, str(FIXTURES))
    import make_fixtures

    text = (make_fixtures.PDF_PAGES[0] + "\n" + make_fixtures.PDF_PAGES[1]) * 2
    make_fixtures._pdf(path, [text] * pages)


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print("import, CPU seconds in a fresh interpreter (best of 5):")
    for name, statement in LIBRARIES.items():
        print(f"  {name:16} {import_cost(statement) * 1000:6.0f} ms")
    from timeline_app.core import readers
    from timeline_app.core.documents import load_documents

    print("reading the fixtures (reader only / whole load with sentences and dates), best of 5:")
    for path in sorted(FIXTURES.glob("mixed/*")):
        if path.suffix == ".png":
            continue
        data = path.read_bytes()
        readers.read_bytes(data, str(path))  # the library imported, first-use set-up done
        load_documents(path)
        read = min(_cpu(lambda: readers.read_bytes(data, str(path))) for _ in range(5))
        load = min(_cpu(lambda: load_documents(path)) for _ in range(5))
        print(f"  {path.name:14} {len(data):8,} bytes  {read * 1000:7.1f} ms / {load * 1000:7.1f} ms")
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "long.pdf"
        long_pdf(pages, pdf)
        data = pdf.read_bytes()
        seconds = min(_cpu(lambda: readers.read_bytes(data, "long.pdf")) for _ in range(3))
        chars = len(readers.read_bytes(data, "long.pdf")[0].text)
        print(f"a {pages}-page PDF ({len(data) / 2**20:.1f} MB, {chars:,} characters): {seconds:.2f} s of CPU, "
              f"{pages / seconds:,.0f} pages/s")


def _cpu(work) -> float:
    t = time.process_time()
    work()
    return time.process_time() - t


if __name__ == "__main__":
    main()
