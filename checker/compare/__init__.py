"""Findings: where paired claims disagree, with stable ids and the most severe first."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from ..types import Article, Claim, Conflict, FigureLink, Pair
from .figure_links import compare_figures
from .figures import FrameVectors, figure_conflicts
from .quotes import compare_quotes
from .statements import compare_statements

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}


def find_conflicts(
    claims: Sequence[Claim],
    pairs: Sequence[Pair],
    articles: Mapping[str, Article],
    *,
    frames: FrameVectors | None = None,
    quote_pairs: Sequence[Pair] = (),
) -> tuple[list[Conflict], list[FigureLink]]:
    """Compare figures (by what they count), quotations (by speaker and wording) and near-identical
    statements.

    Args:
        frames: claim id -> the embedding of a figure claim's frame (``compare.figures.frame_text``);
            without them figures are matched by their subject keys.
        quote_pairs: pairs of two quotation claims below the pairing threshold
            (`pairing.split_quote_pairs`), read by the quotation comparison only.

    Returns the findings, ordered most severe first and numbered ``F001``, ``F002``, ..., and
    every figure link of the ledger (conflicting or not), so the reports can show both.
    """
    article_of = {claim.id: claim.article_id for claim in claims}
    related = {
        (min(x, y), max(x, y))
        for pair in pairs
        if (x := article_of.get(pair.a)) and (y := article_of.get(pair.b)) and x != y
    }
    figures = compare_figures(claims, articles, frames=frames, related=related)
    links = figures.links
    found = [
        *figure_conflicts(links, claims, articles, comparison=figures),
        *compare_quotes(claims, pairs, articles, quote_pairs=quote_pairs),
        *compare_statements(claims, pairs, articles),
    ]
    found.sort(key=_rank)
    numbered = [dataclasses.replace(conflict, id=f"F{n:03d}") for n, conflict in enumerate(found, 1)]
    return numbered, links


def _rank(conflict: Conflict) -> tuple[int, str, str, tuple[str, ...]]:
    return (SEVERITY_RANK[conflict.severity], conflict.kind, conflict.label, conflict.claim_ids)
