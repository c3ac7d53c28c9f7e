"""Tidy pandas DataFrames of a check: one row per article, claim, pair, finding, ledger entry.

Column names are part of the library's interface (documented in the README); keep them stable.
Severity is an ordered categorical (high > medium > low); dates (``published``, a figure's
``as_of``, a verdict's ``at``) are datetime64, a partial date at its first day ("2024-10" ->
2024-10-01); the article's own text stays in report.json and the reports.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from .codec import ARTICLE_FIELDS, FIGURE_FIELDS, QUOTE_FIELDS, article_to_dict
from .compare.figures import ledger_rows
from .errors import BadInput
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
    "claim_kind", "speaker", "figure_surface", "figure_subject", "figure_source", "quote_text", "text",
]  # fmt: skip
REVIEW_COLUMNS = ["conflict_id", "status", "note", "reviewer", "reviewed_at", "current", "reviewed_as"]
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
# Severity sorts as it reads: high > medium > low (``sort_values("severity", ascending=False)``).
SEVERITY_ORDER = ("low", "medium", "high")
SEVERITY_DTYPE = pd.CategoricalDtype(list(SEVERITY_ORDER), ordered=True)
CORROBORATION_SCORE = 0.9  # e5 puts same-topic sentences at 0.86-0.90; retellings score above


def dates(values: pd.Series) -> pd.Series:
    """ISO dates, full or partial, as datetime64 (a partial date at its first day; None: NaT)."""
    return pd.to_datetime(values, format="ISO8601", errors="coerce")


def articles_frame(run: CheckRun) -> pd.DataFrame:
    frame = pd.DataFrame([article_to_dict(a) for a in run.articles], columns=list(ARTICLE_FIELDS))
    return frame.assign(published=dates(frame["published"]))


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
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    return frame.assign(published=dates(frame["published"]), figure_as_of=dates(frame["figure_as_of"]))


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
    frame = pd.DataFrame(rows, columns=CONFLICT_COLUMNS)
    return frame.assign(severity=frame["severity"].astype(SEVERITY_DTYPE))


def ledger_frame(run: CheckRun) -> pd.DataFrame:
    frame = pd.DataFrame(ledger_rows(run.claims, {a.id: a for a in run.articles}))
    for column in ("as_of", "published"):
        if column in frame:
            frame[column] = dates(frame[column])
    return frame


def reviews_frame(run: CheckRun) -> pd.DataFrame:
    """One row per reviewed finding: its verdict, note, who and when; ``current`` False when the
    evidence changed since (the finding is open again)."""
    rows = [[r.finding_id, r.status, r.note, r.reviewer, r.at, r.current, r.reviewed_as] for r in run.reviews]
    frame = pd.DataFrame(rows, columns=REVIEW_COLUMNS)
    at = pd.to_datetime(frame["reviewed_at"], format="ISO8601", errors="coerce", utc=True)
    return frame.assign(reviewed_at=at)


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
                 *((claim.figure.surface, claim.figure.subject, claim.figure.source) if claim.figure
                   else (None, None, None)),
                 claim.quote.text if claim.quote else None, claim.text]
            )  # fmt: skip
    frame = pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)
    return frame.assign(
        severity=frame["severity"].astype(SEVERITY_DTYPE), published=dates(frame["published"])
    )


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
    if conflict.kind != "quote":
        quotes = [c.id for c in run.conflicts if c.kind == "quote"]
        raise BadInput(
            f"{conflict_id} is a {conflict.kind} finding; a word diff is of a quote finding"
            + (f": {', '.join(quotes[:10])}" if quotes else " (this check has none)")
        )
    diff = conflict.details.get("diff") or []
    rows = [[op, " ".join(a), " ".join(b)] for op, a, b in diff]  # type: ignore[attr-defined]
    return pd.DataFrame(rows, columns=DIFF_COLUMNS)
