"""The neighbour table of all claims: the k nearest rows of every row, kept up to date segment by segment.

An add searches only new rows against all rows and all old rows against the new rows (exact), so
it costs a fraction of a rebuild. The work is cut into blocks of consecutive segments of up to
`BLOCK_ROWS` rows: `nearest_in` searches one block's rows against some blocks' rows, reading each
from disk in turn (memory: two blocks at a time); a `Mapper` runs those searches one after another
or, on a cluster, side by side. Blocks rather than single segments, because a cluster's add writes
many small segments, and one search per pair of them cost more than the search itself (31 segments
of 9,083 claims: 961 searches, 25 s in one process, against 2.6 s for one search).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..pairing import MIN_SCORE, QUOTE_MIN_SCORE, neighbours, pairs_from_neighbours, search, split_quote_pairs
from ..types import Claim, Pair
from .layout import TABLE_SUFFIX, Manifest, Segment, damaged, generation_path
from .segments import embeddings

# mapper(function, argument tuples, shared arguments) -> [function(*shared, *args) for each], in
# order: `run_in_turn`, or a cluster's map (which sends the shared arguments to each worker once).
Mapper = Callable[[Callable[..., Any], Sequence[tuple[Any, ...]], tuple[Any, ...]], list[Any]]
Table = tuple[np.ndarray, np.ndarray]  # (ids int64, scores float32), each n x k
Block = tuple[tuple[Segment, int], ...]  # consecutive segments, each with the number of its first row

BLOCK_ROWS = 50_000  # rows searched together: two blocks of 384-dim float32 rows are 150 MB


def run_in_turn(
    function: Callable[..., Any], arguments: Sequence[tuple[Any, ...]], shared: tuple[Any, ...] = ()
) -> list[Any]:
    return [function(*shared, *args) for args in arguments]


def first_table(emb: np.ndarray, k: int) -> Table:
    """The table of a new store's one segment: `pairing.neighbours` (exact, clustered when large)."""
    scores, ids = neighbours(emb, min(k, len(emb))) if len(emb) else empty_table(0, k)
    return pad(ids, scores, k)


def updated_table(
    root: Path, old: Manifest | None, old_table: Table | None, new: Sequence[Segment], k: int, mapper: Mapper
) -> Table:
    """The table with the rows of the ``new`` segments: new against all, old against new, merged."""
    old_segments = old.segments if old else ()
    everything = (*old_segments, *new)
    starts = np.cumsum([0] + [s.claims for s in everything]).tolist()
    placed = list(zip(everything, starts, strict=False))
    old_blocks = blocks(placed[: len(old_segments)])
    new_blocks = blocks(placed[len(old_segments) :])
    new_rows = mapper(
        nearest_in, [(block, (*old_blocks, *new_blocks)) for block in new_blocks], (str(root), k)
    )
    old_rows = mapper(nearest_in, [(block, new_blocks) for block in old_blocks], (str(root), k))
    ids, scores = old_table if old_table is not None else empty_ids_scores(0, k)
    for (more_scores, more_ids), block in zip(old_rows, old_blocks, strict=True):
        rows = slice(block[0][1], block[0][1] + len(more_ids))
        scores[rows], ids[rows] = top(scores[rows], ids[rows], more_scores, more_ids, k)
    if not new_rows:
        return ids, scores
    return np.concatenate([ids, *[i for _, i in new_rows]]), np.concatenate(
        [scores, *[s for s, _ in new_rows]]
    )


def blocks(placed: Sequence[tuple[Segment, int]], max_rows: int | None = None) -> list[Block]:
    """Consecutive segments with claims, grouped into blocks of up to ``max_rows`` rows (a larger
    segment is a block of its own)."""
    limit = max_rows or BLOCK_ROWS
    out: list[list[tuple[Segment, int]]] = []
    rows = 0
    for segment, start in placed:
        if not segment.claims:
            continue
        if not out or rows + segment.claims > limit:
            out.append([])
            rows = 0
        out[-1].append((segment, start))
        rows += segment.claims
    return [tuple(block) for block in out]


