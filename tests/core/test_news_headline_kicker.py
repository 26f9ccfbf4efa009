"""A section label printed on the headline's own line ("WATCH: ...", "LIVE | ...") is not part of the happening's
title (`documents.without_kicker`, read by news' headline titles; a page's "WATCH:" titled its event). Invented
headlines."""
from __future__ import annotations

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text, without_kicker
from timeline_app.core.temporal import tag


@pytest.mark.parametrize("headline, expected", [
    ("WATCH: Old bridge collapses as floods hit the valley", "Old bridge collapses as floods hit the valley"),
    ("LIVE | Rescuers search for survivors", "Rescuers search for survivors"),
    ("EXCLUSIVE:  Minister quits over deal", "Minister quits over deal"),
    # guards: no label, a name or an acronym's number, a lower-case rest, a label alone, a short all-caps word
    ("Old bridge collapses as floods hit the valley", "Old bridge collapses as floods hit the valley"),
    ("Paris: Old bridge collapses", "Paris: Old bridge collapses"),
    ("UK: Old bridge collapses", "UK: Old bridge collapses"),
    ("WATCH: old bridge collapses", "WATCH: old bridge collapses"),
    ("WATCH:", "WATCH:"),
    ("COVID-19: Schools close again", "COVID-19: Schools close again"),
    ("G20: Leaders meet in Rome", "G20: Leaders meet in Rome"),
])
def test_a_section_label_before_the_headline_is_dropped(headline: str, expected: str) -> None:
    assert without_kicker(headline) == expected


def _news_titles(headline: str) -> list[str]:
    # the headline run into its date and lead, as a page flattened to text prints it
    doc = document_from_text(headline + " March 3, 2020The old bridge over the river has collapsed as floods hit "
                             "the valley, officials said. Crews were sent to the scene.\n\nNobody was hurt.\n", id="d")
    return [i.candidate.title for i in news.find_news(doc, tag(doc.text, reference=doc.published))]


@pytest.mark.parametrize("label", ["WATCH: ", "VIDEO | "])
def test_a_labelled_headline_titles_its_news_as_the_bare_headline_does(label: str) -> None:
    bare = _news_titles("Old bridge collapses as floods hit the valley")
    assert "Old bridge collapses as floods hit the valley" in bare
    assert _news_titles(label + "Old bridge collapses as floods hit the valley") == bare
