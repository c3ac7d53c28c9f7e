"""Tidy pandas DataFrames of a check: one row per article, claim, pair, finding, ledger entry.

Column names are part of the library's interface (documented in the README); keep them stable.
"""

from __future__ import annotations

import pandas as pd

from .ledger import ledger_rows
from .pipeline import CheckRun
from .serialize import FIGURE_FIELDS, QUOTE_FIELDS, article_to_dict

CLAIM_COLUMNS = (
    ["claim_id", "article_id", "kind", "text", "start", "end", "lang", "outlet", "published"]
    + [f"figure_{name}" for name in FIGURE_FIELDS]
    + ["figure_subject_key"]
    + [f"quote_{name}" for name in QUOTE_FIELDS]
    + ["quote_style", "quote_role"]
)
PAIR_COLUMNS = [
    "a",
    "b",
    "score",
    "same_article",
    "a_article",
    "b_article",
    "a_kind",
    "b_kind",
    "a_text",
    "b_text",
]
CONFLICT_COLUMNS = [
    "conflict_id",
    "kind",
    "label",
    "severity",
    "n_articles",
    "article_ids",
    "claim_ids",
    "summary",
    "reason",
]


def articles_frame(run: CheckRun) -> pd.DataFrame:
    return pd.DataFrame(
        [article_to_dict(a) for a in run.articles],
        columns=["id", "title", "source", "url", "published", "lang"],
    )


def claims_frame(run: CheckRun) -> pd.DataFrame:
    articles = {a.id: a for a in run.articles}
    rows = []
    for claim in run.claims:
        article = articles[claim.article_id]
        row: dict[str, object] = {
            "claim_id": claim.id, "article_id": claim.article_id, "kind": claim.kind, "text": claim.text,
            "start": claim.start, "end": claim.end, "lang": claim.lang,
            "outlet": article.source, "published": article.published,
        }  # fmt: skip
        for name in [*FIGURE_FIELDS, "subject_key"]:
            row[f"figure_{name}"] = getattr(claim.figure, name) if claim.figure else None
        for name in [*QUOTE_FIELDS, "style", "role"]:
            row[f"quote_{name}"] = getattr(claim.quote, name) if claim.quote else None
        rows.append(row)
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def pairs_frame(run: CheckRun) -> pd.DataFrame:
    claims = {claim.id: claim for claim in run.claims}
    rows = [
        [p.a, p.b, p.score, p.same_article, claims[p.a].article_id, claims[p.b].article_id,
         claims[p.a].kind, claims[p.b].kind, claims[p.a].text, claims[p.b].text]
        for p in run.pairs
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


def conflicts_frame(run: CheckRun) -> pd.DataFrame:
    rows = [
        [c.id, c.kind, c.label, c.severity, len(c.article_ids), list(c.article_ids), list(c.claim_ids),
         c.summary, c.details.get("reason")]
        for c in run.conflicts
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)


def ledger_frame(run: CheckRun) -> pd.DataFrame:
    return pd.DataFrame(ledger_rows(run.claims, {a.id: a for a in run.articles}))
