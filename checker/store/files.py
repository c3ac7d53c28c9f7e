"""The store's writes, through `checker.fsio` (atomic), and one clear line when the disk says no.

Each write reports its file's size (the manifest records it) and calls `after_write`, the seam
through which tests kill a real add between two writes.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import StoreError
from ..fsio import atomic_file

# Called after each file an add writes, with the file's name: tests kill a real add between writes.
after_write: Callable[[str], None] | None = None

# What an OSError on a write means for the person who runs `checker add`.
_CAUSES = {
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EACCES: "not writable",
    errno.EPERM: "not writable",
    errno.EROFS: "not writable (read-only file system)",
    errno.ENOTDIR: "a file stands where a folder is needed",
    errno.EEXIST: "a file stands where a folder is needed",
}


def write_atomic(path: Path, write: Callable[[BinaryIO], object]) -> int:
    """``write`` into ``path`` atomically (complete or absent); returns the file's size."""
    with atomic_file(path) as f:
        write(f)
    if after_write:
        after_write(path.name)
    return path.stat().st_size


def write_text(path: Path, text: str) -> int:
    return write_atomic(path, lambda f: f.write(text.encode("utf-8")))


def save_npy(path: Path, array: np.ndarray) -> int:
    return write_atomic(path, lambda f: np.save(f, array, allow_pickle=False))


def save_table(path: Path, ids: np.ndarray, scores: np.ndarray) -> int:
    return write_atomic(path, lambda f: np.savez(f, ids=ids, scores=scores))


def write_parquet(path: Path, table: pa.Table) -> int:
    # Page checksums: a flipped byte is found on read instead of read as another value.
    return write_atomic(path, lambda f: pq.write_table(table, f, write_page_checksum=True))


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


@contextlib.contextmanager
def writing(root: Path) -> Iterator[None]:
    """Turn an OSError of the writes inside into one line that names the path and the cause."""
    try:
        yield
    except OSError as e:
        raise StoreError(failure(e, root)) from e


def failure(error: OSError, root: Path) -> str:
    cause = _CAUSES.get(error.errno or 0) or (error.strerror or str(error)).lower()
    where = error.filename or root
    return f"cannot write the store: {cause}: {where} (the next `checker add` removes what was left)"
