"""The approximate neighbour join for large distributed adds: lists of one two-level quantizer.

The same search as `checker.pairing`'s clustered search for one process, cut into tasks that
each hold a bounded number of rows, so that memory per worker does not grow with the store:

1. top-level centres: spherical k-means on an evenly spaced sample of all rows (the client);
2. per segment (a task): each row's `TOP_PROBES` nearest top-level centres;
3. per top-level cluster (a task): its rows split by k-means into lists of about `ROWS_PER_LIST`;
4. per segment (a task): each row joins its nearest list among the lists of its nearest top-level
   clusters (one trained quantizer, shared by all segments);
5. per chunk of lists (a task): a list far above its size is split again, and each list gets the
   mean of its rows as its centre;
6. per chunk of lists (a task): each list's rows are searched exactly against the rows of the
   lists nearest to it (up to `PROBES` x `ROWS_PER_LIST` rows); the rows are gathered from the
   segments by row number: this is where the shuffle is.

Recall@10 against exact search, time and memory per worker are in docs/benchmarks.md.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

import faiss
import numpy as np

from ..pairing import PROBES, ROWS_PER_LIST, TOP_PROBES, TOP_ROWS, search
from .layout import Segment
from .neighbours import Mapper, Table, empty_table
from .segments import embeddings

SAMPLE_PER_CENTRE = 40  # k-means training rows per centre (FAISS warns below 39)
KMEANS_ITERATIONS = 10
SEED = 1234  # the quantizer's training is deterministic
LISTS_PER_TASK = 64  # a join task: about one top-level cluster's lists

Placed = Sequence[tuple[Segment, int]]  # segments with the global number of their first row


def sharded_table(root: Path, segments: Sequence[Segment], k: int, mapper: Mapper) -> Table:
    """The approximate neighbour table (ids, scores) of all rows of ``segments``."""
    n = sum(segment.claims for segment in segments)
    starts = np.cumsum([0] + [segment.claims for segment in segments])[:-1].tolist()
    placed = [(segment, start) for segment, start in zip(segments, starts, strict=True) if segment.claims]
    top_centres = kmeans(_sample(root, placed, max(1, n // TOP_ROWS)), max(1, n // TOP_ROWS))
    probes = min(TOP_PROBES, len(top_centres))
    near_tops = np.concatenate(mapper(nearest, [(s,) for s, _ in placed], (str(root), top_centres, probes)))
    clusters = [np.flatnonzero(near_tops[:, 0] == t) for t in range(len(top_centres))]
    list_centres = mapper(split_cluster, [(rows,) for rows in clusters], (str(root), placed))
    first = np.cumsum([0] + [len(c) for c in list_centres])
    parts = [(s, start, near_tops[start : start + s.claims]) for s, start in placed]
    assign = np.concatenate(mapper(join_list, parts, (str(root), list_centres, first)))
    grouped = _group_by(assign, int(first[-1]))
    chunks = [(grouped[i : i + LISTS_PER_TASK],) for i in range(0, len(grouped), LISTS_PER_TASK)]
    refined = [part for parts in mapper(refine_lists, chunks, (str(root), placed)) for part in parts]
    lists = [rows for rows, _ in refined]
    centres = np.stack([centre for _, centre in refined])
    candidates = _candidates(centres, np.array([len(rows) for rows in lists]))
    scores, ids = empty_table(n, k)
    for rows, found_scores, found_ids in mapper(
        search_lists, _chunks(lists, candidates), (str(root), placed, k)
    ):
        scores[rows], ids[rows] = found_scores, found_ids
    return ids, scores


def _chunks(lists: list[np.ndarray], candidates: list[np.ndarray]) -> list[tuple[object, ...]]:
    """The join's tasks: runs of LISTS_PER_TASK lists, each with the rows of its candidate lists."""
    out: list[tuple[object, ...]] = []
    for i in range(0, len(lists), LISTS_PER_TASK):
        chunk = range(i, min(i + LISTS_PER_TASK, len(lists)))
        out.append(([lists[j] for j in chunk], [[lists[c] for c in candidates[j]] for j in chunk]))
    return out


