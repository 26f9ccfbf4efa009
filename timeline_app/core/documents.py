"""Loading articles: files and folders → Document values with title, date, sentences, boilerplate.

Qt-free. Every offset (sentences, excluded spans) indexes Document.text, which is the file's text
exactly as decoded (for HTML: the readable text reduced from the markup).

Public API: load_paths, load_document, load_documents, document_from_text, split_sentences, DocumentError.
Each file is read by its format's reader (core/readers/: text, Markdown and HTML as ever, PDF, Word, e-mail,
feeds); a file may hold several documents (a mailbox, a feed).
"""
from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
import warnings
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal, NamedTuple, TextIO

from timeline_app.core.html_text import collapse_spaces, page_headline, reduce_html, visible_text
from timeline_app.core.web_page import furniture_blocks, has_blocks_to_judge, main_text
from timeline_app.core.model import Document, Problem, Sentence, merge_spans
from timeline_app.core.numeric_dates import NUMERIC_DATE, ambiguous
from timeline_app.core.numeric_dates import day_first as numeric_day_first
from timeline_app.core.numeric_dates import day_first_by_language
from timeline_app.core.progress import PROGRESS_STEP, Cancelled, CharProgress, check_every
from timeline_app.core.readers import RawDocument, is_article_name, read_bytes
from timeline_app.core.story_day import page_day_from_story, page_day_from_written_weekdays
from timeline_app.core.readers import SUFFIXES as SUPPORTED_EXTENSIONS
from timeline_app.core.readers.base import DocumentError
from timeline_app.core.readers.text import HTML_EXTENSIONS, MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS
from timeline_app.core.readers.text import decode as _decode

if TYPE_CHECKING:
    from timeline_app.core.grammar import Token, VerbGroup

__all__ = ["DocumentError", "load_paths", "load_document", "load_documents", "document_from_text", "split_sentences",
           "decode_stream", "readable_name",
           "MAX_BYTES", "TEXT_EXTENSIONS", "MARKDOWN_EXTENSIONS", "HTML_EXTENSIONS"]

MAX_BYTES = 50 * 1024 * 1024

Kind = Literal["txt", "md", "html"]
CP1252_WARNING = "not valid UTF-8; read as Windows-1252"



SUPPORTED_TEXT = "supported: .txt, .md, .html, .pdf, .docx, .eml, .mbox, .rss, .atom, .xml feeds"
# Files a user may have expected to load, named so the skipped line says what they are.
_NON_ARTICLE_TYPES = {
    **dict.fromkeys((".png",), "PNG image"), **dict.fromkeys((".jpg", ".jpeg", ".jfif"), "JPEG image"),
    ".gif": "GIF image", ".webp": "WebP image", ".bmp": "BMP image", ".svg": "SVG image",
    **dict.fromkeys((".tif", ".tiff"), "TIFF image"), **dict.fromkeys((".heic", ".heif"), "HEIC image"),
    ".doc": "Word 97–2003 document (save it as .docx)", ".odt": "OpenDocument text",
    ".rtf": "RTF document", ".epub": "EPUB e-book", ".pages": "Pages document",
    **dict.fromkeys((".xls", ".xlsx"), "Excel spreadsheet"), ".ods": "OpenDocument spreadsheet",
    ".csv": "CSV table", ".tsv": "TSV table", ".json": "JSON data",
    **dict.fromkeys((".ppt", ".pptx"), "PowerPoint presentation"), ".odp": "OpenDocument presentation",
    **dict.fromkeys((".zip", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".7z", ".rar"), "archive"),
    **dict.fromkeys((".mp3", ".wav", ".m4a", ".ogg", ".flac", ".aac"), "audio"),
    **dict.fromkeys((".mp4", ".mov", ".avi", ".mkv", ".webm", ".m4v"), "video"),
    ".msg": "Outlook message (save it as .eml)",
}
# Files no one expects to be articles: skipped without a word (hidden files are too).
_JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", "icon\r"})
_JUNK_SUFFIXES = ("~", ".tmp", ".bak", ".swp", ".part", ".crdownload", ".lock", ".pyc")


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _not_article(name: str) -> str | None:
    """Why a file in a folder is skipped, for the user; None when it is skipped silently."""
    low = name.lower()
    if name.startswith(".") or low in _JUNK_NAMES or low.endswith(_JUNK_SUFFIXES):
        return None
    ext = os.path.splitext(low)[1]
    what = _NON_ARTICLE_TYPES.get(ext) or (f"a {readable_name(ext)} file" if ext else "a file without an extension")
    return f"not an article: {what}; {SUPPORTED_TEXT}"


# ================================================================================================
# Loading files and folders
# ================================================================================================

@dataclass(frozen=True)
class Listing:
    """The files `load_paths` reads under some paths, found without opening any: in the order they load, each
    with the `os.stat` it was listed by, and the problems met listing them (skipped files, unreadable folders).
    Made once per load (`list_paths`), it serves the timeline cache's key, the progress bar's size and the
    loader, so a folder is walked and its files stat'ed once."""

    files: tuple[str, ...]
    stats: tuple[os.stat_result, ...]  # one per file, in step with `files`
    problems: tuple[Problem, ...]


def list_paths(paths: Iterable[str | os.PathLike]) -> Listing:
    """What `load_paths(paths)` would read, and the problems of listing it. Nothing is opened."""
    problems: list[Problem] = []
    files: list[str] = []
    stats: list[os.stat_result] = []
    seen: set[str] = set()
    for p in paths:
        _expand(os.fspath(p), files, stats, problems, seen)
    return Listing(tuple(files), tuple(stats), tuple(problems))


def load_paths(
    paths: Iterable[str | os.PathLike],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    listing: Listing | None = None,
) -> tuple[list[Document], list[Problem]]:
    """Load every supported file named in `paths` (files, or folders searched recursively).

    Returns the documents in a deterministic order (inputs in the order given, folder contents
    sorted by name) and the problems met on the way; a bad file never stops the others.
    `progress(i, n, path)` is called as file i of n (1-based) starts loading; `cancelled()` is
    checked before each file and within long ones, and when it returns True loading stops with what has
    loaded so far. `listing`: `list_paths(paths)` made already by the caller (then `paths` is not listed again).
    """
    if listing is None:
        listing = list_paths(paths)
    files = listing.files
    problems = list(listing.problems)

    def cancel_check(_offset: int) -> None:  # within a long document, Cancel is felt at once
        if cancelled is not None and cancelled():
            raise Cancelled

    check: CharProgress | None = cancel_check if cancelled is not None else None

    documents: list[Document] = []
    used_ids: dict[str, int] = {}
    n = len(files)
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(i + 1, n, path)
        try:
            docs, warnings = _load_file(path, progress=check)
        except Cancelled:
            break  # cancelled inside a long document: stop with what has loaded
        except DocumentError as e:
            problems.append(Problem(path, e.message, e.level))
            continue
        except Exception as e:  # noqa: BLE001 - a file must never take the whole load down
            problems.append(Problem(path, f"could not load: {e}"))
            continue
        for doc in docs:
            doc_id = _unique_id(doc.id, used_ids)
            if doc_id != doc.id:
                doc = replace(doc, id=doc_id)
            if doc.encoding == "cp1252":
                problems.append(Problem(path, CP1252_WARNING, Problem.WARNING))  # loaded: a caveat, not a failure
            documents.append(doc)
        problems.extend(Problem(path, w, Problem.WARNING) for w in warnings)
    return documents, problems


def readable_name(name: str) -> str:
    """A file name for people: each byte that was not UTF-8 (a lone surrogate from os.fsdecode) read as
    Windows-1252, the usual cause ("caf\\udce9" → "café"), any other lone surrogate as U+FFFD. Paths stay
    exact; ids use this, so they can be written anywhere."""
    return _LONE_SURROGATE.sub(_readable_byte, name)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _readable_byte(m: re.Match[str]) -> str:
    code = ord(m.group())
    if 0xdc80 <= code <= 0xdcff:
        return bytes([code - 0xdc00]).decode("cp1252", "replace")
    return "\ufffd"


def _unique_id(stem: str, used: dict[str, int]) -> str:
    """stem, or stem-2, stem-3... if taken. `used` maps each id given to the next suffix to try for it, so a
    thousand "index.html" files cost a thousand steps, not half a million."""
    k = used.get(stem, 1)
    candidate = stem if k == 1 else f"{stem}-{k}"
    while candidate in used:
        k += 1
        candidate = f"{stem}-{k}"
    used[stem] = k + 1
    used.setdefault(candidate, 2)
    return candidate


def _stat_problem(path: str, err: OSError) -> str:
    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if err.errno in (errno.ENOENT, errno.ENOTDIR):
        if os.path.islink(path):
            return "broken symbolic link (its target does not exist)"
        return "no such file or folder"
    if err.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return f"cannot read: {err.strerror or err}"


def _expand(path: str, files: list[str], stats: list[os.stat_result], problems: list[Problem],
            seen: set[str]) -> None:
    """Add the loadable files under one input path to `files`, and the stat of each to `stats`."""
    try:
        st = os.stat(path)
    except OSError as e:
        problems.append(Problem(path, _stat_problem(path, e)))
        return
    except ValueError:  # embedded NUL in the name
        problems.append(Problem(path, "invalid file name"))
        return
    if stat.S_ISDIR(st.st_mode):
        before = len(problems)
        root = os.path.realpath(path)
        found = _walk(path, files, stats, problems, seen, {root}, root)
        if not found and all(p.level == Problem.SKIPPED for p in problems[before:]):
            problems.append(Problem(path, "no supported files in this folder (looked for "
                                          f"{', '.join(sorted(SUPPORTED_EXTENSIONS))})"))
        return
    real = os.path.realpath(path)
    if real in seen:
        return
    seen.add(real)
    files.append(path)  # named explicitly: tried whatever its extension
    stats.append(st)


def _inside_root(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _is_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()  # from the listing itself where the file system says (no system call)
    except OSError:
        return True  # unknown: resolved the slow way


def _walk(folder: str, files: list[str], stats: list[os.stat_result], problems: list[Problem], seen: set[str],
          active: set[str], root: str) -> int:
    """Recurse into `folder`, returning how many supported files it holds (loaded or not).

    `active` holds the real paths of the folders being walked, so that links cannot loop; `root` is the
    real path of the folder the user opened: a link leading out of it (to /etc/passwd) is not followed.
    Files that are not articles are reported as skipped (an image, a PDF, a FIFO) or, for hidden and
    system files, passed over silently. Nothing here opens a file: a FIFO is never read.
    """
    try:
        with os.scandir(folder) as entries:
            links = {entry.name: _is_link(entry) for entry in entries}
    except OSError as e:
        problems.append(Problem(folder, _stat_problem(folder, e)))
        return 0
    names = sorted(links)
    # A child that is no link is really in the folder's real path: resolved once here rather than once per
    # file (realpath examines every component of the path: most of listing 10,000 files).
    real_folder = os.path.realpath(folder)
    found = 0
    for name in names:
        child = os.path.join(folder, name)
        try:
            st = os.stat(child)
        except OSError as e:
            if is_article_name(name) or e.errno == errno.ELOOP:
                problems.append(Problem(child, _stat_problem(child, e)))
            continue
        except ValueError:
            continue
        real = os.path.realpath(child) if links[name] else os.path.join(real_folder, name)
        if not _inside_root(real, root):
            if not name.startswith("."):
                what = "folder" if stat.S_ISDIR(st.st_mode) else "file"
                problems.append(Problem(child, f"a link to a {what} outside the opened folder "
                                               f"({readable_name(real)}); not followed", Problem.SKIPPED))
            continue
        if stat.S_ISDIR(st.st_mode):
            if name.startswith("."):
                continue  # hidden folders (.git, .cache...) are not article folders
            if real in active:
                continue  # a symbolic link back up the tree: do not loop
            found += _walk(child, files, stats, problems, seen, active | {real}, root)
            continue
        if name.startswith("."):
            continue
        if not stat.S_ISREG(st.st_mode):
            problems.append(Problem(child, f"not a regular file: {_special_kind(st.st_mode)}", Problem.SKIPPED))
            continue
        if not is_article_name(name):
            why = _not_article(name)
            if why:
                problems.append(Problem(child, why, Problem.SKIPPED))
            continue
        found += 1
        if real in seen:
            continue  # the same file reached twice (links): load it once
        seen.add(real)
        files.append(child)
        stats.append(st)
    return found



_READ_CHUNK = 1 << 16


def _read_bytes(path: str, limit: int) -> bytes:
    """Up to `limit` bytes of a regular file, read to its end (st_size is not trusted: /proc files say 0).

    Opened without blocking and checked once open: a file swapped for a FIFO after the stat must not hang
    the load. Read in chunks: `read(limit)` would allocate the whole limit (50 MB) for every file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with open(fd, "rb", buffering=0) as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise DocumentError(f"not a regular file: {_special_kind(st.st_mode)}", Problem.SKIPPED)
        chunks: list[bytes] = []
        total = 0
        want = st.st_size + 1 if st.st_size else _READ_CHUNK  # the size, and one byte to see the end
        while total < limit:
            chunk = f.read(min(want, limit - total))
            want = _READ_CHUNK
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    return b"".join(chunks)


def _size_text(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def load_document(path: str | os.PathLike, *, progress: CharProgress | None = None) -> Document:
    """Load one file as a Document (the first, for a file holding several); raises DocumentError with a
    readable message on bad input.

    `progress(offset)` is called about every PROGRESS_STEP characters of work with an offset in
    [0, len(text)] that only grows (the passes over the text share that range); raising Cancelled from it
    stops the load at once."""
    return _load_file(path, progress=progress)[0][0]


def load_documents(path: str | os.PathLike, *, progress: CharProgress | None = None) -> list[Document]:
    """Every document in one file (a mailbox, a feed and an e-mail with articles attached hold several), in
    the file's order; DocumentError when there is none. Ids are the file's stem, then stem-PART."""
    return _load_file(path, progress=progress)[0]


def _load_file(path: str | os.PathLike, *, progress: CharProgress | None = None) -> tuple[list[Document], list[str]]:
    """The documents of one file and the warnings its reader had (loaded, with a caveat)."""
    path = os.fspath(path)
    try:
        st = os.stat(path)
    except OSError as e:
        raise DocumentError(_stat_problem(path, e)) from None
    except ValueError:
        raise DocumentError("invalid file name") from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError("is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):  # checked before any open: a FIFO would block the reader
        raise DocumentError(f"not a regular file: {_special_kind(st.st_mode)}", Problem.SKIPPED)
    if st.st_size > MAX_BYTES:
        raise DocumentError(f"larger than 50 MB ({_size_text(st.st_size)})")
    # st_size 0 is not trusted: /proc files report 0 and have content. Read to the end, within the limit.
    try:
        data = _read_bytes(path, MAX_BYTES + 1)
    except PermissionError:
        raise DocumentError("permission denied") from None
    except IsADirectoryError:
        raise DocumentError("is a folder, not a file") from None
    except OSError as e:
        raise DocumentError(_stat_problem(path, e)) from None
    if len(data) > MAX_BYTES:
        raise DocumentError(f"larger than 50 MB ({_size_text(len(data))})")
    if not data:
        raise DocumentError("file is empty")
    raws = read_bytes(data, path)
    del data  # the text alone from here on: peak memory stays a small multiple of the file
    doc_id = readable_name(Path(path).stem or Path(path).name) or "document"
    documents: list[Document] = []
    warnings = [w for raw in raws for w in raw.warnings]
    for raw in raws:
        try:
            documents.append(_from_raw(raw, doc_id=doc_id, path=path, progress=progress))
        except DocumentError as e:
            if len(raws) == 1:
                raise
            warnings.append(f"{raw.origins[0][1] if raw.origins else 'a part'} not read: {e.message}")
    if not documents:
        raise DocumentError(warnings[-1])
    return documents, warnings


def _from_raw(raw: RawDocument, *, doc_id: str, path: str, progress: CharProgress | None) -> Document:
    """A reader's document built into a Document: sentences, boilerplate, title and date found in its text,
    the file's own title and date preferred where it states them."""
    if raw.part:
        doc_id = f"{doc_id}-{readable_name(raw.part)}"
    if raw.kind in ("txt", "md", "html"):
        doc = _build(raw.text, doc_id=doc_id, path=path, kind=raw.kind, encoding=raw.encoding,  # type: ignore[arg-type]
                     progress=progress)
        if not doc.text or doc.text.isspace():
            raise DocumentError("no readable text in this HTML page")
    else:  # plain text already, its offsets in `origins`: built as text, so they stay exact
        doc = _build(raw.text, doc_id=doc_id, path=path, kind="txt", encoding=raw.encoding, progress=progress)
    title = _headline(_clean_title(raw.title)) if raw.title else ""
    published = doc.published
    if raw.published is not None and (not raw.published_fallback or published is None):
        published = raw.published
    return replace(doc, title=title or doc.title, published=published, origins=raw.origins, link=raw.link,
                   part_key=raw.key)



def decode_stream(stream: BinaryIO | TextIO) -> str:
    """All of a stream (standard input) as text, decoded as files are; DocumentError when it is binary or
    over MAX_BYTES. Empty input is the empty text."""
    chunks: list[bytes] = []
    total = 0
    while total <= MAX_BYTES:
        chunk = stream.read(_READ_CHUNK)
        if not chunk:
            break
        if isinstance(chunk, str):  # a text stream (no bytes to be had): already decoded
            return chunk + stream.read()
        chunks.append(chunk)
        total += len(chunk)
    if total > MAX_BYTES:
        raise DocumentError("larger than 50 MB")
    data = b"".join(chunks)
    return _decode(data)[0] if data else ""


# ================================================================================================
# Building a Document from text
# ================================================================================================

def document_from_text(text: str, *, id: str, path: str = "", kind: Kind = "txt",
                       progress: CharProgress | None = None) -> Document:
    """A Document from text already in memory (tests, stdin). For kind "html", `text` is markup."""
    return _build(text, doc_id=id, path=path, kind=kind, encoding="utf-8", progress=progress)


def _pass_progress(progress: CharProgress | None, n: int, k: int, passes: int = 3) -> CharProgress | None:
    """Pass k of `passes` over a text of n characters reports its offset scaled into a share of [0, n]."""
    if progress is None:
        return None
    return lambda offset: progress((k * n + offset) // passes)


@dataclass(slots=True)
class _Line:
    """A line with some content (blank lines are not kept: only the break they make)."""

    text: str  # the whole text (shared, not copied)
    start: int  # trimmed span of the line's content
    end: int
    after_blank: bool  # a blank line (or the start of the range) comes before it

    @property
    def s(self) -> str:
        """The stripped content, cut when asked: holding a copy of every line would double the memory."""
        return self.text[self.start:self.end]


# A letter or digit (str.isalnum: \w without the underscore), found by the regex engine, not a Python loop.
_ALNUM = re.compile(r"[^\W_]")
_NEWLINE = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _raw_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for m in _NEWLINE.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


# The trimmed content of one line: from a character that is not whitespace to the last such character before
# the line break (\S excludes every break, so a match never crosses one). One C scan finds every line of
# content; blank lines are stepped over by the scan, not visited one by one.
_CONTENT = re.compile(r"\S(?:[^\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*\S)?")


def _lines(text: str, start: int = 0, end: int | None = None, *,
           progress: CharProgress | None = None) -> list[_Line]:
    """The non-blank lines of text[start:end], trimmed; one object per line of content only."""
    end = len(text) if end is None else end
    out = []
    prev_end = -1  # the end of the last line of content: none yet, so the first comes after a "blank"
    due = start + PROGRESS_STEP
    for m in _CONTENT.finditer(text, start, end):
        a, b = m.span()
        if progress is not None and a >= due:
            progress(a)
            due = a + PROGRESS_STEP
        # A blank line lies between two lines of content when two line breaks do ("\n\n", "\r\n \r\n").
        if prev_end < 0:
            blank = True
        elif a - prev_end <= 2:  # the usual gaps, told apart without a scan
            gap = text[prev_end:a]
            blank = gap == "\n\n" or gap == "\r\r" or (len(gap) == 2 and _count_breaks(text, prev_end, a) >= 2)
        else:
            blank = _count_breaks(text, prev_end, a) >= 2
        out.append(_Line(text, a, b, blank))
        prev_end = b
    return out


def _count_breaks(text: str, start: int, end: int) -> int:
    """The number of line breaks in text[start:end] ("\r\n" is one)."""
    return sum(1 for _ in _NEWLINE.finditer(text, start, end))


def _build(text: str, *, doc_id: str, path: str, kind: Kind, encoding: str,
           progress: CharProgress | None = None) -> Document:
    meta_title = ""
    candidates: list[tuple[int, int, dt.date]] = []  # (rank, position, date): lowest wins
    excluded: list[tuple[int, int]] = []
    figcaptions: list[tuple[int, int]] = []
    body_start = 0
    markup = ""
    lang = ""
    order: list[bool | None] = []

    def day_first() -> bool | None:
        """The document's order of numeric dates (`numeric_dates.day_first`), read once, when first asked."""
        if not order:
            order.append(numeric_day_first(text, lang))
        return order[0]
    if kind == "html":
        page = reduce_html(text)
        markup, text, lang = text, page.text, page.lang
        figcaptions = page.captions
        meta_title = page_headline(page)
        for k, (rank, raw) in enumerate(page.dates):
            d = _parse_date(raw, day_first)
            if d is not None:
                candidates.append((rank, -1000 + k, d))
    elif kind == "md":
        fm = _front_matter(text)
        if fm is not None:
            body_start, fields = fm
            excluded.append((0, body_start))
            meta_title = _unquote(fields.get("title", ""))
            for key in ("date", "published", "pubdate", "publishdate", "date_published"):
                if key in fields:
                    d = _parse_date(_unquote(fields[key]), day_first)
                    if d is not None:
                        candidates.append((0, -1, d))
                        break
            for key in ("updated", "lastmod", "modified", "last_modified"):
                d = _parse_date(_unquote(fields[key]), day_first) if key in fields else None
                if d is not None:
                    candidates.append((5, -1, d))
        # (the text as shown is the rendered one: titles and mentions quote words, not their markers)
        text = _without_emphasis(text, body_start)

    n = len(text)
    lines = _lines(text, body_start, progress=_pass_progress(progress, n, 0))
    analysis = _analyse(text, lines, progress=_pass_progress(progress, n, 1), day_first=day_first)
    excluded.extend(analysis.excluded)
    candidates.extend(analysis.dates)
    sentences = _split_lines(text, lines, progress=_pass_progress(progress, n, 2))
    if analysis.story_from:
        _start_sentences_at_stories(sentences, lines, analysis.story_from, analysis.headline_ends or {})
    excluded.extend(_call_to_action_sentences(text, sentences))
    furniture = list(excluded)  # (the page's own furniture: its captions, added next, are the story's)
    captions = _caption_sentences(text, sentences, dated=bool(candidates))
    if figcaptions:
        captions = sorted(set(captions).union(_figcaption_sentences(text, sentences, figcaptions)))
    if captions:
        excluded.extend(captions)
        # A caption opening a line is no headline either (a page that shows its picture first).
        opening = {a for a, _ in captions}
        analysis.skip_for_title.update(i for i in range(min(len(lines), _TITLE_LINES)) if lines[i].start in opening)

    named = _headline(_clean_title(meta_title[:1000]))
    # A page's named title that is only its byline, its date or its site's name gives way to the headline its text
    # has (its heading, else its lead).
    title = (named if not _names_no_headline(named) else "") \
        or _title_from_lines(text, lines, analysis, kind, sentences) \
        or named or visible_text(doc_id).strip() or doc_id  # a file name may hold bidi overrides too
    if markup:
        # trafilatura's opinion of the same page: blocks neither it nor our rules took for the story are
        # excluded, and its reading of the page's date ranks after every date the page states itself.
        excluded = list(merge_spans(excluded))
        main = main_text(markup) if has_blocks_to_judge(text, excluded) else None
        del markup
        if main is not None:
            blocks = furniture_blocks(text, main, excluded, title)
            excluded.extend(blocks)
            furniture.extend(blocks)
            if main.published is not None:
                candidates.append((4, -500, main.published))
    published = min(candidates)[2] if candidates else None
    if published is not None and min(candidates)[0] >= _UPDATE_RANK and analysis.dateline_day is not None:
        # The page's date is only a later stamp (an update's, a store's, a reader's guess): a year-less dateline
        # on or before it ("Updated: March 5, 2014" over "BERLIN, Feb 14 (Reuters) - ") gives the story's day.
        published = _dateline_before(published, analysis.dateline_day)
    # A page's day is the day its story was written: a page that prints no date is dated by its story, the lead's
    # weekday written out as a date elsewhere in it (`story_day`). A printed date is not overruled that way: a file
    # photo's caption can write out an older day on the lead's weekday (a held-out page showed it), and no real page
    # has yet shown a site's date of the day that the story's days alone could tell from the page's own.
    if published is None:
        published = page_day_from_story(text, furniture, captions, sentences) \
            or page_day_from_written_weekdays(text, furniture, captions, sentences)
    if published is not None and analysis.wire_day is not None:
        published = _dateline_day(published, analysis.wire_day)
    elif published is None and analysis.dateline_day is not None and analysis.wire_year is not None:
        # A year-less dateline ("BERLIN, Feb 14 (Reuters) - ") is the page's day in the year another date on the
        # page gives it (`_dateline_year`), when the page prints no date of its own.
        published = _wire_date(analysis.wire_year, analysis.dateline_day)
    # The body's numeric dates take the order the publication date took (read once, here): a page's language only
    # reaches the tagger this way. Asked now only when the language has a say; else the tagger reads the text
    # itself at its first date that could be either way round, with the same answer.
    if not order and day_first_by_language(lang) is not None:
        day_first()
    return Document(
        id=doc_id, path=path, text=text, title=title, published=published, sentences=sentences,
        excluded=merge_spans(excluded), encoding=encoding, day_first=order[0] if order else None,
        story_days=analysis.story_days,
    )


def _start_sentences_at_stories(sentences: SentenceSpans, lines: list[_Line], story_from: dict[int, int],
                                headline_ends: dict[int, int]) -> None:
    """The sentence that holds a story glued after its line's date ("date 2019-03-04 The council approved ...")
    starts at the story: the date before it is no part of the sentence's words (its title, its mentions). A
    headline run into the story (`headline_ends`) keeps its own sentence before the story's. (A few top lines:
    the insertion's cost is bounded.)"""
    bounds = sentences._bounds
    for i, offset in story_from.items():
        at = lines[i].start + offset
        k = bisect_right(bounds, at) - 1  # the bound at or before the story's start
        if k >= 0 and k % 2 == 0 and bounds[k] < at < bounds[k + 1]:  # (a sentence's start before it)
            start = bounds[k]
            bounds[k] = at
            end = lines[i].start + headline_ends[i] if i in headline_ends else start
            if end > start:
                bounds[k:k] = array(bounds.typecode, (start, end))


# ---- Sentences as offsets -----------------------------------------------------------------------

class SentenceSpans(Sequence[Sentence]):
    """A document's sentences as one array of offsets (start, end, start, end, …), each `Sentence` made when
    asked: 16 bytes a sentence, where a tuple of `Sentence` objects with their own offsets held about 100
    (1.5 bytes per character of dense news, for as long as the document is loaded). Reads as the tuple it
    stands for: indexing, slicing (a tuple), iteration, len, bisect, and equality and hash with the tuple."""

    __slots__ = ("_bounds", "_last")

    def __init__(self, sentences: Iterable[Sentence] = ()) -> None:
        bounds = array("q")
        for s in sentences:
            bounds.append(s.start)
            bounds.append(s.end)
        self._bounds = bounds
        self._last: tuple[int, Sentence] | None = None

    @classmethod
    def _of_bounds(cls, bounds: array) -> SentenceSpans:
        spans = cls.__new__(cls)
        spans._bounds = bounds
        spans._last = None
        return spans

    def __getitem__(self, index):  # type: ignore[override]  # an int or a slice, as a tuple answers
        # The sentence last handed out by its (non-negative) index, handed out again: the walks ask for one
        # sentence per date, and a sentence's dates come together (41,112 asks on the 1 MB growth text; making
        # a frozen `Sentence` is most of an ask). One tuple, replaced whole: a reader in another thread sees
        # an index and its own sentence.
        last = self._last
        if last is not None and last[0] == index:
            return last[1]
        bounds = self._bounds
        if isinstance(index, slice):
            return tuple(Sentence(bounds[2 * k], bounds[2 * k + 1]) for k in range(*index.indices(len(self))))
        n = len(bounds) >> 1
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("sentence index out of range")
        sentence = Sentence(bounds[2 * index], bounds[2 * index + 1])
        self._last = (index, sentence)
        return sentence

    def __len__(self) -> int:
        return len(self._bounds) >> 1

    def __iter__(self) -> Iterator[Sentence]:
        bounds = self._bounds
        return map(Sentence, bounds[::2], bounds[1::2])

    def index_at(self, offset: int) -> int:
        """The index of the sentence holding `offset`, or -1: `Document.sentence_at`'s bisection, step for step,
        on the offsets themselves (no `Sentence` made per step)."""
        bounds = self._bounds
        lo, hi = 0, len(bounds) >> 1
        while lo < hi:
            mid = (lo + hi) // 2
            if bounds[2 * mid + 1] <= offset:
                lo = mid + 1
            elif bounds[2 * mid] > offset:
                hi = mid
            else:
                return mid
        return -1

    def starts(self) -> array:
        """The sentences' starts, in order, as one array (8 bytes a sentence; bisect reads it)."""
        return self._bounds[::2]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SentenceSpans):
            return self._bounds == other._bounds
        if isinstance(other, Sequence) and not isinstance(other, (str, bytes)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))  # as the equal tuple's

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self):  # pickles as its array (a worker sends a document back in a few bytes a sentence)
        return SentenceSpans._of_bounds, (self._bounds,)


# ---- Markdown front matter ---------------------------------------------------------------------

_FM_FIELD = re.compile(r"^\s*([A-Za-z_][\w.-]*)\s*[:=]\s*(.*?)\s*$")


def _front_matter(text: str) -> tuple[int, dict[str, str]] | None:
    """(end offset, fields) of a leading YAML (---) or TOML (+++) front-matter block."""
    raw = list(_raw_lines(text, 0, min(len(text), 20000)))
    if not raw or text[raw[0][0]:raw[0][1]].strip() not in ("---", "+++"):
        return None
    fence = text[raw[0][0]:raw[0][1]].strip()
    closers = ("---", "...") if fence == "---" else ("+++",)
    fields: dict[str, str] = {}
    for ls, le in raw[1:200]:
        line = text[ls:le]
        if line.strip() in closers:
            return le, fields
        m = _FM_FIELD.match(line)
        if m and not line[:1].isspace():
            fields.setdefault(m.group(1).lower(), m.group(2))
    return None


_EMPHASIS_RUN = re.compile(r"\*+|_+")


