"""Killing the app at any moment loses no committed edit and leaves a file that opens (issue 9, item 3).

A child process adds, undoes and redoes edits in a loop, printing each after its transaction commits, and is
SIGKILLed at a random moment, many times over on the same file. Each time the file must pass SQLite's
integrity check, open as a project, and hold exactly what the child reported (give or take the one operation
that was in flight).
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.core.model import Timeline
from timeline_app.core.project import Project

ROOT = Path(__file__).resolve().parents[2]

# -S: no site packages to import, so each child starts in a few milliseconds (the core needs none).
CHILD = """
import random, sys
sys.path.insert(0, sys.argv[3])
from timeline_app.core.edits import Edit
from timeline_app.core.project import Project

project = Project.open(sys.argv[1])
rng = random.Random(int(sys.argv[2]))
done = []
while True:
    if done and rng.random() < 0.25:
        edit = done.pop()
        print("undo", edit.id, flush=True)
        project.remove_edit(edit.id)
        print("undone", edit.id, flush=True)
        if rng.random() < 0.5:
            print("redoing", edit.id, flush=True)
            project.restore_edit(edit)
            print("redo", edit.id, flush=True)
            done.append(edit)
        continue
    # Notes of up to 12 KB: a transaction spans many pages, so a kill can land in the middle of one.
    edit = project.add_edit(Edit("note", (("0" * 64, len(done), len(done) + 1),),
                                 {"note": "x" * rng.randint(0, 12000)}))
    print("add", edit.id, flush=True)
    done.append(edit)
"""

KILLS = 25


def _stored_ids(path: Path) -> set[int]:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {row[0] for row in connection.execute("SELECT id FROM edits")}
    finally:
        connection.close()


def _follow(line: str, present: set[int], uncertain: set[int]) -> None:
    """Track what the child said: "add N" / "redo N" after a commit, "undo N" before removing, "undone N"
    after, "redoing N" before restoring."""
    word, number = line.split()
    edit_id = int(number)
    if word in ("add", "redo"):
        present.add(edit_id)
        uncertain.discard(edit_id)
    elif word == "undone":
        present.discard(edit_id)
        uncertain.discard(edit_id)
    else:
        uncertain.add(edit_id)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writers_lose_no_committed_edit(tmp_path: Path):
    path = tmp_path / "killed.timeline.sqlite"
    Project.create(path, Timeline(), []).close()
    rng = random.Random(9)
    present: set[int] = set()
    reports = 0
    for round_ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-S", "-c", CHILD, str(path), str(round_), str(ROOT)],
                                 stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        uncertain: set[int] = set()  # announced but not confirmed: the kill may have come before or after
        for _ in range(rng.randint(1, 30)):
            line = child.stdout.readline()
            if not line:
                break
            _follow(line, present, uncertain)
            reports += 1
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()  # what it managed to say before dying counts too
        child.wait()
        assert child.returncode == -signal.SIGKILL, rest
        # Only whole lines: the kill can cut the last one mid-write ("add" without its number). A cut
        # report is like no report: the edit it announced counts as committed-but-unreported below.
        for line in rest.splitlines(keepends=True):
            if line.endswith("\n"):
                _follow(line, present, uncertain)
        stored = _stored_ids(path)
        newest = max(present | uncertain, default=0)
        in_flight = {i for i in stored if i > newest}  # an add committed but not yet reported
        assert len(in_flight) <= 1
        assert stored - uncertain - in_flight == present - uncertain, f"round {round_}"
        with Project.open(path) as project:  # it opens, and the edits load
            assert {e.id for e in project.edits()} == stored
        present = stored  # the next child carries on from what is really there
    assert reports > KILLS  # the children really wrote
