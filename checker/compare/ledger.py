"""The figure ledger: one row per figure with a known subject, by subject and in time order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..types import Article, Claim


def ledger_rows(claims: Sequence[Claim], articles: Mapping[str, Article]) -> list[dict[str, object]]:
    """One row per figure, grouped by subject and in time order within each, for reports and notebooks."""
    rows: list[dict[str, object]] = []
    for claim in claims:
        figure = claim.figure
        if claim.kind != "figure" or figure is None or not figure.subject_key:
            continue
        article = articles.get(claim.article_id)
        rows.append(
            {
                "subject_key": figure.subject_key,
                "subject": figure.subject,
                "value": figure.value,
                "low": figure.low,
                "high": figure.high,
                "unit": figure.unit,
                "qualifier": figure.qualifier,
                "modality": figure.modality,
                "scope": figure.scope,
                "as_of": figure.as_of,
                "source": figure.source,
                "surface": figure.surface,
                "claim_id": claim.id,
                "article_id": claim.article_id,
                "outlet": article.source if article else None,
                "published": article.published if article else None,
            }
        )
    return sorted(
        rows,
        key=lambda r: (
            str(r["subject_key"]),
            str(r["as_of"] or ""),
            str(r["article_id"]),
            str(r["claim_id"]),
        ),
    )
