"""Candidate pairs: each claim with its nearest claims of other articles, through FAISS.

`pair_arrays` is the pure array core (tests feed it hand-written vectors), `pair_embeddings` its
list-of-tuples form; `pair_claims` wraps it with the model. Exact search is used up to
`EXACT_MAX_ROWS` rows, a clustered (IVF-style) search beyond (docs/benchmarks.md has the measurements).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import faiss
import numpy as np

from .embedding import Embedder, embed_texts
from .types import Claim, Pair

# Cosine similarity of multilingual-e5-small ("passage: " prompt) above which two claims are
# taken as saying the same thing. e5 scores sit high even for unrelated text, so the threshold is
# high. Measured (docs/pairing.md): share of claims that find a partner in another article,
# 41 related news articles vs 120 unrelated GNAD articles: 0.86 -> 0.99 vs 0.90 (useless);
# 0.90 -> 0.88 vs 0.25; 0.92 -> 0.74 vs 0.03; 0.94 -> 0.56 vs 0.001. Paraphrased quotations of
# one speaker in the news articles score 0.92-1.00, so 0.92 keeps them and drops most chance pairs.
MIN_SCORE = 0.92
NEIGHBOURS = 10
# Two quotation claims are compared from this cosine on: translations of one statement by one
# speaker score .87-.91 with multilingual-e5-small (docs/quotes.md). Only the quotation comparison
# reads these pairs; they link no story and corroborate nothing.
QUOTE_MIN_SCORE = 0.87

# Up to this many rows exact search is fast enough (measured: docs/benchmarks.md, "Pairing").
EXACT_MAX_ROWS = 50_000
# Approximate search clusters the rows into lists of about ROWS_PER_LIST rows; the rows of each
# list are compared exactly with the rows of the PROBES lists nearest to it. Lists of a fixed size
# keep the cost per row nearly constant as the corpus grows.
ROWS_PER_LIST = 128
PROBES = 16
TOP_ROWS = 8192  # rows per first-level cluster
TOP_PROBES = 12  # first-level clusters whose lists a row may join
# Rows searched at once by exact search: bounds the memory of the (rows x k) result arrays.
QUERY_BATCH = 65_536
# Neighbours fetched beyond k, then ranked again on exact scores (`exact_top`): near-ties at the
# k-th place are decided the same way however the rows were split into searches.
TIE_MARGIN = 8
RESCORE_BATCH = 2_048  # queries rescored at once: (2,048 x (k + margin) x dim) float64 values

Progress = Callable[[str, int, int], None]
Hook = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Candidates:
    """Pairs as parallel arrays: rows ``i < j`` and their rounded cosine ``score``, sorted by (i, j)."""

    i: np.ndarray
    j: np.ndarray
    score: np.ndarray

    def __len__(self) -> int:
        return len(self.i)


def neighbours(
    emb: np.ndarray, k: int, *, exact: bool | None = None, progress: Hook | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` nearest rows of every row (itself included): (scores, ids), each of shape (n, k).

    Args:
        emb: L2-normalised float32 rows.
        exact: force exact (True) or approximate (False) search; None: exact up to `EXACT_MAX_ROWS`.
        progress: called as ``progress(done, total)`` as rows are searched.

    Missing neighbours (fewer than k rows reachable) have id -1 and score -inf.
    """
    if exact is None:
        exact = len(emb) <= EXACT_MAX_ROWS
    if exact:
        return search(emb, emb, k, progress=progress)
    return _clustered_neighbours(emb, k, progress=progress)


