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
from .pairing import MIN_SCORE, NEIGHBOURS, QUOTE_MIN_SCORE, embed_claims, pair_embedded, split_quote_pairs
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
    "frame_rows",
    "framed_claims",
    "frames_by_id",
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
    return frames_by_id(claims, frame_rows(model, claims))


def framed_claims(claims: Sequence[Claim]) -> list[Claim]:
    """The claims that have a frame, in order: the figure claims (the store keeps their frames'
    rows in this order)."""
    return [claim for claim in claims if claim.kind == "figure" and claim.figure is not None]


def frame_rows(model: Embedder, claims: Sequence[Claim]) -> np.ndarray:
    """The frames' embeddings as rows, one per claim of `framed_claims`."""
    return embed_texts(model, [frame_text(claim) for claim in framed_claims(claims)])


def frames_by_id(claims: Sequence[Claim], rows: np.ndarray) -> dict[str, np.ndarray]:
    """Claim id -> its frame's row, from rows in the order of `framed_claims`."""
    framed = framed_claims(claims)
    if len(framed) != len(rows):
        raise ValueError(f"{len(rows)} frame rows for {len(framed)} figure claims")
    return {claim.id: rows[row] for row, claim in enumerate(framed)}


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
    ``frames`` as `embed_frames` gives them). One neighbour search gives the pairs of ``min_score``
    and the quotation pairs below it (`pairing.split_quote_pairs`)."""
    found = pair_embedded(claims, emb, k=k, min_score=min(min_score, QUOTE_MIN_SCORE))
    pairs, quote_pairs = split_quote_pairs(claims, found, min_score=min_score)
    return check_paired(articles, claims, pairs, model=model, frames=frames, quote_pairs=quote_pairs)


def check_paired(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    pairs: Sequence[Pair],
    *,
    model: str,
    frames: FrameVectors | None = None,
    quote_pairs: Sequence[Pair] = (),
) -> CheckRun:
    """Compare claims whose pairs are known (the store reads them from its neighbour table).

    ``quote_pairs``: pairs of two quotation claims below the pairing threshold, which only the
    quotation comparison reads (they are not in the run's ``pairs``).

    Without ``frames`` (the figure frames' embeddings, `embed_frames`) figures are matched by
    their subject keys, as before frames existed."""
    lookup = {article.id: article for article in articles}
    conflicts, links = find_conflicts(claims, pairs, lookup, frames=frames, quote_pairs=quote_pairs)
    return CheckRun(
        articles=tuple(articles),
        claims=tuple(claims),
        pairs=tuple(pairs),
        conflicts=tuple(conflicts),
        links=tuple(links),
        model=model,
    )