def nearest_in(root: str, k: int, query: Block, bases: Sequence[Block]) -> tuple[np.ndarray, np.ndarray]:
    """The k nearest rows among the ``bases`` blocks of every row of the ``query`` block:
    (scores, global ids), each (rows of the query) x k."""
    queries = block_rows(Path(root), query)
    scores, ids = empty_table(len(queries), k)
    for base in bases:
        more_scores, more_ids = search(block_rows(Path(root), base), queries, k)
        scores, ids = top(scores, ids, more_scores, more_ids + base[0][1], k)
    return scores, ids


def block_rows(root: Path, block: Block) -> np.ndarray:
    """The embeddings of a block's segments, as one array."""
    return np.concatenate([np.asarray(embeddings(root, segment)) for segment, _ in block])


def empty_table(n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(scores, ids) of n rows without neighbours: -inf and -1."""
    return np.full((n, k), -np.inf, dtype=np.float32), np.full((n, k), -1, dtype=np.int64)


def empty_ids_scores(n: int, k: int) -> Table:
    scores, ids = empty_table(n, k)
    return ids, scores


def pad(ids: np.ndarray, scores: np.ndarray, k: int) -> Table:
    empty_scores, empty_ids = empty_table(len(ids), k)
    empty_ids[:, : ids.shape[1]], empty_scores[:, : ids.shape[1]] = ids, scores
    return empty_ids, empty_scores


def top(
    scores: np.ndarray, ids: np.ndarray, more_scores: np.ndarray, more_ids: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the k best of two neighbour lists (ties: the lower id first, as FAISS does)."""
    all_scores = np.concatenate([scores, more_scores], axis=1)
    all_ids = np.concatenate([ids, more_ids], axis=1)
    order = (
        np.lexsort((all_ids, -all_scores), axis=1)[:, :k] if all_ids.size else np.zeros((len(ids), 0), int)
    )
    return np.take_along_axis(all_scores, order, axis=1), np.take_along_axis(all_ids, order, axis=1)


def read_table(root: Path, manifest: Manifest) -> Table:
    """The generation's neighbour table, checked against the manifest's row count and k."""
    return load_table(generation_path(root, manifest.generation, TABLE_SUFFIX), manifest.claims, manifest.k)


def load_table(path: Path, rows: int, k: int) -> Table:
    try:  # the file is opened here: np.load leaves a file it opened itself open when it is no zip
        with path.open("rb") as f, np.load(f, allow_pickle=False) as table:
            ids, scores = table["ids"], table["scores"]
    except FileNotFoundError as e:
        raise damaged(f"the neighbour table {path} is missing") from e
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as e:
        raise damaged(f"the neighbour table {path} cannot be read ({type(e).__name__}: {e})") from e
    if ids.shape != (rows, k) or scores.shape != (rows, k):
        raise damaged(f"the neighbour table {path} has shape {ids.shape}, expected {(rows, k)}")
    return ids, scores


def table_pairs(claims: Sequence[Claim], table: Table, *, min_score: float = MIN_SCORE) -> list[Pair]:
    """The pairs of claims of different articles that the neighbour table holds (as a check pairs them)."""
    ids, scores = table
    found = pairs_from_neighbours(scores, ids, [claim.article_id for claim in claims], min_score=min_score)
    pairs = []
    for i, j, score in zip(found.i.tolist(), found.j.tolist(), found.score.tolist(), strict=True):
        a, b = sorted((claims[i], claims[j]), key=lambda claim: claim.id)
        pairs.append(Pair(a=a.id, b=b.id, score=score, same_article=a.article_id == b.article_id))
    return sorted(pairs, key=lambda pair: (pair.a, pair.b))


def stored_pairs(
    claims: Sequence[Claim], table: Table, *, min_score: float = MIN_SCORE
) -> tuple[list[Pair], list[Pair]]:
    """The pairs of ``min_score`` and the quotation pairs below it, as a plain check finds them in
    its one neighbour search (`pipeline.check_embedded`)."""
    found = table_pairs(claims, table, min_score=min(min_score, QUOTE_MIN_SCORE))
    return split_quote_pairs(claims, found, min_score=min_score)