def search(
    base: np.ndarray, queries: np.ndarray, k: int, *, progress: Hook | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Exact ``k`` nearest rows of ``base`` for every row of ``queries``, batch by batch."""
    index = faiss.IndexFlatIP(base.shape[1])
    base = np.ascontiguousarray(base, dtype=np.float32)
    index.add(base)
    k = min(k, len(base))
    fetched = min(k + TIE_MARGIN, len(base))
    scores = np.empty((len(queries), k), dtype=np.float32)
    ids = np.empty((len(queries), k), dtype=np.int64)
    for start in range(0, len(queries), QUERY_BATCH):
        batch = np.ascontiguousarray(queries[start : start + QUERY_BATCH], dtype=np.float32)
        _, found = index.search(batch, fetched)
        rows = slice(start, start + len(batch))
        scores[rows], ids[rows] = exact_top(base, batch, found, k)
        if progress:
            progress(start + len(batch), len(queries))
    return scores, ids


def exact_top(
    base: np.ndarray, queries: np.ndarray, found: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """The k best of the rows ``found`` for each query, by their cosine recomputed in float64.

    FAISS rounds a score differently by the shape of the search (BLAS for many queries, a plain
    loop for few), so a store built in segments or on a cluster would otherwise rank near-equal
    neighbours, and copies of one text, in another order than one search over everything: ties are
    broken by the lower row, on scores that do not depend on how the rows were split.
    """
    scores = np.full(found.shape, -np.inf, dtype=np.float32)
    for start in range(0, len(queries), RESCORE_BATCH):
        part = slice(start, start + RESCORE_BATCH)
        hit = found[part]
        rows = base[np.maximum(hit, 0)].astype(np.float64)
        exact = np.einsum("qkd,qd->qk", rows, queries[part].astype(np.float64))
        scores[part] = np.where(hit >= 0, exact.astype(np.float32), -np.inf)
    order = np.lexsort((np.where(found >= 0, found, np.iinfo(np.int64).max), -scores), axis=1)[:, :k]
    return np.take_along_axis(scores, order, axis=1), np.take_along_axis(found, order, axis=1)


def _clustered_neighbours(emb: np.ndarray, k: int, *, progress: Hook | None) -> tuple[np.ndarray, np.ndarray]:
    """Approximate neighbours: each list's rows against the rows of the lists nearest to it."""
    n = len(emb)
    lists = _lists(emb)
    centres = np.stack([_unit(emb[rows].mean(axis=0)) for rows in lists])
    near = search(centres, centres, 4 * PROBES)[1]
    sizes = np.array([len(rows) for rows in lists])
    scores = np.full((n, k), -np.inf, dtype=np.float32)
    ids = np.full((n, k), -1, dtype=np.int64)
    done = 0
    for rows, probed in zip(lists, near, strict=True):
        cand = np.sort(np.concatenate([lists[p] for p in _budget(probed[probed >= 0], sizes)]))
        found, at = faiss.knn(emb[rows], emb[cand], min(k, len(cand)), metric=faiss.METRIC_INNER_PRODUCT)
        scores[rows, : at.shape[1]], ids[rows, : at.shape[1]] = found, np.where(at >= 0, cand[at], -1)
        done += len(rows)
        if progress:
            progress(done, n)
    return scores, ids


def _budget(probed: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """The nearest lists (own first) up to PROBES x ROWS_PER_LIST rows: bounds the cost per row."""
    within = np.cumsum(sizes[probed]) - sizes[probed] < PROBES * ROWS_PER_LIST
    return probed[within]


def _lists(emb: np.ndarray) -> list[np.ndarray]:
    """Rows split into lists of about ROWS_PER_LIST similar rows, each row in its nearest centre's list.

    Two levels of k-means: first-level clusters of about TOP_ROWS rows, each split into lists (one
    flat k-means into n / 128 lists would compare every row with every centre). A first-level
    cluster may cut a story in two, so each row then joins its nearest list centre among the lists
    of its TOP_PROBES nearest first-level clusters: a cost per row that does not grow with the
    corpus. A list far above its size is split again.
    """
    top_centres, tops = _kmeans_split(emb, np.arange(len(emb)), max(1, len(emb) // TOP_ROWS))
    split = [_kmeans_split(emb, rows, max(1, len(rows) // ROWS_PER_LIST)) for rows in tops]
    groups = [part for _, parts in split for part in parts]
    if len(groups) > 1:
        groups = _reassigned(emb, top_centres, [centres for centres, _ in split])
    lists = []
    for part in groups:
        big = len(part) > 4 * ROWS_PER_LIST
        lists.extend(_split(emb, part, len(part) // ROWS_PER_LIST) if big else [part])
    return lists


def _reassigned(emb: np.ndarray, top_centres: np.ndarray, list_centres: list[np.ndarray]) -> list[np.ndarray]:
    """Rows grouped by their nearest list centre among the lists of their nearest first-level clusters.

    ``list_centres[t]`` are the centres of the lists of first-level cluster t. Rows are taken
    cluster by cluster: those that have t among their nearest TOP_PROBES are compared with t's lists.
    """
    near_tops = search(top_centres, emb, min(TOP_PROBES, len(top_centres)))[1]
    first = np.cumsum([0] + [len(centres) for centres in list_centres])  # number of t's first list
    best = np.full(len(emb), -np.inf, dtype=np.float32)
    assign = np.zeros(len(emb), dtype=np.int64)
    by_top = np.argsort(near_tops.ravel(), kind="stable")
    bounds = np.searchsorted(near_tops.ravel()[by_top], np.arange(len(top_centres) + 1))
    for t, (lo, hi) in enumerate(itertools.pairwise(bounds)):
        rows = by_top[lo:hi] // near_tops.shape[1]
        if not len(rows):
            continue
        score, at = faiss.knn(emb[rows], list_centres[t], 1, metric=faiss.METRIC_INNER_PRODUCT)
        better = score[:, 0] > best[rows]
        best[rows[better]] = score[better, 0]
        assign[rows[better]] = first[t] + at[better, 0]
    return _group_by(assign, np.arange(len(emb)), int(first[-1]))


def _group_by(assign: np.ndarray, rows: np.ndarray, parts: int) -> list[np.ndarray]:
    """``rows`` (in order) grouped by their value in ``assign``; no empty group."""
    order = np.argsort(assign, kind="stable")
    bounds = np.searchsorted(assign[order], np.arange(parts + 1))
    return [rows[order[lo:hi]] for lo, hi in itertools.pairwise(bounds) if hi > lo]


def _split(emb: np.ndarray, rows: np.ndarray, parts: int) -> list[np.ndarray]:
    """``rows`` (in order) grouped by their nearest of ``parts`` k-means centres; no empty group."""
    return _kmeans_split(emb, rows, parts)[1]


def _kmeans_split(emb: np.ndarray, rows: np.ndarray, parts: int) -> tuple[np.ndarray, list[np.ndarray]]:
    """The centres of the non-empty groups of `_split`, and the groups."""
    sub = emb[rows]
    if parts == 1:
        return _unit(sub.mean(axis=0))[None, :], [rows]
    # 40 rows a centre (FAISS warns below 39), evenly spaced so that training is deterministic.
    sample = np.ascontiguousarray(sub[:: max(1, len(sub) // (40 * parts))][: 40 * parts], dtype=np.float32)
    kmeans = faiss.Kmeans(emb.shape[1], parts, niter=10, seed=1234, spherical=True)
    kmeans.train(sample)
    centres = np.asarray(kmeans.centroids, dtype=np.float32)
    assign = search(centres, sub, 1)[1][:, 0]
    return centres[np.unique(assign)], _group_by(assign, rows, parts)


def _unit(row: np.ndarray) -> np.ndarray:
    return (row / max(float(np.linalg.norm(row)), 1e-12)).astype(np.float32)


def pair_arrays(
    emb: np.ndarray,
    groups: Sequence[str] | np.ndarray,
    *,
    k: int = NEIGHBOURS,
    min_score: float = MIN_SCORE,
    same_group: bool = False,
    exact: bool | None = None,
    progress: Hook | None = None,
) -> Candidates:
    """Pairs of rows among each other's k nearest neighbours, as arrays (see `pair_embeddings`).

    Args:
        groups: the group (article id) of each row, as strings or integer codes.
        exact: force exact or approximate search; None chooses by size (`neighbours`).
        progress: called as ``progress(done, total)`` as rows are searched.
    """
    n = len(emb)
    if n < 2:
        return _no_candidates()
    scores, ids = neighbours(emb, min(n, k + 1), exact=exact, progress=progress)
    return pairs_from_neighbours(scores, ids, groups, min_score=min_score, same_group=same_group)


def pairs_from_neighbours(
    scores: np.ndarray,
    ids: np.ndarray,
    groups: Sequence[str] | np.ndarray,
    *,
    min_score: float = MIN_SCORE,
    same_group: bool = False,
    rows: np.ndarray | None = None,
) -> Candidates:
    """Pairs from a neighbour table (row r of ``scores``/``ids`` lists the neighbours of row ``rows[r]``)."""
    codes = _group_codes(groups)
    if rows is None:
        rows = np.arange(len(ids), dtype=np.int64)
    return _merge(len(codes), *_keep(rows, scores, ids, codes, min_score=min_score, same_group=same_group))


def _group_codes(groups: Sequence[str] | np.ndarray) -> np.ndarray:
    values = np.asarray(groups)
    if values.dtype.kind in "iu":
        return values.astype(np.int64, copy=False)
    return np.unique(values, return_inverse=True)[1].astype(np.int64)


def _keep(
    row_ids: np.ndarray,
    scores: np.ndarray,
    ids: np.ndarray,
    codes: np.ndarray,
    *,
    min_score: float,
    same_group: bool,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, score) of the neighbours that pass: not the row itself, above the threshold, groups."""
    rows = np.broadcast_to(np.asarray(row_ids, dtype=np.int64)[:, None], ids.shape)
    keep = (ids >= 0) & (ids != rows) & (scores >= min_score)
    if not same_group:
        keep &= codes[rows] != codes[np.maximum(ids, 0)]
    i, j = rows[keep], ids[keep]
    return np.minimum(i, j), np.maximum(i, j), scores[keep]


def _merge(n: int, i: np.ndarray, j: np.ndarray, score: np.ndarray) -> Candidates:
    """One entry per (i, j) with the higher of its two scores, sorted by (i, j)."""
    score = np.round(score.astype(np.float64), 4)
    key = i * n + j
    order = np.lexsort((-score, key))
    key, score = key[order], score[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    key, score = key[first], score[first]
    return Candidates(i=key // n, j=key % n, score=score)


def _no_candidates() -> Candidates:
    empty = np.empty(0, dtype=np.int64)
    return Candidates(i=empty, j=empty, score=np.empty(0, dtype=np.float64))


def pair_embeddings(
    emb: np.ndarray,
    groups: Sequence[str],
    *,
    k: int = NEIGHBOURS,
    min_score: float = MIN_SCORE,
    same_group: bool = False,
) -> list[tuple[int, int, float]]:
    """Return (i, j, score) with i < j for rows that are among each other's k nearest neighbours.

    Args:
        emb: L2-normalised float32 rows, one per claim.
        groups: the article id of each row; pairs inside one group are kept only with ``same_group``.
        k: neighbours looked up per row (its own row and rows of its own group count among them).
        min_score: lowest cosine similarity kept.

    Example:
        >>> emb = np.array([[1, 0], [0.99, 0.141], [0, 1]], dtype="float32")
        >>> pair_embeddings(emb, ["a", "b", "c"], min_score=0.9)
        [(0, 1, 0.99)]
    """
    found = pair_arrays(emb, groups, k=k, min_score=min_score, same_group=same_group)
    return list(zip(found.i.tolist(), found.j.tolist(), found.score.tolist(), strict=True))


def recall_at(approx: np.ndarray, exact: np.ndarray) -> float:
    """Mean share of each row's exact neighbour ids that ``approx`` (same shape) also found."""
    hits = [
        len(np.intersect1d(a, e[e >= 0])) / max(1, int((e >= 0).sum()))
        for a, e in zip(approx, exact, strict=True)
    ]
    return float(np.mean(hits)) if hits else 1.0


def claim_text(claim: Claim) -> str:
    """The words a claim is embedded by: the quotation itself for quotes, else the sentence."""
    if claim.quote is not None:
        return claim.quote.text
    return claim.text


def embed_claims(model: Embedder, claims: Sequence[Claim], *, progress: Progress | None = None) -> np.ndarray:
    """One L2-normalised row per claim, in the order of ``claims``."""
    hook = (lambda done, total: progress("embedding", done, total)) if progress else None
    return embed_texts(model, [claim_text(claim) for claim in claims], progress=hook)


def pair_embedded(
    claims: Sequence[Claim], emb: np.ndarray, *, k: int = NEIGHBOURS, min_score: float = MIN_SCORE
) -> list[Pair]:
    """Pairs of claims of different articles whose rows of ``emb`` are near neighbours."""
    found = pair_arrays(emb, [claim.article_id for claim in claims], k=k, min_score=min_score)
    pairs = [
        _pair(claims[i], claims[j], score)
        for i, j, score in zip(found.i.tolist(), found.j.tolist(), found.score.tolist(), strict=True)
    ]
    return sorted(pairs, key=lambda pair: (pair.a, pair.b))


def split_quote_pairs(
    claims: Sequence[Claim], pairs: Sequence[Pair], *, min_score: float = MIN_SCORE
) -> tuple[list[Pair], list[Pair]]:
    """Pairs found down to `QUOTE_MIN_SCORE`, split into the pairs of ``min_score`` or more and the
    pairs of two quotation claims below it (what `compare.find_conflicts` reads as ``quote_pairs``).

    Example:
        >>> split_quote_pairs([], [])
        ([], [])
    """
    quotes = {claim.id for claim in claims if claim.kind == "quote"}
    kept = [pair for pair in pairs if pair.score >= min_score]
    low = [
        pair
        for pair in pairs
        if QUOTE_MIN_SCORE <= pair.score < min_score and pair.a in quotes and pair.b in quotes
    ]
    return kept, low


def _pair(one: Claim, other: Claim, score: float) -> Pair:
    a, b = sorted((one, other), key=lambda claim: claim.id)
    return Pair(a=a.id, b=b.id, score=score, same_article=a.article_id == b.article_id)
