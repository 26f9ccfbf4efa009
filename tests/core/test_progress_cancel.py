"""Cancel is felt inside the whole-document passes that report no progress: given the build's `cancelled`
(core/progress.py `cancellable`), each stops with `Cancelled` before its end, and outside a build it runs whole."""
from __future__ import annotations

import pytest

from timeline_app.core import coref, merging
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.progress import Cancelled, cancellable, check_every

TEXT = "".join(f"Acme Widgets Inc. said on May {1 + k % 28}, 2024 that the Harbour Workers Union met Anna Berg. "
               f"The company opened plant {k}.\n" for k in range(400))


class CancelledAfter:
    """A `cancelled` that turns true at its `n`-th question, counting them."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.asked >= self.n


DOC = document_from_text(TEXT, id="plants")
CANDIDATES = extract_mentions(DOC)


@pytest.mark.parametrize("run_pass", [
    lambda: coref.Companies(TEXT),
    lambda: coref.Organisations(TEXT),
    lambda: merging.merge(CANDIDATES, [DOC]),
], ids=["coref.Companies", "coref.Organisations", "merging.merge"])
def test_a_pass_given_a_cancelled_build_stops_before_its_end(run_pass):
    run_pass()  # outside a build: whole
    cancelled = CancelledAfter(2)  # true from the second check: the first is at the pass' start
    with cancellable(cancelled), pytest.raises(Cancelled):
        run_pass()
    assert cancelled.asked == 2  # it stopped at the check that said so, not at its end


def test_check_every_asks_every_n_items_and_nothing_outside_a_build():
    assert list(check_every(range(5), 2)) == [0, 1, 2, 3, 4]
    cancelled = CancelledAfter(3)
    seen: list[int] = []
    with cancellable(cancelled), pytest.raises(Cancelled):
        for item in check_every(range(100), 10):
            seen.append(item)
    assert seen == list(range(20))  # asked at items 0, 10 and 20: stopped at the third question
