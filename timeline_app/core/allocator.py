"""glibc's allocator options, set once for the whole process where the C library is glibc (Linux).

glibc serves a block of at least its mmap threshold (128 KB at first) with its own mapping, given back to the system
when it is freed; smaller blocks come from the heap, which gives memory back only from its top. The threshold is
dynamic: each mapped block freed raises it to that block's size (up to 32 MB), so after the run has freed one large
buffer (the text read, a list of a document's sentences, a piece's result) every large block after it is carved from
the heap, and freed out of order among small ones it stays resident. A fixed threshold (`mallopt`, which also stops
the dynamic rise) keeps large blocks mapped and given back as they are freed. CPython's own objects (512 bytes and
less) live in its arenas, which it maps itself: only larger blocks (long lists, dicts, strings, arrays, pickles)
change where they live. (Measured in README's "Measured" row for issue 7.)

Set by the pipeline's entry (`pipeline.build_timeline`) and by the pool's fork server before it forks any worker
(`worker_preload`), once per process; a no-op where the C library is not glibc, and when the environment sets glibc's
malloc options itself (MALLOC_* or GLIBC_TUNABLES' glibc.malloc.*): those are the user's choice.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

# mallopt's parameters (glibc's malloc.h).
M_TRIM_THRESHOLD = -1
M_TOP_PAD = -2
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8

# (parameter, value) set once: blocks of 64 KB and more mapped, each given back when freed.
OPTIONS: tuple[tuple[int, int], ...] = ((M_MMAP_THRESHOLD, 64 * 1024),)

# Whether `set_allocator_options` has run in this process: [] until then. (A fork inherits the options and this.)
_set: list[bool] = []


def set_allocator_options() -> None:
    """Set `OPTIONS` through glibc's `mallopt`, the first time only (later calls do nothing)."""
    if _set:
        return
    _set.append(True)
    if _environment_sets_malloc(os.environ):
        return
    mallopt = _glibc_mallopt()
    if mallopt is None:
        return
    for parameter, value in OPTIONS:
        mallopt(parameter, value)


def _environment_sets_malloc(environment: Mapping[str, str]) -> bool:
    return any(name.startswith("MALLOC_") for name in environment) \
        or "glibc.malloc." in environment.get("GLIBC_TUNABLES", "")


def _glibc_mallopt() -> Callable[[int, int], int] | None:
    """glibc's `mallopt`, or None where the C library the interpreter runs with is not glibc (musl has a `mallopt`
    that ignores its options: glibc is told by `gnu_get_libc_version`, which only glibc has)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL(None)  # (the C library the interpreter runs with)
    except (ImportError, OSError):
        return None
    mallopt = getattr(libc, "mallopt", None)
    if mallopt is None or getattr(libc, "gnu_get_libc_version", None) is None:
        return None
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return mallopt