def _without_emphasis(text: str, start: int) -> str:
    """The text from `start` on without Markdown's inline emphasis markers ("inflation had *eased*", "**By Jane
    Doe** | Published ..."), as a reader sees it rendered: the words a title or a mention quotes. A marker is a run
    of one to three "*" or "_" that opens (a letter, not a space, after it; no letter or digit before it) and the
    same run that closes it later on the same line (no space before, no letter or digit after): a list's "* ", a
    product "5 * 3" or a name "snake_case" stay. One scan of the runs, the line's open runs in a dict: linear."""
    if "*" not in text and "_" not in text:
        return text
    drop: list[tuple[int, int]] = []
    open_runs: dict[str, tuple[int, int]] = {}
    line_end = -1
    n = len(text)
    for m in _EMPHASIS_RUN.finditer(text, start):
        a, b = m.span()
        if a > line_end:  # a new line: nothing open on the last one closes here
            open_runs.clear()
            line_end = text.find("\n", a)
            if line_end < 0:
                line_end = n
        if b - a > 3:
            continue
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < n else " "
        run = m[0]
        if not before.isspace() and not after.isalnum() and run in open_runs:
            drop.append(open_runs.pop(run))
            drop.append((a, b))
        elif not after.isspace() and not before.isalnum():
            open_runs[run] = (a, b)
    if not drop:
        return text
    drop.sort()
    parts: list[str] = []
    pos = 0
    for a, b in drop:
        parts.append(text[pos:a])
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


# ---- dates -------------------------------------------------------------------------------------

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
MONTH_PATTERN = _MONTH  # (shared: extraction's wire dateline reads its months so)
_WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_DATE_CORE = (rf"(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
              rf"|{_YEAR}-\d{{1,2}}-\d{{1,2}}|{_YEAR}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}"
              # the day and month numbers joined by hyphens, as Indian and European portals print their date line
              # ("Updated: 18-11-2021 09:46 IST")
              rf"|\d{{1,2}}-\d{{1,2}}-{_YEAR}"
              # a day, the month's name and the year joined by hyphens, as some portals print their date line
              # ("13-February-2025", "4-Mar-2011")
              rf"|{_DAY}-{_MONTH}-{_YEAR})")
# A time of day with its zone, which may carry its offset from UTC as news sites print it: "4:12 PM GMT+1",
# "09:30 (UTC-05:00)".
_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?"
# (A weekday's comma may be glued to the date: "Thursday,13-February-2025".)
_DATE = rf"(?:{_WEEKDAY}(?:\s+|(?<=,)))?(?P<core>{_DATE_CORE})"
# An ISO 8601 timestamp's time after its date, as feeds and wire desks print it: "T14:41:00Z", "T09:15+02:00".
_ISO_TIME = r"T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?"
# A line that is nothing but a date (and maybe a time): a dateline. News sites print the last update after it:
# "Tuesday 4 November 2025, 06:00 GMT · Updated 11:45 GMT", "May 2, 2018 | Last updated May 3, 2018 9:14 am".
# (Its optional parts overlap, so a long line that nearly matches backtracks super-linearly (seconds on 2,000
# characters): `_DATELINE` may only be run on a bounded line, as its one caller does (80 characters at most).)
_UPDATED_TAIL = (rf"\s*[,|·•–—;(-]?\s*(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*:?\s*"
                 rf"(?:(?:{_TIME}\s*[,|·•–—-]?\s*)?(?:{_WEEKDAY}\s+)?(?:{_DATE_CORE})(?:\s*(?:[,|·•–—-]|at)?\s*{_TIME})?"
                 rf"|{_TIME})\)?")
# What a page prints after a date line's time: the page's age ("/ 3 years ago") or its counters (views, comments)
# and the site's name ("10:05 0 2318 Newsdesk", "08:30 12 comments").
_PAGE_TAIL = (r"(?:\s*[,|·•–—/-]\s*\d{1,3}\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago"
              r"|(?:\s+\d[\d,]*(?:\s+(?:comments?|views?|shares?|reads?))?){1,3}(?:\s+[A-Z][\w.]*)?)")
# A newspaper's date line may end with the place the story was filed from, after a dash ("April 3, 2019 10:15 pm |
# Updated 10:40 pm IST - New Delhi"): capitalised words only, so a line going on with a clause is no date line; and
# only after a time or an update, so a Title-Case headline after a bare date ("March 3, 2019 - Mayor Resigns") is
# no place.
_PLACE_TAIL = r"(?:\s+[–—-]\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))"
_DATELINE = re.compile(
    rf"(?:{_TIME}\s*[,|·•–—-]?\s*)?{_DATE}"
    rf"(?:(?:{_ISO_TIME}|\s*(?:[,|·•–—/-]|at)?\s*{_TIME}(?:{_PAGE_TAIL})?)(?:{_UPDATED_TAIL})?{_PLACE_TAIL}?"
    rf"|{_UPDATED_TAIL}{_PLACE_TAIL}?)?",
    re.IGNORECASE)
# A blog's post line: its category, the date, maybe the time and the author ("In World on March 3, 2019 at 6:12 am",
# "Posted in Local on 8 July 2015 at 10:02 by admin"). The category is capitalised words, so a sentence that opens
# with a place and a date ("In Oslo on March 3, 2019 at noon the council ...") goes on after it: story.
_POST_LINE = re.compile(
    rf"(?:posted\s+)?in\s+(?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z][\w'’&-]*)){{0,3}}\s+on\s+{_DATE}"
    rf"(?:\s*(?:,|at)?\s*{_TIME})?(?:\s+by\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){{0,3}})?",
    re.IGNORECASE)
# A site's own sentence giving the page's date, alone on a line near the top: "This Article is From Mar 06, 2014",
# "This story was first published on 4 March 2011", "The article was last updated on 2019-03-04 at 10:15".
_PAGE_DATE_SENTENCE = re.compile(
    rf"(?:this|the)\s+(?:article|story|post|page|report)\s+(?:is|was)\s+"
    rf"(?:from|dated|(?P<updated>(?:last\s+)?(?:updated|modified))(?:\s+on)?"
    rf"|(?:first\s+|originally\s+)?(?:published|posted|written|filed)(?:\s+on)?)\s*:?\s*"
    rf"{_DATE}(?:\s*(?:,|at)?\s*{_TIME})?\.?",
    re.IGNORECASE)
_DATE_ANYWHERE = re.compile(_DATE, re.IGNORECASE)
# A sentence whose only content is that today is a date, as an audio brief or a letter opens ("Today is Thursday,
# June 10th, 2010."): the page's date when it states none otherwise (`_SPOKEN_DATE_RANK`), never a happening. At a
# line's start or after a sentence's end; a sentence that goes on after the date ("..., the flood's anniversary") is
# the story's.
_TODAY_IS_DATE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))today(?:['’]s\s+date)?\s+is\s+{_DATE}\s*[.!](?=\s|$)",
    re.IGNORECASE)
# The page's programme speaking of itself, as an audio brief's script opens ("Today on Harbour News: We briefly recap
# the week's stories.", "The time is 10:00 (UTC) on Friday March 4, 2011, and this is Harbour Radio News.", "I am Jane
# Doe and this is Harbour Radio."): furniture, never a happening, and a date in it is the page's date when the page
# prints none (`_SPOKEN_DATE_RANK`). Each form is held to its sentence's start, and the time line and the presenter's
# line to their whole sentence: a story's sentence goes on with its own doing ("The time is 10:00 and the polls have
# closed"), and a quoted "we" or "this is" stands inside a quotation that opens no such sentence.
_SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))"
# (capitalised words, read case-sensitively inside the pattern's ignored case)
_PROGRAMME_NAME = r"(?-i:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|&)){0,5})"
# "... and this is Harbour Radio: News Briefs." closing the sentence: the site's name (a subtitle after a colon)
_THIS_IS_SITE = rf"(?:,?\s+and)?\s+this\s+is\s+{_PROGRAMME_NAME}(?:\s*:\s*{_PROGRAMME_NAME})?\s*[.!](?=\s|$)"
_CLOCK = (r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|[0-5]\d)(?:\s*[ap]\.?m\.?)?"
          r"(?:\s*\(?\s*(?:UTC|GMT|[A-Z]{2,4}T)\s*\)?)?")
_PROGRAMME_LINE = re.compile(
    rf"{_SENTENCE_START}(?:"
    # "Today on Harbour News: we ..." (the programme's name, a colon, and the presenters' "we" telling what it does:
    # "Today on Capitol Hill: lawmakers ..." is a story's)
    rf"(?:today|tonight|this\s+(?:week|morning|evening))\s+on\s+{_PROGRAMME_NAME}\s*:\s*we\b[^\n.!?]*[.!?]"
    # "The time is 10:00 (UTC) on Friday March 4, 2011, and this is Harbour Radio." (the date, the site: nothing else)
    rf"|the\s+time\s+is\s+(?:now\s+)?{_CLOCK}"
    rf"(?:,?\s+on\s+(?:{_WEEKDAY}\s*,?\s+)?(?:the\s+)?{_DATE})?(?:{_THIS_IS_SITE}|\s*[.!](?=\s|$))"
    # "I am Jane Doe and this is Harbour Radio." (the presenter's name, the site's)
    rf"|(?:I\s+am|I['’]m)\s+{_PROGRAMME_NAME}{_THIS_IS_SITE}"
    # "This recording has been released under the ... Licence." (the programme's own licence, closing its script)
    r"|this\s+(?:recording|broadcast|podcast|program(?:me)?|audio(?:\s+file)?|article|page|work)\s+"
    r"(?:is|has\s+been|was)\s+(?:released|licen[cs]ed|published|made\s+available)\s+under\s+"
    r"(?:[^\n.!?]|(?<=\d)\.(?=\d)){1,80}?licen[cs]e\b[^\n.!?]{0,40}[.!]"  # (a version's point: "2.5")
    r")",
    re.IGNORECASE)
# The presenter's name said alone just before the programme's line ("I'm Jane Doe. The time is ..."): furniture too.
_PRESENTER = re.compile(rf"{_SENTENCE_START}(?:I\s+am|I['’]m)\s+{_PROGRAMME_NAME}\s*[.!]\s+$")
# A wire's compact date stamp in brackets after the day it dates ("passed away on Tuesday (06Dec16)"), as an
# entertainment agency prints the page's date inside its lead: a day, a month's abbreviation, a two-digit year, and
# nothing else between the brackets.
_COMPACT_DATE_STAMP = re.compile(
    r"\((?P<day>[0-3]?\d)(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?P<year>\d\d)\)")
# A page's date stamp with its own words around the date: a label, the time, the page's age, the step of its
# publishing ("/ 15 March 2004", "August 9, 2018 / 12:03 PM / Updated an hour ago", "10 February, 2006 - Published
# 15:47 GMT", "Other News Materials 11 November 2007 14:20 (UTC +04:00)"). Read by `_stamp_date`: the date and
# times are taken out, and what is left must be the page's furniture, not a headline's words.
_STAMP_TIME = re.compile(rf"{_TIME}(?:\s*\(\s*[A-Z]{{2,5}}\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?\s*\))?")
_STAMP_AGE = re.compile(r"\b(?:an?|\d{1,3})\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago\b",
                        re.IGNORECASE)
_STAMP_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_STAMP_WORDS = 4  # a stamp's words besides its date and time: a label or a step ("Other News Materials")
_STAMP_CHARS = 100
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
# "Published On: June 20, 2024", "Updated: ...", "Posted on ...", "Date: ..."
# "Filed 03 Mar 2021" (a wire desk's filing time), "PD 3 March 1999" (an archive export's publication-date field),
# "Source: Agency, 3 March 2021" (read only when it gives a date: `_DATED_ONLY`); an archive export's
# "DATELINE: BOSTON, June 1" and "LOAD-DATE: June 3, 1998" (the day the archive stored it: the last resort).
_DATE_LABEL = re.compile(
    r"(?P<label>first published|originally published|published|posted|last updated|updated"
    r"|last modified|modified|dateline|date|released|filed|pd|source|load-date)\b(?P<onat>\s+(?:on|at))?\s*(?P<sep>[:|–—-])?"
    r"\s*(?P<value>.*)",
    re.IGNORECASE)
# A line that goes on with the date label line above it: "and" before its own label ("and last updated ...").
_LABEL_GOES_ON = re.compile(r"(?:and|&)\s+", re.IGNORECASE)
# A month without its day after a bare "date" field: "2017-03" (then a space or the line's end).
_MONTH_ONLY = re.compile(r"\s*(?P<year>(?:18|19|20|21)\d\d)-(?P<month>0[1-9]|1[0-2])(?=\s|$)\s*")


def _label_rank(label: re.Match[str]) -> int:
    """The rank of a labelled date (`_DATE_LABEL`) naming no update: 1, but a bare "date" field with no separator
    ("date 2019-03-08 Man accused ...", as a store or a feed writes its own field) is 2, so the date a page prints
    as its publication ("PUBLISHED: 13:41 05 April 2019") wins over it (the store's day may be a later visit's)."""
    return 2 if label.group("label").lower() == "date" and not label.group("sep") and not label.group("onat") else 1
_DATED_ONLY = ("source",)  # labels whose line is a dateline only when it holds a date
# A header line naming the outlet or the place, then the date (maybe its weekday after it, the edition, a time),
# as newspaper archives and wire exports head an article: "Northfield Courier, June 9, 1987",
# "The Guardian (London) - March 3, 1999", "March 3, 1999, Wednesday", "June 2, 1998, Tuesday, Late Edition -
# Final", "Lakeside Observer; 4 May 1990; Pg. 12". The name is capitalised words (maybe a place in brackets)
# with a separator before the date, so a sentence that opens with a place and a date ("Paris, March 3, 2021, was
# cold.") is never one: it goes on after the date. Run only on a bounded line (120 characters at most).
_NAME_WORD = r"(?:[A-Z][\w'’&.-]*|of|the|and|for|de|du|la|le|el|&|\([A-Z][\w .,'’&-]{0,30}\))"
_SOURCE_DATELINE = re.compile(
    rf"(?:[A-Z][\w'’&.-]*(?:\s+{_NAME_WORD}){{0,7}}\s*(?:[,;:]|\s[|·•–—/-]{{1,2}})\s*)?"  # the name
    rf"(?i:{_DATE}(?:,?\s+{_WEEKDAY})?)"  # the date, maybe its weekday after it
    rf"(?:\s*[,;|·•–—-]?\s*(?:[A-Z][A-Za-z]*\s+){{0,3}}Edition(?:\s*[-–—]\s*[A-Z][A-Za-z]*){{0,2}})?"
    rf"(?:\s*[,;|·•–—-]?\s*{_TIME})?"
    r"(?:\s*[,;|·•–—-]\s*(?i:(?:p|pp|pg|page)\.?\s*)?[A-Z]?\d{1,3}[A-Z]?)?[,;]?")  # the page: ", p. 4", "; Pg. A12"
# "WASHINGTON, June 20, 2024 (Reuters) — " at the start of the first paragraph.
# "HARTFORD, Conn. — April 18, 2025" on a line of its own.
# (The city's words and the region capitalised, read case-sensitively: a related story's headline with its date,
# "Ferry company appeals ruling - March 5, 2021", is no city line.)
_CITY_LINE_DATELINE = re.compile(
    rf"(?-i:[A-Z][\w.'’-]*(?:[ -]+[A-Z][\w.'’-]*){{0,4}}(?:,\s*[A-Z][A-Za-z.'’ -]{{1,30}})?)\s*[—–|-]{{1,2}}\s*{_DATE}",
    re.IGNORECASE)
_CITY_DATELINE = re.compile(
    rf"[A-Z][A-Z.'’ -]{{1,40}}(?:,\s*[A-Z][A-Za-z.'’ -]{{1,30}})?\s*[,(]?\s*{_DATE}\s*\)?\s*"
    r"(?:\([A-Za-z .&]{1,30}\)\s*)?(?:[—–-]{1,2}|:)\s*")  # (a colon after the date: "OSLO - 3 March 2019: ")
# An embedded social post's signature at the end of its line: a dash, the account's name, its handle in brackets,
# the date the post was written ("... pic.twitter.com/x1 — Harbour Trust (@HarbourTrust) March 3, 2019").
_POST_SIGNATURE = re.compile(rf"\s[—–-]{{1,2}}\s*[^—–()\n]{{1,80}}\(@\w{{1,30}}\)\s*(?i:{_DATE_CORE})\s*$")
# An agency's credit with its date closing the text: "(Nordic Press Agency March 4, 2019)", "(Harbour Wire, 17 May
# 2011)". Names only (capitalised words): a closing sentence in brackets goes on with its verb.
_CLOSING_CREDIT = re.compile(
    rf"\(\s*[A-Z][\w'’&.-]*(?:\s+{_NAME_WORD}){{0,7}}(?:\s*[,;|·•–—-]\s*|\s+)(?i:{_DATE})\s*\)")
# A wire dateline, the agency's publication marker: "BRUSSELS, February 10 (Xinhua) --", "NAIROBI, Kenya (AP) _",
# "INDEPENDENCE, MO. (AP)--": a city in capitals, maybe a region, maybe a day (often without its year), the
# agency in brackets, a dash. On a line of its own (the dash may be missing there) or opening the lead.
# A newspaper's own dateline names no agency but always has its dash ("WASHINGTON — ", "MIAMI _ " in the
# New York Times wire's typewriter style).
_WIRE_DATELINE = re.compile(
    rf"[A-Z][A-Z.'’ -]{{1,40}}(?:,\s*[A-Z][A-Za-z.'’ -]{{1,30}}?)?"
    rf"(?:,?\s*(?:{_WEEKDAY}\s+)?(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+{_YEAR})?)?"
    r"(?:\s*\((?P<agency>[A-Z][A-Za-z .&'-]{0,29})\)\s*(?P<dash>--?|[—–_])?|\s+(?P<bare_dash>--?|[—–_])(?=\s|$))\s*")

# A syndicated story's dateline on a line of its own: the place, the agency in brackets, the date (maybe a time), as
# news portals reprinting a wire print it ("Lisbon (AFP) Mar 4, 2011", "Cape Town, South Africa (AP) 3 May 2014,
# 09:10"). The place is capitalised words, so the line names no happening: a sentence goes on after the date.
# The agency is an acronym or one capitalised word ("AFP", "Reuters"): a results box's "Jane Doe (Green Party) 3 May
# 2021" names a party (and its neighbour lines have the same shape: `_analyse` refuses a table of them).
_AGENCY_DATELINE = re.compile(
    rf"[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){{0,4}}\s*\(\s*(?:[A-Z]{{2,6}}|[A-Z][a-z]+)\s*\)\s*[,–—-]?\s*"
    rf"(?i:{_DATE})"
    rf"(?:\s*[,|·•–—-]?\s*{_TIME})?")

# A digest's headline naming the day it covers with "for": "Morning Briefing for Mar 4, 2011", "Police Log for
# Tuesday, 3 May 2014". Its words must be nouns or adjectives (`_names_a_digest`): "Trial Set for June 4, 2021"
# names a day still ahead, not the page's.
_DIGEST_FOR_DATE = re.compile(
    rf"(?P<name>[A-Z][\w'’&.-]*(?:\s+{_NAME_WORD}){{0,6}})\s*[:,–—-]?\s+for\s+(?i:{_DATE})")
# A digest's line describing itself with the day it covers: "A compilation of brief news reports for Thursday,
# February 20, 2014.", "A roundup of the day's headlines for 4 March 2011" (Wikinews' briefs, newsletters).
_DIGEST_SENTENCE = re.compile(
    rf"(?:an?|the|this\s+is\s+an?)\s+(?:compilation|round-?up|summary|digest|selection|collection)\s+of\s+"
    rf"[^.!?\n]{{1,60}}?\s+for\s+(?:{_DATE})\.?", re.IGNORECASE)
_DIGEST_WORD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "VB", None})
# A digest headline's date ranks after every other page-date signal (the ranks run 0-5: html_text, `_analyse`).
_DIGEST_RANK = 6
# A spoken statement of today's date ranks last as well: any date the page prints for itself wins.
_SPOKEN_DATE_RANK = _DIGEST_RANK


_LEADING_DATE = re.compile(rf"(?:{_TIME}\s*,?\s*)?(?:{_WEEKDAY}\s+)?(?:{_DATE_CORE})(?:{_ISO_TIME})?", re.IGNORECASE)
# A header's field: a label of a few words, its colon, and nothing but a date ("Latest update : 2015-05-12", "Date
# created: May 3, 2019, 10:15"). What day it names (made, changed, aired) the label says in words no rule reads, so
# the line dates nothing; a sentence or a headline never ends on a colon and a bare date. (Capitalised names before
# the colon, "Regional Briefs: March 3, 2019", are read first, as `_SOURCE_DATELINE`.)
_FIELD_DATE_LINE = re.compile(
    rf"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){{0,2}}[ \t]*:[ \t]*(?:{_WEEKDAY}\s+)?(?:{_DATE_CORE})"
    rf"(?:\s*(?:,|at)?\s*{_TIME})?", re.IGNORECASE)
# A masthead's line: a few names, then an abbreviated label and a date ("Spokane, Washington  Est. May 19, 1883"):
# the outlet's own record (founded, registered), no day of the story nor of the page.
_ABBREVIATED_LABEL_DATE = re.compile(rf"(?P<names>[^\W\d_][^:;!?]{{0,60}}?[ \t]+)?(?P<label>[A-Z][a-z]{{1,3}}\.)[ \t]+"
                                     rf"(?i:{_DATE_CORE})")
_MASTHEAD_NAMES = 4  # the names' most words before the label
_INFLECTED_VERB_TAGS = frozenset({"VBZ", "VBD", "VBN", "VBG"})
_MASTHEAD_LINES = 4  # a masthead's record stands among the page's first lines
# A full date and a dash after a labelled date, before the story (`_story_after_date`): "Thursday, January 30, 2020 - ".
_DASHED_DATE = re.compile(rf"(?:{_WEEKDAY}\s+)?(?:{_DATE_CORE})\s*(?:[—–]|--?)(?=\s)", re.IGNORECASE)
# A header line's date glued to the word before it, as a flattened page joins its spans ("City Herald26/12/2023",
# "Posted byadmin March 3, 2019"): the line ends with the date, and a letter touches it. A headline or a sentence
# ending with a date has a space or a word ("on", "for") before it. A date opening with a digit needs two letters
# before it, the last no capital: a capitalised code ending in a number ("COP27 November 2022", "G20 ...") is the
# headline's.
_GLUED_DATE_TAIL = re.compile(rf"(?:(?<=[^\W\d_]{{2}})(?<!(?-i:[A-Z]))|(?<=[^\W\d_])(?=[^\W\d_]))(?:{_DATE_CORE})$",
                              re.IGNORECASE)
_OPENING_QUOTES = "\"'“‘«"
# A wire's credit in brackets and its dash, the agencies or the station and the agency ("(AP) —", "(WJW / AP) –",
# "(Reuters) -"): capitalised names only, so a bracketed aside of the story ("(Updated) ...") is not one.
_STORY_CREDIT = re.compile(r"\(\s*[A-Z][A-Za-z&.'-]*(?:\s*(?:/|,|and|&)?\s*[A-Z][A-Za-z&.'-]*){0,3}\s*\)\s*(?:--?|[—–])\s+")
# A date alone after a paragraph's last sentence on its line, as a flattened page glues the date printed under the
# standfirst ("... at her press conference today. 16 June 2022"): the page's stamp, no sentence of the story. Looked
# for in a line's last characters only.
_TAIL_DATE = re.compile(rf"[.!?…][\"'”’)]*\s+(?P<date>{_DATE}(?:\s*,?\s*{_TIME})?)\s*$", re.IGNORECASE)
_TAIL_DATE_CHARS = 80
# A headline run into its byline, dateline and lead on one line, as a flattened page joins them: the headline, then
# a byline and an agency's dateline ("Mexico quake death toll rises to 10 by Staff Writers Mexico City (AFP) June 25,
# 2020 The death toll from ...") or a date glued to the lead's first word ("... flames engulf cathedral April 15,
# 2019The historic ..."). The date (the page's) must be followed by the lead's capital with nothing between: a
# sentence's own date is followed by its words or its punctuation. Looked for in a line's first characters only.
_RUN_ON_BYLINE = re.compile(
    rf"\s+by\s+[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){{0,7}}\s*\(\s*(?:[A-Z]{{2,6}}|[A-Z][a-z]+)\s*\)\s*[,–—-]?\s*"
    rf"(?P<date>(?i:{_DATE}))\s+(?=[A-Z\"“‘])")
# The same byline and dateline opening the line, its headline not printed before it (a flattened page that lost its
# headline, or printed it as an image): "by Staff Writers Lanzhou, China (AFP) July 22, 2013 Rescuers battled ...";
# or the agency's dateline alone opening it ("Lanzhou, China (AFP) July 22, 2013 Rescuers battled ..."). The place
# is capitalised words and the agency an acronym or one capitalised word, as in `_AGENCY_DATELINE`.
_OPENING_BYLINE = re.compile(
    rf"(?:by\s+)?[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){{0,7}}\s*\(\s*(?:[A-Z]{{2,6}}|[A-Z][a-z]+)\s*\)\s*[,–—-]?\s*"
    rf"(?P<date>(?i:{_DATE}))\s+(?=[A-Z\"“‘])")
_GLUED_LEAD_DATE = re.compile(rf"\s(?P<date>(?i:{_DATE_CORE}))(?<=\d)(?=[A-Z\"“‘][a-z])")
_RUN_ON_CHARS = 300
_RUN_ON_HEADLINE_WORDS = (3, 30)
_DATE_DASH = re.compile(r"\s*[–—-]{1,2}(?=\s)")  # the dash after a date line run into its story
_CLOCK_AFTER_DATE = re.compile(rf"\s*,?\s*(?:at\s+)?{_TIME}")  # its time of day, before the dash


def _stamp_date(s: str) -> str | None:
    """The date of a short line that is a page's date stamp, not a headline (see `_STAMP_TIME`): the date's text,
    or None. Besides the date and any times and age, the line keeps at most a few words, no verb's form but a
    participle (a headline reports: "Tomb find stuns Egypt"), and no preposition leads into the date (a headline's
    day, "Trial set for June 4, 2021"). The line must show a stamp's mark: a time, a participle of its publishing
    ("Published", "Updated"), or no word at all ("/ 15 March 2004"); a name before a bare date ("Hurricane Katrina
    August 29, 2005") stays a headline."""
    if len(s) > _STAMP_CHARS:
        return None
    found = _DATE_ANYWHERE.search(s)
    if found is None:
        return None
    rest = s[:found.start()] + " " + s[found.end():]
    timed = _STAMP_TIME.search(rest) is not None
    rest = _STAMP_AGE.sub(" ", _STAMP_TIME.sub(" ", rest))
    words = _STAMP_WORD.findall(rest)
    if len(words) > _STAMP_WORDS:
        return None
    if not words:
        return found.group(0)
    from timeline_app.core.grammar import lexicon_tag, verb_forms, verb_lemmas  # (only for a short dated line)
    before = _STAMP_WORD.findall(s[:found.start()])
    if before and lexicon_tag(before[-1].lower()) in ("IN", "TO"):
        return None
    # Each word is a label's (no verb's form: "Other News Materials") or a participle, the step of publishing
    # ("Published", "Updated"); a verb's other form is a headline's ("stuns", "votes", "find"). (The lexicon, not
    # the tagger: a headline's few words tag poorly, "Tomb find stuns Egypt" all nouns.) A participle before the
    # date opens the line ("Updated 3 May 2019 09:10"): after a noun it is a headline's verb ("Mayor resigned 3 May
    # 2019 14:00").
    participle = False
    for k, word in enumerate(words):
        lemmas = verb_lemmas(word.lower())
        if not lemmas:
            continue
        if 0 < k < len(before) or not any(word.lower() in verb_forms(lemma, ("VBN", "VBD"))  # (a regular verb's
                                          for lemma in lemmas):  # past is its participle too)
            return None
        participle = True
    return found.group(0) if timed or participle else None


# A page's meta line: its dates run in with the outlet's, the place's or the writer's name, labels, times and counters
# ("ANI | Guadalajara | Updated: 18-11-2021 09:46 IST | Created: 18-11-2021 09:46 IST", "Xinhua, January 7, 2015
# Adjust font size:", "Posted by on Jan 10, 2011 in Breaking News, Law | 0 comments"). Read by `_meta_line_date`.
_META_CHARS = 160
_META_WORDS = 16
_META_FIELD = re.compile(r"\s[|•·]\s|^|\|")  # (where a field starts)
_META_AFTER_STORY = 2  # the lines after the story's first one a meta line may still stand on (a standfirst, a lead)
_META_SEPARATOR = re.compile(r"\S\s*[|•·]\s*\S")  # a separator between two fields (not a bullet opening the line)
_SENTENCE_END_INSIDE = re.compile(r"[.!?…][\"'”’)]*\s+\S")  # a sentence ending inside the line: prose, not a meta line
_META_NAME_BEFORE = re.compile(r"[A-Z][\w.'’&-]*,\s*$")  # "Xinhua, " just before the date


# Words that may stand before a stamp's participle in its field: its modifiers ("First published", "Last Updated",
# "Originally posted"), by the lexicon's tags, and, at the page's foot, the byline's names before them.
_PARTICIPLE_MODIFIER_TAGS = frozenset({"JJ", "JJS", "RB", "RBS"})


def _opens_its_field(before: list[str], *, byline: bool) -> bool:
    """Does a participle still open its field when `before` are the field's words before it? Yes when each is a
    modifier of it (an adjective or adverb of order: "First", "Last", "Originally"), or, with `byline`, a name (a
    capitalised word: the outlet, place or writer a foot line names before its stamp, "CNNMoney (New York) First
    published ...", "Harbour Post"). A word in small letters is a clause's ("the board first published"), and over the
    story a name before the participle is a headline's subject ("Mayor resigned 3 May 2019": `byline` is for a line
    after the story, where no headline stands)."""
    from timeline_app.core.grammar import lexicon_tag
    for word in before:
        low = word.lower().rstrip(".:")
        if lexicon_tag(low) in _PARTICIPLE_MODIFIER_TAGS:
            continue
        if byline and word[:1].isupper():
            continue
        return False
    return True


