"""Candidate pairs: each claim with its nearest claims of other articles, through FAISS.

`pair_arrays` is the pure array core (tests feed it hand-written vectors), `pair_embeddings` its
list-of-tuples form; `pair_claims` wraps it with the model. Exact search is used up to
`EXACT_MAX_ROWS` rows, an inverted-file index beyond (docs/benchmarks.md has the measurements).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import faiss
import numpy as np

from .embedding import embed_texts
from .types import Claim, Pair

# Cosine similarity of multilingual-e5-small ("passage: " prompt) above which two claims are
# taken as saying the same thing. e5 scores sit high even for unrelated text of one topic, so the
# threshold is high; measured on the seed and news articles (docs/pairing.md has the figures).
MIN_SCORE = 0.86
NEIGHBOURS = 10

# Up to this many rows exact search is fast enough (measured: docs/benchmarks.md, "Pairing").
EXACT_MAX_ROWS = 100_000
# Inverted-file index: about this many rows per list, and this many lists visited per query.
# Lists of a fixed size keep the cost per query nearly constant as the corpus grows.
ROWS_PER_LIST = 1024
PROBES = 24
# Rows searched at once: bounds the memory of the (rows x k) result arrays.
QUERY_BATCH = 65_536

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class Candidates:
    """Pairs as parallel arrays: rows ``i < j`` and their rounded cosine ``score``, sorted by (i, j)."""

    i: np.ndarray
    j: np.ndarray
    score: np.ndarray

    def __len__(self) -> int:
        return len(self.i)


def build_index(emb: np.ndarray, *, exact: bool | None = None) -> faiss.Index:
    """An inner-product FAISS index over ``emb``: exact up to `EXACT_MAX_ROWS` rows, else IVF.

    Args:
        emb: L2-normalised float32 rows.
        exact: force exact (True) or approximate (False) search; None chooses by size.
    """
    n, dim = emb.shape
    if exact is None:
        exact = n <= EXACT_MAX_ROWS
    if exact:
        index: faiss.Index = faiss.IndexFlatIP(dim)
    else:
        index = _ivf_index(emb)
    _add(index, emb)
    return index


def _ivf_index(emb: np.ndarray) -> faiss.Index:
    n, dim = emb.shape
    lists = max(1, n // ROWS_PER_LIST)
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFFlat(quantizer, dim, lists, faiss.METRIC_INNER_PRODUCT)
    index.cp.niter = 10
    # 40 rows per list: FAISS warns below 39; an evenly spaced sample keeps training deterministic.
    sample = emb[:: max(1, n // (40 * lists))][: 40 * lists]
    index.train(np.ascontiguousarray(sample, dtype=np.float32))
    index.nprobe = min(PROBES, lists)
    return index


def _add(index: faiss.Index, emb: np.ndarray) -> None:
    for start in range(0, len(emb), QUERY_BATCH):
        index.add(np.ascontiguousarray(emb[start : start + QUERY_BATCH], dtype=np.float32))


def search(
    index: faiss.Index, emb: np.ndarray, k: int, *, progress: Callable[[int, int], None] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` nearest rows of ``index`` for every row of ``emb``: (scores, ids), batch by batch."""
    scores = np.empty((len(emb), k), dtype=np.float32)
    ids = np.empty((len(emb), k), dtype=np.int64)
    for start in range(0, len(emb), QUERY_BATCH):
        batch = np.ascontiguousarray(emb[start : start + QUERY_BATCH], dtype=np.float32)
        scores[start : start + len(batch)], ids[start : start + len(batch)] = index.search(batch, k)
        if progress:
            progress(start + len(batch), len(emb))
    return scores, ids


def pair_arrays(
    emb: np.ndarray,
    groups: Sequence[str] | np.ndarray,
    *,
    k: int = NEIGHBOURS,
    min_score: float = MIN_SCORE,
    same_group: bool = False,
    exact: bool | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Candidates:
    """Pairs of rows among each other's k nearest neighbours, as arrays (see `pair_embeddings`).

    Args:
        groups: the group (article id) of each row, as strings or integer codes.
        exact: force exact or approximate search; None chooses by size (`build_index`).
        progress: called as ``progress(done, total)`` after each batch of searched rows.
    """
    n = len(emb)
    if n < 2:
        return _no_candidates()
    codes = _group_codes(groups)
    index = build_index(emb, exact=exact)
    found = []
    for start in range(0, n, QUERY_BATCH):
        rows = emb[start : start + QUERY_BATCH]
        scores, ids = search(index, rows, min(n, k + 1))
        found.append(_keep(start, scores, ids, codes, min_score=min_score, same_group=same_group))
        if progress:
            progress(start + len(rows), n)
    return _merge(n, found)


def _group_codes(groups: Sequence[str] | np.ndarray) -> np.ndarray:
    values = np.asarray(groups)
    if values.dtype.kind in "iu":
        return values.astype(np.int64, copy=False)
    return np.unique(values, return_inverse=True)[1].astype(np.int64)


def _keep(
    start: int, scores: np.ndarray, ids: np.ndarray, codes: np.ndarray, *, min_score: float, same_group: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, score) of one batch's neighbours that pass: not itself, above the threshold, groups."""
    rows = np.arange(start, start + len(ids), dtype=np.int64)[:, None]
    rows = np.broadcast_to(rows, ids.shape)
    keep = (ids >= 0) & (ids != rows) & (scores >= min_score)
    if not same_group:
        keep &= codes[rows] != codes[np.maximum(ids, 0)]
    i, j = rows[keep], ids[keep]
    return np.minimum(i, j), np.maximum(i, j), scores[keep]


def _merge(n: int, found: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> Candidates:
    """One entry per (i, j) with the higher of its two scores, sorted by (i, j)."""
    i = np.concatenate([part[0] for part in found])
    j = np.concatenate([part[1] for part in found])
    score = np.round(np.concatenate([part[2] for part in found]).astype(np.float64), 4)
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
    """Mean share of each row's exact neighbours (ids, rows x k) that ``approx`` also found."""
    hits = [
        len(np.intersect1d(a[a >= 0], e[e >= 0])) / max(1, int((e >= 0).sum()))
        for a, e in zip(approx, exact, strict=True)
    ]
    return float(np.mean(hits)) if hits else 1.0


def exact_neighbours(emb: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """Ids of the exact ``k`` nearest rows of ``emb`` for each query (brute force, batch by batch)."""
    index = faiss.IndexFlatIP(emb.shape[1])
    _add(index, emb)
    return search(index, queries, k)[1]


def claim_text(claim: Claim) -> str:
    """The words a claim is embedded by: the quotation itself for quotes, else the sentence."""
    if claim.quote is not None:
        return claim.quote.text
    return claim.text


def embed_claims(model: object, claims: Sequence[Claim], *, progress: Progress | None = None) -> np.ndarray:
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


def _pair(one: Claim, other: Claim, score: float) -> Pair:
    a, b = sorted((one, other), key=lambda claim: claim.id)
    return Pair(a=a.id, b=b.id, score=score, same_article=a.article_id == b.article_id)


def suggested_lists(n: int) -> int:
    """Number of inverted lists for ``n`` rows (exposed for the benchmarks)."""
    return max(1, math.ceil(n / ROWS_PER_LIST))
