"""A write the disk refuses becomes one line naming the path and the cause; the next add cleans up."""

from __future__ import annotations

import errno
import json

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.errors import StoreError
from checker.store import add_to_store, check_store, files

ARTICLES = [
    {
        "id": "x-de",
        "text": "Nach Angaben aus Kiew sind etwa 3.000 Soldaten in der Region Kursk eingetroffen.",
    },
    {"id": "y-en", "text": "About 3,000 soldiers have arrived in the Kursk region, officials in Kyiv said."},
]


def _no_space_after(name: str):
    def hook(written: str) -> None:
        if written == name:
            raise OSError(errno.ENOSPC, "No space left on device", f"/store/{written}")

    return hook


@pytest.mark.slow
def test_a_full_disk_is_one_line_and_the_next_add_removes_the_leftovers(tmp_path, model, monkeypatch):
    root = tmp_path / "store"
    monkeypatch.setattr(files, "after_write", _no_space_after("embeddings.npy"))
    with pytest.raises(
        StoreError, match=r"cannot write the store: no space left on the device: /store/embeddings.npy"
    ):
        add_to_store(ARTICLES, root)
    assert not (root / "CURRENT").exists()
    monkeypatch.setattr(files, "after_write", None)
    assert add_to_store(ARTICLES, root).added == ("x-de", "y-en")
    assert sorted(p.name for p in (root / "segments").iterdir()) == ["000001"]
    assert {a.id for a in check_store(root).run.articles} == {"x-de", "y-en"}


@pytest.mark.slow
def test_a_file_where_the_store_needs_a_folder_is_named(tmp_path, model):
    root = tmp_path / "store"
    root.mkdir()
    (root / "segments").write_text("in the way\n")
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    result = CliRunner().invoke(app, ["add", str(articles), "--store", str(root), "-q"])
    assert result.exit_code == 1
    message = result.output.strip()
    assert message.startswith("Error: cannot write the store: a file stands where a folder is needed: ")
    assert str(root / "segments") in message and message.count("\n") == 0