def _meta_line_date(s: str, *, in_story: bool = False, at_foot: bool = False) -> tuple[int, str] | None:
    """The page's date on a short top line that is no sentence but the page's meta line (see `_META_CHARS`): (its
    rank, the date's text), or None. The line does not end as a sentence; besides its dates, times and counters it
    keeps a few words, none a verb's tensed form but a field's opening participle ("Updated:", "Posted by"), and
    no preposition leads into a date unless such a participle opens its field ("Posted by on Jan 10, 2011"; a
    headline's day is led in: "Trial set for June 4, 2021"). It shows a mark of the page's furniture: fields set off
    by "|" (or "•", "·"), a time, a field opening with a participle, or a name and a comma just before the date
    ("Xinhua, January 7, 2015"); a name before a bare date ("Hurricane Katrina August 29, 2005") stays a headline.
    The first date not in an update's field wins (a "published"/"created" day before an "updated" one: rank 3; an
    update's: rank 4). Under the story's first lines (`in_story`) a name before the date is no mark: a place and a
    date there open a paragraph. A participle's modifiers before it keep it first in its field ("IANS| Last Updated:
    Saturday, September 23, 2017 - 09:30"), and so, for a line after the story (`at_foot`), do the names of a byline
    before them ("CNNMoney (New York) First published February 1, 2016: 1:28 AM ET": `_opens_its_field`); there a
    participle must open a field (a place and a date alone, or a time, may close a letter or a quoted document). A
    modifier counts so only after the byline (a field before, or the foot's names): a line's own first field keeps
    its label ("Last reviewed: 3 March 2011" is a header's field, `_header_record`)."""
    if len(s) > _META_CHARS or s[-1:] in _TERMINAL or _SENTENCE_END_INSIDE.search(s):
        return None
    dates = list(_DATE_ANYWHERE.finditer(s))
    if not dates:
        return None
    from timeline_app.core.grammar import lexicon_tag, verb_forms, verb_lemmas  # (only for a short dated top line)
    starts = [m.end() for m in _META_FIELD.finditer(s)] + [m.end() for m in dates]
    timed = _STAMP_TIME.search(_DATE_ANYWHERE.sub(" ", s)) is not None
    opened_by_participle = False
    words = 0
    for w in _STAMP_WORD.finditer(_STAMP_AGE.sub(lambda m: " " * len(m.group(0)), s)):
        if any(m.start() <= w.start() < m.end() for m in dates):
            continue
        words += 1
        low = w.group(0).lower().rstrip(".:")
        tag = lexicon_tag(low)
        lemmas = verb_lemmas(low)
        field_start = max((a for a in starts if a <= w.start()), default=0)
        first_in_field = not _STAMP_WORD.search(s, field_start, w.start())
        participle = any(low in verb_forms(lemma, ("VBN", "VBD")) for lemma in lemmas)
        if participle and not first_in_field and tag in ("VBD", "VBN", None) and (at_foot or field_start > 0) \
                and _opens_its_field(_STAMP_WORD.findall(s, field_start, w.start()), byline=at_foot):
            first_in_field = True
        if tag == "VBZ" or tag is None and any(low in verb_forms(lemma, ("VBZ",)) for lemma in lemmas):
            return None  # (a headline's verb: "stuns", "resigns")
        if tag in ("VB", "VBP") and not first_in_field:
            return None  # (a clause's verb after its subject: "Polls open in the capital", "Nominations close")
        if tag in ("VBD", "VBN") or tag is None and participle:
            if not first_in_field:
                return None  # (a headline's past after its subject: "Mayor resigned 3 May 2019 14:00")
            opened_by_participle = True
    if words > _META_WORDS:
        return None
    # Each field is a name, a label, a date or a counter: a field of running words in small letters is prose (a
    # headline beside the date, "May 3, 2019 | Council votes to fund the bridge"), and so are small words leading
    # into a date, unless a participle opened the field ("Posted by on Jan 10, 2011"; "Polls open in the capital
    # May 6, 2015, 07:00" is a schedule's item).
    bounds = [0, *(m.start() + 1 for m in _META_SEPARATOR.finditer(s)), len(s)]
    for a, b in zip(bounds, bounds[1:]):
        inside = [m for m in dates if a <= m.start() < b]
        lead_in = s[a:inside[0].start()] if inside else s[a:b]
        small = [w for w in _STAMP_WORD.findall(_STAMP_TIME.sub(" ", lead_in)) if w[:1].islower()]
        opened = _field_opened_by_participle(_STAMP_WORD.findall(lead_in), at_foot, a > 0)
        if small and not opened and (inside or len(_STAMP_WORD.findall(lead_in)) >= 3
                                     and not re.match(r"\s*[|•·]?\s*\d", lead_in)):
            return None
    for m in dates:
        before = _STAMP_WORD.findall(s[max((a for a in starts if a < m.start()), default=0):m.start()])
        if before and lexicon_tag(before[-1].lower()) in ("IN", "TO") and not (
                before[0].lower() in ("posted", "published", "updated", "created", "modified", "filed")
                or verb_lemmas(before[0].lower()) and lexicon_tag(before[0].lower()) in ("VBD", "VBN")):
            return None
    # (a date set off by commas on both sides is an aside of a running sentence: "Kingston, 21 October 2015, 40
    # passengers ...", "Paris, March 3, 2021, was cold")
    marked = (_META_SEPARATOR.search(s) is not None or timed or opened_by_participle
              or not in_story and any(_META_NAME_BEFORE.search(s, 0, m.start()) and s[m.end():].lstrip()[:1] != ","
                                      for m in dates))
    if not marked or at_foot and not opened_by_participle:
        return None
    for m in dates:
        field = s[max((a for a in starts if a < m.start()), default=0):m.start()]
        if not re.search(r"updat|modif", field, re.IGNORECASE):
            return 3, m.group(0)
    return 4, dates[0].group(0)


def _field_opened_by_participle(words: list[str], at_foot: bool, after_a_field: bool = False) -> bool:
    """Do a field's words (before its date) open with a participle, the step of publishing ("Posted by"; after
    another field, the byline's, "IANS| Last Updated"; at the foot "CNNMoney (New York) First published":
    `_opens_its_field`)?"""
    from timeline_app.core.grammar import verb_forms, verb_lemmas
    for k, word in enumerate(words):
        low = word.lower().rstrip(".:")
        if any(low in verb_forms(lemma, ("VBN", "VBD")) for lemma in verb_lemmas(low)):
            return k == 0 or (at_foot or after_a_field) and _opens_its_field(words[:k], byline=at_foot)
    return False


def _header_record(s: str) -> Literal["field", "masthead"] | None:
    """Is a short header line a field ("Latest update : 2015-05-12") or a masthead's record ("Spokane, Washington
    Est. May 19, 1883")? The masthead's names must be names: no inflected verb among them (a headline's words:
    "Mayor Resigns Gov. ..."); a base form may be a name's noun ("Herald", "Harbour")."""
    if _FIELD_DATE_LINE.fullmatch(s):
        return "field"
    m = _ABBREVIATED_LABEL_DATE.fullmatch(s)
    if m is None:
        return None
    from timeline_app.core.grammar import lexicon_tag  # (only for a short line ending on a date)
    names = _STAMP_WORD.findall(m.group("names") or "")
    if len(names) > _MASTHEAD_NAMES or any(lexicon_tag(w.lower().rstrip(".")) in _INFLECTED_VERB_TAGS
                                           for w in [*names, m["label"]]):
        return None
    return "masthead"


def _run_on_header(s: str) -> tuple[int, str, int] | None:
    """A line opening with a headline run into its byline and dateline or its date, then the lead (see
    `_RUN_ON_BYLINE`), or with the byline and dateline alone (`_OPENING_BYLINE`: the headline's end is then 0):
    (the headline's end, the date's text, the lead's start), or None. The headline has a few words and no
    sentence's end; the lead at least six words."""
    head = s[:_RUN_ON_CHARS]
    opening = _OPENING_BYLINE.match(head)
    if opening is not None:
        # (no headline before it: the byline and dateline open the line, the lead follows them)
        lead = opening.end()
        return (0, opening.group("date"), lead) if _words(s[lead:lead + 200]) >= 6 else None
    m = _RUN_ON_BYLINE.search(head) or _GLUED_LEAD_DATE.search(head)
    if m is None:
        return None
    headline = s[:m.start()].strip()
    lead = m.end() + len(s[m.end():]) - len(s[m.end():].lstrip())
    # (one sentence, not ended: "U.S. troops leave" is a headline, "Talks failed. Then ..." a paragraph)
    if not _RUN_ON_HEADLINE_WORDS[0] <= _words(headline) <= _RUN_ON_HEADLINE_WORDS[1] \
            or headline[-1:] in _TERMINAL or len(split_sentences(headline)) > 1 or _words(s[lead:lead + 200]) < 6:
        return None
    return m.start(), m.group("date"), lead


def _story_after_date(line: str, label: re.Match[str], value: str, *, ended: bool = True) -> int | None:
    """Where a story sentence starts after a labelled date that opens its line's value ("date 2019-03-04 The council
    approved the plan on Monday."): its offset in the line, when at least six words with a sentence's end follow the
    date (any end when not `ended`: a long first paragraph glued to the date may be a deck with none); None for a
    date line alone or with a short tail ("Updated 2019-03-04 09:10 GMT"). The story may open with a quotation
    ('date 2019-03-04 "We are ready," the mayor said ...')."""
    at = label.start("value") + (len(label.group("value")) - len(label.group("value").lstrip()))
    date = _LEADING_DATE.match(line, at)
    if date is None:
        return None
    # Further labelled dates on the line belong to the field too ("Date: 2019-03-04 Updated: 2019-03-05 The
    # council approved ..."): the story starts after the last. (The line is short: `_analyse` reads 120 at most.)
    # So does the page's own date line printed after the field's, with its dash before the story ("date
    # 2020-01-30 Thursday, January 30, 2020 - The governor was impeached ...").
    while True:
        after = date.end() + len(line[date.end():]) - len(line[date.end():].lstrip())
        more = _DATE_LABEL.match(line, after)
        following = _LEADING_DATE.match(line, more.start("value")) if more else None
        if following is None and (printed := _LEADING_DATE.match(line, after)) is not None \
                and (dash := _DATE_DASH.match(line, printed.end())) is not None:
            following = dash
        if following is None:
            break
        date = following
    # The page's date printed again after the label's, with a dash, as a dateline opening the first paragraph ("date
    # 2020-01-30 Thursday, January 30, 2020 - The governor was impeached on Wednesday ..."): the header's too, not
    # a date of the story's first sentence (which dated the lead's happening by the page's day beside its weekday).
    dashed = _DASHED_DATE.match(line, date.end() + len(line[date.end():]) - len(line[date.end():].lstrip()))
    if dashed is not None:
        date = dashed
    story = len(line) - len(line[date.end():].lstrip())
    # A wire's credit with its dash opening the paragraph, no place before it ("date 2024-05-30 (WJW / AP) – A jury
    # found ..."): the field's too, as a dateline is, and the story starts after it.
    credit = _STORY_CREDIT.match(line, story)
    if credit is not None:
        story = credit.end()
    rest = line[story:].strip()
    # (a lone date after the paragraph's last sentence is the page's stamp, no part of the story: `_TAIL_DATE`)
    ends = rest[-1:] in _TERMINAL or _TAIL_DATE.search(rest, max(0, len(rest) - _TAIL_DATE_CHARS)) is not None
    if _words(rest) < 6 or ended and not ends or not rest.lstrip(_OPENING_QUOTES)[:1].isupper():
        return None
    return story


def _named_in_story(name: str, text: str, start: int) -> bool:
    """Does the text after a "<name> for <date>" headline (from `start`) name the headline's head noun in lower case
    ("Protest March for May 1, 2019" over "... join the march ..."): the headline announces the story's happening
    on that day, not a digest's day, which its items, each a story of its own, do not repeat ("Morning Briefing").
    One search of the text, once a page."""
    words = name.split()
    head = words[-1].strip(".'’").lower() if words else ""
    if len(head) < 3 or not head.isalpha():
        return False
    forms = "|".join(map(re.escape, sorted(_noun_forms(head), key=len, reverse=True)))
    return re.search(rf"\b(?:{forms})\b", text[start:start + _STORY_SEARCH_CHARS]) is not None


def _noun_forms(word: str) -> set[str]:
    """A noun's singular and plural forms, from lemminflect's dictionary ("rally" → rally, rallies; "Rallies" →
    rally, rallies): the word itself when the dictionary does not know it as a noun."""
    from timeline_app.core.grammar import all_inflections, all_lemmas  # (only for a headline of this form)
    forms = {word.lower()}
    for lemma in all_lemmas(word).get("NOUN", (word,)):
        forms.add(lemma.lower())
        forms.update(f.lower() for fs in all_inflections(lemma, "NOUN").values() for f in fs)
    return forms


_STORY_SEARCH_CHARS = 20_000  # (the story's start: a headline's happening is named there if anywhere)


def _names_a_digest(name: str) -> bool:
    """Are all the words of a headline before its "for <date>" nouns, adjectives or base forms, as the lexicon knows
    them (no participle or tensed verb: "Vote Set", "Court Hears Appeal")? A word before the last one may not be a
    verb's -s form either, which the lexicon takes for a plural ("Judge Schedules Hearing"): a headline's verb
    stands between its subject and its object, a digest's plural at the end ("Regional Briefs"). Nor may a word
    name a kind of happening (extraction's kind table): "General Strike for March 14, 2024" announces a strike on
    that day."""
    from timeline_app.core.extraction import kind_of_word  # (only for a title of this form: grammar loads)
    from timeline_app.core.grammar import lexicon_tag, verb_lemmas
    words = [w.lower().strip(".'’") for w in name.split() if w[:1] != "("]
    for k, w in enumerate(words):
        if w in ("of", "the", "and", "&"):
            continue
        if kind_of_word(w) is not None:
            return False
        tag = lexicon_tag(w)
        if tag not in _DIGEST_WORD_TAGS or tag == "NNS" and k < len(words) - 1 and verb_lemmas(w):
            return False
    return True


_MONTH_NUMBER = {name: k + 1 for k, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}
_QUICK_DATE = re.compile(
    rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH}),?\s+(?P<year2>\d{{4}})"
    r"|(?P<year3>\d{4})(?P<sep>[-/])(?P<month3>\d{1,2})(?P=sep)(?P<day3>\d{1,2})", re.IGNORECASE)


def _quick_date(core: str) -> dt.date | None:
    """The date of a matched date core in the common forms ("June 20, 2024", "20 June 2024", "2024-06-20"),
    as dateutil reads it, without dateutil's tokenizer (a hundred times slower); None for anything else
    (a numeric day/month order, an impossible day, letters outside ASCII), which is left to dateutil."""
    if not core.isascii():  # IGNORECASE lets "ſ" match "s": dateutil would not read such a month
        return None
    q = _QUICK_DATE.fullmatch(core)
    if q is None:
        return None
    if q.group("year3"):
        year, month, day = int(q.group("year3")), int(q.group("month3")), int(q.group("day3"))
    else:
        name = q.group("month") or q.group("month2")
        year = int(q.group("year") or q.group("year2"))
        month = _MONTH_NUMBER[name[:3].lower()]
        day = int(q.group("day") or q.group("day2"))
    try:
        return dt.date(year, month, day) if 1800 <= year <= 2199 else None
    except ValueError:
        return None  # checked below by dateutil, whose reading of an impossible date is its own


def _compact_date(s: str) -> dt.date | None:
    """The date of the first compact bracketed date stamp in a line ("(06Dec16)": 6 December 2016), or None. A
    two-digit year is read in the century that puts it nearest before 2070 (as such stamps began in the 1980s)."""
    for m in _COMPACT_DATE_STAMP.finditer(s):
        year = int(m.group("year"))
        try:
            return dt.date(year + (2000 if year < 70 else 1900), _MONTH_NUMBER[m.group("month").lower()],
                           int(m.group("day")))
        except ValueError:
            continue  # no such day ("(32Dec16)", "(30Feb16)"): a code, not a date
    return None


_HYPHEN_NUMERIC = re.compile(r"\d{1,2}-\d{1,2}-\d{4}")


def _parse_date(raw: str, day_first: Callable[[], bool | None] | None = None) -> dt.date | None:
    """A calendar date from a date string (ISO timestamp or written-out date), or None. A numeric date whose day
    and month may be either way round ("12/03/2021") takes the order `day_first()` says the document shows
    (`numeric_dates.day_first`), month first when it shows none."""
    raw = raw.strip()
    if not raw:
        return None
    m = _ISO.match(raw)
    if m:
        try:
            d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return d if 1800 <= d.year <= 2199 else None
    m = _DATE_ANYWHERE.search(raw)
    if not m:
        return _short_numeric_date(raw, day_first)
    core = m.group("core")
    quick = _quick_date(core)
    if quick is not None:
        return quick
    # (a hyphenated numeric date, "03-04-2020", takes the page's order as a slashed one does)
    numeric = NUMERIC_DATE.fullmatch(core.replace("-", "/") if _HYPHEN_NUMERIC.fullmatch(core) else core)
    if numeric is not None and day_first is not None and ambiguous(int(numeric[1]), int(numeric[3])) \
            and len(numeric[4]) == 4 and (order := day_first()) is not None:
        day, month = (numeric[1], numeric[3]) if order else (numeric[3], numeric[1])
        try:
            d = dt.date(int(numeric[4]), int(month), int(day))
        except ValueError:
            return None
        return d if 1800 <= d.year <= 2199 else None
    core = re.sub(r"\bof\b", " ", core)
    # Imported only for the dates the quick reading above leaves: dateutil's parser (with its time zones and
    # decimal) costs a tenth of a second to import, and most articles never need it.
    from dateutil import parser as _dateparser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = _dateparser.parse(core, default=dt.datetime(1900, 1, 1))
    except (ValueError, OverflowError, _dateparser.ParserError):
        return None
    return value.date() if 1800 <= value.year <= 2199 else None


# A numeric date with a two-digit year opening a date line's value ("Date: 06/05/10 and counting...", "05.11.19
# 14:20"): the page's own stamp in its short form. Only at the value's start: in a sentence such numbers are scores,
# versions or fractions.
_SHORT_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![\d/.-]|\.\d)")


def _short_numeric_date(raw: str, day_first: Callable[[], bool | None] | None) -> dt.date | None:
    """The date of a two-digit-year numeric date opening `raw`, or None. Its day and month are read in the order a
    number above 12 fixes, else in the order the page shows (`day_first()`); never guessed: a page showing no
    order leaves it unread. The year is the one of its two digits nearest before 2070 (as `_compact_date`)."""
    m = _SHORT_NUMERIC_DATE.match(raw)
    if m is None:
        return None
    a, b, yy = int(m[1]), int(m[3]), int(m[4])
    if ambiguous(a, b):
        order = day_first() if day_first is not None else None
        if order is None:
            return None
        day, month = (a, b) if order else (b, a)
    elif a > 12:
        day, month = a, b
    else:
        day, month = b, a
    try:
        return dt.date(yy + (2000 if yy < 70 else 1900), month, day)
    except ValueError:
        return None


# ---- boilerplate -------------------------------------------------------------------------------

class _Folded:
    """A case-insensitive pattern that runs case-sensitively on a lower-cased copy of plain-ASCII text.

    Under IGNORECASE the regex engine cannot skip an alternative by its first letter, so a long list of
    phrases is tried one by one at every line; on lower-cased text it can. For ASCII, lower() maps exactly
    the letters IGNORECASE equates (outside it, "ſ" matches "s"), so the answer is the same; other text
    keeps the IGNORECASE pattern. The source must be written in lower case (as these are)."""

    __slots__ = ("folded", "lower")

    def __init__(self, source: str) -> None:
        assert not re.search(r"(?<!\\)[A-Z]", source), "a case-folded pattern is written in lower case"
        self.folded = re.compile(source, re.IGNORECASE)
        self.lower = re.compile(source)

    def fullmatch(self, s: str) -> bool:
        if s.isascii():
            return self.lower.fullmatch(s.lower()) is not None
        return self.folded.fullmatch(s) is not None


_SOCIAL = (r"facebook|twitter|x|whatsapp|linkedin|pinterest|telegram|reddit|email|e-mail|print"
           r"|copy link|tweet|pin it|messenger|threads|instagram|youtube|tiktok|flipboard|share")
# The page's note about itself (one of `_BOILERPLATE`'s lines, below): at the page's foot it opens the page's trailer
# (`_footer`).
_SELF_NOTE = (r"this (?:news )?(?:page|article|story|post|piece) (?:was|is|has been) (?:first |originally |last )?"
              r"(?:published|republished|archived|withdrawn|amended|updated|corrected)\b.*"
              r"|this (?:was|is|has been) (?:first |originally )?(?:published|republished)\b.*"
              # a wiki's notice of the page's review state, over the story ("Page version status" / "The page has
              # not been checked" / "There are no reviewed versions of this page, so it may not have been ...")
              r"|(?:the|this) (?:page|article|story|revision|version) (?:has|have) not (?:yet )?been "
              r"(?:checked|reviewed|sighted|approved)\b.*"
              r"|there (?:are|is) no (?:reviewed|checked|sighted|approved) (?:versions?|revisions?) of this "
              r"(?:page|article)\b.*|page version status")
_SELF_NOTE_LINE = _Folded(_SELF_NOTE)
_BOILERPLATE = _Folded("|".join([
    # advertising
    r"(?:advertisement|advertisements|advert|ads?|sponsored(?: content| post| links?)?|promoted"
    r"(?: content)?|paid content|partner content)(?: - scroll to continue(?: with content)?)?",
    r"(?:story|article) continues below(?: advertisement)?|continue reading(?: below| the main story)?",
    # comment forms
    r"leave a (?:comment|reply)|(?:\d+ )?comments?|no comments(?: yet)?|post (?:a )?comment"
    r"|add (?:a )?comment|(?:view|show|load|read|see) (?:all )?(?:\d+ )?comments"
    r"|cancel reply|reply|join the (?:conversation|discussion)|comments are closed"
    r"|log ?in to (?:comment|reply)|be the first to comment",
    r"please enter (?:your|a valid) [a-z ]{1,30}(?: here)?|you have entered an incorrect [a-z ]{1,20}",
    r"your email address will not be published(?:\.? required fields are marked(?: ?\*)?)?"
    r"|required fields are marked(?: ?\*)?|save my name,? email,? and website in this browser.*"
    r"|post comment|submit(?: comment)?|notify me of (?:new|follow-up) [a-z ]{1,40}",
    # sharing and following
    rf"share(?: this| the)?(?: article| post| story| page)?(?: on| via| with)?(?: (?:{_SOCIAL}))*",
    rf"(?:(?:{_SOCIAL})[ ,|/]*){{1,10}}",
    r"follow us(?: on [a-z ,&]{1,60})?|follow [a-z .&]{1,40} on (?:google news|twitter|x|facebook"
    r"|instagram|telegram|whatsapp)|subscribe(?: now| today| to [a-z' ]{1,40})?"
    r"|sign up(?: for [a-z' ]{1,40})?|(?:our )?newsletter|get the latest [a-z ]{1,40}"
    r"|join our [a-z ]{1,30} (?:channel|group|community)|download (?:our|the) app",
    # page furniture
    r"scroll to top|back to top|go to top|exit mobile version|(?:skip|jump) to (?:main )?content|(?:skip|jump) to navigation"
    r"|toggle navigation|(?:open |close |main )?menu|search|home|close|loading|breaking news",
    r"you (?:might|may) (?:also )?like|recommended(?: for you| stories| articles| reading)?"
    r"|(?:more|related|latest|recent|popular|trending|top|other|similar|must read|don't miss)"
    r"(?: [a-z]+)? (?:articles?|posts?|news|stories|reads?|videos?|updates?|headlines?)"
    r"|more from [a-z0-9 .]{1,40}|read (?:more|next|also|full story|the full story)",
    r"(?:also read|read also|read more|see also|related|must read|don't miss|recommended|watch"
    r"|more|next|previous|next post|previous post|next article|previous article)\s*[:|–—-]\s*.*",
    r"(?:tags?|topics?|categor(?:y|ies)|filed under|posted in|keywords)\s*:.*",
    # the page's note about itself: "this" and a page's noun as the subject of a step of its own publishing, and
    # when or under whom ("This article was amended on 5 May 2019 to correct a name", "This page has been
    # archived"); a bare "this" only of its publishing ("This was published under the 2010 to 2015 coalition
    # government"): a bare "this" in a story stands for what it told before, and a plan, a law or an offer is as
    # often withdrawn, amended, updated or corrected ("This was withdrawn on Monday after complaints")
    _SELF_NOTE,
    # credits and legal
    r"(?:(?:file |featured |cover |header )?(?:photo|image|picture|pic|video|graphic|illustration"
    r"|photograph)s?(?: credits?| courtesy| source)?|credits?|source|courtesy)\s*[:|–—/-]\s*.{1,90}",
    r"(?:copyright|©|\(c\)).{0,100}|all rights reserved.{0,60}|terms of (?:use|service)"
    r"|privacy policy|cookie (?:policy|settings)|about us|contact us|disclaimer",
]))
# A journal's citation of the article, as a science page prints it under the story: the journal's name, the volume,
# the pages, the year in brackets ("Nature 574, 16-17 (2019)", "Nat. Med. 25, 44–56 (2019)"). The page's note about
# itself, no happening in its year.
_CITATION_LINE = re.compile(
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.&'’-]*){0,5}\s+\d{1,4}(?:\s*\(\d{1,3}\))?,\s*[A-Za-z]?\d{1,6}"
    r"(?:\s*[-–]\s*[A-Za-z]?\d{1,6})?\s*\(\s*(?:1[89]|2[01])\d\d\s*\)\.?")
_CITATION_CHARS = 100
_NORMALISE_EDGES = " \t-–—_*=|[](){}•·:>!.?…"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_LINE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_CREDIT_TAIL = re.compile(r"(?:(?:Photo|Image|Picture)\s+)?Credits?\s*:\s*\S", re.IGNORECASE)
_CALL_TO_ACTION = re.compile(
    r"\b(?:click|tap) here\b|\bsubscribe to our\b|\bsign up for our\b|\bfollow us on\b"
    r"|\bdownload (?:our|the) app\b|\bjoin our (?:whatsapp|telegram) (?:channel|group)\b",
    re.IGNORECASE)
# The phrases of _CALL_TO_ACTION written out, lower-cased: every match holds one of them, so text whose
# lower-cased copy holds none of them cannot match, and str.find rules that out at C speed (the regex,
# with no literal prefix, is tried at every position).
_CALL_TO_ACTION_PHRASES = ("click here", "tap here", "subscribe to our", "sign up for our", "follow us on",
                           "download our app", "download the app", "join our whatsapp", "join our telegram")
# The only characters IGNORECASE equates with an ASCII letter that str.lower does not map to it ("ſ" with
# "s", "ı" with "i"), and the only one str.lower turns into two characters ("İ": offsets would shift).
_FOLD_ONLY = ("\u017f", "\u0131", "\u0130")


def _lowers_like_ignorecase(text: str) -> bool:
    """Whether text.lower() holds a phrase wherever an IGNORECASE pattern sees one in text, at the same
    offsets (three scans in C, no copy)."""
    return _FOLD_ONLY[0] not in text and _FOLD_ONLY[1] not in text and _FOLD_ONLY[2] not in text


def _has_call_to_action_phrase(low: str) -> bool:
    """Whether lower-cased text holds one of _CALL_TO_ACTION_PHRASES (written out: a loop costs more)."""
    return ("click here" in low or "tap here" in low or "subscribe to our" in low or "sign up for our" in low
            or "follow us on" in low or "download our app" in low or "download the app" in low
            or "join our whatsapp" in low or "join our telegram" in low)


