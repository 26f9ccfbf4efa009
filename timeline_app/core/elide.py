"""One way to shorten text for a label: whitespace flattened, cut at a length with "…" (no Qt).

Used wherever a title or passage is named inside a message, a menu item, a list row or an explanation."""
from __future__ import annotations


def elide(text: str, limit: int, *, whole_words: bool = False) -> str:
    """`text` on one line, at most `limit` characters: cut with "…" when longer, the cut's trailing spaces
    and (with `whole_words`) a word cut in two dropped, unless the first word alone is longer than `limit`."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit - 1]
    if whole_words and flat[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # (the next character is not a space: the last word was cut)
    return cut.rstrip(" ,;:-–—") + "…"
