"""A second opinion on a saved web page's story: trafilatura's main text and publication date.

The loader reads a page with its own reducer (`core/html_text.py`: every block of text, in order, so each
offset of the document indexes that text) and its boilerplate rules. Alone, those keep nearly all of the
story but also text that no rule names: a wire service's "about us" blurb, a market ticker, "Read next"
links, a wiki's "From Wikinews..." line. trafilatura (the field's standard for news pages, which scores
paragraphs by their markup, link density and position) keeps little furniture, but drops a headline's
standfirst here and there and sometimes a live blog's entries. Used together (`benchmarks/web_pages.py`,
README "Saved web pages"), the page keeps our text and offsets, and a block of it is excluded from
extraction only when trafilatura did not keep it either and it is not the standfirst under the headline.

Nothing here is needed to show a window: trafilatura (and lxml) are imported on the first page read.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

log = logging.getLogger(__name__)

# trafilatura builds lxml trees of the page (and copies of them): about 50 times the markup at its peak, and
# 0.5-0.7 MB/s (`benchmarks/growth.py --case load_news_html`). Article pages are 50-500 KB; a larger "page" is
# an archive dump or hostile, and keeps the loader's own reading alone (linear, ~2x the markup).
MAX_MARKUP = 1_000_000
# No fallback extractors (readability, jusText) inside trafilatura: the same kept text on the saved pages
# (`benchmarks/web_pages.py`), half the memory and a third less time.
FAST = True


def _date_params() -> dict[str, object]:
    """htmldate's settings for the page's date. trafilatura passes `fast` on as htmldate's extensive search,
    whose last resort reads every date-like string of the raw markup, link addresses included: a story
    linking to an archive item ("/news/2008/03/29/...") took that item's day as its own. Without it htmldate
    still reads the meta tags, the page's own address, <time> and date-classed elements, and the text."""
    return {"extensive_search": False, "original_date": True,
            "max_date": dt.date.today().isoformat()}  # trafilatura's default bound: no date in the future

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class MainText:
    """What trafilatura took to be the story: its title, description and text, and the page's date."""

    text: str
    published: dt.date | None = None


def main_text(markup: str) -> MainText | None:
    """trafilatura's reading of `markup`, or None when it cannot give one (not installed, the page too
    large or unreadable to it, or no main text found): the caller then keeps its own reading."""
    if len(markup) > MAX_MARKUP or "<" not in markup:
        return None
    try:
        import trafilatura
    except ImportError:  # an optional opinion: the loader's own reading stands without it
        return None
    try:
        doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, fast=FAST,
                                          include_tables=True, date_extraction_params=_date_params())
    except Exception as e:  # noqa: BLE001 - third-party parser on untrusted markup: never fail the page
        log.info("trafilatura could not read a page: %s", e)
        return None
    if doc is None or not (doc.text or "").strip():
        return None
    parts = [x for x in (doc.title, doc.description, doc.text) if x]
    return MainText(text="\n".join(parts), published=_date(doc.date))


def _date(raw: object) -> dt.date | None:
    if not isinstance(raw, str):
        return None
    try:
        d = dt.date.fromisoformat(raw[:10])
    except ValueError:
        return None
    return d if 1 <= d.year <= 9999 else None


def _words(s: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(s)]


def _blocks(text: str) -> Iterable[tuple[int, int]]:
    """The blank-line separated blocks of the reduced page text, as (start, end) without outer spaces."""
    at, n = 0, len(text)
    while at < n:
        cut = text.find("\n\n", at)
        end = n if cut < 0 else cut
        a, b = at, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            yield a, b
        at = end + 2 if cut >= 0 else n


def _inside(span: tuple[int, int], excluded: Sequence[tuple[int, int]], k: int) -> tuple[bool, int]:
    """Whether `span` lies wholly inside one of the sorted, disjoint `excluded` spans (scanning on from
    index k, since blocks come in order), and the index to resume from."""
    a, b = span
    while k < len(excluded) and excluded[k][1] <= a:
        k += 1
    return (k < len(excluded) and excluded[k][0] <= a and b <= excluded[k][1]), k


def has_blocks_to_judge(text: str, excluded: Sequence[tuple[int, int]]) -> bool:
    """Whether the loader's reading has two or more blocks outside `excluded`: with one or none there is
    nothing for trafilatura to tell apart, and it is not asked (it costs several times the page in memory)."""
    k, n = 0, 0
    for span in _blocks(text):
        skip, k = _inside(span, excluded, k)
        if not skip:
            n += 1
            if n >= 2:
                return True
    return False


def _is_standfirst(text: str, span: tuple[int, int]) -> bool:
    """A full sentence or two under the headline: the standfirst (dek), which trafilatura often drops."""
    s = text[span[0]:span[1]]
    return 8 <= len(s.split()) <= 80 and s.rstrip()[-1:] in ".!?\"”'’"


def furniture_blocks(text: str, main: MainText, excluded: Sequence[tuple[int, int]],
                     headline: str) -> list[tuple[int, int]]:
    """The blocks of `text` (the loader's reading of the page) to exclude: those trafilatura left out.

    A block is kept when most of its word trigrams (or, for a block of under three words, its words in
    order) occur in trafilatura's text; the block right after the headline is kept as a standfirst when it
    is a sentence. `excluded` (sorted, disjoint) are spans the loader's rules already excluded: those
    blocks are neither counted nor returned. Linear in the two texts (sets of trigrams, one pass)."""
    kept_words = _words(main.text)
    trigrams = set(zip(kept_words, kept_words[1:], kept_words[2:]))
    joined = " " + " ".join(kept_words) + " "
    head_words = _words(headline)
    blocks: list[tuple[int, int]] = []
    verdicts: list[bool] = []
    k = 0
    for span in _blocks(text):
        skip, k = _inside(span, excluded, k)
        if skip:
            continue
        words = _words(text[span[0]:span[1]])
        if not words:
            continue
        if len(words) < 3:
            ok = (" " + " ".join(words) + " ") in joined
        else:
            grams = list(zip(words, words[1:], words[2:]))
            ok = sum(g in trigrams for g in grams) * 2 >= len(grams)
        blocks.append(span)
        verdicts.append(ok)
    if not any(verdicts):  # trafilatura read another part of the page than ours: trust neither over us
        return []
    out: list[tuple[int, int]] = []
    for i, (span, ok) in enumerate(zip(blocks, verdicts)):
        if ok:
            continue
        after_headline = i > 0 and head_words and _words(text[blocks[i - 1][0]:blocks[i - 1][1]]) == head_words
        if after_headline and _is_standfirst(text, span):
            continue
        out.append(span)
    return out
