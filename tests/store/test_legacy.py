"""Stores of format 1 (JSONL, written before Parquet): read as they are, converted by the next add."""

from __future__ import annotations

import json

import pytest

from checker.errors import StoreError
from checker.store import add_to_store, check_store, migrate_store, store_format

ADDS = [["a-de", "b-en"], ["c-de", "d-en"]]


def test_a_format_1_store_is_read_as_it_is(tmp_path, build, caplog):
    old, new = tmp_path / "old", tmp_path / "new"
    build.format_1(old, ADDS)
    for ids in ADDS:
        build.add(new, ids)
    read = check_store(old, min_score=0.3).run
    assert read.claims == check_store(new, min_score=0.3).run.claims
    assert read.articles == check_store(new).run.articles
    assert read.pairs  # the bag-of-words vectors pair some claims at 0.3
    assert "format 1 (JSONL" in caplog.text and "the next `checker add` converts it" in caplog.text


def test_converting_keeps_every_record_pair_and_the_latest_add(tmp_path, build):
    root = tmp_path / "store"
    build.format_1(root, ADDS)
    before = {m: check_store(root, min_score=0.3, new_only=m).run for m in (False, True)}
    since = check_store(root, since="2024-11").run
    assert migrate_store(root) is True
    assert store_format(root) == 2
    assert not list(root.glob("segments/*/*.jsonl"))
    assert {m: check_store(root, min_score=0.3, new_only=m).run for m in (False, True)} == before
    assert check_store(root, since="2024-11").run == since
    assert {a.id for a in before[True].articles} >= {"c-de", "d-en"}
    assert migrate_store(root) is False


def test_an_add_converts_a_format_1_store_first(tmp_path, build):
    root = tmp_path / "store"
    build.format_1(root, ADDS)
    summary = add_to_store(build.articles(["a-de"]), root)  # already stored: no model needed
    assert summary.migrated and summary.added == () and summary.skipped == 1
    assert store_format(root) == 2


def test_a_store_of_a_newer_format_is_refused(tmp_path, small_store):
    manifest = small_store / "generations" / "000002.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**data, "version": 3}), encoding="utf-8")
    with pytest.raises(StoreError, match="store format 3; this checker reads formats 1 and 2"):
        check_store(small_store)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda r: (r / "segments/000002/claims.jsonl").write_bytes(b'{"id": "\xff\xfe"}\n'),
            "claims.jsonl cannot be read",
        ),
        (
            lambda r: (r / "segments/000001/articles.jsonl").write_text("[1, 2]\n"),
            "articles.jsonl cannot be read",
        ),
        (lambda r: (r / "segments/000002/hashes.npy").unlink(), "hashes.npy is missing"),
        (lambda r: (r / "generations/000002.npz").write_bytes(b"PK\x03\x04"), "neighbour table"),
    ],
)
def test_a_damaged_format_1_store_is_named_damaged(tmp_path, build, damage, message):
    root = tmp_path / "store"
    build.format_1(root, ADDS)
    damage(root)
    with pytest.raises(StoreError, match=f"store is damaged: .*{message}"):
        check_store(root)
