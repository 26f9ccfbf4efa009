"""A module imported on first use, so that what an empty window does never pays for it (issue 10, item 5:
numpy costs ~0.1 s of a first paint that shows no events)."""
from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule(ModuleType):
    """Stands for module `name` until an attribute is first read, then imports it and copies its namespace
    into itself, so later reads are ordinary attribute look-ups (no call per `np.zeros` in a hot loop)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)

    def __getattr__(self, attribute: str) -> Any:  # only for names not (yet) copied in
        module = importlib.import_module(self.__name__)
        self.__dict__.update(vars(module))
        return getattr(module, attribute)  # a submodule the module itself loads lazily (numpy.linalg...)
