"""Stores of format 1, written before Parquet: read as they are, and converted by the next add.

Format 1 kept each segment's records as JSONL (``articles.jsonl``, ``claims.jsonl``) and listed
every article in the manifest. `read_store` reads such a store completely, checked like a store
of format 2 (files present, rows matching); `checker add` converts it (`adding.migrate`) into
Parquet segments with the same rows in the same order, so vectors and neighbour table carry over.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..codec import article_from_dict, claim_from_dict
from ..types import Article, Claim
from .layout import (
    EMBEDDINGS_FILE,
    HASHES_FILE,
    TABLE_SUFFIX,
    ModelInfo,
    damaged,
    generation_path,
    read_manifest_data,
    read_pointer,
    segment_path,
)
from .neighbours import Table, load_table

VERSION = 1
ARTICLES_JSONL = "articles.jsonl"
CLAIMS_JSONL = "claims.jsonl"


@dataclass(frozen=True)
class OldSegment:
    number: int
    articles: list[Article]
    claims: list[Claim]
    emb: np.ndarray
    hashes: np.ndarray


@dataclass(frozen=True)
class OldStore:
    """A format-1 store, read whole."""

    generation: int
    model: ModelInfo
    k: int
    segments: list[OldSegment]
    added: dict[str, str]
    newest: frozenset[str]
    table: Table

    @property
    def articles(self) -> list[Article]:
        return [a for segment in self.segments for a in segment.articles]

    @property
    def claims(self) -> list[Claim]:
        return [c for segment in self.segments for c in segment.claims]


def old_format_message(root: Path) -> str:
    return (
        f"{root} is a store of format {VERSION} (JSONL, written by an older checker): it is read as it is, "
        "and the next `checker add` converts it to Parquet"
    )


def read_store(root: Path) -> OldStore:
    generation = read_pointer(root)
    data = read_manifest_data(root, generation)
    try:
        model = ModelInfo(**data["model"])
        numbers = [int(n) for n in data["segments"]]
        entries: dict[str, dict[str, Any]] = data["articles"]
        added = {str(i): str(entry["added"]) for i, entry in entries.items()}
        newest = frozenset(str(i) for i in data["last_added"])
        k = int(data["k"])
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise damaged(f"the manifest of generation {generation} lacks or mistypes a field ({e})") from e
    old = [_read_segment(root, number, model.dim) for number in numbers]
    table = load_table(generation_path(root, generation, TABLE_SUFFIX), sum(len(s.claims) for s in old), k)
    if sum(len(s.articles) for s in old) != len(entries):
        raise damaged(
            f"the manifest of generation {generation} lists {len(entries)} articles, its segments hold others"
        )
    return OldStore(generation, model, k, old, added, newest, table)


def _read_segment(root: Path, number: int, dim: int) -> OldSegment:
    folder = segment_path(root, number)
    if not folder.is_dir():
        raise damaged(f"segment {folder} is missing")
    try:
        articles = [article_from_dict(d) for d in _read_jsonl(folder / ARTICLES_JSONL)]
        claims = [claim_from_dict(d) for d in _read_jsonl(folder / CLAIMS_JSONL)]
    except TypeError as e:
        raise damaged(f"segment {folder} holds a record that is not an article or a claim ({e})") from e
    emb, hashes = _read_npy(folder / EMBEDDINGS_FILE), _read_npy(folder / HASHES_FILE)
    if len(emb) != len(claims) or len(hashes) != len(claims) or (len(emb) and emb.shape[1] != dim):
        raise damaged(f"segment {folder}: {len(claims)} claims, {emb.shape} vectors, {len(hashes)} hashes")
    return OldSegment(number, articles, claims, emb.astype(np.float32), hashes.astype(np.uint64))


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as f:
            return [_record(json.loads(line)) for line in f if line.strip()]
    except FileNotFoundError as e:
        raise damaged(f"{path} is missing") from e
    except (UnicodeDecodeError, json.JSONDecodeError, TypeError, RecursionError) as e:
        raise damaged(f"{path} cannot be read ({type(e).__name__}: {e})") from e


def _record(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"a line holds {type(value).__name__}, not an object")
    return value


def _read_npy(path: Path) -> np.ndarray:
    try:
        return np.load(path, allow_pickle=False)
    except FileNotFoundError as e:
        raise damaged(f"{path} is missing") from e
    except (OSError, ValueError, EOFError) as e:
        raise damaged(f"{path} is not a readable NumPy array ({e})") from e
