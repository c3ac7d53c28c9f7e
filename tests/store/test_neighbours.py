"""The neighbour table: updated segment by segment (exact), or joined over lists of one quantizer."""

from __future__ import annotations

import types

import numpy as np
import pytest

from checker import pairing
from checker.store import neighbours, sharded
from checker.store.layout import Segment, segment_path


def clustered_rows(n: int, *, dim: int = 64, seed: int = 3) -> np.ndarray:
    """Rows around 40 topic directions with a shared one (as claim vectors are), normalised."""
    rng = np.random.default_rng(seed)
    topics = rng.standard_normal((40, dim))
    rows = (
        0.8 * rng.standard_normal(dim) + topics[rng.integers(0, 40, n)] + 0.5 * rng.standard_normal((n, dim))
    )
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def write_segments(root, emb: np.ndarray, size: int) -> list[Segment]:
    out = []
    for number, start in enumerate(range(0, len(emb), size), 1):
        segment_path(root, number).mkdir(parents=True)
        np.save(segment_path(root, number) / "embeddings.npy", emb[start : start + size])
        out.append(Segment(number, 0, len(emb[start : start + size]), {}))
    return out


def test_merging_keeps_the_best_k_with_ties_to_the_lower_id():
    scores = np.array([[1.0, 0.5, -np.inf]], dtype=np.float32)
    s, i = neighbours.top(
        scores, np.array([[0, 3, -1]]), np.array([[0.5, 0.2]], np.float32), np.array([[1, 8]]), 3
    )
    assert i.tolist() == [[0, 1, 3]]
    assert s[0].tolist() == [1.0, 0.5, 0.5]


@pytest.mark.parametrize("block_rows", [100, 250, 600, 50_000])
def test_block_by_block_gives_the_table_of_one_search(tmp_path, monkeypatch, block_rows):
    monkeypatch.setattr(neighbours, "BLOCK_ROWS", block_rows)  # a segment per block .. all in one
    emb = clustered_rows(900)
    placed = write_segments(tmp_path, emb, 250)
    ids, scores = neighbours.updated_table(tmp_path, None, None, placed, 11, neighbours.run_in_turn)
    one_scores, one_ids = pairing.search(emb, emb, 11)
    assert [set(row) for row in ids.tolist()] == [set(row) for row in one_ids.tolist()]
    assert np.allclose(scores, one_scores, atol=1e-6)


def test_an_add_to_old_segments_merges_into_their_rows_as_one_search_would(tmp_path, monkeypatch):
    monkeypatch.setattr(neighbours, "BLOCK_ROWS", 300)
    emb = clustered_rows(900)
    placed = write_segments(tmp_path, emb, 200)  # 4 old segments (800 rows), 1 new (100 rows)
    old_ids, old_scores = neighbours.updated_table(
        tmp_path, None, None, placed[:4], 11, neighbours.run_in_turn
    )
    manifest = types.SimpleNamespace(segments=tuple(placed[:4]))
    ids, scores = neighbours.updated_table(
        tmp_path, manifest, (old_ids, old_scores), placed[4:], 11, neighbours.run_in_turn
    )
    one_scores, one_ids = pairing.search(emb, emb, 11)
    assert ids.tolist() == one_ids.tolist()
    assert np.allclose(scores, one_scores, atol=1e-6)


def test_blocks_group_consecutive_segments_and_skip_empty_ones():
    placed = [
        (Segment(n, 0, rows, {}), start)
        for n, rows, start in [(1, 40, 0), (2, 0, 40), (3, 70, 40), (4, 30, 110)]
    ]
    assert [[s.number for s, _ in block] for block in neighbours.blocks(placed, 100)] == [[1], [3, 4]]
    assert [[s.number for s, _ in block] for block in neighbours.blocks(placed, 10)] == [[1], [3], [4]]


def test_the_sharded_join_finds_nearly_all_exact_neighbours_and_is_deterministic(tmp_path):
    emb = clustered_rows(6000)
    placed = write_segments(tmp_path, emb, 1000)
    ids, _ = sharded.sharded_table(tmp_path, placed, 11, neighbours.run_in_turn)
    truth = pairing.search(emb, emb, 10)[1]
    assert pairing.recall_at(ids[:, :10], truth) >= 0.95
    again, _ = sharded.sharded_table(tmp_path, placed, 11, neighbours.run_in_turn)
    assert (again == ids).all()


def test_the_best_k_of_a_similarity_block_are_sorted_with_ties_to_the_lower_id():
    sims = np.array([[0.2, 0.9, 0.9, 0.1]], dtype=np.float32)
    scores, ids = sharded._best(sims, np.array([10, 30, 20, 40]), 3)
    assert ids.tolist() == [[20, 30, 10]]
    assert scores.tolist() == [[np.float32(0.9), np.float32(0.9), np.float32(0.2)]]