def _calls_to_action(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a call to action (_CALL_TO_ACTION.search over that range)."""
    seg = text[start:end]
    if _lowers_like_ignorecase(seg) and not _has_call_to_action_phrase(seg.lower()):
        return False
    return _CALL_TO_ACTION.search(text, start, end) is not None


_PHRASE_OVERLAP = max(map(len, _CALL_TO_ACTION_PHRASES)) - 1


def _call_to_action_sentences(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """The spans of the sentences that hold a call to action.

    The phrases are looked for in lower-cased copies of the text, 64K characters at a time (overlapping by
    a phrase, so none is cut; a copy of the whole text would add its size to the peak); only a sentence
    where one starts is searched with the pattern (a match lies inside its sentence, so its phrase starts
    there)."""
    if not _lowers_like_ignorecase(text):
        return [(s.start, s.end) for s in sentences if _calls_to_action(text, s.start, s.end)]
    starts = array("i", (s.start for s in sentences))  # 4 bytes a sentence (texts are at most 50 MB)
    hit: set[int] = set()
    for base in check_every(range(0, len(text), PROGRESS_STEP), 1):
        low = text[base:base + PROGRESS_STEP + _PHRASE_OVERLAP].lower()
        for phrase in _CALL_TO_ACTION_PHRASES:
            i = low.find(phrase)
            while i >= 0:
                k = bisect_right(starts, base + i) - 1
                if k >= 0 and base + i < sentences[k].end:
                    hit.add(k)
                i = low.find(phrase, i + 1)
    return [(sentences[k].start, sentences[k].end) for k in sorted(hit)
            if _CALL_TO_ACTION.search(text, sentences[k].start, sentences[k].end)]


# A picture's caption, as agencies write them: the scene in the present tense, closed by the day it was taken, set
# off by a comma ("A tourist walks along the beach, Mexico, 19 October 2005.", "Residents wade through a flooded
# street in Jakarta, Monday, March 2, 2009.").
_CAPTION_DAY_TAIL = re.compile(rf",\s*(?:{_WEEKDAY}\s+)?(?:{_DATE_CORE})\s*\.[\"'”’)]*$", re.IGNORECASE)
_CAPTION_TAIL_CHARS = 60
_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY}$", re.IGNORECASE)
# A caption that says it is one, the picture before it: "In this photo taken March 3, 2009, ...", "... is shown in
# this artist's rendering obtained on March 3, 2009", "This is a March 3, 2009 file photo of ...". Only looked
# for where "this" opens a phrase of the sentence; the grammar decides (`_picture_frame`).
_THIS_PHRASE = re.compile(r"(?<![\w-])(?:[Ii]n\s+this|This\s+is\s+an?|This(?=\s+\w+(?:\s+\w+)?\s+\w+(?:ed|en|wn)\s))\s")
_FRAME_AGENT_WORDS = 6  # the words of a picture's maker's name after "by"
_CLOSING_MARKS = "\"'”’)"
# A sentence closed by the day it is "for": a digest's line about itself ("A compilation of brief news reports for
# Saturday, March 31, 2007."), when its words name no happening (`_names_a_collection`).
_FOR_DAY_TAIL = re.compile(rf"\sfor\s+(?:{_WEEKDAY}\s+)?(?:{_DATE_CORE})\s*\.[\"'”’)]*$", re.IGNORECASE)
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
# The words of a "this" phrase's noun before its participle ("this photo", "this artist's rendering image").
_FRAME_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "JJ", "POS", "VBG"})


def _caption_sentences(text: str, sentences: SentenceSpans, dated: bool = True) -> list[tuple[int, int]]:
    """The spans of the sentences that are a picture's caption, not the story's: told in the present tense (or with
    no verb), dated by the day the picture was taken, either as its closing phrase after a comma with no named
    subject (an anonymous scene: "A tourist walks along the beach, 19 October 2005."; a named one may carry the only
    day of a happening and stays: "President Jane Doe receives an award from ..., Wednesday, Nov. 1, 2006."), or in
    a phrase about the picture itself ("In this photo taken March 3, 2009, ..."). Only a sentence with such a
    closing date or a "this" phrase before a date is tagged: a look at each sentence's last characters and one
    search of the text otherwise. On a page with no date of its own (`dated` false), the lead under the headline
    is the story's first sentence unless a picture's credit or word is next to it: it may carry the page's only
    day ("Crews fight a blaze at a depot in Hull, 3 March 2019.")."""
    from timeline_app.core.grammar import analyse_sentence
    index_at = sentences.index_at
    frames: dict[int, re.Match[str]] = {}  # sentence index -> its first "this" phrase before a date
    # ("This " alone only where it opens a sentence: "This image provided by Acme on March 3, 2009, shows ...")
    for needle in ("n this", "This is a", "This "):  # (str.find is many times faster than the pattern's search)
        i = text.find(needle)
        while i >= 0:
            m = _THIS_PHRASE.match(text, i - 1 if needle[0] == "n" else i)
            k = index_at(i) if m is not None else -1
            if needle == "This " and k >= 0 and sentences[k].start != i:
                k = -1
            if k >= 0 and k not in frames and m.end() <= sentences[k].end \
                    and _DATE_ANYWHERE.search(text, m.end(), min(sentences[k].end, m.end() + 80)) is not None:
                frames[k] = m
            i = text.find(needle, i + 1)
    # The sentences that end in a number and a full stop (maybe in quotes): a closing date may. A look at two
    # characters a sentence (a pattern's search of the whole text costs more).
    dated_ends = set()
    for j, end in check_every(enumerate(sentences._bounds[1::2]), 1024):
        if text[end - 1] != ".":
            while end > 1 and text[end - 1] in _CLOSING_MARKS:
                end -= 1
            if text[end - 1] != ".":
                continue
        if text[end - 2].isdigit():
            dated_ends.add(j)
    lead: list[int] = []  # (the page's lead: found once, for the first sentence that needs it)

    def lead_at(k: int) -> int:
        if not lead:
            lead.append(_lead_index(text, sentences, k))
        return lead[0]

    out = []
    for k in check_every(sorted(dated_ends.union(frames))):  # (a sentence may be tagged)
        start, end = sentences[k].start, sentences[k].end
        from_ = max(start, end - _CAPTION_TAIL_CHARS)
        tail = _caption_day_tail(text, start, end) if k in dated_ends and text.find(",", from_, end) >= 0 else None
        frame = frames.get(k)
        if tail is not None and _WEEKDAY_BEFORE.search(text, max(start, tail.start() - 12), tail.start()):
            tail = None  # a weekday's date in apposition ("will appear in court on Monday, 30 December 2019."): story
        if tail is not None and (any(_day_tail(text, sentences, j) for j in (k - 1, k + 1) if j in dated_ends)
                                 or _list_item(text, start)
                                 or not dated and k == lead_at(k) and not _picture_cue_near(text, start, end)):
            # (a chronology's entries told the same way, one after another or as a list's items: "Troops enter the
            # city, 3 March 2019." then "Rebels sign a truce, 5 April 2019.": happenings, no pictures; an undated
            # page's lead under its headline with no picture's credit or word near it: the story's first sentence)
            tail = None
        digest = _FOR_DAY_TAIL.search(text, from_, end) \
            if tail is None and frame is None and k in dated_ends and text.find("for", from_, end) >= 0 else None
        if tail is None and frame is None and digest is None:
            continue
        if end - start > 600:  # (a caption is short; a long sentence is story)
            continue
        a = analyse_sentence(text[start:end])
        tokens = a.tokens
        if digest is not None:
            if _names_a_collection(tokens, digest.start() - start):
                out.append((start, end))
            continue
        participle = _picture_frame(tokens, frame.end() - start) if frame is not None else None
        # The clause's verb: the first finite group but the picture's participle (read as a past by a guess)
        first = next((g for g in a.groups if g.finite and not g.first <= (participle or -1) <= g.last), None)
        if not _caption_tense(first):
            continue
        if participle is not None:
            out.append((start, end))
        elif tail is not None:
            # The subject, or with no verb found the words before the first preposition or comma: no name in it.
            subject = a.subject_of(first) if first is not None else _verbless_subject(tokens)
            if subject is not None and subject[1] > subject[0] and not _names_someone(tokens, subject):
                out.append((start, end))
    return out


# A caption's scene, read alike for a sentence under a picture, a <figcaption>'s and a credited line's: its tense
# (`_caption_tense`), its subject (`_verbless_subject` when no verb is found) and whether that names someone.

def _caption_tense(first: VerbGroup | None) -> bool:
    """Is a scene told in a caption's tense: its first finite verb group (`first`) in the present, or none?"""
    return first is None or first.words[0].pos in _PRESENT_TAGS


def _verbless_subject(tokens: Sequence[Token]) -> tuple[int, int]:
    """The subject of a scene where no verb is found: its words before the first preposition or comma ("A
    fisherman mends his nets on ...", its verb taken for a plural noun)."""
    return 0, next((j for j, t in enumerate(tokens) if t.pos in ("IN", ",")), len(tokens))


def _names_someone(tokens: Sequence[Token], subject: tuple[int, int]) -> bool:
    """Does the subject (token indices) hold a name?"""
    return any(t.pos in _NAME_TAGS for t in tokens[subject[0]:subject[1]])


# A picture's credit or a word for the picture near a sentence: "AFP photo by ...", "(AP Photo/...)", "Credit:",
# "Getty Images", "Pictured:".
_PICTURE_CUE = re.compile(r"\b(?:photo(?:graph)?s?|pictured?s?|images?|credits?|courtesy|getty|shutterstock)\b",
                          re.IGNORECASE)
_CUE_REACH = 200  # characters each side of a lead read for a picture's cue


def _lead_index(text: str, sentences: Sequence[Sentence], until: int) -> int:
    """The index of the page's first sentence with a sentence's end (its lead, under the headline and the lines
    with no full stop: a dateline, a byline), looked for up to index `until` (-1 when none is there)."""
    for j in range(min(until + 1, len(sentences))):
        end = sentences[j].end
        while end > sentences[j].start + 1 and text[end - 1] in _CLOSING_MARKS:
            end -= 1
        if text[end - 1] in _TERMINAL:
            return j
    return -1


def _picture_cue_near(text: str, start: int, end: int) -> bool:
    """Is a picture's credit or a word for the picture next to text[start:end] (within `_CUE_REACH` characters
    either side: the rest of its line, a credit's line before or after it)?"""
    return _PICTURE_CUE.search(text, max(0, start - _CUE_REACH), start) is not None \
        or _PICTURE_CUE.search(text, end, min(len(text), end + _CUE_REACH)) is not None


def _caption_day_tail(text: str, start: int, end: int) -> re.Match[str] | None:
    """The date after a comma closing text[start:end] (a sentence), as a caption's or a chronology's entry's."""
    return _CAPTION_DAY_TAIL.search(text, max(start, end - _CAPTION_TAIL_CHARS), end)


def _day_tail(text: str, sentences: Sequence[Sentence], k: int) -> bool:
    """Does sentence k close with a date after a comma, as a caption or a chronology's entry does?"""
    return _caption_day_tail(text, sentences[k].start, sentences[k].end) is not None


def _list_item(text: str, start: int) -> bool:
    """Does the sentence starting at `start` open a list's item (its line's marker before it: "• ", "- ", "1. ")?"""
    line_start = text.rfind("\n", max(0, start - 12), start) + 1
    if line_start == 0 and start > 12:
        return False
    marker = _BULLET.match(text, line_start, start + 1)
    return marker is not None and marker.end() == start


def _figcaption_sentences(text: str, sentences: Sequence[Sentence],
                          figcaptions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the sentences inside a page's <figcaption> elements (`figcaptions`, sorted) that tell no happening
    of a named subject: a picture's description ("Maeve Corrigan at the Guildhall on Tuesday."), an anonymous scene
    ("A miner is helped from the capsule ..."), a credit. A sentence whose clause has a finite verb and a named
    subject stays: it may carry the only day of a happening ("Union leader Ann Byrne addressed the crews on
    Monday, 2 May 2010.")."""
    from timeline_app.core.grammar import analyse_sentence
    out = []
    for a, b in figcaptions:
        for sent in _sentences_within(sentences, a, b):
            an = analyse_sentence(text[sent.start:sent.end])
            first = next((g for g in an.groups if g.finite), None)
            subject = an.subject_of(first) if first is not None else None
            if subject is None or not _names_someone(an.tokens, subject):
                out.append((sent.start, sent.end))
    return out


def _sentence_start(sentence: Sentence) -> int:
    return sentence.start


def _sentences_within(sentences: Sequence[Sentence], start: int, end: int) -> Iterator[Sentence]:
    """The sentences that start inside text[start:end] (sentences sorted by their start)."""
    index_at = getattr(sentences, "index_at", None)
    k = index_at(start) if index_at is not None else -1
    if k < 0 or sentences[k].start < start:
        # (the first sentence starting at or after `start`: a bisect over the starts, not a scan per caption)
        k = k + 1 if k >= 0 else bisect_left(sentences, start, key=_sentence_start)
    while k < len(sentences) and sentences[k].start < end:
        yield sentences[k]
        k += 1


def _names_a_collection(tokens: Sequence[Token], until: int) -> bool:
    """Do the words before offset `until` (a closing "for <day>") make a noun phrase with no verb that names no kind
    of happening: a digest's line about itself ("A compilation of brief news reports for Saturday, March 31, 2007.",
    "Tickets on sale for ..."), not a happening's ("General strike for ...", "Votes counted for ...")?"""
    from timeline_app.core.extraction import kind_of_word  # (only for a sentence of this form)
    words = [t for t in tokens if t.end <= until]
    if not words or len(words) > 12:
        return False
    return not any(t.pos.startswith(("VB", "MD")) or kind_of_word(t.text.lower()) is not None for t in words)


def _picture_frame(tokens: Sequence[Token], at: int) -> int | None:
    """Does the "this" phrase whose next word starts at offset `at` of the sentence date a picture: "this" and a
    noun (up to four words), a past participle, maybe a preposition, then a date ("this photo taken March 3,
    2009", "this image obtained on March 3, 2009"); or "This is a" right before a date ("This is a Sunday, March 3,
    2009 file photo")? The date is the making of the thing shown, no happening of the story. The answer is the
    participle's token index (-1 for "This is a"), None when there is no such phrase."""
    k = next((j for j, t in enumerate(tokens) if t.start >= at), len(tokens))
    if k >= len(tokens):
        return None
    if k >= 2 and tokens[k - 1].text.lower() in ("a", "an") and tokens[k - 2].text.lower() == "is":
        return -1 if _date_at(tokens, k) else None
    if _date_at(tokens, k):
        return _dated_thing(tokens, k)
    n = 0
    while k < len(tokens) and tokens[k].pos in _FRAME_NOUN_TAGS and n < 4:
        k += 1
        n += 1
    if n == 0 or k >= len(tokens) or tokens[k].pos != "VBN":
        return None
    participle = k
    k += 1
    if k < len(tokens) and tokens[k].text.lower() == "by":
        # the maker or the agency that gave the picture ("this image provided by Acme Corp. on March 3, 2009"):
        # a name of a few words, then the date's preposition
        j = k + 1
        while j < len(tokens) and j - k <= _FRAME_AGENT_WORDS and (tokens[j].pos in _NAME_TAGS or tokens[j].pos in (
                "POS", "CC", "DT") or tokens[j].text == "." and tokens[j - 1].pos in _NAME_TAGS):
            j += 1
        if j == k + 1 or j >= len(tokens) or tokens[j].pos != "IN":
            return None
        k = j
    if k < len(tokens) and tokens[k].pos == "IN":
        k += 1
    return participle if _date_at(tokens, k) else None


_YEAR_TOKEN = re.compile(_YEAR)
_DATE_TOKENS = 7  # a date's most tokens: "Wednesday , Sept. 7 , 2016"


def _dated_thing(tokens: Sequence[Token], k: int) -> int | None:
    """For "this" followed by a date at token k: is the date a thing's, the day it was made ("In this Wednesday,
    Sept. 7, 2016 photo made available by NASA, ...", "In this March 3, 2009 file image, ...")? The date, then a noun
    of up to four words that names no kind of happening ("this Nov. 8, 2016 election" is a happening's day), then a
    comma or the thing's participle. The answer is the participle's token index, -1 with none, None when the date is
    no thing's."""
    from timeline_app.core.extraction import kind_of_word  # (only for a sentence of this form)
    end = next((j for j in range(k, min(len(tokens), k + _DATE_TOKENS)) if _YEAR_TOKEN.fullmatch(tokens[j].text)), None)
    if end is None:
        return None
    j = end + 1
    if j < len(tokens) - 1 and tokens[j].text == ",":
        j += 1  # (the year's comma, as AP writes it: "In this May 31, 2015, file photo, ...")
    n = 0
    while j < len(tokens) and n < 4 and (tokens[j].pos in _FRAME_NOUN_TAGS or tokens[j].pos in ("VB", "VBP") and (
            j + 1 < len(tokens) and tokens[j + 1].pos in ("NN", "NNS"))):  # ("file photo": "file" read as a verb)
        if kind_of_word(tokens[j].text.lower()) is not None:
            return None
        j += 1
        n += 1
    if n == 0 or j >= len(tokens):
        return None
    if tokens[j].pos in ("VBN", "VBD"):  # (inside "In this ... photo" a past form can only be the participle)
        return j
    return -1 if tokens[j].text == "," else None


def _date_at(tokens: Sequence[Token], k: int) -> bool:
    """Do the tokens from index k on read as a date with its year ("March 3, 2009", "Sunday, Nov. 26, 2006")?"""
    if k >= len(tokens):
        return False
    words = " ".join(t.text for t in tokens[k:k + 7])
    return _DATE_ANYWHERE.match(words.replace(" ,", ",")) is not None


_BYLINE = re.compile(r"(?:by|written by|posted by|words by|story by)\s*:?\s*(?:[A-Z\u00c0-\u024f].*)?",
                     re.IGNORECASE)
_CREDIT_BYLINE = re.compile(
    r"(?:reporting|reported|editing|edited|writing|additional reporting|compiled|translated)"
    r"(?: by)?\s+[A-Z].*|(?:author|reporter|editor|writer)s?\s*:\s*.+", re.IGNORECASE)
_CREDIT_BYLINE_FIRST = "rewactREWACT"  # the first letters of its words
# "Jane Doe - Executive writer", "Jane Doe, Foreign Correspondent", "Jane Doe Staff Reporter"
_ROLE = re.compile(
    # (a hyphen inside a word is no separator: "Prize-winning author Jane Roe dies" is a headline)
    r"(?:(?:[—|,]|(?<!\w)[-–]|[-–](?!\w))\s*(?:\w+\s+){0,2}"
    r"|\b(?:executive|senior|staff|chief|contributing|managing|associate"
    r"|deputy|special|political|foreign|freelance|news|guest|desk)\s+)"
    r"(?:writer|editor|correspondent|reporter|journalist|contributor|columnist|author)s?\b",
    re.IGNORECASE)
_BREADCRUMB = re.compile(r"Home(?:\s*[>»/|›:]|(?=[A-Z][a-z]))")
_FIRST_PERSON = re.compile(r"\b(?:I['’]m|I am|I['’]ve|I have been|my name is|I write|I love)\b")
_BIO_WORDS = re.compile(r"\b(?:website|blog|blogging|writer|writing|author|journalist|editor"
                        r"|passion|passionate|content|profession|follow me|contact|articles?)\b",
                        re.IGNORECASE)
_TERMINAL = ".!?…"
# A heading over a list of links to other articles or cited works: the list's headlines and dates are not this
# article's news.
_LINK_LIST_HEADING = _Folded(
    r"(?:(?:more|related|latest|recent|popular|trending|top|other|similar|most (?:read|viewed|popular|shared))"
    r"(?: [a-z]+)? (?:articles?|posts?|news|stories|reads?|videos?|updates?|headlines?|content|coverage|links)"
    r"|you (?:might|may|will) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| articles| reading)?"
    r"|more from .{1,40}|read (?:more|next|also)|also read|see also|further reading|most (?:read|viewed|popular)"
    r"|trending(?: now)?|related|in other news|(?:more )?on this (?:topic|story)|what to read next"
    # A wiki's or a report's list of cited works ("Sources" closing a Wikinews article): their headlines and
    # dates are the cited articles', not this one's news.
    r"|sources?|references|external links|bibliography|works cited)")
# The start of a comment section: everything after it is readers' words, not the article's.
_COMMENTS_HEADING = _Folded(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|comments?|responses?|replies"
    r"|reactions?)(?: (?:on|to) .*)?|(?:reader |user )?comments?(?: \(\d+\))?|leave a (?:reply|comment)"
    r"|join the (?:conversation|discussion)|comments are closed|discussion")
_COMMENTER = re.compile(r"[\w .'’-]{1,40}\s(?:says|said|writes|wrote|replied|replies)\s*:?", re.IGNORECASE)
# A contributor's credit closing a story, as wire services and papers write it ("Associated Press writer Jane
# Doe contributed from Lyon.", "John Roe in Berlin contributed reporting.", "… contributed to this report."): who
# helped write it, not a happening of the story. Either the credit names a role ("writer", "correspondent") and
# says at most where from, or it says what was contributed to the story itself.
_CONTRIBUTOR_CREDIT = re.compile(
    r"(?P<who>(?:[^.!?]|(?<=\b[A-Z])\.){3,200}?)\s+(?:also\s+)?contributed"
    r"(?P<what>(?:\s+(?:additional\s+)?(?:reporting|research))?(?:\s+(?:to|for)\s+(?:this|the)\s+"
    r"(?:report|story|article|piece|dispatch))?)(?:\s+(?:from|in)\s+[A-Z][^.!?]{0,60})?\.?")
_CONTRIBUTOR_ROLE = re.compile(r"\b(?:writers?|reporters?|correspondents?|journalists?|researchers?|staff)\b",
                               re.IGNORECASE)
# An editor's note on the story itself, at the start of its line: "Correction: …", "Editor's note: …", "This
# article was amended on 5 May to correct …", "This story has been updated to include …", "An earlier version of
# this article misstated …". What the outlet changed in its copy is no happening of the story.
_EDITORS_NOTE = re.compile(
    r"(?:correction|clarification|editor['’]?s['’]?\s+note)\s*[:—–-]"
    r"|(?:an?\s+)?(?:earlier|previous|original)\s+versions?\s+of\s+this\s+(?:article|story|report|piece|post)\b"
    r"|(?:this|the)\s+(?:article|story|report|piece|post)\s+(?:has\s+been|was|is\s+being|had\s+been)\s+"
    r"(?:amended|corrected|updated|changed|edited|revised)\b[^.!?]{0,80}?\bto\s+(?:correct|clarify|reflect|remove"
    r"|include|show|add|note|fix|make\s+clear|update)\b",
    re.IGNORECASE)
_WH_WORDS = frozenset("how why what where when who which whose".split())


# A dash rule before a credit closing a paragraph ("… return to port. --- Jane Doe contributed to this article.").
_CREDIT_RULE = re.compile(r"\s(?:-{2,}|—|–)\s+")
_CREDIT_TAIL_CHARS = 300


def _is_contributor_credit(s: str) -> bool:
    if len(s) > 400 or "contributed" not in s or _words(s) > 40:
        return False
    if s[:1] == "(":
        # the credit in brackets, as its own paragraph ("(Harbour Wire contributed to this report.)")
        inner = s.rstrip(" .")
        if not inner.endswith(")"):
            return False
        s = inner[1:-1].strip()
    m = _CONTRIBUTOR_CREDIT.fullmatch(s)
    return m is not None and (bool(m.group("what")) or bool(_CONTRIBUTOR_ROLE.search(m.group("who"))))


def _contributor_credit_tail(s: str) -> int | None:
    """Where a contributor's credit set off by a dash rule at the end of a paragraph starts in s, if it ends so."""
    if "contributed" not in s[-_CREDIT_TAIL_CHARS:]:
        return None
    start = max(0, len(s) - _CREDIT_TAIL_CHARS)
    rules = list(_CREDIT_RULE.finditer(s, start))
    if not rules:
        return None
    tail = rules[-1].end()
    return tail if _is_contributor_credit(s[tail:]) else None


def _is_section_heading(s: str, first: bool) -> bool:
    """A heading within the story, not its title: a Markdown heading below the top level ("## What happens next"),
    or, in any form, a short line without a full stop that opens with a question word ("How the talks failed"):
    a label over the sections that follow, which reports no happening of its own."""
    if first or s[-1:] in _TERMINAL or _words(s) > 12:
        return False
    if s.startswith("##"):
        return _MD_HEADING.match(s) is not None
    heading = _MD_HEADING.sub("", s, count=1) if s.startswith("#") else s
    word = heading.split(None, 1)[0].lower() if heading.strip() else ""
    return word in _WH_WORDS and _words(heading) >= 2


def _words(s: str) -> int:
    """The number of words in s, counted up to 100 (every test here compares with less): a line of
    millions of words must not become a list of millions of strings."""
    return len(s.split(None, 100))


def _normalise(s: str) -> str:
    s = collapse_spaces(s, _SPACES).replace("’", "'").strip(_NORMALISE_EDGES)
    return s


def _is_boilerplate_line(s: str) -> bool:
    """A short line that is page furniture: comment forms, share buttons, credits, ads..."""
    if not s or len(s) > 160:
        return False
    norm = _normalise(s)
    if not norm:
        return _ALNUM.search(s) is None
    if _BOILERPLATE.fullmatch(norm):
        return True
    # "@" first: the address pattern, tried at every position, backtracks through every word.
    if "@" in s and _words(s) <= 15 and _EMAIL.search(s):
        return True
    if _URL_LINE.fullmatch(s):
        return True
    if _calls_to_action(s, 0, len(s)) and _words(s) <= 12 and len(split_sentences(s)) <= 1:
        return True
    return False


# The page speaking to its reader: the site's "we" (or "our", "us") and the reader's "you" on one short line ("Before
# you go, we thought you'd like these...", "Thanks for reading: we hope you enjoyed our coverage"). Pronouns only
# (a closed class); the grammar then checks that the line names no one (a story's line names who did what).
_READER_WORD = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_SITE_WORD = re.compile(r"\b(?:we|our|ours|us)\b|\bwe['’]", re.IGNORECASE)
_READER_LINE_WORDS = 16
_SUBJECT_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_THIRD_PERSON = frozenset({"he", "she", "it", "they"})


# A quotation mark, not an apostrophe ("Andrews’ press conference"): a single mark after a letter is one.
_QUOTATION = re.compile(r"[\"“”«»]|(?<!\w)['‘’]")
_READER_TITLE_WORDS = 30  # a site's line over a headline ("Follow us on ... Follow us on ... Subscribe ...")
_SECOND_PERSON = frozenset({"you"})
_VERB_BASE_TAGS = frozenset({"VB", "VBP"})


def _addresses_reader(s: str, *, as_title: bool = False) -> bool:
    """A short line, outside any quotation, in which the page speaks to its reader: a first-person plural (the site)
    and a second person (the reader) with no name or figure beside them. A question is left alone (an interview's
    questions are the story's).

    `as_title`: may the line not be a page's title, as a line addressed to the reader: "you" the subject of its
    verb ("You are the owner of this article.", "You can watch the briefing below.") or an imperative opening it
    ("Connect with us", "Follow us on ..."), and no noun or third person the subject of any verb (a headline tells
    what someone did). Names and figures may stand as objects here; the site's "we" is not needed."""
    # (the cheap tests first: most lines hold no "you" at all)
    if len(s) > 160:
        return False
    if as_title:
        if not s[:1].isalpha() or _words(s) > _READER_TITLE_WORDS:
            return False
    elif ("you" not in s and "You" not in s and "YOU" not in s) \
            or _READER_WORD.search(s) is None or _SITE_WORD.search(s) is None \
            or _words(s) > _READER_LINE_WORDS or any(ch.isdigit() for ch in s):
        return False
    if s.rstrip()[-1:] == "?" or _QUOTATION.search(s):
        return False
    from timeline_app.core.grammar import lexicon_tag, tag_words, verb_groups  # (grammar loads only for such a line)
    tokens = tag_words(s)
    if not as_title and any(t.pos in _NAME_TAGS for t in tokens[1:]):
        return False
    # Every verb's subject is the site or the reader (or none: "call us"); a noun or a third person before a verb
    # is someone's doing the story tells ("The mayor told residents: we need you ...").
    groups = verb_groups(tokens)
    for group in groups:
        before = tokens[group.first - 1] if group.first > 0 else None
        if before is not None and (before.pos in _SUBJECT_NOUN_TAGS
                                   or before.pos == "PRP" and before.text.lower() in _THIRD_PERSON):
            return False
    if not as_title:
        return True
    if not tokens:
        return False
    if tokens[0].pos == "VB" and (lexicon_tag(tokens[0].text.lower()) in _VERB_BASE_TAGS
                                  or _READER_WORD.search(s) or _SITE_WORD.search(s)):
        # an imperative opens the line: a word that is a verb when written in lower case ("Subscribe", "Connect"),
        # or any word before the reader's or the site's pronoun ("Visit our site"); a noun the tagger reads as a
        # verb only capitalised opens a headline ("Bomb accused in court", "Strike halts trains")
        return True
    return any(g.first > 0 and tokens[g.first - 1].text.lower() in _SECOND_PERSON for g in groups[:1])


_LINK_LABEL_WORDS = 4
_LINK_RUN_CHARS = 400
_LINK_RUN_EDGES = " \t»«›‹>"
_LAST_STOP = re.compile(r".*[.!?…][\"'”’)]*\s", re.DOTALL)


def _link_label_run(s: str) -> int | None:
    """Where a run of short link labels set off by pipes starts in line s, if the line ends with one ("Email the
    author | Follow on Twitter", "... stubbornly high. » | Friday, 31 October 2014"): two segments or more, each
    of a few words (a label, a name, a date), none with a finite verb (a headline's or a timeline row's
    happening has one), none closing a sentence. The sentence the run is glued to stays."""
    # Only the line's last few hundred characters are read (a run of labels is short; a megabyte line of pipes must
    # not become a list of a million strings).
    base = max(0, len(s) - _LINK_RUN_CHARS)
    parts = s[base:].split("|")
    if len(parts) < 2:
        return None
    head = parts[0]
    stop = _LAST_STOP.match(head)
    if stop is None and base > 0:
        return None  # (the window opens inside a run longer than a few labels, or inside a sentence)
    lead = head[stop.end():] if stop else head  # (the first label, after the sentence it is glued to)
    labels = [lead] + parts[1:]
    from timeline_app.core.grammar import tag_words, verb_groups  # (grammar loads only for such a line)
    for label in labels:
        words = label.strip(_LINK_RUN_EDGES)
        if not words:
            continue
        if _words(words) > _LINK_LABEL_WORDS or words[-1] in _TERMINAL \
                or any(g.finite for g in verb_groups(tag_words(words))):
            return None
    return base + len(head) - len(lead)


_JOINED_MIN = 3  # headlines joined on one line; two parts may be a sentence's clauses set off by a semicolon
_JOINED_WORDS = (3, 20)  # a linked headline's words (`_headline_like`)


def _joined_headlines(s: str) -> bool:
    """Is line s a list of linked headlines joined by semicolons ("Storm cuts power in the north; Airline cancels
    winter flights; Festival names new director"), a page's related links flattened into one line? Three parts or
    more, each of a headline's length and opening with a capital or a figure as a headline does, and no sentence's
    end closing the line: the story's sentences that set clauses off by semicolons end as sentences, and their
    clauses after the first open in lower case."""
    if len(s) > _RUN_MAX_CHARS * _JOINED_MIN * 2 or s.rstrip(_CLOSING_MARKS)[-1:] in _TERMINAL:
        return False
    parts = [p.strip(" \t»«›‹>•·") for p in s.split(";")]
    if len(parts) < _JOINED_MIN:
        return False
    low, high = _JOINED_WORDS
    return all(p[:1].isupper() or p[:1].isdigit() or p[:1] in _OPENING_QUOTES for p in parts) \
        and all(low <= _words(p) <= high and p[-1:] not in _TERMINAL for p in parts)


# A picture's credit closing its caption's line: "Picture: House of Commons/PA", "(Photo: AP Photo/Jane Doe)", "Image:
# Acme Corp.", "(File photo)". A label word and a colon or slash, then a name of a few words; or "file photo".
_PICTURE_CREDIT_TAIL = re.compile(
    r"(?:[(\[]\s*)?(?:(?:file\s+)?(?:photo(?:graph)?|picture|image|pic)s?(?:\s+(?:credit|by))?\s*[:/|]\s*"
    r"[^()\[\]:\n]{1,80}?|file\s+(?:photo|picture|image))\s*[)\]]?\s*$", re.IGNORECASE)
_CAPTION_WORDS = 50  # a caption is a sentence or two


# A day of the caption's own: a weekday, a month by a figure ("Nov. 10", "10 November": "May" alone may be a name),
# a year.
_CAPTION_DAY_WORD = re.compile(rf"\b(?:{_WEEKDAY}|{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|{_YEAR})\b", re.IGNORECASE)


def _credited_caption(s: str) -> bool:
    """Is line s a picture's caption with its credit at the end ("The minister speaks to reporters in Delhi on
    Friday. (Photo: X)"): the scene before the credit in the present tense or with no verb (a caption's tense; a
    story's line tells in the past), a sentence or two, and either an anonymous scene (no name in its subject) or
    one with no day of its own (it could only lend its words to another sentence's happening)? The line is then the
    page's furniture, not the story (nor its title). A named subject's dated caption stays, as `_caption_sentences`
    keeps it: it may carry the only day of a happening ("The author Jane Doe speaks in Leeds, Monday, Nov. 10,
    2008. (AP Photo/X)"). The credit alone on its line ("Image: Acme Corp.") is furniture too."""
    if len(s) > 500:
        return False
    # (the label's words first, in the line's end: a plain look; the pattern searches only such a line)
    low = s[-120:].lower()
    if "photo" not in low and "pic" not in low and "image" not in low:
        return False
    m = _PICTURE_CREDIT_TAIL.search(s, max(0, len(s) - 120))
    if m is None:
        return False
    scene = s[:m.start()].strip()
    if not scene:
        return True
    if _words(scene) > _CAPTION_WORDS:
        return False
    from timeline_app.core.grammar import tag_words, verb_groups  # (grammar loads only for such a line)
    tokens = tag_words(scene)
    first = next((g for g in verb_groups(tokens) if g.finite), None)
    if not _caption_tense(first):
        return False
    # (the words before the verb, not the parser's subject: a line is read by the tagger alone)
    named = _names_someone(tokens, (0, first.first) if first is not None else _verbless_subject(tokens))
    return not named or _CAPTION_DAY_WORD.search(scene) is None


def _repeats_caption_scene(line: str, caption: str) -> bool:
    """Is `line` the credited `caption`'s scene word for word, without the credit (a picture's alt text printed
    over its caption: "Jane Doe at the harbour earlier this year" / "Jane Doe at the harbour earlier this year.
    Picture: Acme")? A headline printed over a caption never repeats it whole."""
    m = _PICTURE_CREDIT_TAIL.search(caption, max(0, len(caption) - 120))
    if m is None:
        return False
    scene = caption[:m.start()].strip().rstrip(".!")
    return _words(scene) >= 3 and line.strip().rstrip(".!") == scene


def _is_byline(s: str) -> bool:
    if not s or s[-1] in _TERMINAL or _words(s) > 14:
        # Its first letter first: IGNORECASE equates no other character with these.
        return s[:1] in _CREDIT_BYLINE_FIRST and _words(s) <= 25 and bool(_CREDIT_BYLINE.fullmatch(s))
    if _BYLINE.fullmatch(s):
        first = s.split(None, 1)
        return len(first) == 1 or first[0].lower() in ("by", "by:") or s[:1].isupper()
    if _CREDIT_BYLINE.fullmatch(s):
        return True
    # "Jane Doe - Executive writer", "By Jane Doe, Staff Reporter"
    return _words(s) <= 8 and bool(_ROLE.search(s)) and not s.endswith(":")


_DATE_STAMP = re.compile(rf"(?:{_DATE})(?:\s*(?:[,|·•–—-]|at)?\s*{_TIME})?", re.IGNORECASE)


def _names_no_headline(title: str) -> bool:
    """A page's title that is only a byline ("By Jane Doe"), a date stamp ("March 3, 2025 10:14") or a site's name
    (one word: "Reuters"): it tells nothing of the story."""
    title = title.strip(" .,:;|·•–—-")
    return bool(title) and (len(title.split()) == 1 or _is_byline(title) or _DATE_STAMP.fullmatch(title) is not None)


def _is_bio(s: str) -> bool:
    return _words(s) <= 90 and bool(_FIRST_PERSON.search(s)) and bool(_BIO_WORDS.search(s))


@dataclass
class _Analysis:
    excluded: list[tuple[int, int]]
    dates: list[tuple[int, int, dt.date]]
    skip_for_title: set[int]  # indexes of lines that cannot be a title
    breadcrumbs: set[int]
    # An archive export's headline (its text's span), found by the header's form: the title before any line.
    headline: tuple[int, int] | None = None
    # Lines whose story starts after a date glued before it (line index -> offset of the story in the line).
    story_from: dict[int, int] | None = None
    # The day of a wire dateline that gives no year ("WELLINGTON, Dec 10 (Reuters) - "), as (month, day).
    wire_day: tuple[int, int] | None = None
    # Lines whose headline runs into a byline or a date before the story (line index -> the headline's end in the
    # line): the headline is a sentence of its own, apart from the story after `story_from`.
    headline_ends: dict[int, int] | None = None
    # The month a bare "date" field gives without a day ("date 2017-03"), as (year, month): no day of the page's,
    # but the year of a year-less dateline near it.
    page_month: tuple[int, int] | None = None
    # The day of a year-less dateline, an agency's or a paper's own with its dash ("WASHINGTON, March 3 — "), and
    # its year as another date on the page gives it (`_dateline_year`): the page's day when it prints none.
    dateline_day: tuple[int, int] | None = None
    wire_year: int | None = None
    # The later stories of a page of several, each under its own date line (`_story_heads`): (the offset its
    # stretch starts at, its day).
    story_days: tuple[tuple[int, dt.date], ...] = ()


_TOP_LINES = 15
# An archive export's headline field: "HEADLINE: ...", "Title: ...", Factiva's "HD" (its value on the line or,
# with the label alone, on the next line).
_HEADLINE_LABEL = re.compile(r"(?:(?i:headline|title)\s*:|HD(?::|[ \t]{2,}|\t|$))[ \t]*(?P<value>.*)")
# Any labelled field of an archive export's header ("SECTION: Metro", "LENGTH: 402 words", "BODY:").
_HEADER_FIELD = re.compile(r"[A-Z][A-Z-]{1,20}:")
_EMPHASIS = "*_"  # Markdown's emphasis markers
_FOOTER_MAX_LINES = 30


def _analyse(text: str, lines: list[_Line], *, progress: CharProgress | None = None,
             day_first: Callable[[], bool | None] | None = None) -> _Analysis:
    excluded: list[tuple[int, int]] = []
    dates: list[tuple[int, int, dt.date]] = []
    skip: set[int] = set()
    crumbs: set[int] = set()
    nonblank = range(len(lines))  # (lines holds only lines with content)
    top = set(nonblank[:_TOP_LINES])
    boiler: set[int] = set()
    # Whether a line of the story (a sentence's end after a few words) has been read, and which: the header's
    # lines come before it.
    story_started = False
    first_story_line = len(lines)
    # The header's date line (the first dated line among the top lines before the story), and a labelled
    # headline: they tell an archive export's outlet line from an article's headline (see `_archive_header`).
    header_date_line: int | None = None
    headline: tuple[int, int] | None = None
    headline_next = False  # a label alone ("HD"): its value is the next line
    story_from: dict[int, int] = {}
    headline_ends: dict[int, int] = {}
    wire_day: tuple[int, int] | None = None
    dateline_day: tuple[int, int] | None = None
    page_month: tuple[int, int] | None = None
    date_label_line = -2  # the last line read as a labelled date ("Posted at ...")
    lone_dates: dict[int, int] = {}  # the bare date lines before the story: their offset -> their line

    def header_date(i: int, start: int, d: dt.date, span: tuple[int, int], title: bool = False) -> None:
        """Line i of the header prints the page's date d (rank 2): it is furniture, and no title unless `title`;
        the first such line is the header's date line."""
        nonlocal header_date_line
        dates.append((2, start, d))
        excluded.append(span)
        if not title:
            skip.add(i)
        if header_date_line is None:
            header_date_line = i

    due = PROGRESS_STEP
    for i in nonblank:
        ln = lines[i]
        if progress is not None and ln.start >= due:
            progress(ln.start)
            due = ln.start + PROGRESS_STEP
        s = line = ln.s
        if len(s) > 2 and s[:1] in _EMPHASIS and s[:1] == s[-1:]:
            # A line wrapped in Markdown emphasis ("*By Jane Doe | Published 3 May 2019*", "_Updated: …_") is
            # read as its words: a byline or a dateline in italics is still one (a credit at the end too).
            s = s.strip(_EMPHASIS + " \t") or s
        elif i in top and len(s) > 2 and s[:1] in _EMPHASIS:
            # Emphasis over the line's first part only ("**By Jane Doe** | Published 2019-05-04 08:30 CET"): read
            # without its markers, as above, among the top lines where bylines stand (in the body a bold lead-in
            # opens a paragraph: "**Published** on 3 May, the report ...").
            marker = s[:len(s) - len(s.lstrip(_EMPHASIS))]
            closing = s.find(marker, len(marker))
            if closing > len(marker):
                s = s[len(marker):closing] + s[closing + len(marker):]
        span = (ln.start, ln.end)
        if i in top and s is line and s[-1:].isalnum() and _words(s) >= 8 \
                and (tail := _TAIL_DATE.search(s, max(0, len(s) - _TAIL_DATE_CHARS))) is not None:
            d = _parse_date(tail.group("date"), day_first)
            if d is not None:
                dates.append((3, ln.start, d))
                excluded.append((ln.start + tail.start("date"), ln.end))
        if headline_next:
            headline_next = False
            if s and not story_started:
                headline = span
                continue
        if headline is None and i in top and not story_started and len(s) <= 300:
            h = _HEADLINE_LABEL.match(s)
            if h:
                if h.group("value").strip():
                    headline = (ln.start + h.start("value"), ln.end)
                else:
                    headline_next = True
                skip.add(i)
                continue
        if s is line and "oday" in s:  # (cheap to look for; the pattern is not)
            for said in _TODAY_IS_DATE.finditer(s):
                d = _parse_date(said.group("core"), day_first)
                if d is not None:
                    dates.append((_SPOKEN_DATE_RANK, ln.start + said.start(), d))
                    excluded.append((ln.start + said.start(), ln.start + said.end()))
        if s is line and ("ime is" in s or " on " in s or "his is" in s or "icen" in s):  # (cheap to look for)
            for said in _PROGRAMME_LINE.finditer(s):
                start = said.start()
                if (presenter := _PRESENTER.search(s, 0, start)) is not None:
                    start = presenter.start()
                excluded.append((ln.start + start, ln.start + said.end()))
                if said.group("core") is not None and (d := _parse_date(said.group("core"), day_first)) is not None:
                    dates.append((_SPOKEN_DATE_RANK, ln.start + said.start(), d))
        if i in top and "(" in s and (compact := _compact_date(s)) is not None:
            dates.append((3, ln.start, compact))
        # A bare date (with or without a time) near the top: the dateline. A byline's date line may open with a
        # small "on" ("on March 4, 2011 at 9:15 AM, updated March 5, 2011 at 6:02 AM", the line after the
        # author's name): a sentence never opens so, and the rest is a date line's only.
        bare = s[3:] if s.startswith("on ") and not story_started else s
        if i in top and len(bare) <= 2 * 80 and not story_started and any(ch.isdigit() for ch in bare) \
                and not (len(bare) <= 80 and _DATELINE.fullmatch(bare)):
            # Two date stamps side by side, the page's published and modified `<time>` elements in one block
            # ("22 Dec, 2016 22 Dec, 2016"): the dateline, its first stamp the page's (no title, no story).
            bare = _first_of_two_stamps(bare) or bare
        if i in top and len(bare) <= 80 and (_DATELINE.fullmatch(bare) or _CITY_LINE_DATELINE.fullmatch(s)
                                             and s[:1].isupper()):
            found = _DATE_ANYWHERE.search(s)
            d = _parse_date(bare if _DATELINE.fullmatch(bare) else found.group(0) if found else "", day_first)
            if d is not None:
                excluded.append(span)
                skip.add(i)
                if not story_started and _in_menu(lines, nonblank, i):
                    # A date set among a menu's entries ("Home / News / Fri, 29 March 2024 / Sport"): the site's
                    # date of the day, the day the page was shown or stored, not the article's (chrome: no date).
                    continue
                dates.append((2, ln.start, d))
                if not story_started:
                    lone_dates[ln.start] = i
                if header_date_line is None and not story_started:
                    header_date_line = i
                continue
        # A wire story's dateline on its own line ("Lisbon (AFP) Mar 4, 2011"): also after a photo's caption, which
        # may stand first and read as a sentence.
        if i in top and len(s) <= 100 and "(" in s and _AGENCY_DATELINE.fullmatch(s) \
                and not any(j in nonblank and len(lines[j].s) <= 100 and _AGENCY_DATELINE.fullmatch(lines[j].s.strip())
                            for j in (i - 1, i + 1)):  # (a table's rows: "Jane Doe (Green) 3 May 2021")
            found = _DATE_ANYWHERE.search(s)
            d = _parse_date(found.group(0), day_first) if found else None
            if d is not None:
                dates.append((3, ln.start, d))
                excluded.append(span)
                skip.add(i)
                continue
        # A digest's headline with the day it covers ("Morning Briefing for Mar 4, 2011"): the page's date, and
        # the title still, no event ("Morning Briefing"). The weakest reading of all (an announcement's headline
        # has the same shape and may name no kind: "Protest March for May 1, 2019"), so any date the page states
        # itself wins. A headline naming a kind is refused (`_names_a_digest`) and stays a sentence with its event.
        if i == 0 and len(s) <= 120 and " for " in s and (g := _DIGEST_FOR_DATE.fullmatch(s)) \
                and _names_a_digest(g.group("name")) and not _named_in_story(g.group("name"), text, ln.end):
            found = _DATE_ANYWHERE.search(s, g.end("name"))
            d = _parse_date(found.group(0), day_first) if found else None
            if d is not None:
                dates.append((_DIGEST_RANK, ln.start, d))
                excluded.append(span)
                continue
        if i in top and len(s) <= 120 and " for " in s and (g := _DIGEST_SENTENCE.fullmatch(s)):
            d = _parse_date(g.group("core"), day_first)
            if d is not None:
                dates.append((_DIGEST_RANK, ln.start, d))
                excluded.append(span)
                skip.add(i)
                continue
        # The outlet's or the place's name and the date on a header line, before the story starts.
        # (A date label with its colon, "Updated: ...", is read below with its own rank, not as a name.)
        if i in top and not story_started and len(s) <= 120 and _SOURCE_DATELINE.fullmatch(s) \
                and not ((lab := _DATE_LABEL.match(s)) and lab.group("sep") == ":"):
            found = _DATE_ANYWHERE.search(s)
            d = _parse_date(found.group(0), day_first) if found else None
            if d is not None:
                # A digest's dated headline ("Regional Briefs: March 3, 2019") stays the title.
                header_date(i, ln.start, d, span, title=i == 0 and ":" in s[:found.start()])
                continue
        # A header line's date glued to the outlet's name or a label before it ("City Herald26/12/2023").
        if i in top and not story_started and len(s) <= 120 and (g := _GLUED_DATE_TAIL.search(s)):
            d = _parse_date(g.group(0), day_first)
            if d is not None:
                header_date(i, ln.start, d, span)
                continue
        # A blog's post line before the story, and an agency's dated credit closing the text.
        if (i in top and not story_started and len(s) <= 120 and _POST_LINE.fullmatch(s)
                or i == nonblank[-1] and len(s) <= 120 and s[:1] == "(" and _CLOSING_CREDIT.fullmatch(s)):
            found = _DATE_ANYWHERE.search(s)
            d = _parse_date(found.group(0), day_first) if found else None
            if d is not None:
                dates.append((2 if i in top else 3, ln.start, d))
                excluded.append(span)
                skip.add(i)
                continue
        # The site's sentence of the page's date: "This Article is From Mar 06, 2014".
        if i in top and not story_started and len(s) <= 120 and (p := _PAGE_DATE_SENTENCE.fullmatch(s)):
            d = _parse_date(p.group("core"), day_first)
            if d is not None:
                dates.append((4 if p.group("updated") else 1, ln.start, d))
                excluded.append(span)
                skip.add(i)
                continue
        # Labelled dates: "Published On: ...", "Updated: ...". Also as a list item, when it gives a date ("• Updated
        # June 3, 2019 with the court's ruling": an editor's note on the page's update; a list item that merely opens
        # with a label word, "• Released on bail on Monday", stays the story's).
        m = _DATE_LABEL.match(s)
        if m is None and i == date_label_line + 1 and (c := _LABEL_GOES_ON.match(s)) is not None:
            # the date label line above goes on ("Posted at 2:16 PM, Oct 13, 2018" / "and last updated 2019-10-02
            # 09:23"): the update stamp is the page's furniture too, not a sentence
            m = _DATE_LABEL.match(s, c.end())
            if m is not None and _LEADING_DATE.match(m.group("value")) is None and not _ISO.match(m.group("value")):
                m = None
        if m is None and s[:1] in _BULLET_STARTS and (b := _BULLET.match(s)) is not None and b.end() < len(s):
            m = _DATE_LABEL.match(s, b.end())
            if m is not None and _LEADING_DATE.match(m.group("value")) is None:
                m = None
        if m and i in top and not story_started and s is line and not m.group("sep") \
                and m.group("label").lower() == "date" and (month := _MONTH_ONLY.match(s, m.start("value"))):
            # A bare "date" field giving a month only ("date 2017-03 Murder Accused Back In Court"): no day of the
            # page's, but its month (the year of a dateline that gives none, `page_month`); the field is furniture
            # and the words after it are the line's own (a headline, a lead).
            page_month = page_month or (int(month.group("year")), int(month.group("month")))
            excluded.append((ln.start, ln.start + month.end()))
            if month.end() < len(s):
                story_from[i] = month.end()
            else:
                skip.add(i)
            continue
        if m and len(s) > 120 and i in top and not story_started and s is line:
            # A labelled date glued to a first paragraph of any length ("date 2019-03-04 The harbour board on
            # Tuesday voted to sell ..."): read as the short line below, on the line's head (the label, the date,
            # the story's first words); the story after it is checked on the whole line (`_story_after_date`).
            head = _LEADING_DATE.match(s, m.start("value") + len(m.group("value")) - len(m.group("value").lstrip()))
            d = _parse_date(head.group(0), day_first) if head else None
            story = _story_after_date(s, m, m.group("value"), ended=False) if d is not None else None
            if story is not None:
                dates.append((3 if m.group("label").lower() == "dateline" else _label_rank(m), ln.start, d))
                excluded.append((ln.start, ln.start + story))
                story_from[i] = story
                continue
        if m and len(s) <= 120:
            value = m.group("value").strip()
            d = _parse_date(value, day_first) if value else None
            starts_with_date = d is not None and bool(
                _ISO.match(value) or re.match(rf"(?:{_TIME}\s*,?\s*)?(?:{_WEEKDAY}\s+)?{_DATE_CORE}",
                                              value, re.IGNORECASE))
            labelled = not value or m.group("sep") or m.group("onat") or starts_with_date
            if m.group("label").lower() in _DATED_ONLY:
                labelled = labelled and d is not None and i in top and not story_started
            if labelled and (d is not None or not value or _words(value) <= 8):
                if d is not None:
                    date_label_line = i
                    label = m.group("label").lower()
                    # (A dateline's day is the reporting day, often the eve of publication: a rank below the
                    # date lines'; the day an archive stored the article, the last resort.)
                    rank = (4 if ("updat" in label or "modif" in label) else 5 if label == "load-date"
                            else 3 if label == "dateline" else _label_rank(m))
                    dates.append((rank, ln.start, d))
                story = _story_after_date(s, m, value) if d is not None and starts_with_date and s is line else None
                if story is not None:
                    # "Date: 2019-03-04 The council approved the plan on Monday.": a flattened page glued the date
                    # and the first paragraph on one line; the paragraph is story (and may be the title).
                    excluded.append((ln.start, ln.start + story))
                    story_from[i] = story
                else:
                    excluded.append(span)
                    skip.add(i)
                continue
        # A date stamp with the page's own words around it ("August 9, 2018 / 12:03 PM / Updated an hour ago"):
        # the dateline too, before the story.
        if i in top and not story_started and len(s) <= _STAMP_CHARS and (stamp := _stamp_date(s)) is not None:
            d = _parse_date(stamp, day_first)
            if d is not None:
                header_date(i, ln.start, d, span)
                continue
        # The page's meta line: its date run in with names, labels, times and counters (`_meta_line_date`), in the
        # page's header: before the story or just under its first lines (a standfirst that started it); further
        # down such lines are a list of other stories.
        if i in top and (not story_started or i <= first_story_line + _META_AFTER_STORY) \
                and (meta := _meta_line_date(s, in_story=story_started)) is not None \
                and not any(j in nonblank and _meta_line_date(lines[j].s) is not None for j in (i - 1, i + 1)):
            # (neighbours of the same shape are a list of other stories with their dates, not the page's line)
            d = _parse_date(meta[1], day_first)
            if d is not None:
                dates.append((meta[0], ln.start, d))
                excluded.append(span)
                skip.add(i)
                continue
        # A header's field or masthead line with a date (see `_FIELD_DATE_LINE`, `_ABBREVIATED_LABEL_DATE`): furniture,
        # and no date of the page's.
        if i in top and len(s) <= 80 and s[-1:].isalnum() and (record := _header_record(s)) \
                and (not story_started or record == "field" and i <= first_story_line + _META_AFTER_STORY):
            # (A field may stand just under the story's first line, as a meta line may: a photo's caption over it
            # started the story, "... on July 15, 2017." / "Text by NEWS WIRES" / "Latest update : 2017-07-15".)
            excluded.append(span)
            skip.add(i)
            if record == "masthead" and i < _MASTHEAD_LINES:
                # The lines above a masthead's record are the masthead too (the outlet's name, its icons' words:
                # "Arrow-right Camera"): neither the title nor the story. (A field stands under the headline.)
                for j in nonblank[:i]:
                    if j not in skip:
                        skip.add(j)
                        excluded.append((lines[j].start, lines[j].end))
            continue
        if _BREADCRUMB.match(s) and _words(s) <= 25 and s[-1:] not in _TERMINAL:
            crumbs.add(i)
            excluded.append(span)
            skip.add(i)
            continue
        if _is_boilerplate_line(s) or len(s) <= _CITATION_CHARS and _CITATION_LINE.fullmatch(s):
            excluded.append(span)
            boiler.add(i)
            skip.add(i)
            continue
        if _addresses_reader(s):
            excluded.append(span)
            skip.add(i)
            continue
        if _is_byline(s):
            if i in top:
                d = _parse_date(s, day_first)
                if d is not None:
                    dates.append((3, ln.start, d))
            excluded.append(span)
            boiler.add(i)
            skip.add(i)
            continue
        if _is_contributor_credit(s) or _EDITORS_NOTE.match(s) or _is_section_heading(s, i == 0):
            excluded.append(span)
            boiler.add(i)
            continue
        if i > 0 and _credited_caption(s):
            excluded.append(span)
            skip.add(i)
            if _repeats_caption_scene(lines[i - 1].s, s):
                # the picture's alt text over its caption, the same words without the credit: furniture too
                excluded.append((lines[i - 1].start, lines[i - 1].end))
                skip.add(i - 1)
            continue
        k = _contributor_credit_tail(line)
        if k is not None:
            excluded.append((ln.start + k, ln.end))
        # A run of link labels set off by pipes: a whole line below the first, or a line's tail.
        if "|" in line:
            k = _link_label_run(line)
            if k is not None and (k > 0 or i > 0):
                excluded.append((ln.start + k, ln.end))
        if ";" in line and _joined_headlines(line):
            excluded.append(span)
            skip.add(i)
            continue
        # An embedded social post's signature: "— Harbour Trust (@HarbourTrust) March 3, 2019" (the post's date,
        # no happening of the story's). (The "(@" is cheap to look for; the pattern is not.)
        if "(@" in line:
            sig = _POST_SIGNATURE.search(line)
            if sig is not None:
                excluded.append((ln.start + sig.start(), ln.end))
        # A caption with its credit glued on: "…state media.Credit: Agency — Getty Images".
        c = _CREDIT_TAIL.search(s) if ":" in s else None  # the colon is cheap to look for; the pattern is not
        if c and _words(s[c.start():]) <= 20:
            excluded.append((ln.start + c.start(), ln.end))
        # A headline run into its byline, dateline and lead: the date is the page's; the headline stays a sentence
        # (and the title), the byline and the dateline are furniture, the lead starts after them.
        if i in top and not story_started and s is line and (run_on := _run_on_header(s)) is not None:
            headline_end, date_text, lead = run_on
            d = _parse_date(date_text, day_first)
            if d is not None:
                dates.append((2, ln.start, d))
                excluded.append((ln.start + headline_end, ln.start + lead))
                story_from[i] = lead
                if headline_end:
                    headline_ends[i] = headline_end
                story_started = True
                first_story_line = i
                continue
        # The page's date run into its lead, as an index page prints its first story ("Monday, December 3, 2007 At
        # Thanksgiving dinner ..."): the date is the page's and furniture; the lead starts after it, its weekdays
        # and holidays counted from that day.
        if i in top and not story_started and s is line and (run_in := _run_in_date_line(s)) is not None:
            lead, d = run_in
            dates.append((2, ln.start, d))
            excluded.append((ln.start, ln.start + lead))
            story_from[i] = lead
            if (cut := _cut_teaser_sentence(s, lead)) is not None:
                excluded.append((ln.start + cut, ln.end))
            story_started = True
            first_story_line = i
            continue
        # "MOSCOW, June 20, 2024 (Reuters) — ..." opening the first paragraphs.
        if i in top:
            c = _CITY_DATELINE.match(s)
            dateline = (c.group(0), len(c.group(0).rstrip())) if c else None
            lead = _LEADING_DATE.match(s) if c is None else None
            clock = _CLOCK_AFTER_DATE.match(s, lead.end()) if lead is not None else None
            if lead is not None and (not story_started or clock is not None) \
                    and (dash := _DATE_DASH.match(s, clock.end() if clock else lead.end())) is not None \
                    and _words(s) >= 8 and s[-1:] in _TERMINAL and s[dash.end():].lstrip()[:1].isupper():
                # The page's date line run into the story's first paragraph with a dash, no place before it
                # ("Thursday, January 30, 2020 - The governor was impeached on Wednesday."): a dateline too. With
                # its clock time ("Thursday, May 28, 2015, 5:42 - Floodwaters are ...") it is the page's stamp even
                # under a standfirst that started the story: no sentence opens with a date, a time and a dash.
                dateline = (lead.group(0), dash.end())
            if dateline:
                d = _parse_date(dateline[0], day_first)
                if d is not None:
                    dates.append((3, ln.start, d))
                    excluded.append((ln.start, ln.start + dateline[1]))
                    continue
            # A wire dateline: boilerplate, never a headline or an event; its day dates the article when it
            # gives the year.
            w = _WIRE_DATELINE.match(s)
            # (Without an agency, only before a lead sentence: "NASA WARNS - Storm ahead" is a headline.)
            if w and (w.end() == len(s) or w.group("dash")
                      or w.group("bare_dash") and s.rstrip("\"'”’)")[-1:] in _TERMINAL):
                found = _DATE_ANYWHERE.search(w.group(0))
                d = _parse_date(found.group(0), day_first) if found else None
                if d is not None:
                    dates.append((3, ln.start, d))
                elif dateline_day is None and (w.group("agency") or w.group("bare_dash")) \
                        and (md := _MONTH_DAY.search(w.group(0))):
                    # (an agency's dateline, or a paper's own with its dash: "WASHINGTON, March 3 — "; only the
                    # agency's moves a date the page prints, a section line's "HARBOUR NEWS, June 4 - " may not)
                    dateline_day = _month_day(md)
                    if w.group("agency"):
                        wire_day = dateline_day
                excluded.append((ln.start, ln.start + len(w.group(0).rstrip())))
                if w.end() == len(s):
                    skip.add(i)
        if not story_started and s[-1:] in _TERMINAL and _words(s) >= 6:
            story_started = True
            first_story_line = i

    if header_date_line is not None:
        headline = _archive_header(lines, header_date_line, min(first_story_line, _TOP_LINES), headline, skip,
                                   excluded)
    comments = _comment_section(text, lines, nonblank)
    if comments:
        # A comment's date stamp is the reader's day, not the page's: no date read inside the comments.
        dates = [entry for entry in dates if entry[1] < comments[0][0]]
    link_lists = _link_lists(lines, nonblank)
    if link_lists and dates and first_story_line < len(lines):
        # Nor inside a list of other stories under its heading after the story ("Related stories"): their days are
        # theirs. (Over the story such a heading may be a site's label over the page's date line: "Latest News".)
        after = [(a, b) for a, b in link_lists if a > lines[first_story_line].start]
        dates = [entry for entry in dates if not any(a <= entry[1] < b for a, b in after)]
    dates = _masthead_dates_after(dates, lone_dates, first_story_line, lines)
    foot_dates, foot_spans = _foot_date_lines(lines, nonblank, first_story_line, comments, day_first)
    dates.extend(foot_dates)
    excluded.extend(foot_spans)
    # (An index page's stories, each a teaser cut with "[…]" under its date run into its lead, end no sentence: the
    # first such lead starts the first story.)
    heads_from = first_story_line if first_story_line < len(lines) \
        else next((i for i in nonblank if _run_in_date_line(lines[i].s) is not None), len(lines))
    heads = _story_heads(lines, nonblank, heads_from, day_first) if heads_from < len(lines) else []
    for _head, date_line, _day, lead_at in heads:
        if lead_at is not None:  # (a date run into its lead: the date only, the lead is the story's and its
            excluded.append((lines[date_line].start, lines[date_line].start + lead_at))  # sentence starts there)
            story_from[date_line] = lead_at
            if (cut := _cut_teaser_sentence(lines[date_line].s, lead_at)) is not None:
                excluded.append((lines[date_line].start + cut, lines[date_line].end))
            continue
        excluded.append((lines[date_line].start, lines[date_line].end))  # (its story's date line, as the first's)
        skip.add(date_line)
    # Cards of other stories after the story (`_story_cards`; none on a page of several stories: a later story under
    # its headline and date is no card): their stamps are their days, not the page's.
    cards = _story_cards(lines, nonblank, first_story_line) if not heads else []
    if cards:
        dates = [entry for entry in dates if not any(a <= entry[1] < b for a, b in cards)]
    # (A later story's byline starts no footer: the story under it goes on.)
    excluded.extend(_footer(lines, nonblank, boiler, first_story_line, heads[-1][1] if heads else -1))
    excluded.extend(link_lists)
    excluded.extend(cards)
    excluded.extend(_page_furniture(lines, nonblank, first_story_line))
    if dates:
        excluded.extend(_older_dated_lines(lines, nonblank, skip, min(dates)[2]))
    excluded.extend(_dated_lists(lines, nonblank))
    excluded.extend(comments)
    wire_year = _dateline_year(lines, nonblank, page_month, dateline_day) if dateline_day is not None else None
    return _Analysis(excluded, dates, skip, crumbs, headline, story_from or None, wire_day, headline_ends or None,
                     page_month, dateline_day, wire_year, tuple((lines[h].start, day) for h, _i, day, _chars in heads))


_MENU_ENTRY_WORDS = 3  # a menu's entry: a word or three ("Home", "World News", "The House Live")
_MASTHEAD_RANK = 5  # a masthead's date of the day over the article's own: after every date the article prints


def _menu_entry(s: str) -> bool:
    """A menu's entry: a few words, no figure, no sentence's end, no byline."""
    return (_words(s) <= _MENU_ENTRY_WORDS and s[-1:] not in _TERMINAL and not any(ch.isdigit() for ch in s)
            and any(ch.isalpha() for ch in s) and not _is_byline(s))


def _in_menu(lines: list[_Line], nonblank: range, i: int) -> bool:
    """Does line i stand inside a menu: two menu entries running above it and two below? (A briefs page's date under
    its name and over a section's label and a short headline, "Briefs / <date> / WORLD / Ferry service resumes", or
    a date under a section's name and a short headline, "Opinion / Mayor resigns / <date>", has no such runs.)"""
    def entries(js: range) -> int:
        n = 0
        for j in js:
            if j not in nonblank or not _menu_entry(lines[j].s):
                break
            n += 1
        return n
    return entries(range(i - 1, i - 3, -1)) >= 2 and entries(range(i + 1, i + 3)) >= 2


def _masthead_dates_after(dates: list[tuple[int, int, dt.date]], lone_dates: dict[int, int], first_story_line: int,
                          lines: list[_Line]) -> list[tuple[int, int, dt.date]]:
    """A bare date line at the top above another date the article prints before its story (a date line or a byline
    under its headline), and later than it: the masthead's date of the day (the day the page was shown or stored),
    chrome; the article's own date wins (`_MASTHEAD_RANK`). (A dateline in the lead is no such date: the reporter's
    day is often the eve of the page's.)"""
    story_at = lines[first_story_line].start if first_story_line < len(lines) else lines[-1].end + 1 if lines else 0
    # (the article's dates before its story: the other bare date lines, and the bylines', date lines', credits')
    own = [(start, d) for rank, start, d in dates if start < story_at and (rank <= 3 or start in lone_dates)]
    return [(_MASTHEAD_RANK if rank <= 2 and start in lone_dates
             and any(other > start and day < d for other, day in own) else rank, start, d)
            for rank, start, d in dates]


# The page's foot: its last lines, after the story, where a page may print its date instead of at the top ("- 20
# August 2024" under a repeated headline, "(The above story first appeared on ... on Sep 16, 2018 10:15 AM IST. ...)").
_FOOT_LINES = 6
_FOOT_EDGES = " \t-–—•·*|()[]"
# A sentence about the page itself: "The above story first appeared ...", "This article was originally published ...".
_PAGE_ITSELF = re.compile(r"[(\[]?\s*(?:this|the(?:\s+above)?)\s+(?:article|story|post|page|report|piece)\b",
                          re.IGNORECASE)
_SELF_DATE_REACH = 120  # the characters of such a sentence its date is looked for in
_PAGE_NOUN_AFTER_THIS = re.compile(r"this\s+(?:article|story|post|page|piece)\b", re.IGNORECASE)


def _speaks_of_itself(line: str) -> bool:
    """Is "this article" (a page's noun after "this", `_PAGE_NOUN_AFTER_THIS`) the subject of the line's first
    verb: the page's sentence about itself ("This article mentions the foundation ...", "This story has been
    updated"), not a compound it opens ("This story hour brings crowds ...")?"""
    from timeline_app.core.grammar import tag_words  # (grammar loads only for such a line)
    tokens = tag_words(line[:200])
    return len(tokens) > 2 and tokens[2].pos[:2] in ("VB", "MD")


def _foot_date_lines(lines: list[_Line], nonblank: range, first_story_line: int,
                     comments: list[tuple[int, int]], day_first: Callable[[], bool | None] | None
                     ) -> tuple[list[tuple[int, int, dt.date]], list[tuple[int, int]]]:
    """The page's date printed at its foot, after the story (rank 3: a date the page prints at its top wins):
    a line that is nothing but a date (maybe a time, a bullet or dash: `_DATELINE`), a meta line, no sentence, that
    stamps the page after its byline's names ("CNNMoney (New York) First published February 1, 2016: 1:28 AM ET":
    `_meta_line_date`, an update's day ranking after a publication's), or the page's sentence about itself with a
    date ("The above story first appeared on ... on Sep 16, 2018."), told as done. Two date lines
    at the foot are a list (related stories, comments): none is the page's. The comment section is not the foot.
    Returns the dates and the spans of the lines (furniture)."""
    comment_start = comments[0][0] if comments else None
    found: list[tuple[int, int, dt.date]] = []
    spans: list[tuple[int, int]] = []
    date_lines = 0
    for i in nonblank[max(first_story_line + 1, len(nonblank) - _FOOT_LINES):]:
        ln = lines[i]
        if comment_start is not None and ln.start >= comment_start:
            break
        bare = ln.s.strip(_FOOT_EDGES)
        if not bare:
            continue
        if len(bare) <= 80 and _DATELINE.fullmatch(bare):
            date_lines += 1
            d = _parse_date(bare, day_first)
            if d is not None:
                found.append((3, ln.start, d))
                spans.append((ln.start, ln.end))
            continue
        meta = _meta_line_date(bare, at_foot=True) if len(bare) <= _META_CHARS else None
        if meta is not None and _field_opened_by_participle(_STAMP_WORD.findall(bare, 0, bare.find(meta[1])), True):
            # (a stamp after a byline, "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET": its step
            # leads into its date; a participle after the date tells a listed item, "2 April 2018 Candidates named")
            date_lines += 1
            d = _parse_date(meta[1], day_first)
            if d is not None:
                found.append((meta[0], ln.start, d))
                spans.append((ln.start, ln.end))
            continue
        itself = _PAGE_ITSELF.match(ln.s)
        if itself is None:
            continue
        date = _DATE_ANYWHERE.search(ln.s, itself.end(), itself.end() + _SELF_DATE_REACH)
        d = _parse_date(date.group(0), day_first) if date is not None else None
        if d is not None and _told_as_done_before(ln.s[itself.start():date.start()]):
            found.append((3, ln.start, d))
            spans.append((ln.start, ln.end))
    if date_lines > 1:
        return [], []  # a list of dated lines: none is the page's (nor is a sentence among them)
    return found, spans


def _told_as_done_before(words: str) -> bool:
    """Does the clause `words` (a sentence about the page up to its date) tell its verb as done: a finite verb in a
    past tense or a perfect ("first appeared", "was published", "has been updated"), no modal ("will appear")?"""
    from timeline_app.core.grammar import analyse_sentence  # (only for a foot line about the page itself)
    groups = [g for g in analyse_sentence(words).groups if g.finite]
    if not groups:
        return False
    first = groups[0].words[0]
    return first.pos in ("VBD", "VBN") or first.text.lower() in ("has", "have", "had") and groups[0].main.pos == "VBN"


_STAMPS_BETWEEN = " \t|·•–—/-"


def _first_of_two_stamps(line: str) -> str | None:
    """The first of two date stamps that make up the whole line ("22 Dec, 2016 22 Dec, 2016", "March 3, 2019 |
    March 4, 2019 10:15"), each a dateline of its own (`_DATELINE`, at most 80 characters); None for any other line.
    (Bounded: a line of at most 160 characters, one split tried per space.)"""
    if not line[:1].isalnum():
        return None
    for k, ch in enumerate(line):
        if ch == " " and 0 < k <= 80:
            first = line[:k].rstrip(_STAMPS_BETWEEN)
            second = line[k:].strip(_STAMPS_BETWEEN)
            if second and len(second) <= 80 and _DATELINE.fullmatch(first) and _DATELINE.fullmatch(second):
                return first
    return None


# A year written out ("2014", not "12014" nor "2014-15"'s second part), and a copyright line's mark.
_WRITTEN_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d])")
_COPYRIGHT_MARK = re.compile(r"copyright|©|\(c\)", re.IGNORECASE)
_YEAR_TOP_CHARS = 3000  # the top of the page a year-less dateline's year is looked for in


def _dateline_year(lines: list[_Line], nonblank: range, page_month: tuple[int, int] | None,
                   wire_day: tuple[int, int]) -> int | None:
    """The year of a year-less wire dateline ("BERLIN, Feb 14 (Reuters) - ") as another date on the page gives it:
    a bare "date" field's month ("date 2014-02": a dateline's month after it is the year before's), else a full
    date near the top on the dateline's own month and day (a caption's or a byline's "Dec. 31, 2018": its year),
    else the years written near the top (a copyright or "Updated" line, the lead's own years): the story is no older
    than the latest year it names as done, and no later than the year that keeps the dateline on or before a full
    date it names as ahead ("rescheduled to be held on Jan. 27, 2019" under a "Dec. 31" dateline: the year before);
    such a date, told with its day, is near, so it wins over an older year the story names (a history's "since
    2009"); else a copyright line's at the foot. None when the page writes no year. (The top lines and the last
    few: bounded.)"""
    if page_month is not None:
        year, month = page_month
        return year - 1 if wire_day[0] > month else year
    done: list[int] = []
    ahead: list[int] = []
    for i in nonblank[:_TOP_LINES]:
        if lines[i].start >= _YEAR_TOP_CHARS:
            break
        s = lines[i].s
        full = {}  # the year's offset -> the full date it closes ("Jan. 27, 2019")
        for m in _DATE_ANYWHERE.finditer(s, 0, _YEAR_TOP_CHARS):
            y = _WRITTEN_YEAR.search(m.group(0))
            d = _parse_date(m.group(0)) if y is not None else None
            if d is not None and (d.month, d.day) == wire_day:
                return d.year  # (the page prints the dateline's day in full: its year)
            if d is not None:
                full[m.start() + y.start()] = d
        for y in _WRITTEN_YEAR.finditer(s, 0, _YEAR_TOP_CHARS):
            if not _year_told_ahead(s, y.start()):
                done.append(int(y.group(0)))
            elif (d := full.get(y.start())) is not None:  # (a bare year ahead, "will open in 2021", bounds nothing)
                ahead.append(d.year if wire_day <= (d.month, d.day) else d.year - 1)
    latest_done = max(done, default=None)
    bound = min(ahead, default=None)
    if bound is not None and (latest_done is None or latest_done <= bound):
        return bound
    if latest_done is not None:
        return latest_done
    foot = [int(y.group(0)) for i in nonblank[max(_TOP_LINES, len(nonblank) - _FOOT_LINES):]
            if (mark := _COPYRIGHT_MARK.search(lines[i].s, 0, 200)) is not None
            for y in _WRITTEN_YEAR.finditer(lines[i].s, mark.start(), mark.start() + 200)]
    return max(foot) if foot else None


# Words naming a time planned ahead, right before the preposition of the date they set ("is due on", "set for",
# "scheduled for", "slated for"): adjectives and participles the verb groups do not tell as ahead (the finite verb
# is "is", in the present), so a small table.
# (Not "postponed", "delayed": "was postponed on Monday" dates the postponing itself.)
_PLANNED_FOR = frozenset({"due", "set", "scheduled", "rescheduled", "slated", "planned", "expected"})


def _year_told_ahead(line: str, at: int) -> bool:
    """Is the year at offset `at` of the line told as the time of something later than the story's day, in any
    tense: under a modal ("the pier will open in 2021", "said it would finish by 2022"), in an infinitive after the
    nearest finite verb ("was rescheduled to be held on Jan. 27, 2019", "is scheduled to open in 2021"), or set by a
    word of planning right before its preposition ("is due on Jan. 9, 2021", "the hearing is set for Jan. 4")? Such a
    year is no sign of the story's own: the story comes before it. (The nearest finite verb group before the year in
    its sentence, and the words between, as the grammar module reads them, decide.)"""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(line, 0, at)]
    start = starts[-1]
    end = m.start() + 1 if (m := _SENTENCE_END.search(line, at)) is not None else len(line)
    sentence = line[start:end]
    if not sentence.strip() or not any(ch.isalpha() for ch in sentence[:at - start]):
        return False
    from timeline_app.core.grammar import analyse_sentence  # (only for a year-less dateline's page)
    analysis = analyse_sentence(sentence)
    before = [g for g in analysis.groups if g.finite and g.start < at - start]
    if not before:
        return False
    if before[-1].words[0].pos == "MD":
        return True
    # (the finite group's main verb and the words after it up to the year)
    tokens = [before[-1].main] + [t for t in analysis.tokens if before[-1].end <= t.start < at - start]
    if any(t.pos == "TO" and n.pos == "VB" for t, n in zip(tokens, tokens[1:])):
        return True  # (an infinitive after the finite verb: the time of what is to come)
    preposition = next((k for k, t in enumerate(tokens) if k > 0 and t.pos == "IN"), None)
    return (preposition is not None and tokens[preposition - 1].text.lower() in _PLANNED_FOR
            and tokens[preposition - 1].pos in ("JJ", "VBN"))


