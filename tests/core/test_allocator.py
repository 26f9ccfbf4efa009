"""glibc's allocator options, set once per process by the pipeline's entry and the pool's fork server (issue 7)."""
from __future__ import annotations

import os
import platform as platforms
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.core import allocator, pipeline

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = Path(__file__).parent / "fixtures" / "articles"
GLIBC = sys.platform.startswith("linux") and platforms.libc_ver()[0] == "glibc"


@pytest.fixture
def mallopt_calls(monkeypatch) -> list[tuple[int, int]]:
    """A process where the options are not set yet, whose `mallopt` records its calls (none made for real)."""
    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(allocator, "_set", [])
    monkeypatch.setattr(allocator, "_glibc_mallopt", lambda: lambda parameter, value: calls.append((parameter, value)))
    for name in [name for name in os.environ if name.startswith("MALLOC_")] + ["GLIBC_TUNABLES"]:
        monkeypatch.delenv(name, raising=False)
    return calls


def test_the_options_are_set_once_per_process(mallopt_calls) -> None:
    allocator.set_allocator_options()
    allocator.set_allocator_options()
    assert mallopt_calls == list(allocator.OPTIONS)
    assert (allocator.M_MMAP_THRESHOLD, 64 * 1024) in mallopt_calls


@pytest.mark.parametrize("name, value", [
    ("MALLOC_MMAP_THRESHOLD_", "131072"),
    ("MALLOC_ARENA_MAX", "2"),
    ("GLIBC_TUNABLES", "glibc.malloc.mmap_threshold=65536"),
])
def test_the_environments_malloc_options_are_left_to_glibc(monkeypatch, mallopt_calls, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    allocator.set_allocator_options()
    assert mallopt_calls == []


def test_other_tunables_do_not_stop_the_options(monkeypatch, mallopt_calls) -> None:
    monkeypatch.setenv("GLIBC_TUNABLES", "glibc.rtld.optional_static_tls=512")
    allocator.set_allocator_options()
    assert mallopt_calls == list(allocator.OPTIONS)


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_mallopt_is_glibcs_only(monkeypatch, platform: str) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert (allocator._glibc_mallopt() is not None) == (platform == "linux" and GLIBC)


def test_the_pipelines_entry_sets_the_options(monkeypatch) -> None:
    entered: list[bool] = []
    monkeypatch.setattr(pipeline, "set_allocator_options", lambda: entered.append(True))
    timeline = pipeline.build_timeline([ARTICLES], workers=1, cache=False)
    assert entered == [True] and timeline.events


def _run(code: str, **environment: str) -> subprocess.CompletedProcess:
    # (A process of its own: the options, once set, stay for the process's life.)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                          timeout=300, env={"PYTHONPATH": str(ROOT), "TIMELINE_APP_CACHE": "0", "PATH": "/usr/bin:/bin",
                                            **environment})


@pytest.mark.skipif(not GLIBC, reason="glibc's allocator only")
def test_glibc_takes_every_option() -> None:
    taken = _run("from timeline_app.core import allocator\n"
                 "mallopt = allocator._glibc_mallopt()\n"
                 "print([mallopt(p, v) for p, v in allocator.OPTIONS])").stdout
    assert taken.strip() == str([1] * len(allocator.OPTIONS))


def test_the_fork_servers_workers_inherit_the_options() -> None:
    # The fork server imports this module before it forks any worker.
    out = _run("from timeline_app.core import allocator, worker_preload\nprint(allocator._set)").stdout
    assert out.strip() == "[True]"


def test_the_timeline_is_the_same_with_glibcs_own_options() -> None:
    # MALLOC_PERTURB_=0 is glibc's default (no perturbing): glibc's options left as they are.
    code = ("import sys\nfrom timeline_app.core.export import timeline_json_chunks\n"
            "from timeline_app.core.pipeline import build_timeline, seeds_dir\n"
            f"timeline = build_timeline([seeds_dir(), {str(ARTICLES)!r}], workers=1, cache=False)\n"
            "sys.stdout.write(''.join(timeline_json_chunks(timeline)))\n"
            "print('\\n', len(timeline.events))")
    set_here, left = _run(code).stdout, _run(code, MALLOC_PERTURB_="0").stdout
    assert set_here == left and int(set_here.split()[-1]) > 10
