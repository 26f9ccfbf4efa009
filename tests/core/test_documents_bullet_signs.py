"""A list's marker: the bullet pattern and the cheap test of a line's first character before it are built from one
list of signs (`documents._BULLET_SIGNS`, `_TYPED_BULLET_SIGNS`), so a sign the pattern takes is never missed by
the test before it."""
from __future__ import annotations

import pytest

from timeline_app.core import documents


@pytest.mark.parametrize("sign", list(documents._BULLET_SIGNS + documents._TYPED_BULLET_SIGNS))
def test_every_bullet_sign_opens_a_marker_the_first_character_test_lets_through(sign: str) -> None:
    line = f"{sign} Mar 4 Council statement"
    marker = documents._BULLET.match(line)
    assert marker is not None and line[marker.end():] == "Mar 4 Council statement"
    assert line[:1] in documents._BULLET_STARTS


@pytest.mark.parametrize("line, item", [
    ("• Mar 4 Council statement", "Mar 4 Council statement"),
    ("- Mar 4 Council statement", "Mar 4 Council statement"),
    ("12. Mar 4 Council statement", "Mar 4 Council statement"),
    ("(3) Mar 4 Council statement", "Mar 4 Council statement"),
    ("## Mar 4 Council statement", "Mar 4 Council statement"),
    ("-Mar 4 Council statement", None),  # (a keyboard's sign needs its space: a hyphenated word is no item)
])
def test_a_list_marker_before_its_item(line: str, item: str | None) -> None:
    marker = documents._BULLET.match(line)
    assert (line[marker.end():] if marker else None) == item