_UPDATE_RANK = 4  # the rank of an update's stamp ("Updated: ..."); the ranks after it are no publication's either


def _dateline_before(stamp: dt.date, dateline_day: tuple[int, int]) -> dt.date:
    """The dateline's (month, day) on or before `stamp` (within the year before it), else `stamp`."""
    for year in (stamp.year, stamp.year - 1):
        day = _wire_date(year, dateline_day)
        if day is not None and day <= stamp:
            return day
    return stamp


def _wire_date(year: int, wire_day: tuple[int, int]) -> dt.date | None:
    try:
        return dt.date(year, *wire_day)
    except ValueError:  # (a 29 February of another year)
        return None


# A wire dateline's day without its year: "Dec 10", "10 December".
_MONTH_DAY = re.compile(rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\b|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})")


def _month_day(m: re.Match[str]) -> tuple[int, int] | None:
    month = _MONTH_NUMBER.get((m.group("month") or m.group("month2"))[:3].lower())
    day = int(m.group("day") or m.group("day2"))
    return (month, day) if month and 1 <= day <= 31 else None


def _dateline_day(published: dt.date, wire_day: tuple[int, int]) -> dt.date:
    """The day the wire dateline gives ("WELLINGTON, Dec 10 (Reuters) - ") when it is a day or two after the
    page's date, the page's date else. The dateline is the reporter's day, where the story happened: a page date
    before it is the eve in the publisher's time zone, and the lead's "on Thursday" counts from the dateline's day.
    A dateline before the page's date is the usual lag of publishing (filed the eve of print): the page's date
    stands, as an archive's document date does."""
    month, day = wire_day
    near: list[dt.date] = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            near.append(dt.date(year, month, day))
        except ValueError:  # (a 29 February of another year)
            continue
    nearest = min(near, key=lambda d: abs((d - published).days), default=published)
    return nearest if 0 < (nearest - published).days <= 2 else published