def _sample(root: Path, placed: Placed, parts: int) -> np.ndarray:
    n = sum(segment.claims for segment, _ in placed)
    step = max(1, n // (SAMPLE_PER_CENTRE * parts))
    return gather_rows(root, placed, np.arange(0, n, step)[: SAMPLE_PER_CENTRE * parts])


def kmeans(sample: np.ndarray, parts: int) -> np.ndarray:
    """Spherical k-means centres of ``sample`` (one centre: the normalised mean)."""
    if parts == 1 or len(sample) <= parts:
        return _unit(sample.mean(axis=0, keepdims=True))
    model = faiss.Kmeans(sample.shape[1], parts, niter=KMEANS_ITERATIONS, seed=SEED, spherical=True)
    model.train(np.ascontiguousarray(sample, dtype=np.float32))
    return np.asarray(model.centroids, dtype=np.float32)


def nearest(root: str, centres: np.ndarray, probes: int, segment: Segment) -> np.ndarray:
    """A task: the ``probes`` nearest centres of each row of one segment."""
    return search(centres, np.asarray(embeddings(Path(root), segment)), probes)[1].astype(np.int32)


def split_cluster(root: str, placed: Placed, rows: np.ndarray) -> np.ndarray:
    """A task: the list centres of one top-level cluster (k-means on its rows; none left empty)."""
    if not len(rows):
        return np.zeros(
            (0, placed[0][0].claims and embeddings(Path(root), placed[0][0]).shape[1]), np.float32
        )
    emb = gather_rows(Path(root), placed, rows)
    parts = max(1, len(rows) // ROWS_PER_LIST)
    sample = emb[:: max(1, len(emb) // (SAMPLE_PER_CENTRE * parts))][: SAMPLE_PER_CENTRE * parts]
    centres = kmeans(sample, parts)
    used = np.unique(search(centres, emb, 1)[1][:, 0]) if len(emb) else np.zeros(0, int)
    return centres[used]


def join_list(
    root: str,
    list_centres: list[np.ndarray],
    first: np.ndarray,
    segment: Segment,
    start: int,
    near_tops: np.ndarray,
) -> np.ndarray:
    """A task: each row's nearest list among the lists of its nearest top-level clusters (global
    list numbers)."""
    emb = np.asarray(embeddings(Path(root), segment))
    best = np.full(len(emb), -np.inf, dtype=np.float32)
    assign = np.zeros(len(emb), dtype=np.int64)
    for t in np.unique(near_tops):
        if not len(list_centres[t]):
            continue
        rows = np.flatnonzero((near_tops == t).any(axis=1))
        score, at = faiss.knn(emb[rows], list_centres[t], 1, metric=faiss.METRIC_INNER_PRODUCT)
        better = score[:, 0] > best[rows]
        best[rows[better]] = score[better, 0]
        assign[rows[better]] = first[t] + at[better, 0]
    return assign


def refine_lists(root: str, placed: Placed, lists: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
    """A task: lists far above their size split again by k-means; each list with the normalised
    mean of its rows as its centre (the centres the lists' neighbours are chosen by)."""
    needed = np.unique(np.concatenate(lists))
    emb = gather_rows(Path(root), placed, needed)
    out = []
    for rows in lists:
        vectors = emb[np.searchsorted(needed, rows)]
        parts = [rows]
        if len(rows) > 4 * ROWS_PER_LIST:
            centres = kmeans(vectors, len(rows) // ROWS_PER_LIST)
            parts = [rows[at] for at in _group_by(search(centres, vectors, 1)[1][:, 0], len(centres))]
        for part in parts:
            out.append((part, _unit(emb[np.searchsorted(needed, part)].mean(axis=0, keepdims=True))[0]))
    return out


def _candidates(centres: np.ndarray, sizes: np.ndarray) -> list[np.ndarray]:
    """For each list, the nearest lists (its own first) up to PROBES x ROWS_PER_LIST rows."""
    near = search(centres, centres, min(4 * PROBES, len(centres)))[1]
    out = []
    for probed in near:
        probed = probed[probed >= 0]
        within = np.cumsum(sizes[probed]) - sizes[probed] < PROBES * ROWS_PER_LIST
        out.append(probed[within])
    return out


def search_lists(
    root: str, placed: Placed, k: int, lists: list[np.ndarray], candidates: list[list[np.ndarray]]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A task: each list's rows against the rows of its candidate lists, exactly: (rows, scores, ids)."""
    needed = np.unique(np.concatenate([*lists, *(rows for cands in candidates for rows in cands)]))
    emb = gather_rows(Path(root), placed, needed)
    rows_out, scores_out, ids_out = [], [], []
    for rows, cands in zip(lists, candidates, strict=True):
        cand = np.sort(np.concatenate(cands))
        queries, base = emb[np.searchsorted(needed, rows)], emb[np.searchsorted(needed, cand)]
        scores, ids = empty_table(len(rows), k)
        found_scores, found_ids = _best(queries @ base.T, cand, min(k, len(cand)))
        scores[:, : found_ids.shape[1]], ids[:, : found_ids.shape[1]] = found_scores, found_ids
        rows_out.append(rows)
        scores_out.append(scores)
        ids_out.append(ids)
    return np.concatenate(rows_out), np.concatenate(scores_out), np.concatenate(ids_out)


def _best(sims: np.ndarray, ids: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k highest of each row of ``sims`` (columns named by ``ids``), best first, ties: lower id.

    A matrix product and a partial sort: for a list against its candidates (about 128 x 2,048)
    five to seven times faster than `faiss.knn`, whose per-query heaps dominate at this size.
    """
    chosen = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    scores, found = np.take_along_axis(sims, chosen, axis=1), ids[chosen]
    order = np.lexsort((found, -scores), axis=1)
    return np.take_along_axis(scores, order, axis=1), np.take_along_axis(found, order, axis=1)


def _group_by(assign: np.ndarray, parts: int) -> list[np.ndarray]:
    """Row numbers grouped by their value in ``assign`` (in order); no empty group."""
    order = np.argsort(assign, kind="stable")
    bounds = np.searchsorted(assign[order], np.arange(parts + 1))
    return [order[lo:hi] for lo, hi in itertools.pairwise(bounds) if hi > lo]


def gather_rows(root: Path, placed: Placed, rows: np.ndarray) -> np.ndarray:
    """The vectors of global rows ``rows`` (sorted), read from the segments that hold them."""
    parts = []
    for segment, start in placed:
        lo, hi = np.searchsorted(rows, [start, start + segment.claims])
        if hi > lo:
            emb = embeddings(root, segment)
            parts.append(np.asarray(emb[rows[lo:hi] - start], dtype=np.float32))
            del emb  # unmap: the pages read are not kept resident
    return np.concatenate(parts) if parts else np.zeros((0, 0), np.float32)


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)).astype(np.float32)
