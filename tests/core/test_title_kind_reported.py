"""A title of a reporting frame names the saying; the happening is what was said: its kind is the content's when
the content names one (not an occasion, most often one still ahead), else the saying's. Title → kind."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_kind


@pytest.mark.parametrize("title, kind", [
    # must change
    ("The regional governor says at least 11 people were killed", "death"),
    ("The ministry said two bridges collapsed", "disaster"),
    ("The company says its sales rose", "economy"),
    # guards
    ("Apple says", "announcement"),
    ("The company says it will hire 200 workers", "announcement"),  # no kind in what was said
    ("Gremitskikh says Sytenko is also expected to visit Baghdad", "announcement"),  # an occasion ahead
    ("Police say eleven people died", "death"),  # ("say" names no kind: as before)
])
def test_a_reported_title_has_the_kind_of_what_was_said(title: str, kind: str) -> None:
    assert title_kind(title) == kind
