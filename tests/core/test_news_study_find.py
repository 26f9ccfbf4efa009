"""A science page's find ("Norvale University team discovers new beetle species in amber", "... has discovered a
new genus of beetle ...") whose study the body dates by its publication in a journal ("Their findings, published on
Monday in Insect Systematics, ...") was made public that day, not on the report's: the headline, the lead and the
publication's mention are one event on that day, titled by the headline or the lead, who found what
(`news._study_published`, `news._tells_a_find`, `NewsWalk.result`, `merging._tells_the_find`,
`merging._title_finds_by_their_lead`); the study's work and findings told with no date of their own ("The team
collaborated with ...", "The team discovered that the beetles lived ...", "Detailed scans revealed that ...") are
no happenings of the report's day. Of a sentence's dates, the publication's is the one by "published" ("The study,
published Wednesday in Nature, dates the paintings to 40,000 years ago"). A book's or a company's report's
publication ("The book, published on Monday by Greyfield Press"; "The results, published on Monday in the company's
annual report"), another study than the page's own ("The plan follows a study, published on Monday in The Lancet,
...") and a find with no study published ("Hikers find lost dog") leave the lead, and the body's acts, on the
report's day. Invented articles (fixtures/study_find/), published Friday, March 7, 2025."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import news_helpers
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "study_find"
HEADLINE = "Norvale University team discovers new beetle species in amber"
PUBLISHED = "Their findings, published on Monday in Insect Systematics, describe the oldest known member of the family."


@pytest.fixture(scope="module")
def dated_sentences() -> dict[str, set[str]]:
    return news_helpers.dated_sentences(FIXTURES)


@pytest.mark.parametrize("sentence, days", [
    # the find: the day its study was published
    (HEADLINE, {"2025-03-03"}),
    ("A research team at the Norvale University Museum has discovered a new genus of beetle preserved in Baltic "
     "amber.", {"2025-03-03"}),
    (PUBLISHED, {"2025-03-03"}),
    # the study's work and findings: no event of the report's day
    ("The team, led by Mara Venn, collaborated with scientists from the University of Leeds and Kyoto University.",
     None),
    ("The team discovered that the beetles lived in warm coastal forests.", None),
    ("Detailed scans of the amber revealed that the new species fed on pollen.", None),
    # "The study, published Wednesday in Nature, dates the paintings to 40,000 years ago": its day by "published"
    ("Scientists find oldest known star map on cave wall", {"2025-03-05"}),
    ("The researchers used radiocarbon dating on charcoal traces.", None),
    # a headline's "Study finds ...": the study, published Monday
    ("Study finds air pollution speeds memory loss", {"2025-03-03"}),
    ("The researchers measured pollution near each home.", None),
    # another study, not the page's own ("The plan follows a study, published on Monday in The Lancet, ..."): the
    # ministry's plan stays the report's news
    ("Ministry reveals plan to cut hospital waiting times", {"2025-03-07"}),
    ("The health ministry has revealed a plan to cut hospital waiting times by half.", {"2025-03-07"}),
    # a book's publication: the memoir's news stays the report's, and so do its body's acts
    ("Local author reveals family secrets in new memoir", {"2025-03-07"}),
    ("Harbourtown author Leo Brandt has revealed his family's secrets in a new memoir.", {"2025-03-07"}),
    ("Brandt collaborated with his sister on the early chapters.", {"2025-03-07"}),
    # a company's results published: no find told
    ("Acme Foods has posted a higher annual profit as sales of frozen meals rose.", {"2025-03-07"}),
    ("The company opened two new plants in Ohio.", {"2025-03-07"}),
    # a find with no study published: the report's day
    ("Hikers find lost dog on Mount Orla", {"2025-03-07"}),
    ("The hikers carried the dog down to the ranger station.", {"2025-03-07"}),
    ("Rangers discovered that the dog had survived on rainwater.", {"2025-03-07"}),
])
def test_a_find_takes_its_studys_publication_day(dated_sentences: dict[str, set[str]], sentence: str,
                                                 days: set[str] | None) -> None:
    assert dated_sentences.get(sentence) == days


@pytest.mark.parametrize("name, published, title, day", [
    ("beetle", PUBLISHED, HEADLINE, "2025-03-03"),
    # (joined by `merging._join_retellings`, as the one dated telling of the lead's day: titled by the lead still)
    ("vapour", "The findings were published on Tuesday in the Astrophysical Journal Letters.",
     "A team of astronomers has detected water vapour in the atmosphere of a planet 120 light…", "2025-03-04"),
])
def test_the_publication_is_told_as_the_find(name: str, published: str, title: str, day: str) -> None:
    """One event of the find on its study's publication day, titled by the headline or the lead (who found what),
    holding the publication's sentence: not "Their findings published in Insect Systematics" (a possessive
    pronoun for a title), nor "The findings were published in ..."."""
    path = FIXTURES / f"{name}.txt"
    timeline = build_timeline([path], cache=False)
    text = path.read_text(encoding="utf-8")
    told = [e for e in timeline.events
            if any(text[m.sentence_start:m.sentence_end].strip() == published for m in e.mentions)]
    assert [(e.title, e.first.isoformat()) for e in told] == [(title, day)]
