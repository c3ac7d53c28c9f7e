"""Stores built without the model: hand-written articles, their real claims, vectors made from the
claim texts (similar words, similar vectors), written through the store's own functions; and a
store in the old format 1 (JSONL), written as the checker before Parquet wrote it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest
import store_helpers
from store_helpers import ARTICLES, DIM, MODEL, word_vectors

from checker.api import to_articles
from checker.pairing import claim_text
from checker.pipeline import extract_all
from checker.store import neighbours, segments
from checker.types import Article


def article_records(ids: list[str]) -> list[Article]:
    """The articles as an add reads them (language detected)."""
    return to_articles([{"id": i, "text": ARTICLES[i][1], "published": ARTICLES[i][0]} for i in ids])


def add_without_model(root: Path, ids: list[str]) -> None:
    """What `add_to_store` writes, with `word_vectors` instead of the model."""
    store_helpers.add_without_model(root, article_records(ids))


def write_format_1(root: Path, adds: list[list[str]]) -> None:
    """A store as the JSONL-writing checker left it: one segment and one generation per add."""
    entries: dict[str, dict[str, object]] = {}
    all_emb = np.zeros((0, DIM), dtype=np.float32)
    for generation, ids in enumerate(adds, 1):
        articles = article_records(ids)
        claims = extract_all(articles)
        emb = word_vectors([claim_text(c) for c in claims])
        folder = root / "segments" / f"{generation:06d}"
        folder.mkdir(parents=True)
        _jsonl(folder / "articles.jsonl", [dataclasses.asdict(a) for a in articles])
        _jsonl(folder / "claims.jsonl", [dataclasses.asdict(c) for c in claims])
        np.save(folder / "embeddings.npy", emb)
        np.save(
            folder / "hashes.npy", np.array([segments.text_hash(claim_text(c)) for c in claims], np.uint64)
        )
        for a in articles:
            entry = {"hash": segments.article_hash(a), "segment": generation, "published": a.published}
            entries[a.id] = {**entry, "added": "2025-06-01"}
        all_emb = np.concatenate([all_emb, emb])
        ids_table, scores = neighbours.first_table(all_emb, 11)
        gen = root / "generations"
        gen.mkdir(exist_ok=True)
        np.savez(gen / f"{generation:06d}.npz", ids=ids_table, scores=scores)
        manifest = {
            "version": 1, "generation": generation, "model": dataclasses.asdict(MODEL), "k": 11,
            "segments": list(range(1, generation + 1)), "articles": dict(entries), "last_added": ids,
        }  # fmt: skip
        (gen / f"{generation:06d}.json").write_text(json.dumps(manifest), encoding="utf-8")
        (root / "CURRENT").write_text(f"{generation}\n", encoding="utf-8")


def _jsonl(path: Path, records: list[dict[str, object]]) -> None:
    lines = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    path.write_text(lines, encoding="utf-8")


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    """A store of two adds (a-de, b-en; then c-de, d-en), built without the model."""
    root = tmp_path / "store"
    add_without_model(root, ["a-de", "b-en"])
    add_without_model(root, ["c-de", "d-en"])
    return root


@pytest.fixture
def build() -> object:
    """The helpers above: build.add(root, ids), build.format_1(root, adds), ..."""

    class Build:
        add = staticmethod(add_without_model)
        format_1 = staticmethod(write_format_1)
        articles = staticmethod(article_records)
        vectors = staticmethod(word_vectors)
        model = MODEL

    return Build
