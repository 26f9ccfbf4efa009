"""Reduce an HTML page to readable text with the standard library's html.parser.

Scripts, styles, navigation, page headers and footers, asides, forms and the like are dropped;
paragraphs, headings, list items and table rows become blocks separated by blank lines; entities
are unescaped. The page's metadata (title, publication date candidates) is collected on the way.
Qt-free.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements whose whole content is dropped.
_SKIP = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg",
    "iframe", "button", "select", "textarea", "object", "embed", "canvas", "audio", "video", "map",
    "head", "dialog", "menu",
})
# ARIA landmark roles that mark page furniture rather than the article.
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu",
                         "menubar", "dialog", "alertdialog"})
# Class or id words that mark a block of page furniture: readers' comments, lists of other articles, sharing
# and sign-up boxes, advertising. Whole words only ("comments", "related-posts"), so "commentary" stays.
_FURNITURE_WORDS = frozenset({
    "comment", "comments", "commentlist", "disqus", "discussion", "replies", "related", "recommended",
    "recommendations", "more-stories", "read-more", "share", "sharing", "social", "newsletter", "subscribe",
    "signup", "advert", "advertisement", "ads", "ad", "promo", "sponsored", "sidebar", "cookie", "cookies",
    "breadcrumb", "breadcrumbs", "trending", "most-read", "popular", "outbrain", "taboola",
})
_WORD_SPLIT = re.compile(r"[\s_]+")


def _is_furniture(a: dict[str, str]) -> bool:
    if "class" not in a and "id" not in a:  # most tags: nothing to look at
        return False
    words = _WORD_SPLIT.split(f"{a.get('class', '')} {a.get('id', '')}".lower())
    for word in words:
        if word in _FURNITURE_WORDS:
            return True
        parts = word.split("-")
        # "comment-list", "related-posts", "post-comments"; but not "ad" inside "head-ad-free" guesses.
        if len(parts) > 1 and any(p in _FURNITURE_WORDS and len(p) > 3 for p in parts):
            return True
    return False


# Elements that start and end a block of text.
_BLOCK = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "caption", "figure", "figcaption",
    "address", "hr", "body", "center", "details", "summary", "fieldset", "legend",
})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A block whose text is this share or more link text is navigation (a menu, a list of other stories, a "Read more:"
# line, related links joined on one line), however its links are worded or separated: the story's own paragraphs
# link a name or a source here and there, never nearly all their words.
_LINK_SHARE = 0.8
# A year in a block of links: a date line linked to its page's address ("<a href=/2011/03/04/...>March 4, 2011</a>"),
# or a list of dated links, which the text's rules judge by their days: kept for them.
_YEAR_LIKE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A picture's own elements: their text is its caption or credit, never the story's (`HtmlText.captions`).
_PICTURE_ELEMENTS = frozenset({"figure", "figcaption"})

# <meta> names/properties holding the publication date, best first (lower is better).
_META_PUBLISHED = {
    "article:published_time": 0, "og:published_time": 0, "datepublished": 0,
    "published_time": 0, "publish-date": 0, "publish_date": 0, "pubdate": 0, "publishdate": 0,
    "date": 1, "dc.date": 1, "dc.date.issued": 1, "dcterms.created": 1, "dcterms.issued": 1,
    "sailthru.date": 1, "parsely-pub-date": 1, "article.published": 1, "og:article:published_time": 0,
}
_META_MODIFIED = frozenset({"article:modified_time", "og:updated_time", "datemodified",
                            "last-modified", "dcterms.modified", "modified_time"})

_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_CHUNK = 65536


# What a title shown in a list, tab or tooltip must not carry: bidi embeddings, overrides and isolates (they
# reorder what follows: "\u202eSummit" shows as "timmuS"), characters that show nothing (zero-width space,
# word joiner, BOM, soft hyphen, Mongolian vowel separator, invisible operators), and controls (tabs and other
# C0/C1 codes, as spaces). Zero-width (non-)joiners and the direction marks stay: Persian, Indic scripts, emoji
# and mixed-direction text need them, and they reorder nothing.
# The Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) show nothing either, but are letters to `isprintable`;
# the tag characters (U+E0000-E007F) hide text the same way; the line and paragraph separators break a line, as
# a control does: spaces.
_PRINTABLE_UNSEEN = "\u115f\u1160\u3164\uffa0"
_UNSEEN = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                                 "\u200b\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064" + _PRINTABLE_UNSEEN))
_UNSEEN.update(dict.fromkeys(range(0xE0000, 0xE0080)))
_UNSEEN.update((c, " ") for c in [*range(0x20), *range(0x7f, 0xa0), 0x2028, 0x2029])
_HAS_PRINTABLE_UNSEEN = re.compile(f"[{_PRINTABLE_UNSEEN}]").search
_SPACE_RUN = re.compile(" {2,}")


def visible_text(s: str) -> str:
    """`s` for a title: without the characters that reorder or hide text, controls as spaces (runs of spaces
    the controls made are one). The text itself is left alone: offsets into it stay exact."""
    if s.isprintable() and not _HAS_PRINTABLE_UNSEEN(s):  # the usual title: nothing to take out (every character
        return s                                             # above bar the fillers is unprintable)
    cleaned = s.translate(_UNSEEN)
    return _SPACE_RUN.sub(" ", cleaned) if "  " in cleaned and "  " not in s else cleaned


def visible_path(path: object) -> str:
    """A path or file name as a label, tab, tooltip line or status message shows it: `visible_text`'s (a file name
    is untrusted as a title is: "report\u202etxt.exe" would show as "reportexe.txt"). For showing only: the path
    itself, which opens the file, is kept as it is."""
    return visible_text(str(path))


def collapse_spaces(s: str, spaces: re.Pattern[str] = _WS) -> str:
    """s with every run matched by `spaces` replaced by one space.

    In chunks of about 64K characters cut between runs: re.sub over a megabyte paragraph of short words
    would hold millions of pieces at once (twenty times the text's size).

    `spaces` matches runs of whitespace (as _WS and \\s+ do): characters str.isprintable calls unprintable,
    and " ". So a printable text without two spaces in a row has nothing to collapse, and is returned as it
    is, at C speed: most lines of an article are such, and re.sub would rebuild each one."""
    if s.isprintable() and "  " not in s:
        return s
    if len(s) <= _CHUNK:
        return spaces.sub(" ", s)
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        j = min(n, i + _CHUNK)
        if j < n:
            run = spaces.match(s, j - 1)  # never cut a run in two: it would become two spaces
            if run:
                j = run.end()
        out.append(spaces.sub(" ", s[i:j]))
        i = j
    return "".join(out)


def _visible_chars(s: str) -> int:
    """The characters of s that show: its length without whitespace."""
    return len(s) - sum(map(s.count, " \n\t\r\u00a0"))


_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_LD_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]+)"')


@dataclass
class HtmlText:
    """The readable text of a page and what its markup says about it."""

    text: str
    title: str = ""  # <title>, with a trailing " | Site name" removed
    og_title: str = ""
    h1: str = ""  # the first <h1>
    h1s: tuple[str, ...] = ()  # the page's first <h1> elements (`_H1_KEPT`), in order
    # (rank, raw date string): lower rank is better; "modified" dates get rank 5.
    dates: list[tuple[int, str]] = field(default_factory=list)
    # the page's language or locale as its markup states it (<html lang>, og:locale, content-language): "en-GB"
    lang: str = ""
    # The spans of `text` that a <figcaption> holds: a picture's caption (its day is the picture's), kept in the text
    # as the page shows it, for the loader to exclude from the story.
    captions: list[tuple[int, int]] = field(default_factory=list)


class _Reducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._buf: list[str] = []
        self._skip: list[str] = []  # open elements inside a dropped subtree
        # How many of each tag are on `_skip`: an end tag that closes nothing there is ignored in O(1)
        # instead of scanning the stack (a page of stray end tags would otherwise cost quadratic time).
        self._skip_open: dict[str, int] = {}
        self._pre = 0
        self._article = 0
        self._li_depth = 0
        self._in_title = False
        self._title: list[str] = []
        self._in_h1 = False
        self._h1: list[str] = []
        self.h1s: list[str] = []
        self._ld_json = False
        self._ld_buf: list[str] = []
        self.h1 = ""
        self.og_title = ""
        self.dates: list[tuple[int, str]] = []
        self.lang = ""
        self._figcaption = 0  # open <figure> and <figcaption> elements
        self.caption_blocks: list[int] = []  # indexes of the blocks a <figure> or <figcaption> holds
        self._links = 0  # 1 inside an <a href> element
        self._link_chars = 0  # the characters of the current block's text inside links (spaces not counted)
        self._block_tag = ""  # the element that opened the current block

    # -- blocks ---------------------------------------------------------------------------------
    def _flush(self) -> None:
        if not self._buf:  # every block tag flushes, most often right after the last one did
            return
        if self._figcaption:
            n = len(self.blocks)
            self._flush_block()
            self.caption_blocks.extend(range(n, len(self.blocks)))
        else:
            self._flush_block()

    def _flush_block(self) -> None:
        raw = "".join(self._buf)
        self._buf = []
        linked, self._link_chars = self._link_chars, 0
        if raw.isspace():  # the line break between two blocks: strips to nothing in either mode
            return
        if linked and self._block_tag != "h1" and linked >= _LINK_SHARE * _visible_chars(raw) \
                and _YEAR_LIKE.search(raw) is None:
            return  # navigation: a block of links (the page's headline may link to itself: kept)
        if not self._pre and "\n" not in raw:  # one line (most paragraphs): no splitting and joining
            block = collapse_spaces(raw).strip()
            if block:
                self.blocks.append(block)
            return
        if self._pre:
            lines = [ln.rstrip() for ln in raw.split("\n")]
            block = "\n".join(lines).strip("\n")
        else:
            parts = [collapse_spaces(p).strip() for p in raw.split("\n")]
            block = "\n".join(p for p in parts if p)
        if block.strip():
            self.blocks.append(block)

    def _push_skip(self, tag: str) -> None:
        self._skip.append(tag)
        self._skip_open[tag] = self._skip_open.get(tag, 0) + 1

    def updatepos(self, i: int, j: int) -> int:
        """HTMLParser counts the lines and columns of every tag for getpos(); nothing here asks for a
        position, and the count is a fifth of the parser's time on a page of short paragraphs."""
        return j

    # -- parser callbacks -----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(a)
            return
        if tag == "html" and not self.lang:
            self.lang = a.get("lang", "").strip() or a.get("xml:lang", "").strip()
        if tag == "time" and a.get("datetime"):
            self.dates.append((2, a["datetime"]))
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self._ld_json = True
            self._ld_buf = []
        if tag == "title" and not self._skip_title_done():
            self._in_title = True
            return
        if self._skip:
            if tag not in _VOID:
                self._push_skip(tag)
            return
        if tag in ("article", "main"):
            self._article += 1
        # An article's own <header> holds its headline and byline: keep it; drop the page's.
        dropped = tag in _SKIP and not (tag == "header" and self._article)
        if (dropped or a.get("role", "").lower() in _SKIP_ROLES or "hidden" in a
                or a.get("aria-hidden", "").lower() == "true" or tag not in ("body", "html", "article", "main")
                and _is_furniture(a)):
            if tag not in _VOID:
                self._push_skip(tag)
            return
        if tag == "br":
            self._buf.append("\n")
            return
        if tag == "a" and a.get("href"):
            self._links = 1  # (links do not nest: a browser closes an open one first; a stray one counts once)
        if tag in _BLOCK:
            self._flush()
            self._block_tag = tag
            if tag == "pre":
                self._pre += 1
            if tag == "li":
                self._buf.append("• ")
            if tag in _PICTURE_ELEMENTS:
                self._figcaption += 1
        if tag == "h1" and not self._in_h1 and len(self.h1s) < _H1_KEPT:
            self._in_h1 = True
            self._h1 = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self._in_title = False
            return
        if tag == "script" and self._ld_json:
            self._ld_json = False
            self._json_ld("".join(self._ld_buf))
        if self._skip:
            if self._skip_open.get(tag):
                # Pop up to and including the innermost open `tag`: each element is popped once, so
                # closing is amortised O(1) however the tags nest.
                while True:
                    popped = self._skip.pop()
                    self._skip_open[popped] -= 1
                    if popped == tag:
                        break
            return
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            heading = collapse_spaces("".join(self._h1)).strip()
            self.h1s.append(heading)
            self.h1 = self.h1 or heading
        if tag in ("article", "main") and self._article:
            self._article -= 1
        if tag == "a":
            self._links = 0
        if tag in _BLOCK:
            self._flush()
            if tag == "pre" and self._pre:
                self._pre -= 1
            if tag in _PICTURE_ELEMENTS and self._figcaption:
                self._figcaption -= 1
            self._block_tag = ""

    def handle_data(self, data: str) -> None:
        if self._ld_json:
            self._ld_buf.append(data)
        if self._in_title:
            self._title.append(data)
            return
        if self._skip:
            return
        if not self._pre and ("\n" in data or "\r" in data):
            # A line break in the page's source is a space, as a browser shows it (only <br> and the blocks break
            # a line): a paragraph the source wraps is one line, its sentences and its headline are not cut.
            data = data.replace("\r", " ").replace("\n", " ")
        self._buf.append(data)
        if self._links:
            self._link_chars += _visible_chars(data)
        if self._in_h1:
            self._h1.append(data)

    # -- metadata -------------------------------------------------------------------------------
    def _skip_title_done(self) -> bool:
        return bool(self._title)  # only the first <title> counts (an <svg><title> is not it)

    def _meta(self, a: dict[str, str]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv") or "").strip().lower()
        content = a.get("content", "").strip()
        if key == "content-language" and not self.lang:
            self.lang = content.split(",")[0]
            return
        if not key or not content:
            return
        if key == "og:title" and not self.og_title:
            self.og_title = collapse_spaces(content).strip()
        elif key == "og:locale" and not self.lang:
            self.lang = content
        elif key in _META_PUBLISHED:
            self.dates.append((_META_PUBLISHED[key], content))
        elif key in _META_MODIFIED:
            self.dates.append((5, content))

    def _json_ld(self, raw: str) -> None:
        found = False
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    self.dates.append((0, item["datePublished"]))
                    found = True
                if isinstance(item.get("dateModified"), str):
                    self.dates.append((5, item["dateModified"]))
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
        if not found and data is None:  # broken JSON: fall back to a pattern
            for m in _LD_PUBLISHED.finditer(raw):
                self.dates.append((0, m.group(1)))
            for m in _LD_MODIFIED.finditer(raw):
                self.dates.append((5, m.group(1)))

    @property
    def title(self) -> str:
        return collapse_spaces("".join(self._title)).strip()


_H1_KEPT = 8  # the <h1> elements kept: a page's own headline comes among its first (a site's name may be one)
_SITE_SUFFIX = re.compile(r"\s+[|·•–—-]\s+[^|·•–—]{1,40}$")


def page_headline(page: HtmlText) -> str:
    """The page's headline as its markup names it: its og:title, else its first <h1>, else its <title>; but an <h1>
    that the og:title or <title> holds with more words around it ("Asia-pacific - Third blogger hacked to death in
    Bangladesh", "Obama admits ... - BBC News") is that title without the site's name or section: the <h1>."""
    named = page.og_title or page.title
    for heading in page.h1s:
        if named and heading != named and len(heading.split()) >= 2 and heading in named:
            return heading
    return page.og_title or page.h1 or page.title


def reduce_html(markup: str) -> HtmlText:
    """The readable text of `markup` (blocks separated by blank lines) and its metadata."""
    parser = _Reducer()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # very malformed markup: keep what was parsed
        pass
    parser._flush()
    title = parser.title
    stripped = _SITE_SUFFIX.sub("", title)
    if len(stripped.split()) >= 2:
        title = stripped
    return HtmlText(text="\n\n".join(parser.blocks), title=title, og_title=parser.og_title,
                    h1=parser.h1, h1s=tuple(parser.h1s), dates=parser.dates, lang=parser.lang,
                    captions=_block_spans(parser.blocks, parser.caption_blocks))


def _block_spans(blocks: list[str], indexes: list[int]) -> list[tuple[int, int]]:
    """The spans in the joined text ("\n\n" between blocks) of the blocks at `indexes` (ascending)."""
    if not indexes:
        return []
    spans = []
    wanted = iter(indexes)
    k = next(wanted)
    at = 0
    for i, block in enumerate(blocks):
        if i == k:
            spans.append((at, at + len(block)))
            k = next(wanted, -1)
            if k < 0:
                break
        at += len(block) + 2
    return spans
