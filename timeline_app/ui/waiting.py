"""What the window says of an article with no publication date whose date phrases count from one ("on Thursday",
"yesterday", a year-less "July 28": `Document.waiting`, found by the load's tagging): they make no event until the
user gives the article its date, and nothing else would tell them so. Plain text (Qt-free): the callers show it as
plain text, escaped by `text.plain_tooltip` / `set_plain_label`."""
from __future__ import annotations

from timeline_app.core.html_text import visible_text
from timeline_app.core.model import Document

# At most this many of the waiting phrases are quoted (a tooltip, a note); the rest are counted.
WAITING_NAMED = 3
# The action that gives the article its date (ui/editing.py: Edit → "Set Publication Date…").
FIX = "Edit → Set Publication Date…"


def waiting_count(document: Document) -> int:
    """How many of its date phrases wait for a publication date: 0 for a document with one, or when not known
    (`waiting` None: read back from a file of an older version), so nothing is said."""
    if document.published is not None or not document.waiting:
        return 0
    return len(document.waiting)


def waiting_row(document: Document) -> str:
    """The Sources row's words after its event count ("3 dates need it"); "" when none wait."""
    n = waiting_count(document)
    if not n:
        return ""
    return "1 date needs it" if n == 1 else f"{n} dates need it"


def waiting_note(document: Document) -> str:
    """A sentence naming up to `WAITING_NAMED` of the waiting phrases, each quoted as the window shows article
    text (`visible_text`), and how to date them; "" when none wait."""
    n = waiting_count(document)
    if not n:
        return ""
    text = document.text
    named = [f"“{visible_text(' '.join(text[a:b].split()))}”" for a, b in document.waiting[:WAITING_NAMED]]
    more = n - len(named)
    tail = f" and {more} more" if more else ""
    said = "1 date here counts" if n == 1 else f"{n} dates here count"
    them = "it" if n == 1 else "them"
    return (f"{said} from a publication date the page does not give ({', '.join(named)}{tail}), so the timeline "
            f"cannot place {them}. Give the article its date with {FIX}")
