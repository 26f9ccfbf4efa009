"""An article with no headline line is titled by its first sentence; its news is titled as a body sentence's
would be (its main clause, in the present), not by that whole sentence cut at the title's length."""
from __future__ import annotations

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.temporal import tag


@pytest.mark.parametrize("text, title", [
    ("March 3, 2001\n\nAcme Corp., a maker of garden tools, reported a sharp drop in profit for its first quarter, "
     "citing higher steel costs.\n\nThe company's shares fell.",
     "Acme Corp. reports a sharp drop in profit for its first quarter"),
    ("March 3, 2001\n\nDespite months of talks, the two unions signed a new wage agreement with the city's "
     "transit authority, officials said.\n\nBuses ran as usual.",
     "The two unions sign a new wage agreement with the city's transit authority"),
    # A company's abbreviation before its possessive, or in capitals, and a first initial stay in the name.
    ("March 3, 2001\n\nNorcom Corp.'s second-quarter net income rose 8%, even though sales of its pumps fell.\n\n"
     "The company's shares fell.",
     "Norcom Corp.'s second-quarter net income rises 8%"),
    ("March 3, 2001\n\nNORCOM PUMP CORP. said it sold $40 million of notes to a group of insurers.\n\n"
     "The company's shares fell.",
     "NORCOM PUMP CORP. says it sold $40 million of notes to a group of insurers"),
    ("March 3, 2001\n\nJ. Walter Pike was named chairman of Norcom Pump Corp., a maker of water pumps.\n\n"
     "The company's shares fell.",
     "J. Walter Pike was named chairman of Norcom Pump Corp"),
    # No sentence before says who "it" is: the sentence stays whole.
    ("March 3, 2001\n\nIt raised $40 million from a sale of notes to a group of insurers.\n\n"
     "The company's shares fell.",
     "It raised $40 million from a sale of notes to a group of insurers"),
    # so does one whose pronoun is contracted with its verb
    ("March 3, 2001\n\nThey've sold $40 million of notes to a group of insurers, the company said.\n\n"
     "The company's shares fell.",
     "They've sold $40 million of notes to a group of insurers, the company said"),
    ("March 3, 2001\n\nWe've sold $40 million of notes to a group of insurers, the company said.\n\n"
     "The company's shares fell.",
     "We've sold $40 million of notes to a group of insurers, the company said"),
    # any pronoun the tagger reads (PRP, PRP$), not only a listed few
    ("March 3, 2001\n\nIts shares rose 8% after a sale of notes to a group of insurers.\n\n"
     "The company's shares fell.",
     "Its shares rose 8% after a sale of notes to a group of insurers"),
    # The next clause's subject after "and" is none of this clause's words.
    ("March 3, 2001\n\nNorcom Pump Corp.'s treasurer, Ann Pike, resigned and its chairman, Tom Reed, is taking "
     "her duties.\n\nThe company's shares fell.",
     "Norcom Pump Corp.'s treasurer resigns"),
    # Guard: a relative clause's antecedent after "and" is still this clause's object.
    ("March 3, 2001\n\nNorcom Pump Corp. sued its suppliers and other firms that had sold it faulty valves.\n\n"
     "The company's shares fell.",
     "Norcom Pump Corp. sues its suppliers and other firms"),
    # A headline line (no full stop) keeps its own words.
    ("Unions sign wage deal\n\nMarch 3, 2001\n\nThe two unions signed a new wage agreement.",
     "Unions sign wage deal"),
])
def test_the_first_sentence_as_title_is_titled_by_its_clause(text: str, title: str) -> None:
    doc = document_from_text(text, id="d")
    items = news.find_news(doc, tag(doc.text, reference=doc.published))
    heads = [i for i in items if i.role in ("headline", "lead")]
    assert heads and heads[0].candidate.title == title
