import numpy as np

from checker.pairing import pair_embeddings


def unit(rows):
    emb = np.asarray(rows, dtype="float32")
    return emb / np.linalg.norm(emb, axis=1, keepdims=True)


def test_pairs_only_across_articles_above_the_threshold():
    emb = unit([[1, 0, 0], [0.98, 0.2, 0], [1, 0.01, 0], [0, 0, 1]])
    pairs = pair_embeddings(emb, ["a", "b", "a", "c"], min_score=0.9)
    assert [(i, j) for i, j, _ in pairs] == [(0, 1), (1, 2)]
    assert all(score >= 0.9 for *_, score in pairs)


def test_same_article_pairs_on_request():
    emb = unit([[1, 0], [1, 0.05]])
    assert pair_embeddings(emb, ["a", "a"], min_score=0.9) == []
    assert [(i, j) for i, j, _ in pair_embeddings(emb, ["a", "a"], min_score=0.9, same_group=True)] == [
        (0, 1)
    ]


def test_k_limits_the_neighbours_and_output_is_deterministic():
    rng = np.random.default_rng(7)
    emb = unit(rng.normal(size=(50, 8)))
    groups = [str(i % 5) for i in range(50)]
    first = pair_embeddings(emb, groups, k=3, min_score=-1)
    assert first == pair_embeddings(emb, groups, k=3, min_score=-1)
    per_row: dict[int, int] = {}
    for i, j, _ in first:
        per_row[i] = per_row.get(i, 0) + 1
    assert len(first) <= 50 * 3


def test_tiny_inputs():
    assert pair_embeddings(unit([[1, 0]]), ["a"]) == []
