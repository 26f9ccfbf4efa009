"""E-mail: one message (.eml) or a mailbox (.mbox, or a Mail.app "X.mbox" folder's "mbox" file) through the
standard library's `email` package.

A message's subject is its title, its Date: header its publication date, its text part (or its HTML part as
text, when that says much more) its text. Attachments that are articles themselves (text, Markdown, HTML, PDF,
Word, a forwarded message) become documents of their own, their places labelled "part 3 (attachment
report.pdf), p. 2"; other attachments are named in a warning.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from typing import TYPE_CHECKING

from timeline_app.core.html_text import reduce_html
from timeline_app.core.readers.base import DocumentError, RawDocument, prefixed

if TYPE_CHECKING:
    from email.message import EmailMessage, Message

SUFFIXES = frozenset({".eml", ".mbox"})
# Mail.app exports a mailbox as a folder "Name.mbox" holding a file "mbox".
MBOX_NAMES = frozenset({"mbox"})

# Forwarded messages within forwarded messages: deeper ones are named in a warning, not read.
_MAX_DEPTH = 3

_HEADER_LINE = re.compile(rb"[!-9;-~]+:[ \t]?[^\r\n]*\r?\n|[ \t]+[^\r\n]*\r?\n")
_HEADER_NAME = re.compile(rb"([!-9;-~]+):")
_MAIL_HEADERS = frozenset({b"from", b"to", b"cc", b"subject", b"date", b"message-id", b"received",
                           b"mime-version", b"return-path", b"content-type", b"reply-to", b"delivered-to",
                           b"x-mailer", b"in-reply-to", b"references", b"sender"})
_SURE_MAIL = frozenset({b"message-id", b"received", b"mime-version", b"return-path", b"delivered-to"})
_MBOX_FROM = re.compile(rb"From \S+")


def sniff(head: bytes) -> bool:
    return _is_mbox(head) or _is_message(head)


def _is_mbox(head: bytes) -> bool:
    """A "From sender date" line, then a header line."""
    if not _MBOX_FROM.match(head):
        return False
    newline = head.find(b"\n")
    return newline > 0 and _is_message(head[newline + 1:], loose=True)


def _is_message(head: bytes, loose: bool = False) -> bool:
    """RFC 822 headers from the first byte to a blank line, at least two of them a mail's (one of them one
    only mail has: Message-ID, Received, MIME-Version...), so an article that opens "Date: …" stays text."""
    pos, lines, sure = 0, 0, False
    known: set[bytes] = set()
    while pos < len(head):
        if head.startswith((b"\n", b"\r\n"), pos):
            break
        m = _HEADER_LINE.match(head, pos)
        if m is None:
            if pos > 0 and b"\n" not in head[pos:]:  # the head ends inside a header: judge what was seen
                break
            return False
        name = _HEADER_NAME.match(head, pos)
        if name:
            lowered = name.group(1).lower()
            if lowered in _MAIL_HEADERS:
                known.add(lowered)
            sure = sure or lowered in _SURE_MAIL
        elif lines == 0:
            return False  # a continuation line cannot come first
        lines += 1
        pos = m.end()
    enough = len(known) >= (1 if loose else 2)
    return lines > 0 and enough and (loose or sure or {b"from", b"subject", b"date"} <= known)


def read_bytes(data: bytes, name: str) -> list[RawDocument]:
    named_mbox = os.path.basename(name).lower() in MBOX_NAMES or name.lower().endswith(".mbox")
    if _is_mbox(data[:4096]) or (named_mbox and data.startswith(b"From ")):
        return _read_mbox(data)
    if not _is_message(data[:65536]) and not _is_message(data[:65536], loose=True):
        raise DocumentError("not an e-mail message (no mail headers at its start)")
    return _read_message(data, depth=0, label="", part="")


def _read_mbox(data: bytes) -> list[RawDocument]:
    # Messages start at "From " lines after a line break (the mboxo/mboxrd convention); a body line that
    # starts with "From " was escaped as ">From " when the mailbox was written, and is unescaped here.
    starts = [0] + [m.start() + 1 for m in re.finditer(rb"\nFrom ", data)]
    out: list[RawDocument] = []
    warnings: list[str] = []
    total = len(starts)
    for number, (a, b) in enumerate(zip(starts, starts[1:] + [len(data)]), 1):
        chunk = data[a:b]
        newline = chunk.find(b"\n")
        message = re.sub(rb"(?m)^>(>*From )", rb"\1", chunk[newline + 1:] if newline >= 0 else b"")
        try:
            out.extend(_read_message(message, depth=0, label=f"message {number} of {total}", part=str(number)))
        except DocumentError as e:
            warnings.append(f"message {number} of {total} not read: {e.message}")
    if not out:
        raise DocumentError(warnings[0] if len(warnings) == 1 else f"no readable message in the mailbox "
                                                                   f"({len(warnings)} tried)")
    if warnings:
        out[0] = _with_warnings(out[0], warnings)
    return out


def _with_warnings(raw: RawDocument, warnings: list[str]) -> RawDocument:
    from dataclasses import replace

    return replace(raw, warnings=raw.warnings + tuple(warnings))


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
        return " ".join(str(value).split()) if value is not None else ""
    except Exception:  # noqa: BLE001 - a malformed header is a header we do without
        return ""


def _date(msg: Message):
    try:
        value = msg.get("date")
        when = getattr(value, "datetime", None)
        return when.date() if when is not None else None
    except Exception:  # noqa: BLE001
        return None


def _text_of(part: Message) -> str:
    """A text part's content as str: its declared charset, else as files are decoded."""
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content
    except Exception:  # noqa: BLE001 - unknown charset, broken transfer encoding
        pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    from timeline_app.core.readers.text import decode

    try:
        return decode(payload)[0]
    except DocumentError:
        return payload.decode("utf-8", "replace")


