"""Writing a file whole: the new content goes to a temporary file beside the target, which then takes the
target's place in one step (`os.replace`), so a failed or cancelled write (a full disk, a Cancel click, an
exception half way) leaves whatever was at the target as it was, and no temporary file behind.

Used by every export: the pictures (ui/render.py), the data formats from the window (ui/export_dialog.py)
and the command line (cli.py); by the project file (core/project.py, `durable`) and the timeline cache
(core/timeline_cache.py). No Qt.
"""
from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

# Permissions asked for a new file; the process's umask takes away what the user does not give (0644
# under the usual 022), as for any file a program creates. Not mkstemp's 0600: an export is shared.
NEW_FILE_MODE = 0o666


@contextlib.contextmanager
def replacing(target: str | os.PathLike[str], *, durable: bool = False, mode: int = NEW_FILE_MODE) -> Iterator[Path]:
    """Yield a new, empty file's path beside `target` to write the content to; when the block ends without
    an exception, that file replaces `target`. When it raises (any exception, `Cancelled` included), the
    temporary file is removed and `target` is left untouched. Raises OSError (FileNotFoundError for a
    missing folder, PermissionError...) when the temporary file cannot be made or cannot replace `target`.

    `durable`: the content is flushed to the disk before the rename and the rename after it (fsync of the
    file, then of its folder), so a power cut leaves the old file or the new one whole: for what the user
    made (a project), not for what can be made again. `mode`: the new file's permissions before the umask
    (0o600 for a private cache of article text).

    The temporary file is created here, exclusively (O_EXCL: never another writer's), with `mode`'s permissions
    (by default those any new file gets); a writer that opens the path again (Qt's image and PDF writers do)
    keeps them."""
    path = Path(target)
    while True:
        # A hidden name no other write uses at the same time (two exports to one folder, say).
        temporary = path.parent / f".{path.name}.{uuid.uuid4().hex[:12]}.part"
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
        except OSError as exc:  # named after the target: the user never asked for the temporary file
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        os.close(fd)
        break
    try:
        yield temporary
        if durable:
            with open(temporary, "rb+") as f:
                os.fsync(f.fileno())
        os.replace(temporary, path)
        if durable:
            _sync_folder(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise


def _sync_folder(folder: Path) -> None:
    """The folder's entry for a renamed file flushed to the disk (POSIX; Windows has no folder handles).
    The rename has happened: a file system that cannot sync a folder (EINVAL on some network and FUSE
    mounts) must not turn a write that took place into a reported failure, so errors are ignored here."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
