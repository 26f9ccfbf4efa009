"""Shortening text for a label: whitespace flattened, cut at a length with "…" (no Qt).

Used wherever a title or passage is named inside a message, a menu item, a list row, a tab or an explanation,
and for the timeline's labels: `fit_words` cuts by whole words in any measure (characters or pixels), `elide`
in characters."""
from __future__ import annotations

from collections.abc import Callable

_CUT_PUNCTUATION = " ,;:-–—"
TITLE_SCAN_CHARS = 200  # a label never shows more of a title than this: longer text is not measured word by word


def fit_words(text: str, room: float, measure: Callable[[str], float], min_chars: int = 8) -> str:
    """`text` on one line in `room` (pixels or characters, as `measure` counts): whole, or as many of its first words as fit followed by "…", so a
    tab or a label names its article by words ("Putin's Visit…") rather than by letters ("Pu…"). The first word
    is kept whole even when it does not fit (the caller gives it the room); a first word longer than any label
    (an id, a URL) is cut to what fits, never under `min_chars` characters."""
    return fit_words_measured(text, room, measure, min_chars)[0]


def fit_words_measured(text: str, room: float, measure: Callable[[str], float],
                       min_chars: int = 8) -> tuple[str, float, float]:
    """`fit_words`, with the width of what it returns and of the whole flattened text (its first
    2 × TITLE_SCAN_CHARS characters), from the measurements it made: (shown, its width, the whole's width).

    The words that fit are found by bisecting their number (a prefix with more words is never narrower), a few
    measurements per title where trying word after word took one per word shown: the timeline measures the
    labels of hundreds of events at a time."""
    flat = " ".join(text[:TITLE_SCAN_CHARS * 2].split())
    if not flat:
        return "", 0.0, 0.0
    whole = measure(flat)
    if whole <= room and len(text) <= TITLE_SCAN_CHARS * 2:
        return flat, whole, whole
    words = flat[:TITLE_SCAN_CHARS].split(" ")
    shown = words[0]
    if len(shown) <= 3 and len(words) > 1:  # "A…", "The…" name nothing: "A pact…", "The hall…"
        shown, words = f"{shown} {words[1]}", words[1:]
    if len(shown) > 2 * min_chars:
        shown_w = measure(shown + "…")
        if shown_w > room:
            # One long token: its first characters, as many as fit.
            cut = min_chars
            while cut < len(shown) and measure(shown[:cut + 1] + "…") <= room:
                cut += 1
            cut_text = shown[:cut].rstrip(_CUT_PUNCTUATION) + "…"
            return cut_text, measure(cut_text), whole
    # prefixes[k]: `shown` and the next k words. The largest k whose text fits, k = 0 taken whatever its width.
    prefixes = [shown]
    for word in words[1:]:
        prefixes.append(f"{prefixes[-1]} {word}")

    def label(k: int) -> str:
        return prefixes[k].rstrip(_CUT_PUNCTUATION) + "…"

    fits, fails = 0, len(prefixes)
    fits_w: float | None = None
    while fails - fits > 1:
        middle = (fits + fails) // 2
        width = measure(label(middle))
        if width <= room:
            fits, fits_w = middle, width
        else:
            fails = middle
    text_out = label(fits)
    return text_out, fits_w if fits_w is not None else measure(text_out), whole


def elide(text: str, limit: int, *, whole_words: bool = False) -> str:
    """`text` on one line, at most `limit` characters: cut with "…" when longer, the cut's trailing spaces and
    punctuation dropped. With `whole_words`, the words that fit (`fit_words` in characters), unless the first
    word alone is longer than `limit`: then cut mid-word all the same."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    if whole_words:
        words = fit_words(flat, limit, len)
        if len(words) <= limit:
            return words
    return flat[:limit - 1].rstrip(_CUT_PUNCTUATION) + "…"
