"""Tidy pandas DataFrames of a check: one row per article, claim, pair, finding, ledger entry.

Column names are part of the library's interface (documented in the README); keep them stable.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from .codec import ARTICLE_FIELDS, FIGURE_FIELDS, QUOTE_FIELDS, article_to_dict
from .compare.figures import ledger_rows
from .types import CheckRun, Claim

CLAIM_COLUMNS = (
    ["claim_id", "article_id", "kind", "text", "start", "end", "lang", "outlet", "published"]
    + [f"figure_{name}" for name in FIGURE_FIELDS]
    + ["figure_subject_key", "figure_portion"]
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
    "sides",
]
EVIDENCE_COLUMNS = [
    "conflict_id", "kind", "label", "severity", "claim_id", "article_id", "outlet", "published", "url",
    "claim_kind", "speaker", "figure_surface", "quote_text", "text",
]  # fmt: skip
CORROBORATION_COLUMNS = [
    "claim_id",
    "article_id",
    "outlet",
    "text",
    "n_articles",
    "article_ids",
    "claim_ids",
    "mean_score",
]
DIFF_COLUMNS = ["op", "a_words", "b_words"]
CORROBORATION_SCORE = 0.9  # e5 puts same-topic sentences at 0.86-0.90; retellings score above


def articles_frame(run: CheckRun) -> pd.DataFrame:
    return pd.DataFrame(
        [article_to_dict(a) for a in run.articles],
        columns=list(ARTICLE_FIELDS),
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
        for name in [*FIGURE_FIELDS, "subject_key", "portion"]:
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
         c.summary, c.details.get("reason"), [list(side) for side in c.sides]]
        for c in run.conflicts
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)


def ledger_frame(run: CheckRun) -> pd.DataFrame:
    return pd.DataFrame(ledger_rows(run.claims, {a.id: a for a in run.articles}))


def evidence_frame(run: CheckRun) -> pd.DataFrame:
    """One row per claim of each finding: filter findings by speaker, outlet or article."""
    claims = {claim.id: claim for claim in run.claims}
    articles = {a.id: a for a in run.articles}
    rows = []
    for c in run.conflicts:
        for claim in (claims[i] for i in c.claim_ids if i in claims):
            article = articles[claim.article_id]
            rows.append(
                [c.id, c.kind, c.label, c.severity, claim.id, claim.article_id, article.source,
                 article.published, article.url, claim.kind, _speaker(claim),
                 claim.figure.surface if claim.figure else None,
                 claim.quote.text if claim.quote else None, claim.text]
            )  # fmt: skip
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)


def filter_findings(
    conflicts: pd.DataFrame,
    evidence: pd.DataFrame,
    *,
    kind: str | None = None,
    severity: str | None = None,
    label: str | None = None,
    speaker: str | None = None,
    article: str | None = None,
) -> pd.DataFrame:
    """Rows of ``conflicts`` whose finding matches every given filter (see `Result.findings`).

    Each filter is checked on its own against the finding's claims: speaker="Rutte" with
    article="b" keeps a finding that quotes Rutte somewhere and involves article b.
    """
    keep = set(conflicts["conflict_id"])
    for column, value in (("kind", kind), ("severity", severity), ("label", label), ("article_id", article)):
        if value is not None:
            keep &= set(evidence.loc[evidence[column] == value, "conflict_id"])
    if speaker is not None:
        named = evidence["speaker"].fillna("").str.contains(speaker, case=False, regex=False)
        keep &= set(evidence.loc[named, "conflict_id"])
    return conflicts[conflicts["conflict_id"].isin(keep)]


def _speaker(claim: Claim) -> str | None:
    return claim.quote.speaker if claim.quote else None


def corroboration_frame(run: CheckRun, *, min_score: float = CORROBORATION_SCORE) -> pd.DataFrame:
    """Statements that other articles share: one row per statement with a match in another article.

    A statement's matches are its best-scoring paired statement in each other article (at least
    ``min_score``); matches are not chained, so a row's articles all retell that one sentence.
    Sorted by the number of articles, most widely shared first.
    """
    claims = {claim.id: claim for claim in run.claims}
    best: dict[str, dict[str, tuple[float, str]]] = defaultdict(dict)
    for pair in run.pairs:
        a, b = claims[pair.a], claims[pair.b]
        if pair.same_article or a.kind != "statement" or b.kind != "statement" or pair.score < min_score:
            continue
        for one, other in ((a, b), (b, a)):
            current = best[one.id].get(other.article_id)
            if current is None or (pair.score, other.id) > current:
                best[one.id][other.article_id] = (pair.score, other.id)
    sources = {a.id: a.source for a in run.articles}
    rows = [_corroboration_row(claims[cid], matches, sources) for cid, matches in best.items()]
    rows.sort(key=lambda r: (-len(r[5]), -float(r[7]), str(r[0])))  # type: ignore[arg-type]
    return pd.DataFrame(rows, columns=CORROBORATION_COLUMNS)


def _corroboration_row(
    claim: Claim, matches: dict[str, tuple[float, str]], sources: dict[str, str | None]
) -> list[object]:
    others = sorted(matches.items())
    scores = [score for _, (score, _) in others]
    return [
        claim.id, claim.article_id, sources.get(claim.article_id), claim.text, 1 + len(others),
        [claim.article_id] + [art for art, _ in others], [cid for _, (_, cid) in others],
        round(sum(scores) / len(scores), 4),
    ]  # fmt: skip


def quote_diff_frame(run: CheckRun, conflict_id: str) -> pd.DataFrame:
    """The word diff of a quote finding, one row per step: equal, replace, delete or insert.

    ``a_words`` are the words of the finding's first claim, ``b_words`` of its second.
    """
    conflict = next((c for c in run.conflicts if c.id == conflict_id), None)
    if conflict is None:
        raise KeyError(f"no finding {conflict_id!r}; there are {[c.id for c in run.conflicts]}")
    diff = conflict.details.get("diff") or []
    rows = [[op, " ".join(a), " ".join(b)] for op, a, b in diff]  # type: ignore[attr-defined]
    return pd.DataFrame(rows, columns=DIFF_COLUMNS)
