"""A company's short name opening a sentence ("Sun said …" after "Sun Microsystems Inc.") is that company only
after the text has named it in full: a place or a word that happens to share the first word of a company named
later (an outlet in a list of sources at the end) is no company a "the company" before it stands for
(`coref.Companies`)."""
from __future__ import annotations

import pytest

from timeline_app.core import coref


@pytest.mark.parametrize("text, sentence, company", [
    # the full name comes after: no company
    ("Kessa's mills closed on Monday. The company cut prices on Tuesday.\n\nSources\n\n"
     "\"Mills shut\" — Kessa Broadcasting Corp., May 2", "The company cut", None),
    ("Brell's harbour froze. Brell's ferries stopped. The company apologised.\n\n"
     "Brell Media Group Inc. contributed.", "The company apologised", None),
    # the full name first: its short name is that company again
    ("Kessa Broadcasting Corp. sold a channel. Kessa later bought a studio. The company said it would hire.",
     "The company said", "Kessa Broadcasting Corp."),
])
def test_a_short_name_is_the_company_only_after_its_full_name(text: str, sentence: str, company: str | None) -> None:
    assert coref.companies(text).named("company", text.index(sentence)) == company


def test_the_full_name_may_come_later_in_the_same_sentence() -> None:
    text = "Kessa is the parent of Kessa Savings Bank Corp., which has 9 branches. The bank had assets of $5 million."
    assert coref.companies(text).named("bank", text.index("The bank")) == "Kessa Savings Bank Corp."