_ARCHIVE_DATE_TAIL = re.compile(rf"\s*[,;]?\s*(?:{_WEEKDAY}\b|(?:[A-Z][A-Za-z]*\s+){{0,3}}Edition\b)", re.IGNORECASE)


def _archive_form(lines: list[_Line], date_line: int, story_line: int) -> bool:
    """Whether an unlabelled header has an archive export's form: its date line gives the weekday or the edition
    after the date ("March 3, 1999, Wednesday", "..., Late Edition"), or labelled fields ("SECTION: ...") stand
    between the date line and the story. A web page's "Wednesday 13 August 2025" over "Key events" is not one."""
    s = lines[date_line].s
    found = _DATE_ANYWHERE.search(s)
    if found and _ARCHIVE_DATE_TAIL.match(s, found.end()):
        return True
    return any(_HEADER_FIELD.match(lines[i].s) for i in range(date_line + 1, story_line))


def _archive_header(lines: list[_Line], date_line: int, story_line: int, headline: tuple[int, int] | None,
                    skip: set[int], excluded: list[tuple[int, int]]) -> tuple[int, int] | None:
    """An archive export's header: the outlet's name, the date line, fields, the headline, then the body. The
    headline is the labelled one, or else the first line after the date line (fields and bylines passed) that
    reads as a headline before the story. When the header has one, the lines above the date line name the
    outlet: header, neither title nor story. Without one ("Ferry Crossings Resume / June 2, 1996 / lead"), the
    line above the date is the article's own headline, as in any article. Reads the top lines only."""
    if headline is None and _archive_form(lines, date_line, story_line):
        for i in range(date_line + 1, story_line):
            s = lines[i].s
            if i in skip or _HEADER_FIELD.match(s) or not any(ch.isalpha() for ch in s):
                continue
            if _headline_like(s) and not _BULLET.match(s) and not _kicker(s):
                headline = (lines[i].start, lines[i].end)
            break
    if headline is not None:
        for i in range(date_line):
            if i not in skip:
                skip.add(i)
                excluded.append((lines[i].start, lines[i].end))
    return headline


def _headline_like(s: str) -> bool:
    """A line that reads as a linked headline (maybe with its date), not as a sentence of the article."""
    return _words(s) <= 20 and (s[-1:] not in _TERMINAL or bool(_BULLET.match(s)) and _words(s) <= 14)


def _link_lists(lines: list[_Line], nonblank: range) -> list[tuple[int, int]]:
    """'Related Articles' and its kin, with the headlines listed under them up to the first real paragraph."""
    spans = []
    for n, i in check_every(enumerate(nonblank), 1024):
        ln = lines[i]
        if ln.end - ln.start > 60 or not _LINK_LIST_HEADING.fullmatch(_normalise(ln.s)):  # the length: no copy
            continue
        after_headline = False
        for j in nonblank[n + 1:n + 16]:
            s = lines[j].s
            if after_headline and _is_teaser(s):
                # the linked story's opening words, cut off by the site where its link ends ("Two residents of a
                # small rural town were killed in a flash flood after...")
                after_headline = False
            elif _headline_like(s) and not _LINK_LIST_HEADING.fullmatch(_normalise(s)):
                after_headline = True
            else:
                break
            spans.append((lines[j].start, lines[j].end))
    return spans


# ---- cards of other stories under a heading after the story ---------------------------------------
# After the story's last paragraph a site may set a block of cards, each another story's: a short heading over them
# ("Go deeper", "Keep reading", whatever its words), then per card a headline (a short line with no sentence's end),
# a teaser of a sentence or two (maybe a picture's caption with it) and the card's own stamp (its date, its age or
# its byline) on a short line of its own. The stamps are the shape's mark: a story's own later sections (a
# subheading, then prose) carry no date line between them, and a chronology sets its dates before its entries, not
# after a headline and its prose. Every card but the last closes on its stamp; the last may run to the page's end
# (a page cut off in the middle of a card).

_CARD_HEADING_WORDS = 5  # the block's heading: a label of a few words
_CARD_MIN = 2  # two cards or more, two stamped: one dated paragraph may be a story's own
_CARD_BODY_LINES = 4  # a teaser's sentence or two, a picture's caption, a "why it matters" line
_CARD_BODY_WORDS = 80  # (a teaser is no long paragraph)
_CARD_STAMP_WORDS = 10  # a stamp's line: a date, an age or a byline, a label or two with it ("Go deeper", "Read")


def _card_stamp(s: str) -> bool:
    """A card's stamp line: short, no sentence's end, holding a date (its year maybe left out: "Mar 9") or an age
    ("3 hours ago") with a label's few words at most beside it (more make a headline: "Vote set for May 3 on the
    harbour plan"), or a byline."""
    if len(s) > _STAMP_CHARS or s[-1:] in _TERMINAL or _words(s) > _CARD_STAMP_WORDS:
        return False
    found = _DATE_ANYWHERE.search(s) or _MONTH_DAY.search(s) or _STAMP_AGE.search(s)
    if found is not None:
        return _words(s[:found.start()] + " " + s[found.end():]) <= _STAMP_WORDS
    return _is_byline(s)


def _card_body(s: str) -> bool:
    """A card's teaser line: a sentence or two (or a picture's caption), short."""
    return _words(s) <= _CARD_BODY_WORDS and (s.rstrip("\"'”’)]")[-1:] in _TERMINAL or _is_teaser(s)
                                              or _credited_caption(s))


def _card_block(lines: list[_Line], seq: Sequence[int], n: int) -> tuple[int, bool] | None:
    """The cards under the heading `seq[n]` (`seq` the page's nonblank line indices to read): the index in `seq`
    of the block's last line and whether every card closes on its stamp, or None for no block (fewer than
    `_CARD_MIN` cards or stamps, or a card neither stamped nor at the page's end)."""
    s = lines[seq[n]].s
    if (_words(s) > _CARD_HEADING_WORDS or s[-1:] in _TERMINAL or s[-1:] in ":;," or _card_stamp(s)
            or not s[:1].isupper()):
        return None
    cards: list[tuple[int, int, bool]] = []  # (first line, last line, closed by a stamp), indices into `seq`
    k = n + 1
    while k < len(seq) and _unterminated_short_line(lines[seq[k]].s) \
            and not _credited_caption(lines[seq[k]].s):  # (a picture's caption is the card's, no headline)
        head = k
        k += 1
        while k < len(seq) and k - head <= _CARD_BODY_LINES and _card_body(lines[seq[k]].s):
            k += 1
        if k - head == 1 and k < len(seq):
            break  # (a headline with no teaser under it: a list of links, which `_link_lists` reads)
        stamped = k < len(seq) and _card_stamp(lines[seq[k]].s)
        cards.append((head, k if stamped else k - 1, stamped))
        if not stamped:
            break
        k += 1
    if cards and not cards[-1][2] and cards[-1][1] != len(seq) - 1:
        cards.pop()  # (an unstamped card must run to the page's end)
    stamps = sum(c[2] for c in cards)
    if len(cards) < _CARD_MIN or stamps < _CARD_MIN:
        return None
    return cards[-1][1], stamps == len(cards)


def _story_cards(lines: list[_Line], nonblank: range, first_story_line: int) -> list[tuple[int, int]]:
    """Blocks of other stories' cards under a heading after the story's first line (see above), and a rail of
    them over the story (`_teaser_rail`): the heading and the cards, as spans. Each line is read once as a
    heading's candidate and the lines of a block once more."""
    spans: list[tuple[int, int]] = []
    if first_story_line >= len(lines):
        return spans
    if (rail := _teaser_rail(lines, nonblank, first_story_line)) is not None:
        spans.append(rail)
    after = nonblank[first_story_line + 1:]
    n = 0
    while n < len(after):
        block = _card_block(lines, after, n)
        if block is None:
            n += 1
            continue
        spans.append((lines[after[n]].start, lines[after[block[0]]].end))
        n = block[0] + 1
    return spans


_RAIL_TOP_LINES = _TOP_LINES  # a rail's heading stands in the page's top lines
_RAIL_STORY_PARAGRAPHS = 2  # the story under a rail: its headline, then two paragraphs or more of prose


def _teaser_rail(lines: list[_Line], nonblank: range, first_story_line: int) -> tuple[int, int] | None:
    """A rail of other stories' cards over the story: a heading above the page's first sentence (which is then
    the first card's teaser), every card closed by its stamp, then the story itself, its headline and two
    paragraphs or more of prose. Only so certain a shape: a page of several stories under a heading is no rail
    (its last card would run on into the page's end). The span of the heading and the cards, or None."""
    top = nonblank[:min(first_story_line, _RAIL_TOP_LINES)]
    for n in range(len(top)):
        block = _card_block(lines, nonblank, n)
        if block is None:
            continue
        end, all_stamped = block
        rest = nonblank[end + 1:]
        if not all_stamped or nonblank[end] < first_story_line or not rest \
                or not _unterminated_short_line(lines[rest[0]].s):
            return None
        prose = 0
        for i in rest[1:]:
            s = lines[i].s
            if s[-1:] in _TERMINAL and _words(s) >= 6:
                prose += 1
                if prose >= _RAIL_STORY_PARAGRAPHS:
                    return lines[nonblank[n]].start, lines[nonblank[end]].end
            elif prose or _words(s) > _CARD_STAMP_WORDS:  # (between the headline and the lead: a date, a byline)
                return None
        return None
    return None


# ---- page furniture told by the page's structure ---------------------------------------------------
# The story is the run of connected prose under its headline. A line the page prints twice (a headline again in a
# "most read" list, a notice box repeated at the foot, a caption glued to its alt text) and a run of headlines of
# other stories (short unterminated lines, several in a row, naming little of the story's lead) are the page's
# lines, not the story's, whatever words they hold.

_REPEAT_MIN_WORDS = 4  # a repeated shorter line is a label ("Read more"), which other rules judge
_RUN_MIN_HEADLINES = 3  # one or two unterminated lines in a row are the story's subheadings
_RUN_MAX_WORDS = 20  # a linked headline's length (`_headline_like`)
_RUN_MAX_CHARS = 300  # (a cheap bound before the words are counted: twenty words rarely take more)
_LEAD_LINES = 3  # the story's first line and the two above it (the headline, a standfirst): where its topic starts
_LEAD_CHARS = 2000  # a line's words read for the topic (a line of a flattened page may be the whole story)
_CONTENT_WORD = re.compile(r"[^\W\d_]{5,}")  # a word long enough to carry a topic (`_content_words`)
_CONTENT_TAGS = ("NN", "VB", "JJ")  # the lexicon's tags of a topic's words: nouns, verbs, adjectives
_STEM_CHARS = 6  # words compared by their first letters: "minister" and "ministers", "council" and "councillor"
_YEAR_IN_LINE = re.compile(rf"\b{_YEAR}\b")
_DOUBLING_GAP = 2  # what may stand between a line's two copies of the same words (". ", " ")


def _page_furniture(lines: list[_Line], nonblank: range, first_story_line: int) -> list[tuple[int, int]]:
    """Blocks the page's structure shows are not the story's (see `_repeated_lines`, `_other_headlines`). Only
    after the story's first line: above it stand the headline and the header, which other rules read."""
    if first_story_line >= len(lines):
        return []
    copies = _repeated_lines(lines, nonblank, first_story_line)
    return [(lines[i].start, lines[i].end) for i in copies] + _other_headlines(lines, nonblank, first_story_line,
                                                                                set(copies))


_REPEAT_MIN_CHARS = 15  # (a cheap bound before the words are counted: four words take more)


def _doubled(s: str) -> bool:
    """Is the line the same words twice ("The scene after the fire.The scene after the fire.")? A picture's
    caption glued to its alt text; no writer repeats a whole sentence at once."""
    n = len(s)
    if n < 2 * _REPEAT_MIN_CHARS:
        return False
    for gap in range(_DOUBLING_GAP + 1):
        half = (n - gap) // 2
        if (n - gap) % 2 or s[0] != s[n - half]:  # (one character told first: most lines differ there)
            continue
        if s[:half] == s[n - half:] and not s[half:n - half].strip(" .") and _words(s[:half]) >= _REPEAT_MIN_WORDS:
            return True
    return False


def _repeated_lines(lines: list[_Line], nonblank: range, first_story_line: int) -> list[int]:
    """Lines the page prints more than once, after the story's first line: a headline listed again among other
    stories, a notice repeated at the foot, a caption over its alt text. The first copy stays the story's (a page
    may print its story twice over: the first reading keeps its words), unless it stands in the page's second
    half too: nothing of a story is printed twice after its middle, a box of the page's is. Sentences printed
    again are the page's only so: two lines or more in the same order, the first copy in the page's second half
    (a file of many articles repeats a wire story's sentences from one article to the next, each article's own,
    and one at a time). A line that is its own words twice goes wherever it is. A line shorter than
    `_REPEAT_MIN_WORDS` words is a label ("Read more"), which other rules judge. One pass, one hash a line (not
    the line: a copy of every line would double the memory); linear."""
    first: dict[int, int] = {}  # a line's hash -> the index of its first copy
    copies: list[tuple[int, int]] = []  # (index, the index of its first copy) for every later copy
    out = []
    for i in check_every(nonblank, 1024):
        s = lines[i].s
        if len(s) < _REPEAT_MIN_CHARS:
            continue
        key = hash(s)
        was = first.setdefault(key, i)
        if was != i:
            copies.append((i, was))
        if _doubled(s):
            out.append(i)
    if not copies:
        return out
    half = len(lines) // 2
    copy_of = {i: was for i, was in copies if lines[i].s == lines[was].s}  # (the hash's rare collision aside)
    again = set()
    for i, was in copy_of.items():
        s = lines[i].s
        if i <= first_story_line or _words(s) < _REPEAT_MIN_WORDS:
            continue
        if _unterminated_short_line(s):
            again.add(i)  # a headline again
        elif was >= half and (copy_of.get(i + 1) == was + 1 or copy_of.get(i - 1) == was - 1):
            again.update((i, was))  # a box of sentences printed again, in the same order, at the page's foot
    return sorted(again.union(out))


def _content_words(s: str) -> set[str]:
    """The line's content words (a noun, verb or adjective to the tagger's lexicon, or a word it does not know: a
    name), cut to their first letters (a crude stem: inflections and derivations meet). "After", "their" and
    "which" are long but carry no topic."""
    from timeline_app.core.grammar import lexicon_tag  # (only for the lines of a page after its story starts)
    out = set()
    for w in _CONTENT_WORD.findall(s):
        low = w.casefold()
        tag = lexicon_tag(low)
        if tag is None or tag[:2] in _CONTENT_TAGS:
            out.add(low[:_STEM_CHARS])
    return out


def _unterminated_short_line(line: str) -> bool:
    """A short line with no sentence's end: a linked headline, a menu entry or a subheading. Not a list item the
    writer marked (the story's own key points: "• He is confident the deal will pass"), nor a dated line (a
    chronology's entry, a results row: `_dated_lists` judges those)."""
    if len(line) > _RUN_MAX_CHARS or line[-1] in _TERMINAL or line[:1] in _BULLET_STARTS and _BULLET.match(line):
        return False  # (the cheap tests first: most lines of a story end a sentence)
    end = line.rstrip("\"'”’)]")[-1:]
    return (end not in _TERMINAL and end not in ":;," and 3 <= _words(line) <= _RUN_MAX_WORDS
            and _entry_day(line) is None and _YEAR_IN_LINE.search(line) is None)


def _other_headlines(lines: list[_Line], nonblank: range, first_story_line: int,
                     copies: set[int]) -> list[tuple[int, int]]:
    """Runs of other stories' headlines after the story's first line, with or without a heading over them:
    `_RUN_MIN_HEADLINES` or more headline-shaped lines in a row (a teaser cut off with "..." may follow each),
    at least half of which share no content word with the story above them (its headline, its lead and every
    line down to the run). The story's own subheadings stand one at a time between paragraphs, and its list of
    key points names what the story names. A line the page printed before (`copies`: the story's own headline
    listed among the others) says nothing of the run's topic. The story's words are read only when a run is
    judged, each line once: linear, and nothing for a page with no such run."""
    topic: set[str] = set()
    read_to = max(0, first_story_line - _LEAD_LINES + 1)  # the story's lines before it are in `topic`
    spans: list[tuple[int, int]] = []
    run: list[int] = []  # the run's lines (headlines and teasers)
    heads: list[int] = []  # its headlines

    def close() -> None:
        nonlocal read_to
        if len(heads) >= _RUN_MIN_HEADLINES:
            for j in range(read_to, run[0]):
                topic.update(_content_words(lines[j].s[:_LEAD_CHARS]))
            read_to = run[-1] + 1
            on_topic = sum(1 for j in heads if j not in copies and not topic.isdisjoint(_content_words(lines[j].s)))
            if 2 * on_topic < len(heads):
                spans.extend((lines[j].start, lines[j].end) for j in run)
        run.clear()
        heads.clear()

    for i in check_every(nonblank[first_story_line + 1:], 1024):
        s = lines[i].s
        if _unterminated_short_line(s):
            run.append(i)
            heads.append(i)
        elif heads and heads[-1] == i - 1 and _is_teaser(s):
            run.append(i)
        else:
            close()
    close()
    return spans


# ---- a line set apart, dated before the page --------------------------------------------------------
# A picture's caption or a linked story's headline stands alone between the page's paragraphs (or between its date
# line and its lead) as a line with no sentence's end, and is dated by its own day: a file photo's, an old story's.
# A day well before the page's own is no day of the story's lead; the story tells its background in sentences.

_CAPTION_MAX_WORDS = 40  # a caption's sentence or a headline with its date; a story's paragraph runs longer
_CAPTION_MIN_WORDS = 6  # a caption describes a scene, a linked headline tells a story: neither is a label's few words
_OLDER_BY = dt.timedelta(days=7)  # a picture taken the eve of the story, or a week before, may be the story's own


