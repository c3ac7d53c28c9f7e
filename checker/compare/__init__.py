"""Findings: where paired claims disagree, with stable ids and the most severe first."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from ..types import Article, Claim, Conflict, FigureLink, Pair
from .figures import figure_conflicts, link_figures
from .quotes import compare_quotes
from .statements import compare_statements

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}


def find_conflicts(
    claims: Sequence[Claim], pairs: Sequence[Pair], articles: Mapping[str, Article]
) -> tuple[list[Conflict], list[FigureLink]]:
    """Compare figures (by subject), quotations (by speaker and wording) and near-identical statements.

    Returns the findings, ordered most severe first and numbered ``F001``, ``F002``, ..., and
    every figure link of the ledger (conflicting or not), so the reports can show both.
    """
    links = link_figures(claims, articles)
    found = [
        *figure_conflicts(links, claims, articles),
        *compare_quotes(claims, pairs, articles),
        *compare_statements(claims, pairs, articles),
    ]
    found.sort(key=_rank)
    numbered = [dataclasses.replace(conflict, id=f"F{n:03d}") for n, conflict in enumerate(found, 1)]
    return numbered, links


def _rank(conflict: Conflict) -> tuple[int, str, str, tuple[str, ...]]:
    return (SEVERITY_RANK[conflict.severity], conflict.kind, conflict.label, conflict.claim_ids)
