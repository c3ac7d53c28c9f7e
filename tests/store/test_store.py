"""The lasting store: incremental adds, model checks, atomic writes (a real add killed mid-write)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from store_helpers import ARTICLES

import checker
from checker import store
from checker.errors import StoreError

FIRST = {i: ARTICLES[i] for i in ("a-de", "b-en")}
LATER = {"c-de": ARTICLES["c-de"]}


def write_articles(folder: Path, articles: dict[str, tuple[str | None, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({"id": i, "published": d, "text": t}, ensure_ascii=False) for i, (d, t) in articles.items()
    ]
    path = folder / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- without the model


def test_opening_a_folder_that_is_no_store(tmp_path):
    with pytest.raises(StoreError, match="not a store"):
        store.check_store(tmp_path)


# ---------------------------------------------------------------- with the real model


@pytest.mark.slow
def test_incremental_store_matches_a_full_check(tmp_path, model):
    root = tmp_path / "store"
    first = store.add_to_store(write_articles(tmp_path / "one", FIRST), root)
    assert first.added == ("a-de", "b-en")
    later = store.add_to_store(write_articles(tmp_path / "two", {**FIRST, **LATER}), root)
    assert later.added == ("c-de",)
    assert later.skipped == 2
    in_store = store.check_store(root).run
    full = checker.check(tmp_path / "two" / "articles.jsonl").run
    assert {(p.a, p.b) for p in in_store.pairs} == {(p.a, p.b) for p in full.pairs}
    assert [c.claim_ids for c in in_store.conflicts] == [c.claim_ids for c in full.conflicts]


@pytest.mark.slow
def test_new_only_and_since_keep_findings_of_the_chosen_articles(tmp_path, model):
    root = tmp_path / "store"
    store.add_to_store(write_articles(tmp_path / "one", FIRST), root)
    store.add_to_store(write_articles(tmp_path / "two", LATER), root)
    everything = store.check_store(root).run
    new = store.check_store(root, new_only=True).run
    since = store.check_store(root, since="2024-11-01").run
    assert "c-de" in {a.id for a in new.articles}
    assert all("c-de" in c.article_ids for c in new.conflicts)
    assert [c.claim_ids for c in new.conflicts] == [c.claim_ids for c in since.conflicts]
    assert len(new.conflicts) <= len(everything.conflicts)


@pytest.mark.slow
def test_adding_the_same_articles_again_changes_nothing(tmp_path, model):
    root = tmp_path / "store"
    path = write_articles(tmp_path / "one", FIRST)
    store.add_to_store(path, root)
    before = snapshot(root)
    again = store.add_to_store(path, root)
    assert again.added == ()
    assert snapshot(root) == before


@pytest.mark.slow
def test_an_article_changed_under_the_same_id_is_refused(tmp_path, model):
    root = tmp_path / "store"
    store.add_to_store(write_articles(tmp_path / "one", FIRST), root)
    changed = {"a-de": ("2024-10-23", "Ein ganz anderer Text über 5.000 Soldaten.")}
    with pytest.raises(StoreError, match="'a-de' is already in the store with a different text"):
        store.add_to_store(write_articles(tmp_path / "two", changed), root)


@pytest.mark.slow
def test_vectors_of_another_model_are_refused(tmp_path, model):
    root = tmp_path / "store"
    store.add_to_store(write_articles(tmp_path / "one", FIRST), root)
    with pytest.raises(
        StoreError, match="not of model 'intfloat/other-model'; use that model or a new store"
    ):
        store.add_to_store(write_articles(tmp_path / "two", LATER), root, model="intfloat/other-model")
    manifest = next((root / "generations").glob("*.json"))
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["model"]["fingerprint"] = "multilingual-e5-small/384/passage/000000000000"
    manifest.write_text(json.dumps(data), encoding="utf-8")  # sizes of the other files stay right
    with pytest.raises(StoreError, match="fingerprint multilingual-e5-small/384/passage/000000000000"):
        store.add_to_store(write_articles(tmp_path / "two", LATER), root)


@pytest.mark.slow
def test_float32_vectors_do_not_mix_with_int8_ones(tmp_path, model):
    root = tmp_path / "store"
    store.add_to_store(write_articles(tmp_path / "one", FIRST), root)  # int8, the default
    with pytest.raises(StoreError, match=r"the store holds int8 vectors .* not of float32 vectors"):
        store.add_to_store(write_articles(tmp_path / "two", LATER), root, precision="float32")
    later = store.add_to_store(write_articles(tmp_path / "two", LATER), root)  # the store's own precision
    assert later.added == ("c-de",)


ADD_AND_PAUSE = textwrap.dedent(
    """
    import sys, time
    from checker import store
    from checker.store import files

    def pause(name):
        print(name, flush=True)
        if name == sys.argv[3]:
            time.sleep(600)

    files.after_write = pause
    store.add_to_store(sys.argv[1], sys.argv[2])
    print("done", flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "kill_after", ["claims.parquet", "hashes.npy", "000002.npz", "000002.findings.parquet", "000002.json"]
)
def test_an_add_killed_mid_write_leaves_the_previous_store(tmp_path, model, kill_after):
    root = tmp_path / "store"
    store.add_to_store(write_articles(tmp_path / "one", FIRST), root)
    before = store.check_store(root).run
    later = write_articles(tmp_path / "two", LATER)
    proc = subprocess.Popen(
        [sys.executable, "-c", ADD_AND_PAUSE, str(later), str(root), kill_after],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    assert proc.stdout is not None
    written = []
    for line in proc.stdout:
        written.append(line.strip())
        if written[-1] == kill_after:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert written[-1] == kill_after
    assert store.check_store(root).run == before
    assert store.add_to_store(later, root).added == ("c-de",)
    assert {a.id for a in store.check_store(root).run.articles} == {"a-de", "b-en", "c-de"}
