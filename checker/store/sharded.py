"""The approximate neighbour join for large distributed adds: cells of one trained quantizer.

Exact search of every row against every row costs n² and holds all rows; past `EXACT_MAX_ROWS`
the join is cut into cells of about `CELL_ROWS` rows instead (an inverted file, IVF):

1. one quantizer: spherical k-means centres trained on an evenly spaced sample of all rows;
2. per segment (a task): each row's `PROBES` nearest centres; the nearest is the row's cell;
3. the shuffle: each cell gathers its own rows (its base) and the rows that probe it (its
   queries) from the segments, by row number, and searches the queries against the base exactly;
4. per row, the k best of its `PROBES` cells' answers are merged into the neighbour table.

A cell task holds about (1 + PROBES) x CELL_ROWS rows: memory per worker does not grow with the
store. Recall@10 against exact search and the cost are measured in docs/benchmarks.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import faiss
import numpy as np

from ..pairing import search
from .layout import Segment
from .neighbours import Mapper, Table, empty_table, top
from .segments import embeddings

CELL_ROWS = 4096  # rows per cell: a cell task compares its queries with this many rows
PROBES = 3  # cells a row is searched in: its own and the next nearest
SAMPLE_PER_CENTRE = 40  # k-means training rows per centre (FAISS warns below 39)
KMEANS_ITERATIONS = 10
SEED = 1234  # the quantizer's training is deterministic


def sharded_table(
    root: Path,
    segments: Sequence[Segment],
    k: int,
    mapper: Mapper,
    *,
    cell_rows: int = CELL_ROWS,
    probes: int = PROBES,
) -> Table:
    """The approximate neighbour table (ids, scores) of all rows of ``segments``."""
    n = sum(segment.claims for segment in segments)
    starts = np.cumsum([0] + [segment.claims for segment in segments])[:-1].tolist()
    placed = [(segment, start) for segment, start in zip(segments, starts, strict=True) if segment.claims]
    centres = train_centres(root, placed, max(1, n // cell_rows))
    probes = min(probes, len(centres))
    near = np.concatenate(mapper(nearest_cells, [(str(root), s, centres, probes) for s, _ in placed]))
    cells = [(rows_of(near[:, 0], c), rows_in(near, c)) for c in range(len(centres))]
    found = mapper(join_cell, [(str(root), placed, base, queries, k) for base, queries in cells if len(base)])
    scores, ids = empty_table(n, k)
    for queries, more_scores, more_ids in found:
        scores[queries], ids[queries] = top(scores[queries], ids[queries], more_scores, more_ids, k)
    return ids, scores


def train_centres(root: Path, placed: Sequence[tuple[Segment, int]], parts: int) -> np.ndarray:
    """Spherical k-means centres of an evenly spaced sample of all rows (the shared quantizer)."""
    n = sum(segment.claims for segment, _ in placed)
    step = max(1, n // (SAMPLE_PER_CENTRE * parts))
    sample = gather_rows(root, placed, np.arange(0, n, step)[: SAMPLE_PER_CENTRE * parts])
    if parts == 1:
        centre = sample.mean(axis=0)
        return (centre / max(float(np.linalg.norm(centre)), 1e-12))[None, :].astype(np.float32)
    kmeans = faiss.Kmeans(sample.shape[1], parts, niter=KMEANS_ITERATIONS, seed=SEED, spherical=True)
    kmeans.train(np.ascontiguousarray(sample, dtype=np.float32))
    return np.asarray(kmeans.centroids, dtype=np.float32)


def nearest_cells(root: str, segment: Segment, centres: np.ndarray, probes: int) -> np.ndarray:
    """The ``probes`` nearest centres of each row of one segment (a task: one segment in memory)."""
    emb = np.asarray(embeddings(Path(root), segment))
    return search(centres, emb, probes)[1].astype(np.int32)


def rows_of(cell_of_row: np.ndarray, cell: int) -> np.ndarray:
    return np.flatnonzero(cell_of_row == cell)


def rows_in(near: np.ndarray, cell: int) -> np.ndarray:
    return np.flatnonzero((near == cell).any(axis=1))


def join_cell(
    root: str, placed: Sequence[tuple[Segment, int]], base: np.ndarray, queries: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The k nearest base rows of each query row of one cell: (query rows, scores, global ids)."""
    emb_base = gather_rows(Path(root), placed, base)
    emb_queries = gather_rows(Path(root), placed, queries)
    scores, at = search(emb_base, emb_queries, k)
    ids = np.where(at >= 0, base[np.maximum(at, 0)], -1)
    pad_scores, pad_ids = empty_table(len(queries), k)
    pad_scores[:, : scores.shape[1]], pad_ids[:, : ids.shape[1]] = scores, ids
    return queries, pad_scores, pad_ids


def gather_rows(root: Path, placed: Sequence[tuple[Segment, int]], rows: np.ndarray) -> np.ndarray:
    """The vectors of global rows ``rows`` (sorted), read from the segments that hold them."""
    parts = []
    for segment, start in placed:
        lo, hi = np.searchsorted(rows, [start, start + segment.claims])
        if hi > lo:
            emb = embeddings(root, segment)
            parts.append(np.asarray(emb[rows[lo:hi] - start], dtype=np.float32))
            del emb  # unmap: the pages read are not kept resident
    return np.concatenate(parts) if parts else np.zeros((0, 0), np.float32)
