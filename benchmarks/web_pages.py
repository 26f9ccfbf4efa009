"""How much of a saved news page's story each HTML reader keeps, and how much furniture it lets in.

    python benchmarks/web_pages.py [FOLDER]

FOLDER (default tests/core/fixtures/saved_pages) holds NAME.html pages saved as a browser saves them, each
with NAME.expected.txt: the story a reader wants (headline, standfirst, body; no menus, comments, related
links, captions, banners). For each reader it prints, per page and over all pages, word precision (the
share of kept words that belong to the story) and recall (the share of the story's words kept), counting
repeated words as often as they occur, and the time per page.

Readers: "ours" is the loader's own reading alone (`core/html_text.reduce_html` and the loader's
boilerplate rules: what is left outside the excluded spans); "trafilatura" is `trafilatura.extract` (or
`bare_extraction`'s title, description and text) with the settings named; "app" is what the loader keeps
now: its own reading, less the blocks trafilatura left out too (`core/web_page.py`).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from unittest import mock
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline_app.core import documents  # noqa: E402

_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in _WORD.findall(text))


def kept_by_ours(markup: str) -> str:
    """The loader's own reading alone: the reduced text minus the spans its rules exclude as boilerplate."""
    with mock.patch.object(documents, "main_text", lambda markup: None):
        doc = documents._build(markup, doc_id="page", path="page.html", kind="html", encoding="utf-8")
    return _outside(doc.text, doc.excluded)


def kept_by_app(markup: str) -> str:
    doc = documents._build(markup, doc_id="page", path="page.html", kind="html", encoding="utf-8")
    return _outside(doc.text, doc.excluded)


def _outside(text: str, excluded: tuple[tuple[int, int], ...]) -> str:
    parts, at = [], 0
    for a, b in excluded:
        parts.append(text[at:a])
        at = b
    parts.append(text[at:])
    return "\n".join(parts)


def trafilatura_reader(**settings) -> Callable[[str], str]:
    import trafilatura

    def read(markup: str) -> str:
        return trafilatura.extract(markup, **settings) or ""
    return read


def trafilatura_with_title(**settings) -> Callable[[str], str]:
    import trafilatura

    def read(markup: str) -> str:
        doc = trafilatura.bare_extraction(markup, with_metadata=True, **settings)
        if doc is None:
            return ""
        return "\n".join(x for x in (doc.title, doc.description, doc.text) if x)
    return read


def score(expected: Counter[str], kept: Counter[str]) -> tuple[int, int, int]:
    return sum((expected & kept).values()), sum(kept.values()), sum(expected.values())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "tests/core/fixtures/saved_pages"))
    ap.add_argument("--pages", action="store_true", help="print every page's figures")
    args = ap.parse_args(argv)
    pages = sorted(Path(args.folder).glob("*.html"))
    readers: dict[str, Callable[[str], str]] = {
        "ours (html_text + boilerplate rules)": kept_by_ours,
        "trafilatura (default)": trafilatura_reader(),
        "trafilatura (favor_precision)": trafilatura_reader(favor_precision=True),
        "trafilatura (favor_recall)": trafilatura_reader(favor_recall=True),
        "trafilatura, title + description + text": trafilatura_with_title(),
        "app: ours, minus blocks trafilatura also left": kept_by_app,
    }
    texts = {}
    for p in pages:
        markup, _ = documents._decode(p.read_bytes())
        texts[p.stem] = (markup, words(p.with_suffix("").with_suffix(".expected.txt").read_text("utf-8")))
    for name, read in readers.items():
        read(texts[pages[0].stem][0])  # imports and set-up outside the timing
    print(f"{len(pages)} pages in {args.folder}\n")
    print(f"{'reader':42} {'precision':>9} {'recall':>7} {'F1':>6} {'ms/page':>8}")
    for name, read in readers.items():
        hit = kept = want = 0
        rows = []
        t0 = time.perf_counter()
        for stem, (markup, expected) in texts.items():
            h, k, w = score(expected, words(read(markup)))
            hit, kept, want = hit + h, kept + k, want + w
            rows.append((stem, h / k if k else 0.0, h / w if w else 0.0))
        ms = (time.perf_counter() - t0) * 1000 / len(texts)
        p, r = hit / kept if kept else 0.0, hit / want if want else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:42} {p:9.3f} {r:7.3f} {f1:6.3f} {ms:8.1f}")
        if args.pages:
            for stem, pp, rr in rows:
                print(f"    {stem:30} P {pp:.3f}  R {rr:.3f}")


if __name__ == "__main__":
    main()