def _older_dated_lines(lines: list[_Line], nonblank: range, skip: set[int], page_day: dt.date) -> list[tuple[int, int]]:
    """Lines with no sentence's end (maybe closed by a credit in brackets) that stand alone below the headline (no
    neighbour of the same shape: a chronology's entries come several in a row) and whose every date is more than
    `_OLDER_BY` before the page's date `page_day`: a file photo's caption ("Natapei lost his seat due to a paperwork
    error in 2009", "Jane Doe at the final, Saturday, June 28, 2014. (AP Photo/X)"), an older story's linked headline.
    A copy of the line right after it is the same caption (its alt text). Never the page's first line of its own
    (the headline, whatever it dates) and never a line other rules read (`skip`: date lines, bylines). Each line is
    looked at once, its dates only when it has no sentence's end; linear."""
    first_own = next((i for i in nonblank if i not in skip), len(lines))

    def dated_shape(i: int) -> bool:
        s = lines[i].s
        # (the cheap tests first: most lines of a story end a sentence; a credit ends with a name or a bracket)
        if len(s) > 400 or s[-1] in _TERMINAL or _YEAR_IN_LINE.search(s) is None or _words(s) > _CAPTION_MAX_WORDS:
            return False
        credit = _PICTURE_CREDIT_TAIL.search(s, max(0, len(s) - 120))
        if credit is not None and credit.start() > 0:
            return True  # a caption closed by its picture's credit (its scene may end with a full stop)
        end = s.rstrip(_CLOSING_MARKS + "]")
        return bool(end) and end[-1] not in _TERMINAL and end[-1] not in ":;,"

    def tells(i: int) -> bool:
        """Does line i hold a clause (a finite verb)? A caption or a linked headline tells what it shows; a verbless
        dated line is a section's heading, dating the paragraphs under it ("Marsh, Ikeda and Varga, October 14,
        1996"), or a timeline's entry."""
        from timeline_app.core.grammar import tag_words, verb_groups  # (only for a line of the shape)
        return any(g.finite for g in verb_groups(tag_words(lines[i].s)))

    out = []
    for n, i in check_every(enumerate(nonblank), 1024):
        if i <= first_own or i in skip or not dated_shape(i):
            continue
        s = lines[i].s
        if _BULLET.match(s) or _words(s) < _CAPTION_MIN_WORDS:
            continue  # (a short dated line is a timeline's entry or a subheading: "Moon landing, July 1969")
        before = nonblank[n - 1] if n > 0 else None
        after = nonblank[n + 1] if n + 1 < len(nonblank) else None
        if before is not None and lines[before].s == s:
            before = nonblank[n - 2] if n > 1 else None  # (the copy over it: judged with it)
        if after is not None and lines[after].s == s:
            after = nonblank[n + 2] if n + 2 < len(nonblank) else None
        if after is None:
            continue  # (the page's last line: between nothing and nothing, maybe a paragraph an excerpt cut short)
        if any(j is not None and j not in skip and dated_shape(j) for j in (before, after)):
            continue  # a list of dated lines: a chronology, a list of links (`_dated_lists` judges those)
        credited = _PICTURE_CREDIT_TAIL.search(s, max(0, len(s) - 120))
        if (credited is None or credited.start() == 0) and not tells(i):
            continue
        days = [d for m in _DATE_ANYWHERE.finditer(s) if (d := _parse_date(m.group(0))) is not None]
        years = [int(y) for y in _YEAR_IN_LINE.findall(s)]
        latest = max(days, default=None)
        if latest is None:
            if years and max(years) < page_day.year:
                out.append((lines[i].start, lines[i].end))
        elif latest < page_day - _OLDER_BY and max(years) <= latest.year:
            out.append((lines[i].start, lines[i].end))
    return out


# How far above a later story's date line its headline may stand (a byline, an agency's credit, a notice between).
_STORY_HEAD_REACH = 3
_STORY_HEAD_MAX_WORDS = 20


def _story_date_line(s: str, day_first: Callable[[], bool | None] | None) -> dt.date | None:
    """The day of a line that is a date alone, with its year and maybe its time ("Monday, October 30, 2006",
    "Saturday, August 10, 2002; 2:52 PM"), else None. A labelled date ("Updated: ...") is no such line."""
    if len(s) > 80 or _YEAR_IN_LINE.search(s) is None:
        return None
    if not (_DATELINE.fullmatch(s) or ";" in s and _DATELINE.fullmatch(s.replace(";", ",", 1))):
        return None
    found = _DATE_ANYWHERE.search(s)
    return _parse_date(found.group(0), day_first) if found is not None else None


# A story's date line run into its lead on one line, as an index page of several stories prints each one ("Sunday,
# February 7, 2021 The New Zealand Government on Thursday announced ..."): the weekday, the written day with its
# year, then the lead's first word. (The weekday must be the day's: a sentence opening on a weekday and a date is
# the happening's day, "Friday, March 6, 2020 was ..." aside, and never so shaped.)
_RUN_IN_DATE_LINE = re.compile(rf"(?P<date>(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
                               rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+{_YEAR})[ \t]+(?=[A-Z“\"‘'])")


def _run_in_date_line(s: str) -> tuple[int, dt.date] | None:
    """Where the lead starts after a story's date line run into it (`_RUN_IN_DATE_LINE`) and the date's day, when
    the rest of the line is running text, else None."""
    found = _RUN_IN_DATE_LINE.match(s)
    if found is None or _words(s[found.end():]) < 8:
        return None
    day = _parse_date(found.group("date"))
    if day is None or day.strftime("%A") != found.group("wd"):
        return None
    return found.end(), day


# The mark an index page cuts a story's teaser with ("... It was adopted as a national flag in […]").
_TEASER_CUT = re.compile(r"\s*\[(?:…|\.\.\.)\]$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z“\"‘'])")


def _cut_teaser_sentence(s: str, lead_at: int) -> int | None:
    """Where the sentence a teaser's cut ends ("[…]") starts in line `s` (its lead after `lead_at`), else None: a
    sentence cut short loses its date or its object ("It was adopted as a national flag in […]", "Wikinews has
    impartially reached […]"), so it tells nothing to date."""
    cut = _TEASER_CUT.search(s, lead_at)
    if cut is None:
        return None
    start = lead_at
    for end in _SENTENCE_END.finditer(s, lead_at, cut.start()):
        start = end.end()
    return start


# The marks a page draws a rule or an empty table row with ("|---|", "-----", "=====", "| |", "+---+"): a line of
# them alone says nothing, so a story's date line over one still heads the running text under it.
_RULE_MARKS = frozenset("|-=_+:*~#.·•–—─━═ \t")


def _rule_line(s: str) -> bool:
    """Is the line drawn with rule or table marks only (`_RULE_MARKS`), no word nor figure?"""
    return bool(s) and all(ch in _RULE_MARKS for ch in s)


def _story_headline_shaped(s: str) -> bool:
    """A line that may be a later story's headline: a few words, no sentence's end nor a colon or comma leading into
    what follows ("The letter reads:"), opening with a capital or a figure."""
    return 2 <= _words(s) <= _STORY_HEAD_MAX_WORDS and s.rstrip(_CLOSING_MARKS)[-1:] not in _TERMINAL + ":;," \
        and (s[:1].isupper() or s[:1].isdigit())


def _story_heads(lines: list[_Line], nonblank: range, first_story_line: int,
                 day_first: Callable[[], bool | None] | None) -> list[tuple[int, int, dt.date, int | None]]:
    """The later stories of a page of several (a blog's copies of several articles, a compiler's page of wire
    stories, a paper's briefs), each headed by its own date line: (the line its stretch starts at, the date line,
    the day), in order. Only on a page whose first story has a date line of its own with running text under it.
    A date line heads a story when it stands alone after the first story's running text, its next line (past a
    rule or a table's bar: `_rule_line`) is running text (a paragraph, no "Dear ..." of a quoted letter, no other
    date line right under it: a timeline's entries come in a row), and a headline-like line (no sentence's end, a
    few words) stands at most `_STORY_HEAD_REACH` lines above it, with only bylines, credits or one notice between.
    A dated line inside one story (an entry of a timeline, an "Updated: ..." stamp, a letter's date) heads nothing.
    Linear: each line is looked at a bounded number of times. A date line run into its story's lead
    (`_run_in_date_line`) heads a story the same way, its lead being its running text; the last item is then where
    its lead starts in the line (None for a date line on its own line)."""
    heads: list[tuple[int, int, dt.date, int | None]] = []
    last = len(nonblank)
    # The first story's own date line, with running text under it, comes first: a page's only date line under a
    # notice that reads as a sentence ("There are no reviewed versions of this page, so ...") heads no later story.
    told = False  # a date line has been read and running text under it
    dated = False
    for n in range(0, last):  # (the last line may be a date run into its lead; a date line alone needs one after)
        i = nonblank[n]
        s = lines[i].s
        if not told:
            if dated and _words(s) >= 8 and s.rstrip(_CLOSING_MARKS)[-1:] in _TERMINAL:
                told = True
            elif s[:1].isalnum() and _story_date_line(s, day_first) is not None:
                dated = True
            elif _run_in_date_line(s) is not None:
                told = dated = True  # (its date and its running text on one line)
            continue
        if n < first_story_line + 2 or not s[:1].isalnum():
            continue
        lead_at: int | None = None
        if (day := _story_date_line(s, day_first)) is None:
            if (run_in := _run_in_date_line(s)) is None:
                continue
            lead_at, day = run_in
        else:
            # (the running text under it, past a rule or a table's bar drawn under the date line: each such line
            # is passed over once, by the date line right above it)
            below = n + 1
            while below < last and _rule_line(lines[nonblank[below]].s):
                below += 1
            if below >= last:
                continue
            after = lines[nonblank[below]].s
            words = _words(after)
            if words < 8 or not (after.rstrip(_CLOSING_MARKS)[-1:] in _TERMINAL or words >= 25) \
                    or after.lower().startswith("dear ") or _story_date_line(after, day_first) is not None:
                continue
            if below + 1 < last and _story_date_line(lines[nonblank[below + 1]].s, day_first) is not None:
                continue  # (a list of dated entries)
        # The headline: the line over the story's byline when it has one ("Russian Floods Kill At Least 44" / "By
        # Alexander Merkushev" / "Associated Press Writer"), else the nearest line of a headline's shape (over a notice
        # such as "This exclusive interview features ...").
        head = None
        sentences_between = 0
        for m in range(n - 1, max(first_story_line, n - 1 - _STORY_HEAD_REACH), -1):
            t = lines[nonblank[m]].s
            if _story_date_line(t, day_first) is not None or _ADDRESS.search(t) is not None:
                break  # (the story before's date line or its foot: "Retrieved from “https://...”")
            if _is_byline(t):
                above = lines[nonblank[m - 1]].s if m - 1 > first_story_line else ""
                head = m - 1 if _story_headline_shaped(above) else None
                break
            if t.rstrip(_CLOSING_MARKS)[-1:] in _TERMINAL:
                sentences_between += 1
                if sentences_between > 1:
                    break
            elif head is None and _story_headline_shaped(t):
                head = m
        if head is None:
            continue
        heads.append((nonblank[head], i, day, lead_at))
    return heads


_TEASER_MAX_WORDS = 60


def _is_teaser(s: str) -> bool:
    """A linked story's teaser under its headline: a short paragraph the site cut off with a truncation mark
    ("... killed in a flash flood after..."), not a sentence of this article (whose own "..." or "…" closes a
    quotation or a sentence, never right after a listed headline)."""
    s = s.rstrip()
    return (s.endswith("...") or s.endswith("…")) and _words(s) <= _TEASER_MAX_WORDS


# A list entry's day at the start of its line ("Dec 31 Ministry statement", "3 May 2021: Results") or at its end
# ("Jane Doe (Green) 3 May 2021"), the year optional: the groups give its month and day to compare.
_ENTRY_DAY = (rf"(?:{_WEEKDAY}\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
              rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH}))(?:,?\s+(?P<y>{_YEAR}))?")
_ENTRY_DAY_FIRST = re.compile(rf"{_ENTRY_DAY}\b[ \t]*[:|·•–—-]?[ \t]*(?=\S)", re.IGNORECASE)
_ENTRY_DAY_LAST = re.compile(rf"(?<=\S)[ \t]*[,|·•–—-]?[ \t]*{_ENTRY_DAY}$", re.IGNORECASE)
# A linked page's publishing stamp closing its headline: the day with its year and the clock time ("Jagan Mohan Reddy
# leaves for foreign tour Sat, May 18, 2024, 11:34 AM"), or opening it ("May 18, 2024 11:34 Jagan Mohan Reddy ...").
_ENTRY_STAMP_LAST = re.compile(rf"(?<=\S)[ \t]*[,|·•–—-]?[ \t]*{_ENTRY_DAY}(?:,?[ \t]+(?:at[ \t]+)?|[ \t]*[|·•–—-][ \t]*)"
                               rf"(?P<time>{_TIME})$", re.IGNORECASE)
# (Case kept: a zone is capitals, not the headline's first word after the time.)
_ENTRY_STAMP_TIME = re.compile(rf"(?:,?[ \t]+(?:at[ \t]+)?|[ \t]*[|·•–—-][ \t]*)?{_TIME}\b[ \t]*[:|·•–—-]?[ \t]*(?=\S)")
_ENTRY_STAMP_CHARS = 80  # a stamp's longest form: "Wednesday, September 18th, 2024, at 11:45 a.m. (GMT+05:30)"
# A year then a clock time near a line's end: the cheap look before `_ENTRY_STAMP_LAST`'s search (a line ending on
# a digit that is no date would have it tried at every start in its tail).
_YEAR_THEN_TIME = re.compile(rf"{_YEAR}\D{{1,8}}\d{{1,2}}[:.]\d{{2}}")
_ENTRY_MAX_WORDS = 14
_STAMPED_ENTRY_MAX_WORDS = 20  # a linked headline's (`_headline_like`): its stamp tells it from a sentence


class _Entry(NamedTuple):
    side: str  # where its day stands: "first" or "last"
    day: tuple[int, int, int]  # (year or 0, month, day)
    start: int  # the span of its words without the day (and the stamp's time)
    end: int
    # Its day is a publishing stamp: the year and a clock time with it ("Sat, May 18, 2024, 11:35 AM"). A happening
    # in a chronology is dated by its day; a linked page is stamped to the minute it was posted.
    stamped: bool


def _entry_day(s: str) -> _Entry | None:
    """A dated list entry (its side, day, words and stamp), or None for a line that is no such entry: a sentence
    (its end's mark), a long line, a date alone."""
    if s[-1:] in _TERMINAL:
        return None
    bullet = _BULLET.match(s)  # (a list item's marker: "• Mar 4 Council statement")
    m = _ENTRY_DAY_FIRST.match(s, bullet.end() if bullet else 0)
    side = "first"
    stamped = False
    words_from = m.end() if m is not None else 0
    if m is not None and m.group("y") and (t := _ENTRY_STAMP_TIME.match(s, m.end())) is not None:
        stamped, words_from = True, t.end()
    words_to = len(s)
    if m is None:
        side = "last"
        if s[-1:].isdigit():  # (a year or day ends it)
            m = _ENTRY_DAY_LAST.search(s, max(0, len(s) - 60))
        if m is None and _YEAR_THEN_TIME.search(s, max(0, len(s) - 40)) is not None:  # (a stamp ends it)
            m = _ENTRY_STAMP_LAST.search(s, max(0, len(s) - _ENTRY_STAMP_CHARS))
            if m is not None and not m.group("y"):  # (a day and a time with no year: no stamp, no entry)
                m = None
            stamped = m is not None
        if m is None:
            return None
        words_to = m.start()
    if _words(s[words_from:words_to]) > (_STAMPED_ENTRY_MAX_WORDS if stamped else _ENTRY_MAX_WORDS):
        return None
    month = _MONTH_NUMBER[(m.group("m1") or m.group("m2"))[:3].lower()]
    day = int(m.group("d1") or m.group("d2"))
    return _Entry(side, (int(m.group("y") or 0), month, day), words_from, words_to, stamped)


def _dated_lists(lines: list[_Line], nonblank: range) -> list[tuple[int, int]]:
    """A list of dated entries, one a line, whose days never advance down the list and whose entries name things,
    not happenings: links to sources or to other articles (newest first: "Dec 31 Ministry statement", "Dec 30
    Agency report") or a results box's rows ("Jane Doe (Green) 3 May 2021"). Their days are the linked pages' or the
    table's, no happening of the story's. The whole block of entries is judged: a schedule's days advance somewhere
    ("May 6 Polls open", "May 6 Polls close", "May 7 Results declared"), and a chronology told newest first has
    clauses ("Mar 12 Union files complaint", "Feb 3 Talks collapse"): both stay. Two entries at least, each a short
    line with no sentence's end, their day on the same side. One pass over the lines; the words of a block that
    never advances are tagged (until the count of clauses decides)."""
    spans: list[tuple[int, int]] = []
    block: list[tuple[int, int, int]] = []  # the current block's lines: (index, words' start, words' end)
    side = ""
    advances = False
    stamped = True  # every entry of the block carries a publishing stamp
    last: tuple[int, int, int] = (0, 0, 0)

    def close() -> None:
        # (A block of stamped entries lists other pages, whatever their headlines say: "Latest News" and its kin.)
        if len(block) >= 2 and not advances and (stamped or not _tells_happenings(lines, block)):
            spans.extend((lines[j].start, lines[j].end) for j, _, _ in block)
        block.clear()

    for i in check_every(nonblank, 1024):  # (every line of a 10 MB page: ~0.3 s with no check for Cancel)
        entry = _entry_day(lines[i].s)
        if entry is not None and block and entry.side == side:
            advances = advances or not _not_later(entry.day, last)
            stamped = stamped and entry.stamped
        else:
            close()
            advances = False
            stamped = entry is not None and entry.stamped
        if entry is not None:
            block.append((i, entry.start, entry.end))
            side, last = entry.side, entry.day
    close()
    return spans


def _tells_happenings(lines: list[_Line], block: list[tuple[int, int, int]]) -> bool:
    """Are at least half a dated list's entries clauses with a finite verb ("Talks collapse", "Storm batters the
    coast"): a chronology's happenings, not the names of sources, links or candidates ("Coastguard report")? Half:
    a headline-like entry's verb is often tagged as a noun ("Union files complaint"), and a name as a verb."""
    from timeline_app.core.grammar import analyse_sentence  # (only for a block whose days never advance)
    need = (len(block) + 1) // 2
    clauses = 0
    for n, (i, a, b) in enumerate(block):
        if clauses >= need or clauses + len(block) - n < need:
            break
        if any(g.finite for g in analyse_sentence(lines[i].s[a:b].strip(" \t:|·•–—-,")).groups):
            clauses += 1
    return clauses >= need


def _not_later(day: tuple[int, int, int], before: tuple[int, int, int]) -> bool:
    """Is a list entry's day (year or 0, month, day) on or before the entry's above? Years are compared only when
    both give one."""
    if day[0] and before[0] and day[0] != before[0]:
        return day[0] < before[0]
    return day[1:] <= before[1:]


def _comment_section(text: str, lines: list[_Line], nonblank: range) -> list[tuple[int, int]]:
    """From a comment-section heading ('12 thoughts on …', 'Comments') to the end of the text.

    Such a heading also appears in a page's top matter ('By Jane Doe | 2 Comments'), so it opens the
    comments only past the first half of the page or when a commenter's line ('Tom says:') follows it."""
    for n, i in enumerate(nonblank):
        ln = lines[i]
        if n < 3 or text[ln.end - 1] in ".!":  # the last character (lines are never empty): no copy
            continue
        s = ln.s
        if _words(s) > 16 or not _COMMENTS_HEADING.fullmatch(_normalise(s)):
            continue
        following = [lines[j].s for j in nonblank[n + 1:n + 4]]
        if n >= len(nonblank) / 2 or any(_COMMENTER.fullmatch(f) for f in following):
            return [(lines[i].start, len(text))]
    return []


def _tells_a_day(s: str) -> bool:
    """Does the line name a day: a date or a weekday (the story's, not a site's notice)?"""
    return _DATE_ANYWHERE.search(s) is not None or _WEEKDAY_WORD.search(s) is not None


_WEEKDAY_WORD = re.compile(rf"\b{_WEEKDAY}\b")  # (capitalised: "sun" and "sat" are words)


def _footer(lines: list[_Line], nonblank: range, boiler: set[int], first_story_line: int,
            last_story_head: int = -1) -> list[tuple[int, int]]:
    """The trailing block of page furniture: comment forms, author name and bio, share links. Only a byline
    after the story's first line (`first_story_line`, len(lines) when none was seen) can start it, and none
    before the date line of the page's last story (`last_story_head`, -1 for a page of one story)."""
    if len(nonblank) < 3:
        return []

    def tail_like(i: int) -> bool:
        s = lines[i].s
        if i in boiler or _is_bio(s):
            return True
        # a lone short line ("Adi", "Chatten und Kaufen"): a name or a stray link
        return (_words(s) <= 4 and s[-1] not in _TERMINAL and not _BULLET.match(s)
                and any(ch.isalpha() for ch in s))

    k = len(nonblank)  # footer = nonblank[k:]
    floor = max(1, len(nonblank) - _FOOTER_MAX_LINES, last_story_head + 1)  # a footer is short; something must precede it
    changed = True
    while changed:
        changed = False
        while k > floor and tail_like(nonblank[k - 1]):
            k -= 1
            changed = True
        # A byline near the end followed only by short lines (a bio, comment form): all footer.
        # A byline at the top opens the article, so only one in its second half can start a footer, and never
        # one in the header before the story's first line (an archive export's header of many short lines).
        start = max(floor, len(nonblank) - 8, len(nonblank) // 2)
        if first_story_line < len(lines):
            start = max(start, first_story_line + 1)
        for j in range(start, k):
            s = lines[nonblank[j]].s
            if _is_byline(s) and all(_words(lines[x].s) <= 60 for x in nonblank[j + 1:]):
                k = j
                changed = True
                break
            if nonblank[j] in boiler and _SELF_NOTE_LINE.fullmatch(_normalise(s)) \
                    and not any(_tells_a_day(lines[x].s) for x in nonblank[j + 1:]):
                # The page's note about itself near its end ("This page is archived, and is no longer publicly
                # editable.", "This article was amended on ..."): what follows it to the page's end is the site's
                # notices about its pages (its archive policy, the text's licence), no story, when it names no day
                # (a story that goes on after an editor's note tells its days).
                k = j
                changed = True
                break
    if k >= len(nonblank) or k < 1:
        return []
    first, last = lines[nonblank[k]], lines[nonblank[-1]]
    return [(first.start, last.end)]


# ---- titles ------------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"#{1,6}\s+")
_SPACES = re.compile(r"\s+")


def _clean_title(s: str) -> str:
    s = collapse_spaces(visible_text(s), _SPACES).strip()
    s = _MD_HEADING.sub("", s, count=1) if s.startswith("#") else s
    s = s.rstrip("#").strip()
    for mark in ("**", "__"):
        if s.startswith(mark) and s.endswith(mark) and len(s) > 4:
            s = s[2:-2].strip()
    return s


def _headline(s: str) -> str:
    """A title of at most 200 characters: a longer one (a paragraph) gives its first sentence, cut short."""
    if len(s) > 200:
        first = split_sentences(s)
        s = s[first[0].start:first[0].end] if first else s
        if len(s) > 200:
            s = s[:199].rsplit(" ", 1)[0] + "…"
    return s


# ---- the title shown -----------------------------------------------------------------------------
# `Document.title` is the page's title as the page gives it (its first line, an og:title...): the readers match it
# with the opening sentence (news' headline index, merging's openings), so it keeps a lead's dateline. What the app
# shows of a document (the Sources list, an event's detail, the exports) is `shown_title`: that title without the
# furniture around its headline words.

# A site's or section's name beside the headline, parted by a bar ("AP News | Ferry sinks", "Ferry sinks | Reuters");
# a name is a few words, the headline the one long part.
_TITLE_BAR = re.compile(r"\s+\|\s+")
_SITE_NAME_WORDS = 4
_HEADLINE_MIN_WORDS = 3  # ("Ferry | Holm" is no headline and a site's name)
_NAME_JOINERS = frozenset({"of", "the", "and", "&", "on", "de", "la", "du", "at", "in", "for"})
# A breadcrumb's path before the headline ("Home > World > Ferry sinks", "News » Europe » ..."): the last step.
_BREADCRUMB_STEP = re.compile(r"\s+[>»›]\s+")
# A bracketed link or label opening the title ("[<< wikinews] Magnitude 6.4 ...", "[Video] ..."): a few words.
_BRACKETED_LABEL = re.compile(r"\[[^\]\n]{1,30}\]\s+(?=\S)")
_LINE_GOES_ON = re.compile(r"[ \t]*\n[ \t]*\S")  # a line break with no blank line after it
_DATELINE_TITLE_SCAN = 2000  # a title line is looked for among the text's first characters (the page's top)


def _dateline_end(title: str) -> int | None:
    """Where the words after a dateline opening `title` start: an agency's ("MEMPHIS, Tenn. (AP) — "), a place's
    or an agency's with a dash before a whole sentence ("LONDON — After nearly 20 years ... .", "REUTERS - ..."), a
    flattened wire's place and day ("BERLIN Feb 14 "); None when no dateline opens it. A capitals' phrase with a
    dash before a short line is a headline ("NASA WARNS - Storm ahead"): it says no sentence."""
    w = _WIRE_DATELINE.match(title)
    if w is not None and w.end() < len(title) and (
            w.group("agency") or (w.group("dash") or w.group("bare_dash"))
            and title.rstrip("\"'”’)")[-1:] in _TERMINAL):
        return w.end()
    b = _BARE_WIRE_DATELINE.match(title)
    return b.end() if b is not None and b.end() < len(title) else None


def _without_site_names(title: str) -> str:
    """The headline among a bar's parts when the others are a few words each (a site's name, a section)."""
    parts = _TITLE_BAR.split(title)
    if len(parts) < 2:
        return title
    words = [len(p.split()) for p in parts]
    longest = max(range(len(parts)), key=words.__getitem__)
    others = words[:longest] + words[longest + 1:]
    names = all(_site_name(p) for k, p in enumerate(parts) if k != longest)
    if names and words[longest] >= _HEADLINE_MIN_WORDS and all(n < words[longest] for n in others):
        return parts[longest]
    return title


def _site_name(part: str) -> bool:
    """A site's or a section's name: a few capitalised words ("AP News", "The Times of India", "World"), no clause
    ("Tram line opens")."""
    words = part.split()
    return len(words) <= _SITE_NAME_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS for w in words)


_NEXT_LINE = re.compile(r"[^\n]*\n\s*([^\n]{1,300})")  # the title's line, then the next line with words


def _without_glued_path(doc: Document, title: str) -> str:
    """The headline a page's navigation path glued to on its line ("Home News After 11 arrests, ..."): the line
    under it repeats the headline alone, and the words before it are a few capitalised ones (a path's steps)."""
    at = doc.text.find(doc.title, 0, _DATELINE_TITLE_SCAN) if doc.title else -1
    below = _NEXT_LINE.match(doc.text, at) if at >= 0 else None
    if below is None:
        return title
    headline = " ".join(below.group(1).split())
    path = title[:len(title) - len(headline)].split()
    if len(headline.split()) >= _HEADLINE_MIN_WORDS and title.endswith(" " + headline) \
            and _site_name(" ".join(path)):
        return headline
    return title


def shown_title(doc: Document) -> str:
    """The document's headline as the app shows it: its title without a leading dateline (place, date, agency,
    dash), a site's name beside it, a breadcrumb's path or a bracketed label before it. When the title is a
    wrapped lead's first line under a dateline (a flattened wire: "BERLIN Feb 14 Germany's Agriculture Minister"),
    the headline is that lead's sentence after the dateline. The title itself when nothing is to cut."""
    raw = " ".join(doc.title.split())
    title = _without_site_names(_without_glued_path(doc, raw))
    title = _BREADCRUMB_STEP.split(title)[-1]
    if (label := _BRACKETED_LABEL.match(title)) is not None:
        title = title[label.end():]
    opening = _dateline_end(title)
    if opening is None:
        return title
    rest = title[opening:]
    if title == raw and rest[-1:] not in _TERMINAL:
        # A lead the page's line wraps: its sentence goes on past the title.
        at = doc.text.find(doc.title, 0, _DATELINE_TITLE_SCAN)
        sentence = doc.sentence_at(at) if at >= 0 else None
        if sentence is not None and sentence.end <= at + len(doc.title) \
                and (next_line := _LINE_GOES_ON.match(doc.text, sentence.end)) is not None:
            # The sentences part a short first line from the line under it as a headline from its lead; under a
            # dateline it is the lead's first line: its sentence goes on on the next line (no blank line between).
            sentence = doc.sentence_at(next_line.end() - 1)
        if sentence is not None and sentence.end > at + len(doc.title):
            after = _clean_title(doc.text[at:min(sentence.end, at + 1000)])
            cut = _dateline_end(after)
            if cut is not None:
                return _first_sentence(_headline(after[cut:]))
    return _first_sentence(rest)


def _first_sentence(lead: str) -> str:
    """A lead's first sentence: the headline of a title the page's wrapped lead paragraph gave whole."""
    spans = split_sentences(lead)
    return lead[:spans[0].end].rstrip() if len(spans) > 1 else lead


def _kicker(s: str) -> bool:
    """A one-word label in capitals over a headline ("ANALYSIS", "OPINION:", "EXCLUSIVE"): the section or the
    kind of story, not its title."""
    word = s.strip(" \t:|–—-")
    return len(word) >= 3 and word.isalpha() and word.isupper()


# The same label printed on the headline's own line before a colon or a bar ("WATCH: Spire collapses as ..."),
# the headline going on with a capital.
_KICKER_PREFIX = re.compile(r"[ \t]*(?P<label>[^\W\d_]{3,})[ \t]*[:|][ \t]+(?=[^\W\d_])")


def without_kicker(headline: str) -> str:
    """`headline` without a section label printed before it on its line ("WATCH: Paris's spire collapses" ->
    "Paris's spire collapses"; "LIVE | Rescuers search ..."): the label says what kind of page it is, not what
    happened. A line that is nothing but the label, or whose rest starts in lower case, is left as it is."""
    m = _KICKER_PREFIX.match(headline)
    if m is None or not _kicker(m.group("label")) or not headline[m.end():m.end() + 1].isupper():
        return headline
    return headline[m.end():]


_TITLE_LINES = 25  # the lines a title is looked for in
_LABEL_WORDS = 3  # a site's name or a section label over the headline: at most this many words
_LABEL_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "DT", "IN", "CC", "POS", ":", "&"})
# A word glued to the next one without a space, as a menu flattened to text prints its entries
# ("FinancialGovernment SolutionsLegal"): a lower-case run, then a capital, inside one word.
_GLUED_WORDS = re.compile(r"[a-z]{2}[A-Z][a-z]")
_HEADLINE_WORDS = (4, 40)  # the words of a line that can be a headline under a label


def _after_leading_date(s: str) -> str:
    """The line without a date before its words ("05.04.2024 Football News", "date 2015-12-09 Menu..."): the
    date states when, never what the page is."""
    m = _DATE_LABEL.match(s)
    value = m.group("value") if m and m.group("label").lower() == "date" else s
    d = _LEADING_DATE.match(value)
    return value[d.end():].strip(" \t,|·•–—-") if d else s


def _glued_navigation(s: str) -> bool:
    """A run of menu entries glued together ("FinancialGovernment SolutionsLegalReuters News Agency"): two different
    words or more with a capital inside them after a lower-case run, a quarter of its words at least. A headline or
    a paragraph has a few such names at most, maybe named again ("StatesWest said ... StatesWest, which ...")."""
    words = s.split()
    glued = [w for w in words if _GLUED_WORDS.search(w)]
    return len(set(glued)) >= 2 and 4 * len(glued) >= len(words)


def _name_label(s: str) -> bool:
    """A site's or agency's name or a section's label alone on its line ("AP", "Energy News", "National
    Geographic:", "Actions"): at most three words, no figure, no verb, all of them nouns, adjectives or names as the
    tagger reads them, the first capitalised. Over a headline, it is the page's furniture, not its title."""
    words = s.split()
    if not words or len(words) > _LABEL_WORDS or not words[0][:1].isupper() or any(ch.isdigit() for ch in s):
        return False
    from timeline_app.core.grammar import tag_words, verb_groups  # (grammar loads only for a short line)
    tokens = tag_words(s)
    return all(t.pos in _LABEL_TAGS for t in tokens) and not verb_groups(tokens)


def _headline_shaped(s: str) -> bool:
    """A line that reads as a headline: a few words to a few dozen, opening with a capital or a figure, no
    paragraph (a headline ends without a full stop)."""
    n = len(s.split())
    return (_HEADLINE_WORDS[0] <= n <= _HEADLINE_WORDS[1] and len(s) <= 200 and s[:1].isalnum()
            and not s[:1].islower() and not s.rstrip().endswith(".") and not _glued_navigation(s))


