import numpy as np

from checker import pairing
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
    for i, _j, _ in first:
        per_row[i] = per_row.get(i, 0) + 1
    assert len(first) <= 50 * 3


def test_tiny_inputs():
    assert pair_embeddings(unit([[1, 0]]), ["a"]) == []


def clusters(n_clusters: int, per_cluster: int, dim: int = 16, seed: int = 3) -> np.ndarray:
    """Hand-made claim vectors: tight clusters (claims of one story) around random centres."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(n_clusters, dim))
    return unit(
        np.repeat(centres, per_cluster, axis=0) + 0.3 * rng.normal(size=(n_clusters * per_cluster, dim))
    )


def test_clustered_search_finds_the_exact_neighbours(monkeypatch):
    # Small lists and first-level clusters, so that 2,000 rows go through every step of the clustered search.
    monkeypatch.setattr(pairing, "ROWS_PER_LIST", 32)
    monkeypatch.setattr(pairing, "TOP_ROWS", 256)
    emb = clusters(40, 50)
    _, exact = pairing.neighbours(emb, 10, exact=True)
    _, approx = pairing.neighbours(emb, 10, exact=False)
    assert pairing.recall_at(approx, exact) >= 0.95
    groups = [str(i % 7) for i in range(len(emb))]
    exact_pairs = set(pair_embeddings(emb, groups, min_score=0.9))
    approx_found = pairing.pair_arrays(emb, groups, min_score=0.9, exact=False)
    approx_pairs = set(
        zip(approx_found.i.tolist(), approx_found.j.tolist(), approx_found.score.tolist(), strict=True)
    )
    assert len(exact_pairs & approx_pairs) >= 0.95 * len(exact_pairs)


def test_exact_search_is_chosen_up_to_the_measured_size():
    emb = clusters(4, 5)
    scores, ids = pairing.neighbours(emb, 3)
    assert ids[:, 0].tolist() == list(range(20))  # every row is its own nearest neighbour
    assert (scores[:, 0] > 0.999).all()


def test_pairs_from_a_neighbour_table_of_some_rows():
    # Rows 2 and 3 were searched (e.g. the new claims of a store); their tables point to any row.
    ids = np.array([[2, 0, 3], [3, 2, 1]])
    scores = np.array([[1.0, 0.95, 0.5], [1.0, 0.5, 0.91]], dtype="float32")
    found = pairing.pairs_from_neighbours(
        scores, ids, ["a", "b", "c", "c"], min_score=0.9, rows=np.array([2, 3])
    )
    assert list(zip(found.i.tolist(), found.j.tolist(), strict=True)) == [(0, 2), (1, 3)]
    assert found.score.tolist() == [0.95, 0.91]


def test_integer_group_codes_work_like_article_ids():
    emb = unit([[1, 0, 0], [0.98, 0.2, 0], [1, 0.01, 0], [0, 0, 1]])
    found = pairing.pair_arrays(emb, np.array([0, 1, 0, 2]), min_score=0.9)
    as_tuples = list(zip(found.i.tolist(), found.j.tolist(), found.score.tolist(), strict=True))
    assert as_tuples == pair_embeddings(emb, ["a", "b", "a", "c"], min_score=0.9)


def test_quotation_pairs_below_the_threshold_are_kept_apart():
    from checker.pairing import QUOTE_MIN_SCORE, split_quote_pairs
    from checker.types import Claim, Pair

    def claim(cid, kind):
        return Claim(id=cid, article_id=cid[0], kind=kind, text=cid, start=0, end=1)

    claims = [claim("a1", "quote"), claim("b1", "quote"), claim("c1", "figure"), claim("d1", "quote")]
    pairs = [
        Pair("a1", "b1", 0.95, False),  # a pair
        Pair("a1", "d1", 0.89, False),  # a quotation pair
        Pair("a1", "c1", 0.89, False),  # a quote and a figure below the threshold: neither
        Pair("b1", "d1", QUOTE_MIN_SCORE - 0.01, False),  # below the quotation threshold: neither
    ]
    kept, quotes = split_quote_pairs(claims, pairs, min_score=0.92)
    assert [(p.a, p.b) for p in kept] == [("a1", "b1")]
    assert [(p.a, p.b) for p in quotes] == [("a1", "d1")]
