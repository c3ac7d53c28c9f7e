"""The only module that knows the order of the stages.

articles -> sentences -> claims -> embeddings + FAISS -> pairs -> findings
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np

from .claims import extract_claims
from .compare import find_conflicts
from .compare.figures import FrameVectors, frame_text
from .config import DEFAULT_MODEL
from .embedding import DEFAULT_PRECISION, Embedder, embed_texts, load_model
from .pairing import MIN_SCORE, NEIGHBOURS, embed_claims, pair_embedded
from .types import Article, CheckRun, Claim, Pair

# progress(stage, done, total): the CLI draws bars with it; the library itself never prints.
Progress = Callable[[str, int, int], None]

# CheckRun lives in types (the reports read it without importing the stages); it stays importable
# from here for the callers that know it as the pipeline's result.
__all__ = [
    "CheckRun",
    "Progress",
    "check_embedded",
    "check_paired",
    "embed_frames",
    "extract_all",
    "run_check",
]


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
    embedder = load_model(model, precision)
    emb = embed_claims(embedder, claims, progress=progress)
    frames = embed_frames(embedder, claims)
    return check_embedded(
        articles, claims, emb, model=model or DEFAULT_MODEL, min_score=min_score, k=k, frames=frames
    )


def embed_frames(model: Embedder, claims: Sequence[Claim]) -> dict[str, np.ndarray]:
    """Claim id -> the embedding of its figure's frame (the words around the number, number masked),
    for every figure claim: what the comparison matches figures by (a pure map: partitionable)."""
    figures = [claim for claim in claims if claim.kind == "figure" and claim.figure is not None]
    vectors = embed_texts(model, [frame_text(claim) for claim in figures])
    return {claim.id: vectors[row] for row, claim in enumerate(figures)}


def check_embedded(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    emb: np.ndarray,
    *,
    model: str,
    min_score: float = MIN_SCORE,
    k: int = NEIGHBOURS,
    frames: FrameVectors | None = None,
) -> CheckRun:
    """Pair and compare claims whose embeddings are known (row i of ``emb`` is ``claims[i]``;
    ``frames`` as `embed_frames` gives them)."""
    pairs = pair_embedded(claims, emb, k=k, min_score=min_score)
    return check_paired(articles, claims, pairs, model=model, frames=frames)


def check_paired(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    pairs: Sequence[Pair],
    *,
    model: str,
    frames: FrameVectors | None = None,
) -> CheckRun:
    """Compare claims whose pairs are known (the store reads them from its neighbour table).

    Without ``frames`` (the figure frames' embeddings, `embed_frames`) figures are matched by
    their subject keys, as before frames existed."""
    lookup = {article.id: article for article in articles}
    conflicts, links = find_conflicts(claims, pairs, lookup, frames=frames)
    return CheckRun(
        articles=tuple(articles),
        claims=tuple(claims),
        pairs=tuple(pairs),
        conflicts=tuple(conflicts),
        links=tuple(links),
        model=model,
    )
