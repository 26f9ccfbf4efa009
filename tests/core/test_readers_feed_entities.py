"""A feed that declares entities of its own (an internal DTD: the "billion laughs") is not read, and the
Problem says why instead of "no <rss> root"."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.documents import load_paths

_LAUGHS = ("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"" + "&lol;" * 10 + "\"><!ENTITY lol3 \""
           + "&lol2;" * 10 + "\">]>")
_FEED = "<rss version='2.0'><channel><title>&lol3;</title><item><title>&lol3;</title>" \
        "<description>On May 4, 2020 the mayor resigned.</description></item></channel></rss>"


@pytest.mark.parametrize("prologue", [
    "<?xml version='1.0'?>" + _LAUGHS,
    "\ufeff<?xml version='1.0'?>\n<!-- a comment -->\n" + _LAUGHS,
    "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",  # an external entity
])
def test_a_feed_with_its_own_entities_is_a_named_problem(tmp_path: Path, prologue: str) -> None:
    p = tmp_path / "feed.rss"
    p.write_text(prologue + _FEED, encoding="utf-8")
    docs, problems = load_paths([p])
    assert docs == []
    assert [(pr.message, pr.level) for pr in problems] == [
        ("not read: the feed declares entities of its own (a DOCTYPE with an internal subset), which can expand "
         "without bound", "error")]
