"""One writer at a time: two `checker add` on one store, as real processes, both keep their articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from checker.store import check_store
from checker.store.lock import store_lock

TRY_LOCK = textwrap.dedent(
    """
    import fcntl, os, sys
    fd = os.open(sys.argv[1], os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        print("free")
    except BlockingIOError:
        print("held")
    """
)


def _lock_state(root: Path) -> str:
    return subprocess.run(
        [sys.executable, "-c", TRY_LOCK, str(root / "LOCK")], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_lock_is_held_inside_the_block_and_free_after(tmp_path):
    root = tmp_path / "store"
    waited = []
    with store_lock(root, on_wait=lambda: waited.append(True)):
        assert _lock_state(root) == "held"
    assert _lock_state(root) == "free"
    assert waited == []


# The first add pauses after writing its segment (lock held) until the test lets it go on.
ADD_AND_HOLD = textwrap.dedent(
    """
    import pathlib, sys, time
    from checker import store
    from checker.store import files

    def hold(name):
        if name == "hashes.npy":
            print("holding", flush=True)
            while not pathlib.Path(sys.argv[3]).exists():
                time.sleep(0.05)

    files.after_write = hold
    store.add_to_store(sys.argv[1], sys.argv[2])
    print("done", flush=True)
    """
)

ONE = {"one-de": "Rund 8.000 nordkoreanische Soldaten sind nach US-Angaben in der Region Kursk eingetroffen."}
TWO = {"two-en": "About 10,000 North Korean troops are in Russia, the Pentagon said on Monday evening."}


def _articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir()
    path = folder / "articles.jsonl"
    path.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in articles.items()), encoding="utf-8"
    )
    return path


@pytest.mark.slow
def test_two_concurrent_adds_both_keep_their_articles(tmp_path, model):
    root, go_on = tmp_path / "store", tmp_path / "go-on"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    first = subprocess.Popen(
        [sys.executable, "-c", ADD_AND_HOLD, str(_articles(tmp_path / "a", ONE)), str(root), str(go_on)],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert first.stdout is not None
    assert first.stdout.readline().strip() == "holding"
    checker = Path(sys.executable).with_name("checker")
    second = subprocess.Popen(
        [str(checker), "add", str(_articles(tmp_path / "b", TWO)), "--store", str(root), "-q"],
        stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert second.stderr is not None
    deadline = time.monotonic() + 120
    line = second.stderr.readline()  # the second add says it waits (after loading, before reading CURRENT)
    assert "waiting for another `checker add`" in line, line
    assert second.poll() is None and time.monotonic() < deadline
    go_on.touch()
    assert first.wait(timeout=300) == 0
    assert second.wait(timeout=300) == 0
    first.stdout.close()
    second.stderr.close()
    assert {a.id for a in check_store(root).run.articles} == {"one-de", "two-en"}
