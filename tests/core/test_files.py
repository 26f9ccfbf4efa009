"""core/files.py: a file written whole or not at all, with the permissions of any new file."""
from __future__ import annotations

import os
import stat

import pytest

from timeline_app.core.files import replacing
from timeline_app.core.progress import Cancelled


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_the_new_content_takes_the_targets_place(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    with replacing(target) as temporary:
        assert temporary.parent == tmp_path and temporary != target and temporary.exists()
        temporary.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # not before the block has ended
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_new_target_is_made(tmp_path):
    with replacing(str(tmp_path / "new.ics")) as temporary:
        temporary.write_bytes(b"x")
    assert (tmp_path / "new.ics").read_bytes() == b"x"
    assert [p.name for p in tmp_path.iterdir()] == ["new.ics"]


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), Cancelled(), KeyboardInterrupt()])
def test_a_failed_write_leaves_the_target_unchanged_and_no_temporary_file(tmp_path, failure):
    target = tmp_path / "report.md"
    target.write_bytes(b"the old report")
    with pytest.raises(type(failure)):
        with replacing(target) as temporary:
            temporary.write_bytes(b"half a rep")
            raise failure
    assert target.read_bytes() == b"the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_the_file_gets_a_new_files_permissions_not_a_private_temporary_files(tmp_path, umask_022):
    target = tmp_path / "shared.html"
    with replacing(target) as temporary:
        temporary.write_bytes(b"<p>")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # 0666 less the umask, as open() would make it
    os.umask(0o002)  # a group-shared folder's umask is kept too
    with replacing(target) as temporary:
        temporary.write_bytes(b"<p>")
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


def test_a_missing_folder_raises_before_anything_is_written(tmp_path):
    target = tmp_path / "no" / "such" / "out.csv"
    with pytest.raises(FileNotFoundError) as raised:
        with replacing(target):
            pytest.fail("the block must not run")
    assert raised.value.filename == str(target)  # the file the user named, not the temporary one


def test_a_temporary_file_that_cannot_replace_the_target_is_removed(tmp_path):
    (tmp_path / "a-folder").mkdir()
    with pytest.raises(OSError):
        with replacing(tmp_path / "a-folder") as temporary:
            temporary.write_bytes(b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder"]


@pytest.mark.parametrize("durable", [False, True])
def test_a_durable_write_flushes_the_content_before_the_rename_and_the_folder_after(tmp_path, monkeypatch, durable):
    steps: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        steps.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    def replace(src, dst) -> None:
        steps.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    target = tmp_path / "story.timeline.sqlite"
    with replacing(target, durable=durable) as temporary:
        temporary.write_text("new")
    assert target.read_text() == "new"
    expected = ["file", "rename", "folder"] if durable and hasattr(os, "O_DIRECTORY") else ["rename"]
    assert steps == expected


def test_a_folder_that_cannot_be_synced_does_not_fail_a_write_that_took_place(tmp_path, monkeypatch):
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(22, "Invalid argument")  # as some network and FUSE file systems answer
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    target = tmp_path / "p.timeline.sqlite"
    with replacing(target, durable=True) as temporary:
        temporary.write_text("new")
    assert target.read_text() == "new"


def test_a_private_file_is_readable_by_its_owner_only(tmp_path, umask_022):
    target = tmp_path / "entry.sqlite"
    with replacing(target, mode=0o600) as temporary:
        temporary.write_bytes(b"article text")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