def _body(msg: EmailMessage, numbers: dict[int, int]) -> tuple[str, str]:
    """The message's text and the label of the part it came from."""
    plain = html = None
    try:
        plain = msg.get_body(preferencelist=("plain",))
        html = msg.get_body(preferencelist=("html",))
    except Exception:  # noqa: BLE001 - a damaged structure: try the message itself below
        pass
    if plain is None and html is None and msg.get_content_maintype() == "text":
        if msg.get_content_subtype() == "html":
            html = msg
        else:
            plain = msg
    plain_text = _tidy(_text_of(plain)) if plain is not None else ""
    html_text = _tidy(reduce_html(_text_of(html)).text) if html is not None else ""
    # The plain part wins unless the HTML part says much more (a "view in your browser" stub as text).
    if html_text and len(html_text) > 2 * len(plain_text):
        return html_text, f"part {numbers.get(id(html), 1)} (HTML, as text)"
    if plain_text:
        return plain_text, f"part {numbers.get(id(plain), 1)} (text)"
    return "", ""


def _leaves(msg: Message) -> list[Message]:
    """The message's parts in order as a mail program numbers them: a forwarded message is one part."""
    out: list[Message] = []
    stack = [msg]
    while stack:
        part = stack.pop()
        payload = part.get_payload()
        if part.is_multipart() and part.get_content_type() != "message/rfc822" and isinstance(payload, list):
            stack.extend(reversed(payload))
        else:
            out.append(part)
    return out


def _tidy(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _read_message(data: bytes, *, depth: int, label: str, part: str) -> list[RawDocument]:
    # The `email` package on the first message only: every load imports this module (to sniff for mail), and
    # the package's parser and header registry are 2 MB and 0.3-0.5 s to import, all lost on plain articles.
    import email
    from email import policy
    from email.message import EmailMessage

    try:
        msg = email.message_from_bytes(data, policy=policy.default)
    except RecursionError:  # the stdlib parser recurses once per nested multipart
        raise DocumentError("not a readable e-mail (its parts are nested too deep to read)") from None
    except Exception as e:  # noqa: BLE001 - the parser is lenient; this is the rare hard failure
        raise DocumentError(f"not a readable e-mail ({type(e).__name__}: {e})") from None
    assert isinstance(msg, EmailMessage)
    try:
        numbers = {id(p): n for n, p in enumerate(_leaves(msg), 1)}
    except Exception:  # noqa: BLE001 - headers are parsed lazily: a damaged one ("embedded null") raises here
        numbers = {}
    subject = _header(msg, "subject")
    published = _date(msg)
    # The Message-ID finds a message again in a mailbox that gained or lost messages before it; its attachments
    # are found by file name under it.
    key = _header(msg, "message-id")
    where = f"{label}, " if label else ""
    text, body_label = _body(msg, numbers)
    out: list[RawDocument] = []
    warnings: list[str] = []
    if text:
        out.append(RawDocument(text=text, kind="eml", title=subject[:300], published=published,
                               origins=((0, where + body_label),), part=part, key=key))
    try:
        attachments = list(msg.iter_attachments())
    except Exception:  # noqa: BLE001 - not multipart, or a damaged structure
        attachments = []
    for attachment in attachments:
        out.extend(_attachment(attachment, numbers, depth, where, part, key, published, warnings))
    if not out:
        raise DocumentError("the e-mail has no text" + (f" ({'; '.join(warnings)})" if warnings else ""))
    if warnings:
        out[0] = _with_warnings(out[0], warnings)
    return out


def _attachment(attachment: EmailMessage, numbers: dict[int, int], depth: int, where: str, part: str,
                message_key: str, published: dt.date | None, warnings: list[str]) -> list[RawDocument]:
    from dataclasses import replace
    from email.message import Message

    from timeline_app.core import readers

    number = numbers.get(id(attachment), 0)
    filename = attachment.get_filename() or ""
    kind = attachment.get_content_type()
    shown = filename or kind
    place = f"{where}part {number} (attachment {shown})"
    stem = os.path.splitext(os.path.basename(filename))[0] if filename else f"part{number}"
    sub = f"{part}-{stem}" if part else stem
    key = f"{message_key}/{filename or f'part {number}'}"
    try:
        if kind == "message/rfc822":
            if depth + 1 >= _MAX_DEPTH:
                warnings.append(f"attachment {shown} not read: messages forwarded more than {_MAX_DEPTH} deep")
                return []
            inner = attachment.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            data = inner.as_bytes() if isinstance(inner, Message) else b""
            found = _read_message(data, depth=depth + 1, label="", part="")
        else:
            if not readers.is_article_name(filename) and not kind.startswith("text/"):
                warnings.append(f"attachment {shown} not read: not an article")
                return []
            data = attachment.get_payload(decode=True)
            if not isinstance(data, bytes) or not data:
                warnings.append(f"attachment {shown} not read: empty")
                return []
            found = readers.read_bytes(data, filename or f"part{number}.{'html' if kind == 'text/html' else 'txt'}")
    except DocumentError as e:
        warnings.append(f"attachment {shown} not read: {e.message}")
        return []
    out = []
    for k, raw in enumerate(found):
        origins = prefixed(raw.origins, 0, place) if raw.origins else ((0, place),)
        out.append(replace(raw, origins=origins, part=f"{sub}-{raw.part}" if raw.part else sub,
                           key=f"{key}/{raw.key}" if raw.key else key,
                           published=raw.published or published,
                           published_fallback=raw.published_fallback if raw.published else True))
    return out
