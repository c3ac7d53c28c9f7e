"""Candidate pairs: each claim with its nearest claims of other articles, through FAISS.

`pair_embeddings` is the pure array core (tests feed it hand-written vectors);
`pair_claims` wraps it with the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import faiss
import numpy as np

from .embedding import embed_texts
from .types import Claim, Pair

# Cosine similarity of multilingual-e5-small ("passage: " prompt) above which two claims are
# taken as saying the same thing. e5 scores sit high even for unrelated text of one topic, so the
# threshold is high; measured on the seed and news articles (docs/pairing.md has the figures).
MIN_SCORE = 0.86
NEIGHBOURS = 10

Progress = Callable[[str, int, int], None]


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
        k: neighbours looked up per row (beyond rows of its own group).
        min_score: lowest cosine similarity kept.

    Example:
        >>> emb = np.array([[1, 0], [0.99, 0.141], [0, 1]], dtype="float32")
        >>> pair_embeddings(emb, ["a", "b", "c"], min_score=0.9)
        [(0, 1, 0.99)]
    """
    n = len(emb)
    if n < 2:
        return []
    index = faiss.IndexFlatIP(emb.shape[1])
    index.add(np.ascontiguousarray(emb, dtype="float32"))
    scores, neighbours = index.search(np.ascontiguousarray(emb, dtype="float32"), min(n, k + 1))
    found: dict[tuple[int, int], float] = {}
    for i in range(n):
        for score, j in zip(scores[i], neighbours[i], strict=True):
            if j < 0 or j == i or score < min_score:
                continue
            if groups[i] == groups[j] and not same_group:
                continue
            key = (min(i, int(j)), max(i, int(j)))
            found[key] = max(found.get(key, -1.0), round(float(score), 4))
    return sorted((i, j, s) for (i, j), s in found.items())


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
    groups = [claim.article_id for claim in claims]
    found = pair_embeddings(emb, groups, k=k, min_score=min_score)
    pairs = [_pair(claims[i], claims[j], score) for i, j, score in found]
    return sorted(pairs, key=lambda pair: (pair.a, pair.b))


def _pair(one: Claim, other: Claim, score: float) -> Pair:
    a, b = sorted((one, other), key=lambda claim: claim.id)
    return Pair(a=a.id, b=b.id, score=score, same_article=a.article_id == b.article_id)
