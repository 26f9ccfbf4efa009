"""A headline's title starts with a capital, and a headline the page printed all in lower case gives each name as
the article prints it: a word written capitalised mid-sentence and nowhere in lower case but in the headline
(`news._as_printed`; was "arsenal beat chelsea in london derby"); a common word the lexicon knows in lower case
stays lower case, though the body prints it capitalised as a month or a person's name ("march", "may", "bill"). A headline with a capital of its own keeps its
case. Invented articles."""
from __future__ import annotations

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.temporal import tag


def _news_titles(text: str) -> list[str]:
    doc = document_from_text(text, id="d")
    return [i.candidate.title for i in news.find_news(doc, tag(doc.text, reference=doc.published))]


@pytest.mark.parametrize("text, title", [
    ("rovers beat leeds in cup derby\nMarch 3, 2020\n\nThe home side saw Rovers beat Leeds 2-1 in a cup derby at "
     "the park.\n\nThe win lifted Rovers to third place.\n", "Rovers beat Leeds in cup derby"),
    ("storm cuts power to homes in devon\nMarch 3, 2020\n\nA storm cut power to thousands of homes in Devon, the "
     "grid said.\n\nCrews worked through the night.\n", "Storm cuts power to homes in Devon"),
    # a word the article also writes in lower case is no name ("power"); nor one it never capitalises
    ("power cut hits city\nMarch 3, 2020\n\nA power cut hit the city of Leeds, the grid said.\n\nPower returned "
     "by noon.\n", "Power cut hits city"),
    # a common word the body also prints capitalised (a month, a name) stays lower case (review 25b item 6)
    ("farmers march to delhi as talks may resume\nMarch 3, 2020\n\nThousands of farmers set out for Delhi on "
     "Tuesday. A similar protest in March drew crowds.\n\nTalks collapsed in May.\n",
     "Farmers march to Delhi as talks may resume"),
    ("dockers march in leeds as pay bill stalls\nMarch 3, 2020\n\nDockers walked out at the port in Leeds on "
     "Tuesday, said the union head, Bill Amos.\n\nThe last march was in March.\n",
     "Dockers march in Leeds as pay bill stalls"),
    ("strikes mark august in kenya\nMarch 3, 2020\n\nThousands of workers across Kenya went on strike on Tuesday, "
     "a union leader called Mark Otieno said.\n\nThe walkouts began in August.\n", "Strikes mark august in Kenya"),
    # guard: a headline with capitals of its own keeps them as printed
    ("Storm cuts power in east devon\nMarch 3, 2020\n\nA storm cut power to homes in Devon, the grid said.\n\n"
     "Crews worked through the night.\n", "Storm cuts power in east devon"),
])
def test_a_lower_case_headline_is_titled_with_a_capital_and_its_names(text: str, title: str) -> None:
    assert title in _news_titles(text)
