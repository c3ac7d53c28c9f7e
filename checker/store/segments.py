"""Segments: one partition of one add as Parquet tables and NumPy arrays, written once, read checked.

segments/000001/articles.parquet   every article field, its content hash, the day it was added
segments/000001/claims.parquet     every claim field, one column each (see `tables`)
segments/000001/embeddings.npy     float32, one row per claim, in the order of claims.parquet
segments/000001/hashes.npy         uint64 hash of each claim's embedded text (reused vectors)
segments/000001/frames.npy         float32, one row per figure claim: its frame's embedding
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from ..fsio import atomic_dir
from ..pipeline import frames_by_id
from ..types import Article, Claim
from . import files, tables
from .layout import (
    ARTICLES_FILE,
    CLAIMS_FILE,
    EMBEDDINGS_FILE,
    FRAMES_FILE,
    HASHES_FILE,
    SEGMENT_FILES,
    Segment,
    check_sizes,
    damaged,
    segment_path,
)

# The bookkeeping columns of articles.parquet an add reads (claims and text are not needed).
ENTRY_COLUMNS = ("id", "hash", "published", "added")


def write_segment(
    root: Path,
    number: int,
    articles: Sequence[Article],
    claims: Sequence[Claim],
    emb: np.ndarray,
    hashes: np.ndarray,
    *,
    frames: np.ndarray | None = None,
    added: Sequence[str] | None = None,
) -> Segment:
    """Write into a temporary folder, then rename it: a segment folder is complete or absent.

    ``frames``: the figure claims' frame rows (`pipeline.frame_rows`); None for a segment migrated
    from a store that had none."""
    days = list(added) if added is not None else [today()] * len(articles)
    article_table = tables.articles_table(articles, [article_hash(a) for a in articles], days)
    with atomic_dir(segment_path(root, number)) as tmp:
        sizes = {
            ARTICLES_FILE: files.write_parquet(tmp / ARTICLES_FILE, article_table),
            CLAIMS_FILE: files.write_parquet(tmp / CLAIMS_FILE, tables.claims_table(claims)),
            EMBEDDINGS_FILE: files.save_npy(tmp / EMBEDDINGS_FILE, emb.astype(np.float32, copy=False)),
            HASHES_FILE: files.save_npy(tmp / HASHES_FILE, hashes.astype(np.uint64, copy=False)),
        }
        if frames is not None:
            sizes[FRAMES_FILE] = files.save_npy(tmp / FRAMES_FILE, frames.astype(np.float32, copy=False))
    return Segment(number=number, articles=len(articles), claims=len(claims), sizes=sizes)


def today() -> str:
    return dt.datetime.now(dt.UTC).date().isoformat()


def article_hash(article: Article) -> str:
    """A hash of every field: an id added again with another text or date is another article."""
    record = json.dumps(dataclasses.asdict(article), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(record.encode()).hexdigest()[:16]


def text_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


# ---------------------------------------------------------------- reading, checked


def check_segment(root: Path, segment: Segment, dim: int) -> None:
    """Files present with their recorded sizes, tables and arrays with the recorded rows."""
    folder = segment_path(root, segment.number)
    if not folder.is_dir():
        raise damaged(f"segment {folder} is missing")
    check_sizes(folder, segment.sizes, SEGMENT_FILES)
    for name, rows in ((ARTICLES_FILE, segment.articles), (CLAIMS_FILE, segment.claims)):
        found = _parquet_rows(folder / name)
        if found != rows:
            raise damaged(f"{folder / name} has {found} rows, the manifest says {rows}")
    _check_array(folder / EMBEDDINGS_FILE, (segment.claims, dim) if segment.claims else None)
    _check_array(folder / HASHES_FILE, (segment.claims,))
    if FRAMES_FILE in segment.sizes:
        _check_width(folder / FRAMES_FILE, dim)


def _check_width(path: Path, dim: int) -> None:
    """A frames array: rows of the model's dimension (its row count is checked as it is read)."""
    array = load_array(path)
    if array.ndim != 2 or (len(array) and array.shape[1] != dim):
        raise damaged(f"{path} has shape {array.shape}, expected rows of {dim}")


def _parquet_rows(path: Path) -> int:
    try:
        return int(pq.read_metadata(path).num_rows)
    except (OSError, pa.ArrowException) as e:
        raise damaged(f"{path} is not a readable Parquet file ({e})") from e


def _check_array(path: Path, shape: tuple[int, ...] | None) -> None:
    array = load_array(path)
    if shape is not None and array.shape != shape:
        raise damaged(f"{path} has shape {array.shape}, expected {shape}")
    if shape is None and len(array):
        raise damaged(f"{path} has {len(array)} rows, the manifest says 0")


def load_array(path: Path) -> np.ndarray:
    """A stored array, memory-mapped (only its header is read now)."""
    try:
        return np.load(path, mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError, EOFError) as e:
        raise damaged(f"{path} is not a readable NumPy array ({e})") from e


def read_parquet(path: Path, columns: Sequence[str] | None = None) -> pa.Table:
    try:
        return pq.read_table(
            path, columns=list(columns) if columns else None, page_checksum_verification=True
        )
    except (OSError, pa.ArrowException, UnicodeDecodeError) as e:
        raise damaged(f"{path} cannot be read ({e})") from e


def read_articles(root: Path, segment: Segment) -> tuple[list[Article], list[str]]:
    """The segment's articles and, for each, the day it was added to the store."""
    table = read_parquet(segment_path(root, segment.number) / ARTICLES_FILE)
    try:
        return tables.articles_from(table), [str(day) for day in table.column("added").to_pylist()]
    except (KeyError, TypeError, ValueError) as e:
        raise damaged(f"{segment_path(root, segment.number) / ARTICLES_FILE} holds no articles ({e})") from e


def read_claims(root: Path, segment: Segment) -> list[Claim]:
    table = read_parquet(segment_path(root, segment.number) / CLAIMS_FILE)
    try:
        return tables.claims_from(table)
    except (KeyError, TypeError, ValueError) as e:
        raise damaged(f"{segment_path(root, segment.number) / CLAIMS_FILE} holds no claims ({e})") from e


def article_entries(root: Path, segment: Segment) -> pa.Table:
    """The bookkeeping columns of a segment's articles: id, hash, published, added."""
    return read_parquet(segment_path(root, segment.number) / ARTICLES_FILE, ENTRY_COLUMNS)


def embeddings(root: Path, segment: Segment) -> np.ndarray:
    return load_array(segment_path(root, segment.number) / EMBEDDINGS_FILE)


def frames(root: Path, segment: Segment, claims: Sequence[Claim]) -> dict[str, np.ndarray] | None:
    """Claim id -> its frame's embedding, for the segment's ``claims``; None when the segment was
    written without frames."""
    if FRAMES_FILE not in segment.sizes:
        return None
    path = segment_path(root, segment.number) / FRAMES_FILE
    try:
        return frames_by_id(claims, np.asarray(load_array(path)))
    except ValueError as e:
        raise damaged(f"{path}: {e}") from e


def hashes(root: Path, segment: Segment) -> np.ndarray:
    return np.asarray(load_array(segment_path(root, segment.number) / HASHES_FILE))
