"""The only module that knows the order of the stages.

articles -> sentences -> claims -> embeddings + FAISS -> pairs -> findings
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np

from .claims import extract_claims
from .compare import find_conflicts
from .config import DEFAULT_MODEL
from .embedding import DEFAULT_PRECISION, load_model
from .pairing import MIN_SCORE, NEIGHBOURS, embed_claims, pair_embedded
from .types import Article, CheckRun, Claim, Pair

# progress(stage, done, total): the CLI draws bars with it; the library itself never prints.
Progress = Callable[[str, int, int], None]

# CheckRun lives in types (the reports read it without importing the stages); it stays importable
# from here for the callers that know it as the pipeline's result.
__all__ = ["CheckRun", "Progress", "check_embedded", "check_paired", "extract_all", "run_check"]


def extract_all(articles: Iterable[Article], *, progress: Progress | None = None) -> list[Claim]:
    """Claims of every article, article by article (a pure map: partitionable)."""
    articles = list(articles)
    claims: list[Claim] = []
    for done, article in enumerate(articles, 1):
        claims.extend(extract_claims(article))
        if progress:
            progress("extracting", done, len(articles))
    return claims


def run_check(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    precision: str = DEFAULT_PRECISION,
    min_score: float = MIN_SCORE,
    k: int = NEIGHBOURS,
    progress: Progress | None = None,
) -> CheckRun:
    """Run every stage on a batch of articles."""
    claims = extract_all(articles, progress=progress)
    emb = embed_claims(load_model(model, precision), claims, progress=progress)
    return check_embedded(articles, claims, emb, model=model or DEFAULT_MODEL, min_score=min_score, k=k)


def check_embedded(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    emb: np.ndarray,
    *,
    model: str,
    min_score: float = MIN_SCORE,
    k: int = NEIGHBOURS,
) -> CheckRun:
    """Pair and compare claims whose embeddings are known (row i of ``emb`` is ``claims[i]``)."""
    pairs = pair_embedded(claims, emb, k=k, min_score=min_score)
    return check_paired(articles, claims, pairs, model=model)


def check_paired(
    articles: Sequence[Article], claims: Sequence[Claim], pairs: Sequence[Pair], *, model: str
) -> CheckRun:
    """Compare claims whose pairs are known (the store reads them from its neighbour table)."""
    conflicts, links = find_conflicts(claims, pairs, {article.id: article for article in articles})
    return CheckRun(
        articles=tuple(articles),
        claims=tuple(claims),
        pairs=tuple(pairs),
        conflicts=tuple(conflicts),
        links=tuple(links),
        model=model,
    )