_ADDRESS = re.compile(r"\bhttps?://\w|(?<![\w.])www\.\w", re.IGNORECASE)  # a web address
_LISTING_WORDS = 8
_QUOTES_AROUND = "'\"‘’“”«»"


def _listing_term(s: str) -> str:
    """The label a blog's listing line names ("Posts tagged 'flood'", "Showing entries with label Harbour.", "Stories
    filed under Weather"), lower-cased, or "": before any full stop, at most a few words and no figure, a plural
    noun (maybe after a participle: "Showing") then a participle or a preposition, no finite verb, closed by a
    single word, quoted or capitalised: the page's label for what it lists, not a headline's happening."""
    head = s.split(". ", 1)[0].rstrip(".")
    words = head.split()
    if not 3 <= len(words) <= _LISTING_WORDS or any(ch.isdigit() for ch in head):
        return ""
    last = words[-1]
    term = last.strip(_QUOTES_AROUND)
    if len(term) < 3 or not term.isalpha() or not (term != last or term[:1].isupper()):
        return ""
    from timeline_app.core.grammar import lexicon_tag, tag_words  # (grammar loads only for a short line)
    tokens = tag_words(head)
    k = 1 if tokens and tokens[0].pos == "VBG" else 0
    # (a plural noun opening the line may be tagged as a verb, "Posts"; the lexicon reads the word alone)
    if len(tokens) < k + 3 or lexicon_tag(tokens[k].text.lower()) != "NNS" \
            or tokens[k + 1].pos not in ("VBN", "IN"):
        return ""
    if any(t.pos in ("VBD", "VBZ", "VBP", "MD") for t in tokens[k + 1:]):
        return ""
    return term.lower()


def _names_term(headline: str, term: str) -> bool:
    """Whether a headline names the listing's term, in any form ("storms" for "storm")."""
    return any(w.strip(_QUOTES_AROUND + ",.;:!?()").lower().startswith(term) for w in headline.split())


def _short_entry(s: str) -> bool:
    """A menu's entry or a section's label: a few words, no figure, no sentence's end."""
    return 0 < len(s.split()) <= _LABEL_WORDS and not any(ch.isdigit() for ch in s) and s[-1:] not in _TERMINAL


def _menu_over_doubled_headline(lines: list[_Line], i: int, s: str) -> bool:
    """Is the short line s (line i) a menu's entry over a headline the page prints twice running (its title, then
    its heading: "Watch Live / Breaking News / Sport / <headline> / <headline>")? Only short entries may stand
    between them; a headline-shaped line printed twice is the page's own headline, never a menu's."""
    if not _short_entry(s):
        return False
    for j in range(i + 1, min(len(lines) - 1, i + 7)):
        t = lines[j].s.strip()
        if _headline_shaped(t) and lines[j + 1].s.strip() == t:
            return True
        if not _short_entry(t):
            return False
    return False


def _furniture_over_headline(text: str, lines: list[_Line], analysis: _Analysis, i: int, s: str) -> bool:
    """Is the candidate title line s (line i) page furniture with the headline below it: a run of glued menu
    entries, or (after any leading date) a name or a label alone, followed within a few lines by a headline-
    shaped line? Between them may stand dates, lines that cannot be a title and further labels that are common
    nouns (a page's buttons: "Actions"); a proper name between them ("Court Digest / Illinois / Man gets ...") is
    a digest's section, and the digest's name stays its title."""
    rest = _after_leading_date(s)
    if _glued_navigation(rest):
        return True
    if _ADDRESS.search(rest):  # a line naming a web address (a cache's banner, a link): a headline never does
        return True
    # A blog's listing line ("Posts tagged 'flood'") is furniture when the headline below names its label.
    label = bool(rest) and _name_label(rest)
    term = _listing_term(rest) if rest and not label else ""
    if _menu_over_doubled_headline(lines, i, rest):
        return True
    if rest and not label and not term:
        return False
    from timeline_app.core.grammar import lexicon_tag
    for j in range(i + 1, min(len(lines), i + 6)):
        t = _clean_title(lines[j].s[:300])
        if not t or j in analysis.skip_for_title or not _after_leading_date(t) or t == s:
            continue  # (a listing line may be printed twice)
        if _headline_shaped(t):
            return not term or _names_term(t, term)
        if not (_name_label(t) and all(lexicon_tag(w.lower()) in ("NN", "NNS") for w in t.split())):
            return False
    return False


# A wire dateline that lost its dash and agency when the page was flattened: the place in capitals, then the day
# ("DUSHANBE May 20 Tajikistan's central bank raised ..."): it opens the lead, never its headline.
_BARE_WIRE_DATELINE = re.compile(
    rf"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}},?\s+(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+{_YEAR})?"
    r"\s*(?:\([^)]{1,30}\)\s*)?(?:--?|[—–_:])?\s+(?=[A-Z\"“‘'])")
_CONTINUATION = re.compile(r"[a-z]+[\s,;:]")  # a line opening with a lower-case word: its sentence began above


# The tags of a word no headline and no sentence ends on: an article, a preposition, a possessive, a conjunction,
# "to" ("FactSet posted a", "opened fire on visitors at"): a line so ending goes on on the next line.
_DANGLING_TAGS = frozenset({"DT", "IN", "PRP$", "CC", "TO", "POS", "WP$"})
_WRAP_CHARS = 1000  # a title is looked for in a wrapped paragraph's first characters only


def _wrapped_lines(lines: list[_Line], i: int, skip: set[int]) -> int:
    """The last line of the lines that a hard wrap (or a markup's line break) broke line i's sentence over: while
    no blank line parts them, the next line goes on with a lower-case word or the line ends on a word that ends no
    sentence (`_DANGLING_TAGS`, as the tagger reads the line). A headline over its lead parts from it: the headline
    ends on its last word, the lead opens with a capital. A line the analysis set aside (`skip`: a byline, a date)
    goes on with nothing."""
    j = i
    while j + 1 < len(lines) and not lines[j + 1].after_blank and lines[j].end - lines[i].start < _WRAP_CHARS \
            and j + 1 not in skip:
        line = lines[j].s
        if line[-1:] in _TERMINAL:
            break
        if not _CONTINUATION.match(lines[j + 1].s):
            from timeline_app.core.grammar import tag_words  # (grammar loads only for a title's line)
            tokens = tag_words(line[-200:])
            if not tokens or tokens[-1].pos not in _DANGLING_TAGS:
                break
        j += 1
    return j


def _lead_sentence_title(text: str, sentences: SentenceSpans, at: int) -> str:
    """The title a line that goes on with a sentence begun above it gives: that whole sentence (the lead's first,
    under a date line the title skipped), without the date and the wire dateline before its words."""
    k = sentences.index_at(at)
    if k < 0:
        return ""
    sentence = sentences[k]
    s = _after_leading_date(_clean_title(text[sentence.start:min(sentence.end, sentence.start + 1000)]))
    wire = _BARE_WIRE_DATELINE.match(s)
    return _headline(s[wire.end():] if wire else s)


_HEADLINE_LENGTH = 16  # the words of a headline at most (a longer line without a full stop is a paragraph's)
_ECHO_LINES = 12  # the story's lines below a candidate title that its words are looked for in
_ECHO_CHARS = 3000  # ... and at most so many of their characters (the test stays bounded per candidate)


def _story_below(text: str, lines: list[_Line], analysis: _Analysis, i: int) -> str:
    """The story's first lines below line i (those that may be story: not the dates, bylines and furniture the
    analysis set aside), at most `_ECHO_LINES` of them and `_ECHO_CHARS` characters."""
    parts: list[str] = []
    size = 0
    for j in range(i + 1, min(len(lines), i + 1 + _ECHO_LINES)):
        if j in analysis.skip_for_title:
            continue
        ln = lines[j]
        piece = text[ln.start:min(ln.end, ln.start + _ECHO_CHARS - size)]
        parts.append(piece)
        size += len(piece)
        if size >= _ECHO_CHARS:
            break
    return "\n".join(parts)


_ECHO_STEM_CHARS = 5  # words compared by their first letters too: "mayor" and "mayoral", "council" and "councillor"
_ECHO_WORD = re.compile(r"[^\W\d_]{3,}")  # a word that may name a topic: "Acme", "port", "jobs" (not "a", "of")


def _echo_keys(s: str) -> set[str]:
    """The keys of the content words of s (a noun, verb or adjective to the tagger's lexicon, not "be", "have" or
    "do", or a word it does not know: a name), by which a headline and its story meet: each word's lemmas ("stabbing" and "stabbed"
    meet in "stab", "Ferry" and "Ferries" in "ferry") and its first letters (`_ECHO_STEM_CHARS`)."""
    from timeline_app.core.grammar import all_lemmas, is_auxiliary, lexicon_tag  # (only for a title's lines)
    keys: set[str] = set()
    for w in _ECHO_WORD.findall(s):
        low = w.casefold()
        tag = lexicon_tag(low)
        if tag is not None and (tag[:2] not in _CONTENT_TAGS or is_auxiliary(low)):
            continue
        keys.add(low[:_ECHO_STEM_CHARS])
        for lemmas in all_lemmas(low).values():
            keys.update(lemma.casefold() for lemma in lemmas)
    return keys


def _tells_an_act(head: str) -> bool:
    """Does the line tell someone's act, a clause with a finite verb ("Harbor strike drags on", "Girl must go back
    to Poland"), as the tagger reads it? A headline so made is the story's own even in other words than its lead's
    (a strike told as a union's unsigned contract); a line without one (a noun phrase: "Court news", "Occasional
    Digest - a story for you") names a topic, which a headline shares with its story."""
    from timeline_app.core.grammar import is_auxiliary, tag_words, verb_groups  # (loads only for a title's line)
    # (a copula tells a state, no act: "Our website is temporarily unavailable")
    return any(g.finite and not is_auxiliary(g.main.text) for g in verb_groups(tag_words(head)))


def _headline_of_story(head: str, below: str, *, act_enough: bool = True) -> bool:
    """Does the short line `head` read as a headline of the story below it: more than one word (a word alone is a
    section's label, a button, an exclamation), and a clause telling an act (`act_enough`) or a content word of it
    echoed by the story's first lines (a headline names who or what its lead tells of; a site's appeal, a notice or
    a section's name does not)."""
    if len(head.split()) < 2:
        return False
    if not _echo_keys(head).isdisjoint(_echo_keys(below)):
        return True
    return act_enough and _tells_an_act(head)


def _over_digest_section(lines: list[_Line], analysis: _Analysis, i: int) -> bool:
    """Is the label on line i a digest's name over a section named for a place or a name ("Regional Digest /
    Ohio / Woman gets 5 years ..."): the next line that may be a title a label of proper names (not common
    nouns: a page's buttons)? The digest's name is the page's title though its items' leads do not echo it."""
    from timeline_app.core.grammar import lexicon_tag
    for j in range(i + 1, min(len(lines), i + 4)):
        if j in analysis.skip_for_title:
            continue
        t = _clean_title(lines[j].s[:300])
        return _name_label(t) and not all(lexicon_tag(w.lower()) in ("NN", "NNS") for w in t.split())
    return False


def _dated_headline(text: str, lines: list[_Line], analysis: _Analysis, i: int) -> str:
    """The headline printed after a date on line i ("date 2021-02-27 Tributes as former mayor dies"): the
    line's words after the date when they are a headline's (`_headline_shaped`) of the story below (a date line
    is otherwise no title: "Monday 23 July 2018 23:50, UK"), else ""."""
    line = _clean_title(lines[i].s[:300])
    rest = _after_leading_date(line)
    if rest == line or not _headline_shaped(rest) or _glued_navigation(rest) \
            or _PICTURE_CREDIT_TAIL.search(rest, max(0, len(rest) - 120)) is not None \
            or _wrapped_lines(lines, i, analysis.skip_for_title - {i}) > i:  # (a lead's first words wrapped)
        return ""
    below = _story_below(text, lines, analysis, i)
    # A line set aside as a date line is taken back only when the story echoes what it says, a common word of it
    # (a lower-case word below), not only whom it names: a picture's caption names the lead's subject too
    # ("Timothy West pictured at home - Name for the Outlet" over "The actor Timothy West ... has died").
    common = " ".join(w for w in below.split() if w[:1].islower())
    return rest if _headline_of_story(rest, common, act_enough=False) else ""


# One element's tag in a line of text ('<dl id="x">', '</strike>'): a saved page's markup left in its text.
_MARKUP_TAG = re.compile(r"<[^<>\n]{0,200}>")


def _markup_only(line: str) -> bool:
    """Is the text line only markup, no words between its tags ('<strike id="x"><dl id="x"></dl></strike>', empty
    elements a page's copy kept)? No title, whatever its attributes' letters."""
    return "<" in line and not any(ch.isalpha() for ch in _MARKUP_TAG.sub("", line[:1000]))


def _title_from_lines(text: str, lines: list[_Line], analysis: _Analysis, kind: Kind,
                      sentences: SentenceSpans) -> str:
    nonblank = range(len(lines))
    if analysis.headline is not None:
        a, b = analysis.headline
        return _headline(_clean_title(text[a:min(b, a + 1000)]))
    if kind == "md":
        for i in nonblank[:40]:
            if lines[i].s.startswith("# "):
                return _clean_title(lines[i].s)
    reader_line = ""
    # The first line that could be the title but that is no headline of the story below (a section's name, a
    # notice, a site's appeal): the title only if no headline of the story stands below it.
    unechoed = ""
    joined = -1  # the last line a candidate joined to its first (a wrapped line): no candidate of its own
    for i in nonblank[:_TITLE_LINES]:
        ln = lines[i]
        if i <= joined:
            continue
        # A title is at most 200 characters: a longer line (a paragraph) gives its first sentence, found
        # in its first thousand characters, not in a copy of a megabyte line.
        if i in analysis.skip_for_title or not any(ch.isalpha() for ch in ln.s) or _markup_only(ln.s):
            if i in analysis.skip_for_title and i not in analysis.breadcrumbs and not unechoed \
                    and (dated := _dated_headline(text, lines, analysis, i)):
                return dated
            continue
        at = ln.start + (analysis.story_from.get(i, 0) if analysis.story_from else 0)
        s = text[at:min(ln.end, at + 1000)]
        if analysis.headline_ends and i in analysis.headline_ends:
            at = ln.start  # the headline run into the story: the title is the headline, not the lead
            s = text[at:at + analysis.headline_ends[i]]
        if i > 0 and not ln.after_blank and _CONTINUATION.match(s):
            # the rest of a sentence the line above began ("raised its main interest rate on Tuesday to"): the
            # title is the whole sentence, or none of it
            lead = _lead_sentence_title(text, sentences, at)
            if lead:
                return lead
            continue
        last = i
        if not (analysis.headline_ends and i in analysis.headline_ends) and len(s) < _WRAP_CHARS:
            last = _wrapped_lines(lines, i, analysis.skip_for_title)
            if last > i:  # the line's sentence goes on below it: the candidate is the lines joined
                s = text[at:min(lines[last].end, at + _WRAP_CHARS)]
                joined = last
        head = _clean_title(s[:300])
        if _BULLET.match(s) or _kicker(s) or _furniture_over_headline(text, lines, analysis, i, head):
            continue
        if _PAGE_NOUN_AFTER_THIS.match(head) and _speaks_of_itself(head):
            # the page's sentence about itself, its subject "this article" ("This article mentions the foundation
            # that runs this site ...", "This story has been updated"): a notice over the story, no headline of it;
            # the title only if none follows (a headline with "this" before another noun stays: "This story hour ...")
            reader_line = reader_line or s
            continue
        if _addresses_reader(head, as_title=True):
            # the site speaking to its reader ("You are the owner of this article.", "Connect with us"): the
            # headline is further down; the line is the title only if none follows
            reader_line = reader_line or s
            continue
        # A short line reads as a headline; it is one of this story when it tells an act or the story echoes it (a
        # word alone is none). A line that is none (a label, a notice: "Oops.", "Our website is unavailable.") gives
        # way only to a headline of the story below it; with none, it stays the title (the lead is no headline).
        shaped = (_headline_shaped(head) and len(head.split()) <= _HEADLINE_LENGTH
                  or 2 <= len(head.split()) < _HEADLINE_WORDS[0] and head[-1:] not in _TERMINAL)
        if unechoed and not shaped:
            continue
        if (len(head.split()) < 2 or len(head.split()) <= _HEADLINE_WORDS[1] and len(head) <= 200
                and not _headline_of_story(head, _story_below(text, lines, analysis, last), act_enough=shaped)) \
                and not (_name_label(head) and _over_digest_section(lines, analysis, last)):
            unechoed = unechoed or s
            continue
        return _headline(_clean_title(s))
    if unechoed:
        return _headline(_clean_title(unechoed))
    if reader_line:
        return _headline(_clean_title(reader_line))
    for i in sorted(analysis.breadcrumbs):
        return _clean_title(lines[i].s)
    for i in nonblank[:1]:
        return _clean_title(text[lines[i].start:lines[i].start + 1000])[:200]
    return ""


# ================================================================================================
# Sentences
# ================================================================================================

# A list marker or Markdown heading marker at the start of a line (the sentence starts after it): a bullet sign
# (`_BULLET_SIGNS`, before a word or a space), a keyboard's sign before a space (`_TYPED_BULLET_SIGNS`: "- item"),
# a number ("1.", "2)", "(3)") or a Markdown heading's hashes.
_BULLET_SIGNS = "•▪◦●‣∙○■□➢➤►▶✓✔✗–—"
_TYPED_BULLET_SIGNS = "-*+·"
_BULLET = re.compile(
    rf"[ \t]*(?:[{_BULLET_SIGNS}](?=\S|[ \t])|[{re.escape(_TYPED_BULLET_SIGNS)}](?=[ \t])|\d{{1,3}}[.)](?=[ \t])"
    r"|\(\d{1,3}\)(?=[ \t])|#{1,6}(?=[ \t]))[ \t]*")
# The first characters of a `_BULLET` by a sign, the cheap test before the pattern (not a number's, nor a heading's).
_BULLET_STARTS = _BULLET_SIGNS + _TYPED_BULLET_SIGNS + " \t"
_MD_MARKER = re.compile(r"[ \t]*#{1,6}[ \t]")
# Terminal punctuation (any run of . ! ? …) with closing quotes or brackets, before a space. Written as
# character classes, not an alternation, so the regex engine scans for it at full speed.
_SENT_END = re.compile(r"[.!?…]+[.!?…\"'”’»)\]]*(?=\s)")
_OPENERS = "\"'`“‘«([¿¡"  # (with a typewriter's ``opening quote'' of wire copy)
_CONTINUATION_END = ",;(&/-–—"

# Abbreviations after which a period never ends a sentence.
_ABBREV = frozenset("""
mr mrs ms messrs mme mlle dr prof gen lt col maj capt cpt cmdr cdr adm sgt cpl pvt brig cmdt
sen rep gov pres atty supt insp det rev hon amb sec gens sens reps govs
st mt ft ave blvd rd
jan feb mar apr jun jul aug sep sept oct nov dec
vs v cf fig figs vol vols pp p para ch art op ed eds approx est dept univ assn
""".split())
# Abbreviations before a number ("No. 10"): they end a sentence only before a typical opener word.
_NUMBER_ABBREV = frozenset({"no", "nos"})
# Abbreviations that may also end a sentence: split only before a typical sentence opener.
_ABBREV_FINAL = frozenset("etc inc corp co ltd llc plc jr sr al bros govt".split())
_OPENER_WORDS = frozenset("""
the a an he she it they we i you this that these those his her its their our my your there here
but and or so yet in on at for as if when while after before since however meanwhile still then
thus also what who why how some many most both all one two several each no not nor such
""".split())
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# A name written with a lower-case first letter and a capital inside ("iPhone", "iOS", "eBay") may open a
# sentence as it is: a period before it ends the sentence like one before a capital.
_CAMEL_NAME = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]")


_NEXT_WORD = re.compile(r"[\"'`“‘«(\[]*([A-Za-z]+)")  # (after any opening quotes or brackets)


def _next_word(text: str, i: int, end: int) -> str:
    m = _NEXT_WORD.match(text, i, end)
    return m.group(1).lower() if m else ""


def _word_before(text: str, i: int, block_start: int) -> str:
    """The run of letters and dots ending at i: "Dec" in "vote—Dec.", "U.S" in "(U.S.", "" after a digit."""
    k = i
    while k > block_start and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    return text[k:i].lstrip(".")


def _period_ends(text: str, dot: int, nxt: int, block_start: int, end: int) -> bool:
    """Whether a single period at `dot`, followed by text at `nxt`, ends a sentence (abbreviations aside)."""
    word = _word_before(text, dot, block_start)
    low = word.lower()
    if low in _NUMBER_ABBREV:  # "No. 10", "Nos. 3 and 4": a number continues it
        return not text[nxt].isdigit() and _next_word(text, nxt, end) in _OPENER_WORDS
    if low in _ABBREV:
        return False
    if low in _ABBREV_FINAL or _DOTTED.fullmatch(word) or (len(word) == 1 and word.isupper()):
        return _next_word(text, nxt, end) in _OPENER_WORDS
    return True


def _ends_sentence(text: str, m: re.Match[str], nxt: int, block_start: int, end: int) -> bool:
    """Whether the punctuation matched by `m`, followed by text at `nxt`, ends a sentence."""
    ch = text[nxt]
    if not (ch.isupper() or ch.isdigit() or ch in _OPENERS or _BULLET.match(text, nxt, end)
            or _CAMEL_NAME.match(text, nxt, end)):
        return False
    core = m.group(0).rstrip("\"'”’»)]")
    if core in ("!", "?") or core.endswith(("!", "?")):
        return True
    if len(core) > 1:  # an ellipsis: a pause more often than a full stop
        return _next_word(text, nxt, end) in _OPENER_WORDS
    return _period_ends(text, m.start(), nxt, block_start, end)


# Brackets, and em dashes (or spaced en dashes) in pairs: a sentence does not end inside them
# ("The law (passed Dec. 31. It took effect in 2025) was new.", "The vote—held Dec. 31. 2024—passed").
_ASIDE_MARK = re.compile(r"[()\[\]—–]")
_DASH_PAIR_MAX = 250  # characters: dashes further apart are two separate breaks, not one aside
# A sentence's end at the end of its line: dashes on either side of it are no pair (a chronology's lines,
# "1992 – X joins Milan.⏎1996: …⏎2001 — Y joins Madrid.", each have their own dash).
_STOP_AT_LINE_END = re.compile(r"[.!?…][\"'”’)\]]*[ \t]*[\r\n]")


class _Spans:
    """Sorted, disjoint spans as two arrays of 4-byte offsets (a tuple per span would cost 30 times more)."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts = array("i")
        self.ends = array("i")

    def add(self, a: int, b: int) -> None:  # in increasing order
        self.starts.append(a)
        self.ends.append(b)

    def inside(self, i: int) -> bool:
        """Whether position i lies strictly inside a span (a bisection)."""
        k = bisect_right(self.starts, i) - 1
        return k >= 0 and self.starts[k] < i < self.ends[k]


@dataclass
class _Asides:
    """The spans inside matched brackets, and inside pairs of dashes."""

    brackets: _Spans
    dashes: _Spans

    def holds(self, text: str, i: int, nxt: int, end: int) -> bool:
        """Whether a break at i (the next sentence starting at nxt) falls inside an aside.

        Inside brackets always; between dashes unless a typical opener word follows ("He said—and
        left. Then …—…"): a lone dash is common, and its partner may belong to a later sentence."""
        if self.brackets.inside(i):
            return True
        return self.dashes.inside(i) and _next_word(text, nxt, end) not in _OPENER_WORDS


def _asides(text: str, start: int, end: int) -> _Asides | None:
    """The asides of text[start:end], in one pass; None when it holds no bracket or dash at all (most
    sentences: one scan in C, no objects built)."""
    if _ASIDE_MARK.search(text, start, end) is None:
        return None
    brackets, dashes = _Spans(), _Spans()
    # Open brackets as 4-byte entries (position + 1, negated for "["): a text of a million "(" must not
    # become a million tuples.
    stack = array("i")
    still_open = {")": 0, "]": 0}  # how many of each are on the stack: a stray closer costs O(1)
    dash = -1  # a dash waiting for its partner
    for m in _ASIDE_MARK.finditer(text, start, end):
        ch, i = m.group(), m.start()
        if ch == "–" and not (start < i < end - 1 and text[i - 1].isspace() and text[i + 1].isspace()):
            continue  # an en dash in a range ("5–7") is no aside; spaced (" – ") it is one
        if ch == "(" or ch == "[":
            stack.append(i + 1 if ch == "(" else -(i + 1))
            still_open[")" if ch == "(" else "]"] += 1
        elif ch == ")" or ch == "]":
            if not still_open[ch]:
                continue  # an unmatched closer (a list's "1)") closes nothing
            while True:  # pop to the matching opener: each opener is popped once
                entry = stack.pop()
                closer = ")" if entry > 0 else "]"
                still_open[closer] -= 1
                if closer == ch:
                    break
            if not stack:  # nested brackets: only the outermost pair counts (so they come in order)
                brackets.add(abs(entry) - 1, i + 1)
        elif dash >= 0 and i - dash <= _DASH_PAIR_MAX and _STOP_AT_LINE_END.search(text, dash, i) is None:
            dashes.add(dash, i + 1)
            dash = -1
        else:
            dash = i
    return _Asides(brackets, dashes)


def _split_block(text: str, bs: int, be: int, out: array) -> None:
    asides: _Asides | None = None
    looked = False  # asides are found at the first possible break: most blocks have none
    seg = bs
    quotes, counted = 0, bs  # straight double quotes in text[bs:counted], counted as the breaks come (linear)
    for m in _SENT_END.finditer(text, bs, be):
        nxt = m.end()
        while nxt < be and text[nxt].isspace():
            nxt += 1
        if nxt >= be:
            break
        if not _ends_sentence(text, m, nxt, bs, be):
            continue
        if not looked:
            asides, looked = _asides(text, bs, be), True
        if asides is None or not asides.holds(text, m.end(), nxt, be):
            end = m.end()
            if text[nxt] == '"' and (nxt + 1 == be or text[nxt + 1].isspace()):
                # A straight quote standing apart after the end ('... immensely. " The current CEO ...', as
                # tokenised or carelessly typed text has it) closes a quotation when one is open: it is the
                # sentence's own close, not the next one's opening (an opening quote leans on its first word).
                quotes += text.count('"', counted, nxt)
                counted = nxt
                if quotes % 2:
                    end = nxt + 1
                    nxt += 1
                    while nxt < be and text[nxt].isspace():
                        nxt += 1
                    if nxt >= be:
                        break
                    if not _ends_sentence(text, m, nxt, bs, be):
                        continue  # ('... miss John. " he said': the attribution goes on with it)
            _emit(text, seg, end, out)
            seg = nxt
    _emit(text, seg, be, out)


def _emit(text: str, a: int, b: int, out: array) -> None:
    """Appends the sentence text[a:b], trimmed, to `out` as its two bounds (`SentenceSpans`' layout)."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a and _ALNUM.search(text, a, b):
        out.append(a)
        out.append(b)


_MONTH_WORDS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
_LINE_HEAD = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+)*\.?")


def _line_continues(text: str, ln: _Line, nxt: _Line, asides: _Asides | None) -> bool:
    """Whether a line break (after a line that would otherwise end its sentence) falls inside a date,
    a clause or an aside: "Sept.⏎3, 2024", "December⏎31", "31⏎December", "at 5⏎p.m.", "(held on⏎Dec. 31)"."""
    if asides is not None and asides.holds(text, ln.end, nxt.start, nxt.end):
        return True
    end = ln.end
    if text[end - 1] == "." and not _period_ends(text, end - 1, nxt.start, ln.start, nxt.end):
        return True
    tail = _word_before(text, end, ln.start).lower()
    if tail in _MONTH_WORDS and text[nxt.start].isdigit():
        return True
    if text[end - 1].isdigit():
        head = _LINE_HEAD.match(text, nxt.start, nxt.end)
        word = head.group().lower().replace(".", "") if head else ""
        return word in _MONTH_WORDS or word in ("am", "pm")
    return False


def _hard_wrapped(lines: list[_Line]) -> bool:
    """Whether a paragraph's lines are wrapped at a fixed width (line breaks mean nothing)."""
    if len(lines) < 3:
        return False
    body = [ln.end - ln.start for ln in lines[:-1]]
    if max(ln.end - ln.start for ln in lines) > 100:
        return False
    return sum(1 for n in body if n >= 50) >= 0.7 * len(body)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Sequence[Sentence]:
    """Sentences of text[start:end] as spans of `text`, trimmed of whitespace and list markers.

    Splits after . ! ? (with any closing quotes or brackets) when the next word starts with a
    capital, digit or quote, except after abbreviations, initials and dotted acronyms; and always at
    blank lines, at list items (each item is a sentence without its bullet) and after lines that end
    without punctuation (headings), unless the paragraph is hard-wrapped at a fixed width.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    return _split_lines(text, _lines(text, start, end))


def _paragraphs(lines: list[_Line]) -> Iterator[list[_Line]]:
    """Runs of lines with some letters or digits between blank (or rule-only) lines, one at a time."""
    current: list[_Line] = []
    for ln in lines:
        words = _ALNUM.search(ln.text, ln.start, ln.end) is not None
        if (ln.after_blank or not words) and current:  # blank and rule-only lines end a paragraph
            yield current
            current = []
        if words:
            current.append(ln)
    if current:
        yield current


def _split_lines(text: str, lines: list[_Line], *, progress: CharProgress | None = None) -> SentenceSpans:
    """split_sentences over lines already cut (the loader cuts the text into lines once)."""
    out = array("q")  # start, end, start, end, ...: the bounds `SentenceSpans` holds, no Sentence made here
    due = PROGRESS_STEP
    for para in _paragraphs(lines):
        if progress is not None and para[0].start >= due:
            progress(para[0].start)
            due = para[0].start + PROGRESS_STEP
        wrapped = _hard_wrapped(para)
        asides = _asides(text, para[0].start, para[-1].end) if len(para) > 1 else None
        block_start: int | None = None
        block_end = 0
        for j, ln in enumerate(para):
            marker = _BULLET.match(text, ln.start, ln.end)
            if marker and marker.end() < ln.end:
                if block_start is not None:
                    _split_block(text, block_start, block_end, out)
                    block_start = None
                if _MD_MARKER.match(text, ln.start, ln.end):
                    _emit(text, marker.end(), ln.end, out)  # a heading is one sentence
                else:
                    _split_block(text, marker.end(), ln.end, out)
                continue
            if block_start is None:
                block_start = ln.start
            block_end = ln.end
            nxt = para[j + 1] if j + 1 < len(para) else None
            if nxt is None:
                continue
            last = text[ln.end - 1]
            first = text[nxt.start]
            if (not wrapped and last not in _CONTINUATION_END and not first.islower()
                    and not _line_continues(text, ln, nxt, asides)):
                _split_block(text, block_start, block_end, out)
                block_start = None
        if block_start is not None:
            _split_block(text, block_start, block_end, out)
    return SentenceSpans._of_bounds(out)
