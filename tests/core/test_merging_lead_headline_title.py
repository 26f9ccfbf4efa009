"""The lead's event whose title names no one doing it (`grammar.names_no_actor`) takes the article's headline as its
title, when the headline names who did it and tells the same act (a shared verb or noun lemma), not a saying's
frame; otherwise the title stays (and is flagged: `Event.title_uncertain`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

ARTICLE = "{headline}\n\nPublished: 12 March 2024\n\n{lead}\n\nThe council will meet on Friday.\n"


@pytest.mark.parametrize("headline, lead, day, expected", [
    # the lead names no one: the headline, which names the mayor and tells the resignation
    ("Harbor City mayor Jane Roe resigns", "Resigned on Monday, March 11, 2024, hours after the audit.",
     "2024-03-11", "Harbor City mayor Jane Roe resigns"),
    # the headline tells another act: the lead's title stays, flagged
    ("Harbor City mayor Jane Roe praises auditors", "Resigned on Monday, March 11, 2024, hours after the audit.",
     "2024-03-11", "Resigned hours after the audit"),
    # the headline frames a saying: the lead's own happening keeps its title
    ("Statistics office says unemployment fell to 4% in May",
     "Unemployment fell to 4% in May, figures released on Monday, March 11, 2024, show.",
     "2023-05-01", "Unemployment fell to 4%"),
    # the lead names who did it: its own title
    ("Harbor City mayor Jane Roe resigns", "Jane Roe resigned on Monday, March 11, 2024, hours after the audit.",
     "2024-03-11", "Jane Roe resigns"),
])
def test_the_leads_title_names_no_one_then_the_headline_titles_it(tmp_path: Path, headline, lead, day, expected):
    (tmp_path / "a.txt").write_text(ARTICLE.format(headline=headline, lead=lead), encoding="utf-8")
    timeline = build_timeline([tmp_path], cache=False)
    titles = {e.title for e in timeline.events if e.first.isoformat() == day}
    assert titles == {expected}, [(e.first.isoformat(), e.title) for e in timeline.events]
