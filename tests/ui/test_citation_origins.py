"""Copy as Text with Citation names the passage's page (or part) and the article's link."""
from __future__ import annotations

import datetime as dt

from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline
from timeline_app.ui.citation import citation_text

TEXT = "Bridge reopens.\n\nA second crossing opens on June 12, 2025."


def test_the_citation_gives_the_page_and_the_link():
    start = TEXT.index("June 12, 2025")
    doc = Document("bridge", "/a/bridge.pdf", TEXT, "Harbour Bridge", dt.date(2024, 3, 5),
                   (Sentence(0, 15), Sentence(17, len(TEXT))), origins=((0, "p. 1"), (17, "p. 2")),
                   link="https://example.org/bridge")
    mention = Mention("bridge", start, start + 13, "June 12, 2025", 17, len(TEXT))
    event = Event("e", "A second crossing opens", dt.date(2025, 6, 12), dt.date(2025, 6, 12), Precision.DAY,
                  (mention,))
    text = citation_text(event, Timeline((doc,), (event,), ()))
    assert ("“A second crossing opens on June 12, 2025.” — Harbour Bridge, 5 March 2024, p. 2 "
            "(https://example.org/bridge; /a/bridge.pdf)") in text
