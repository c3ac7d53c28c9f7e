"""Records <-> the plain dicts of the contract (report.json, `checker extract` lines).

The contract's fields are written exactly; internal helper fields (a figure's subject_key, a
quote's style and role, a finding's details) go to the records' own side files, never into it.
"""

from __future__ import annotations

from typing import Any

from .types import Article, Claim, Conflict, Figure, Quote

ARTICLE_FIELDS = ("id", "title", "source", "url", "published", "lang")
FIGURE_FIELDS = (
    "value", "low", "high", "unit", "subject", "qualifier", "modality", "scope",
    "as_of", "source", "surface", "start", "end",
)  # fmt: skip
QUOTE_FIELDS = (
    "text", "start", "end", "direct", "speaker", "speaker_mention", "speaker_start", "speaker_end", "cue",
)  # fmt: skip
CONFLICT_FIELDS = ("id", "kind", "label", "severity", "claim_ids", "article_ids", "summary")


def article_to_dict(article: Article) -> dict[str, Any]:
    return {name: getattr(article, name) for name in ARTICLE_FIELDS}


def figure_to_dict(figure: Figure) -> dict[str, Any]:
    return {name: getattr(figure, name) for name in FIGURE_FIELDS}


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {name: getattr(quote, name) for name in QUOTE_FIELDS}


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """One claim as in report.json and as one line of `checker extract`."""
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "kind": claim.kind,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "figure": figure_to_dict(claim.figure) if claim.figure else None,
        "quote": quote_to_dict(claim.quote) if claim.quote else None,
    }


def conflict_to_dict(conflict: Conflict) -> dict[str, Any]:
    out = {name: getattr(conflict, name) for name in CONFLICT_FIELDS}
    out["claim_ids"] = list(conflict.claim_ids)
    out["article_ids"] = list(conflict.article_ids)
    return out
