"""A reporting verb that takes a hearer before its clause with no "that" frames that clause, whatever the verb
("warned staff the museum would shut", as "told the court the boy had been coached"; was "tell" only): the hearer
is skipped to the clause's own subject (`news._reporting_frame`, `grammar.TELLING_VERBS`). Invented sentences."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar, news


@pytest.mark.parametrize("sentence, framed", [
    ("The director warned staff the museum would shut.", "would shut"),
    ("The minister warned investors the bank had collapsed.", "had collapsed"),
    # guards: "tell" as before; no hearer and no clause
    ("The director told staff the museum would shut.", "would shut"),
    ("The director warned of a strike.", None),
])
def test_a_telling_verbs_hearer_leads_to_its_clause(sentence: str, framed: str | None) -> None:
    a = grammar.analyse_sentence(sentence)
    frame = news._reporting_frame(a, a.tokens, a.groups[0])
    assert (None if frame is None else frame[1].text) == framed
