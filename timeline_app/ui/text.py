"""The one way untrusted text (article titles and sentences, file names, paths, error messages) reaches Qt.

Qt guesses: a tooltip, and a QLabel left at Qt.TextFormat.AutoText, is rendered as rich text whenever
`Qt.mightBeRichText` says it looks like markup, and rich text loads the local files its `<img src=…>`
names (a FIFO blocks the GUI thread, /dev/zero exhausts memory). So nothing from an article is ever handed
to Qt raw where it could be read as markup:

- tooltips are always our own HTML with every piece of untrusted text escaped (`plain_tooltip`,
  `rich_tooltip` + `escape`);
- labels that show untrusted text are set to `Qt.TextFormat.PlainText` (`set_plain_label`);
- tab and action text double `&` so it is no mnemonic (`no_mnemonic`);
- window titles escape Qt's `[*]` modified-marker (`window_title`);
- paths and file names are shown through `visible_path` (no bidi override or invisible character reaches the
  screen from a file name), and tooltips and window titles drop such characters from any text.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from timeline_app.core.html_text import visible_text


def escape(text: object) -> str:
    """`text` as HTML text: `<`, `>`, `&` and quotes become entities."""
    return html.escape(str(text), quote=True)


def escape_lines(text: object) -> str:
    """Escaped `text` with its line breaks kept as `<br>`."""
    return "<br>".join(escape(line) for line in str(text).split("\n"))


def rich_tooltip(body_html: str) -> str:
    """Wrap HTML we built ourselves (every untrusted piece already escaped) as a tooltip.

    The explicit `<qt>` makes the tooltip rich text whatever the first line looks like, so Qt's guess
    never decides how it is read.
    """
    return f"<qt>{body_html}</qt>"


def plain_tooltip(text: object) -> str:
    """A tooltip that shows `text` exactly as it is, line breaks included, whatever markup it holds."""
    text = str(text)
    if not text:
        return ""
    if not text.isprintable():  # line by line: a bidi override in a file name or title must not reorder the tip
        text = "\n".join(map(visible_text, text.split("\n")))
    return rich_tooltip(f"<p style='white-space:pre-wrap'>{escape(text)}</p>")


def no_mnemonic(text: object) -> str:
    """Text for a tab or an action, with `&` doubled so Qt shows it instead of underlining the next letter."""
    return str(text).replace("&", "&&")


def window_title(text: object) -> str:
    """Text for setWindowTitle: Qt replaces `[*]` with the modified marker, `[*][*]` shows `[*]`."""
    return visible_text(str(text)).replace("[*]", "[*][*]")


def set_plain_label(label: QLabel, text: object) -> None:
    """Show `text` in `label` as plain text (never guessed to be rich text)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(str(text))
