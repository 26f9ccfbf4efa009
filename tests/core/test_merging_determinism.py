"""Merging's output may depend only on the articles, never on where its objects happen to lie in memory.

An object without a value hash of its own (a `_Group`, a `_Bucket`, ...) is hashed by its address: a set or
dict of such objects is iterated in an order that follows the allocator, which moves with any change to the
program (one more module-level function) or to what was allocated before. No such object may be hashed
while the timeline is built, and building the same articles after a different history of allocations must
give the same JSON. (The string-hash order is `tests/test_cli.py`'s test with two PYTHONHASHSEEDs.)
"""
from __future__ import annotations

import collections
import random
import traceback
from pathlib import Path

import pytest

from timeline_app.core import merging, news, references
from timeline_app.core.export import timeline_json_chunks
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures"
# Articles that merge across documents by names and surnames, follow-ups, and the day's news.
FOLDERS = [FIXTURES / "merges", FIXTURES / "occasions", FIXTURES / "follow_ups", FIXTURES / "news"]


def _json(folders: list[Path]) -> str:
    return "".join(timeline_json_chunks(build_timeline(folders, workers=1, cache=False)))


def _identity_hashed_classes() -> list[type]:
    """The classes of merging, news and references that hash by address (object's own `__hash__`)."""
    modules = (merging, news, references)
    found = []
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ \
                    and value.__hash__ is object.__hash__:
                found.append(value)
    return found


def test_no_object_hashed_by_its_address_is_hashed_while_building(monkeypatch: pytest.MonkeyPatch) -> None:
    classes = _identity_hashed_classes()
    assert merging._Group in classes  # the check below watches the classes it must
    hashed: collections.Counter[str] = collections.Counter()

    def watched(cls: type):
        def hash_by_address(self: object) -> int:
            caller = traceback.extract_stack(limit=2)[0]
            hashed[f"{cls.__name__} at {Path(caller.filename).name}:{caller.lineno}"] += 1
            return object.__hash__(self)
        return hash_by_address

    for cls in classes:
        monkeypatch.setattr(cls, "__hash__", watched(cls), raising=False)
    assert _json(FOLDERS)
    assert not hashed, f"hashed by address (an order that follows the allocator): {dict(hashed)}"


def test_the_same_articles_give_the_same_timeline_after_other_allocations() -> None:
    first = _json(FOLDERS)
    # Another history of allocations: many small objects, a random share of them freed, some kept alive,
    # so the merge's objects come at other addresses and in another order of addresses.
    rnd = random.Random(7)
    kept = [[rnd.random()] * rnd.randrange(4) for _ in range(50_000)]
    rnd.shuffle(kept)
    del kept[::3]
    assert _json(FOLDERS) == first
    del kept
