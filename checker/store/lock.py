"""One writer at a time: an add holds the store's LOCK file from reading CURRENT to switching it.

Without it two adds that start from the same generation both write a new one, and whichever
switches CURRENT last drops the other's articles. With it the second add waits for the first,
then reads the generation the first one made and adds its own articles on top: both are kept.
The lock is the kernel's (`flock`): it is released when its process ends, even by `kill -9`, so
a killed add never leaves a store locked. Readers (`check --store`) need no lock: a generation
is never changed once CURRENT names it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import StoreError
from .layout import LOCK

# Called when the lock is held by another add, before waiting for it (the CLI says so).
Waiting = Callable[[], None]


@contextlib.contextmanager
def store_lock(root: Path, *, on_wait: Waiting | None = None) -> Iterator[None]:
    """Hold the store's lock inside the block, waiting for another add to finish first."""
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root} is a file, not a store folder")
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd = os.open(root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise StoreError(f"cannot open the store's lock {root / LOCK}: {e.strerror or e}") from e
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
