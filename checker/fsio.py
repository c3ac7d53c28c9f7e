"""Atomic writes: a file or a folder is complete or absent, never half written.

Everything the checker writes (reports, saved checks, the store's files, model caches) goes
through here: the content is written under a temporary name beside its target, flushed to disk,
then renamed over the target (a rename within one folder is atomic), so a reader, or a run killed
half way, never sees a partial file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

# A file or folder written here is meant to be read by others (a report, a store), like one
# written with the usual umask; mkstemp/mkdtemp would leave it private.
FILE_MODE = 0o644
FOLDER_MODE = 0o755


def write_atomic(path: str | Path, content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8) to ``path`` atomically; returns the path.

    Example:
        >>> write_atomic(Path("report/report.md"), "# Findings\\n")
        PosixPath('report/report.md')
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    with atomic_file(path) as f:
        f.write(data)
    return Path(path)


@contextlib.contextmanager
def atomic_file(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through: renamed into place when the block ends without error.

    For writers that want a file object (``np.save(f, array)``); on an error the temporary file
    is removed and ``path`` is left as it was. The parent folder is created if needed. A symbolic
    link is followed (the file it names is replaced); a device or a pipe (``/dev/stdout``) is
    written directly, as nothing can be renamed over it.

    Example:
        >>> with atomic_file("store/embeddings.npy") as f:
        ...     np.save(f, emb)
    """
    target = Path(path)
    if _is_special(target):
        # a terminal, a pipe or a device (--out /dev/stdout): written as it is, no rename can replace it
        with open(target, "wb") as f:
            yield f
        return
    if target.is_symlink():
        target = target.resolve()  # replace the file the link points to; the link stays
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def _is_special(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


@contextlib.contextmanager
def atomic_dir(path: str | Path, *, keep_existing: bool = False) -> Iterator[Path]:
    """A temporary folder to fill, renamed to ``path`` when the block ends without error.

    Args:
        path: the folder to create; it must not exist yet (`FileExistsError` otherwise), unless
            ``keep_existing``: then a folder that another process completed first is kept and
            the new one is dropped (for caches that any process may build).

    Example:
        >>> with atomic_dir("store/segments/000002") as tmp:
        ...     write_atomic(tmp / "claims.jsonl", text)
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        yield tmp
        os.chmod(tmp, FOLDER_MODE)
        _rename_dir(tmp, target, keep_existing=keep_existing)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # gone after a rename; the dropped build otherwise
    fsync_dir(target.parent)


def _rename_dir(tmp: Path, target: Path, *, keep_existing: bool) -> None:
    # os.replace would silently replace an empty folder and fail on a full one: decide explicitly.
    if target.exists():
        if keep_existing:
            return
        raise FileExistsError(f"{target} exists already")
    try:
        os.replace(tmp, target)
    except OSError:
        if not (keep_existing and target.exists()):  # another process won the race: keep theirs
            raise


def fsync_dir(folder: str | Path) -> None:
    """Flush a folder's entries to disk, so a rename inside it survives a crash."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# A set being written (incomplete: discarded by the next write) and a set complete on disk whose
# renames into place may have been cut short by a killed process (finished by the next write).
_SET_WRITING = ".new-files."
_SET_READY = ".ready-files."


def write_set(folder: str | Path, files: Mapping[str, str | bytes]) -> list[Path]:
    """Write several files into ``folder`` as one set: every new file, or none of them.

    Each file is first written whole into a temporary folder inside ``folder`` (created if
    needed), so a full disk or any other error leaves the old files untouched, with no
    temporary folder left. The complete set is then marked ready (one rename of its folder) and
    its files renamed over the old ones. A process killed during those renames leaves a ready
    set behind: the next `write_set` (or `finish_set`) on the folder completes its renames first,
    so a set is never left mixed for longer than until the next write; a set killed while being
    written is discarded. Files of ``folder`` not named in ``files`` stay as they are.

    Example:
        >>> write_set("report", {"report.md": "# Findings\\n", "report.json": "{}\\n"})
        [PosixPath('report/report.md'), PosixPath('report/report.json')]
    """
    target = Path(folder)
    created = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    finish_set(target)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=_SET_WRITING, suffix=".tmp", dir=target))
        try:
            for name, content in files.items():
                write_atomic(tmp / name, content)
            ready = tmp.with_name(_SET_READY + tmp.name[len(_SET_WRITING) :])
            os.rename(tmp, ready)
            fsync_dir(target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        if created:
            shutil.rmtree(target, ignore_errors=True)
        raise
    _switch(ready, target)
    return [target / name for name in files]


def finish_set(folder: str | Path) -> None:
    """Complete the switch of a set a killed `write_set` left ready in ``folder``; drop unfinished ones."""
    target = Path(folder)
    if not target.is_dir():
        return
    for leftover in sorted(target.glob(_SET_WRITING + "*.tmp")):
        shutil.rmtree(leftover, ignore_errors=True)
    for ready in sorted(target.glob(_SET_READY + "*.tmp")):
        _switch(ready, target)


def _switch(ready: Path, target: Path) -> None:
    for path in sorted(ready.iterdir()):
        os.replace(path, target / path.name)
    fsync_dir(target)
    shutil.rmtree(ready, ignore_errors=True)


def unwritable_reason(path: str | Path, *, folder: bool) -> str | None:
    """Why ``path`` cannot be written as a file (or, with ``folder``, as a folder), or None.

    For a check before a long run: it reads the file system and writes nothing.
    """
    target = Path(path)
    if target.exists():
        if folder and not target.is_dir():
            return f"{target} is a file, not a folder"
        if not folder and target.is_dir():
            return f"{target} is a folder; expected a file name"
    parent = target if folder and target.exists() else target.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return f"cannot write {target}: {parent} is a file, not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"not writable: {parent} (permission denied)"
    return None


# errno -> how to say it, with the path the user named (not a temporary name beside it).
_CAUSES = {
    errno.ENOSPC: "no space left on the device for {path}",
    errno.EDQUOT: "disk quota exceeded for {path}",
    errno.EACCES: "not writable: {path} (permission denied)",
    errno.EPERM: "not writable: {path} (operation not permitted)",
    errno.EROFS: "not writable: {path} (read-only file system)",
    errno.EISDIR: "{path} is a folder; expected a file name",
    errno.ENOTDIR: "cannot write {path}: a folder on its way is a file",
    errno.EEXIST: "cannot write {path}: it, or a folder on its way, is a file",
    errno.ENAMETOOLONG: "cannot write {path}: the name is too long",
}


def os_error_message(error: OSError, path: str | Path) -> str:
    """One line for an OSError met while writing ``path``: the path and the cause.

    Example:
        >>> os_error_message(OSError(errno.ENOSPC, "No space left on device"), "report/")
        'no space left on the device for report/'
    """
    cause = _CAUSES.get(error.errno or 0)
    if cause is not None:
        return cause.format(path=path)
    return f"cannot write {path}: {error.strerror or error}"
