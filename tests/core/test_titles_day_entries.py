"""A schedule's or a link list's entry, the day and a few capitalised words ("Apr 9 Nominations open", "Mar 4
Ministry statement"), is titled without its day: the day is the entry's date, which the timeline shows, not a
modifier of its noun (real news set 2, docs/realnews2_judgement.md class 3: a newsletter's schedule box and a
digest's list of sources kept "May 12" in every title). Invented entries."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("entry, day, title", [
    ("Apr 9 Nominations open", "Apr 9", "Nominations open"),
    ("April 16 Voting begins", "April 16", "Voting begins"),
    ("Sept 30 Final results", "Sept 30", "Final results"),
    ("Mar 4 Ministry statement", "Mar 4", "Ministry statement"),
    ("Nov 2 Harbour Board minutes", "Nov 2", "Harbour Board minutes"),
])
def test_a_day_entry_is_titled_without_its_day(entry: str, day: str, title: str) -> None:
    assert sentence_title(entry, day) == title


@pytest.mark.parametrize("sentence, day, title", [
    # a sentence's date before a lower-case noun stays its modifier
    ("March 3 elections were peaceful.", "March 3", "March 3 elections were peaceful"),
    # a date in a sentence's middle is unchanged
    ("Nominations open on Apr 9.", "Apr 9", "Nominations open"),
])
def test_other_dates_keep_their_titles(sentence: str, day: str, title: str) -> None:
    assert sentence_title(sentence, day) == title
