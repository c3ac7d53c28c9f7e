"""Atomic writes: a file or a folder is complete or absent, never half written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker import fsio
from checker.fsio import atomic_dir, atomic_file, write_atomic


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_text_and_bytes_are_written_whole(tmp_path: Path) -> None:
    assert write_atomic(tmp_path / "a" / "report.md", "Größe: 3.000\r\n") == tmp_path / "a" / "report.md"
    assert (
        tmp_path / "a" / "report.md"
    ).read_bytes() == "Größe: 3.000\r\n".encode()  # no newline translation
    write_atomic(tmp_path / "a" / "report.md", b"\x00\x01")
    assert (tmp_path / "a" / "report.md").read_bytes() == b"\x00\x01"
    assert _names(tmp_path / "a") == ["report.md"]
    assert (tmp_path / "a" / "report.md").stat().st_mode & 0o777 == 0o644


def test_a_failed_write_leaves_the_old_file_and_no_leftover(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    write_atomic(path, "old\n")
    with pytest.raises(RuntimeError), atomic_file(path) as f:
        f.write(b"half")
        raise RuntimeError("killed")
    assert path.read_text() == "old\n" and _names(tmp_path) == ["report.json"]


def test_a_folder_appears_whole_when_its_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "segments" / "000001"
    with atomic_dir(target) as tmp:
        write_atomic(tmp / "claims.jsonl", "{}\n")
        assert not target.exists()
    assert _names(target) == ["claims.jsonl"] and _names(target.parent) == ["000001"]
    assert os.stat(target).st_mode & 0o777 == 0o755


def test_a_failed_folder_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), atomic_dir(tmp_path / "model") as tmp:
        (tmp / "half.bin").write_bytes(b"x")
        raise RuntimeError("killed")
    assert _names(tmp_path) == []


def test_an_existing_folder_is_an_error_or_kept(tmp_path: Path) -> None:
    target = tmp_path / "model"
    target.mkdir()
    (target / "theirs").write_text("built first")
    with pytest.raises(FileExistsError), atomic_dir(target) as tmp:
        (tmp / "ours").write_text("built second")
    with atomic_dir(target, keep_existing=True) as tmp:
        (tmp / "ours").write_text("built second")
    assert _names(target) == ["theirs"] and _names(tmp_path) == ["model"]


def test_a_symlink_stays_a_link_to_the_new_file(tmp_path: Path) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "claims.jsonl"
    link.symlink_to(real)
    write_atomic(link, "new\n")
    assert link.is_symlink() and real.read_text() == "new\n"


def test_a_pipe_is_written_directly(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_atomic(pipe, "through\n")
        assert os.read(reader, 100) == b"through\n"
    finally:
        os.close(reader)
    assert _names(tmp_path) == ["pipe"]  # still the pipe, no temporary file beside it


_KILLED_SWITCH = """
import os, sys
from checker import fsio
real = os.replace
calls = []
def replace(src, dst):
    if os.path.dirname(str(dst)) == sys.argv[1]:  # a rename into place, not inside the new set
        calls.append(dst)
    if len(calls) == 2:
        os._exit(9)  # killed between the renames of the set
    real(src, dst)
fsio.os.replace = replace
fsio.write_set(sys.argv[1], {"a.md": "new a", "b.json": "new b", "c.csv": "new c"})
"""


def test_a_set_whose_switch_was_killed_is_finished_by_the_next_write(tmp_path: Path) -> None:
    fsio.write_set(tmp_path, {"a.md": "old a", "b.json": "old b", "c.csv": "old c"})
    proc = subprocess.run([sys.executable, "-c", _KILLED_SWITCH, str(tmp_path)], check=False)
    assert proc.returncode == 9
    contents = {p.name: p.read_text() for p in tmp_path.iterdir() if p.is_file()}
    assert contents == {"a.md": "new a", "b.json": "old b", "c.csv": "old c"}  # mixed, for now
    fsio.finish_set(tmp_path)
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {
        "a.md": "new a",
        "b.json": "new b",
        "c.csv": "new c",
    }


def test_a_set_killed_while_being_written_is_dropped(tmp_path: Path) -> None:
    fsio.write_set(tmp_path, {"a.md": "old a"})
    unfinished = tmp_path / ".new-files.x1.tmp"
    unfinished.mkdir()
    (unfinished / "a.md").write_text("half")
    fsio.write_set(tmp_path, {"a.md": "newer a"})
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]
    assert (tmp_path / "a.md").read_text() == "newer a"
