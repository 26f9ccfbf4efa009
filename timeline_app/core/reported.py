"""How a reported event's date is worded (issue 8's undated news, `core/news.py`), for the window and exports.

Apart from `news.py` so the window can word these dates without importing the tagger and the grammar: the
first paint of the window must not wait for them (issue 10, item 5).
"""
from __future__ import annotations

from timeline_app.core.model import Precision, human_date

# An explanation that starts with this says the article's dated lead gives the day ("told in “…”, whose news
# is of 7 June 2010").
STORY_PREFIX = "told in"
REPORTED_NOTE = "on or shortly before; the article gives no date for it"
STORY_NOTE = "the day the article's lead gives; this sentence gives no date of its own"


def reported_date(event) -> str:
    """How the window states a reported event's date: "reported on 22 March 2013" when the publication date
    dates it, "news of 7 June 2010" when the article's dated lead does (the article itself appeared later)."""
    day = human_date(event.first, event.first, Precision.DAY)
    if event.explanation.startswith(STORY_PREFIX):
        return f"news of {day}"
    return f"reported on {day}"


def reported_note(event) -> str:
    """The short note after a reported event's date in the window (see `reported_date`)."""
    return STORY_NOTE if event.explanation.startswith(STORY_PREFIX) else REPORTED_NOTE
