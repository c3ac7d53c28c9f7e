"""A damaged store is named as damaged (what and where), by `check` and before an add builds on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.errors import StoreError
from checker.store import add_to_store, check_store


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _flip_inside(path: Path) -> None:
    """Replace bytes in the middle by others (the size stays): only a checksum notices."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8] = b"\xff\xfe\x00\x01\xff\xfe\x00\x01"
    path.write_bytes(bytes(data))


DAMAGE = {
    "CURRENT abc": (lambda r: (r / "CURRENT").write_text("abc\n"), "CURRENT holds 'abc', not a generation"),
    "CURRENT empty": (lambda r: (r / "CURRENT").write_text(""), "CURRENT holds '', not a generation"),
    "CURRENT -1": (lambda r: (r / "CURRENT").write_text("-1\n"), "CURRENT holds '-1'"),
    "CURRENT not UTF-8": (lambda r: (r / "CURRENT").write_bytes(b"\xff\n"), "CURRENT is not UTF-8"),
    "generation missing": (lambda r: (r / "generations/000002.json").unlink(), "000002.json is missing"),
    "manifest truncated": (lambda r: _truncate(r / "generations/000002.json"), "is not valid JSON"),
    "manifest a list": (lambda r: (r / "generations/000002.json").write_text("[1, 2]"), "is not a manifest"),
    "manifest field gone": (
        lambda r: _drop_field(r / "generations/000002.json", "segments"),
        "lacks or mistypes a field",
    ),
    "segment missing": (lambda r: _remove_tree(r / "segments/000001"), "segment .*000001 is missing"),
    "claims truncated": (
        lambda r: _truncate(r / "segments/000002/claims.parquet"),
        "claims.parquet has .* bytes",
    ),
    "claims bytes changed": (lambda r: _flip_inside(r / "segments/000002/claims.parquet"), "claims.parquet"),
    "articles deleted": (
        lambda r: (r / "segments/000001/articles.parquet").unlink(),
        "articles.parquet is missing",
    ),
    "embeddings truncated": (lambda r: _truncate(r / "segments/000002/embeddings.npy"), "embeddings.npy has"),
    "hashes deleted": (lambda r: (r / "segments/000001/hashes.npy").unlink(), "hashes.npy is missing"),
    "table truncated": (lambda r: _truncate(r / "generations/000002.npz"), "000002.npz has .* bytes"),
    "findings deleted": (
        lambda r: (r / "generations/000002.findings.parquet").unlink(),
        "findings.parquet is missing",
    ),
}


def _drop_field(path: Path, name: str) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    del data[name]
    path.write_text(json.dumps(data), encoding="utf-8")


def _remove_tree(path: Path) -> None:
    for child in sorted(path.rglob("*"), reverse=True):
        child.unlink()
    path.rmdir()


@pytest.mark.parametrize("case", list(DAMAGE))
def test_check_names_the_damage(small_store, case):
    damage, message = DAMAGE[case]
    damage(small_store)
    with pytest.raises(StoreError, match=f"store is damaged: .*{message}"):
        check_store(small_store)


@pytest.mark.parametrize(
    "case", ["claims truncated", "hashes deleted", "embeddings truncated", "table truncated"]
)
def test_an_add_refuses_to_build_on_a_damaged_store(small_store, case):
    damage, message = DAMAGE[case]
    damage(small_store)
    before = _files(small_store)
    with pytest.raises(StoreError, match=f"store is damaged: .*{message}"):
        add_to_store(
            [{"id": "new", "text": "Ein neuer Artikel über 5.000 Soldaten in der Region."}], small_store
        )
    assert _files(small_store) == before


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file() and p.name != "LOCK"
    }


def test_the_cli_gives_one_error_line_and_exit_1(small_store):
    DAMAGE["claims truncated"][0](small_store)
    result = CliRunner().invoke(
        app, ["check", "--store", str(small_store), "--out", str(small_store.parent / "r")]
    )
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: store is damaged: ")
    assert result.output.strip().count("\n") == 0


@pytest.mark.parametrize("command", ["add", "check"])
def test_a_regular_file_as_store_is_a_clear_error(tmp_path, command):
    file = tmp_path / "notes.txt"
    file.write_text("not a store\n")
    args = ["add", str(tmp_path / "a.txt")] if command == "add" else ["check"]
    (tmp_path / "a.txt").write_text("Ein kurzer Artikel mit genug Wörtern für einen Satz.\n")
    result = CliRunner().invoke(
        app, [*args, "--store", str(file), "--out", str(tmp_path / "r")][: None if command == "check" else 4]
    )
    assert result.exit_code == 1
    assert result.output.lstrip() == f"Error: {file} is a file, not a store folder" + (
        "; give a folder for --store\n" if command == "add" else "\n"
    )
