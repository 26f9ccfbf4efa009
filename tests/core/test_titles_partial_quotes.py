"""Words quoted at the end of a clause whose verb stands before them (a partial quotation: 'said that the plan was
"dead in the water".', 'that goal was "no longer realistic" and that ...') are that clause's own end: the title keeps
them, where it stopped at the opening mark before ("The mayor says that the plan"; `grammar._through_quotations`).
A whole quotation's marks still end its clause ('"We will stay," the mayor said'; 'said: "We will stay."'), and so
does a quotation that closes after its own comma or full stop or that no verb of its clause stands before ('said
that "we will rebuild" and thanked the crews': the frame reports it). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The minister said on Friday that the curfew had \"clearly saved lives\".", "on Friday",
     "The minister says that the curfew had \"clearly saved lives\""),
    ("The mayor said on Tuesday that the plan was \"dead in the water\".", "on Tuesday",
     "The mayor says that the plan was \"dead in the water\""),
    ("The regulator said on Monday the merger was \u201cnot in the public interest\u201d.", "on Monday",
     "The regulator says the merger was \u201cnot in the public interest\u201d"),
    ("The chief executive said on Tuesday that target was \"no longer realistic\" and that the firm would adapt.",
     "on Tuesday", "The chief executive says that target was \"no longer realistic\""),
    # guards: whole quotations, one closed after its own comma or full stop, one right after "said that"
    ("\"We will stay,\" the mayor said on Tuesday.", "on Tuesday", "The mayor says \"We will stay\""),
    # (a whole quotation after the frame's colon is reported whole by the frame, s26, not joined to its clause)
    ("The mayor said on Tuesday: \"We will stay.\"", "on Tuesday", "The mayor says \"We will stay\""),
    ("The coach said on Monday the defeat was \"unacceptable\" and promised changes.", "on Monday",
     "The coach says the defeat was \"unacceptable\""),
    ("On Monday, the mayor said that \"we will rebuild\" and thanked the crews.", "On Monday",
     "The mayor says \"we will rebuild\""),
])
def test_a_partial_quotation_ends_no_clause(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
