"""conflicts.csv: one finding a row, for spreadsheets: what it is, its review, why, its sides with
their outlets, the articles' URLs and dates (the desk's CSV export of a view has the same columns)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from ..types import CheckRun, Conflict, Review
from .evidence import Evidence, Lookup

COLUMNS = (
    "id", "kind", "label", "severity", "status", "review_note", "reviewer", "reviewed_at", "summary",
    "reason", "sides", "outlets", "urls", "dates", "article_ids", "claim_ids", "evidence",
)  # fmt: skip
# A spreadsheet reads a cell that starts with one of these as a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][+-]?\d+)?")


def csv_cell(text: str) -> str:
    """A cell that no spreadsheet runs as a formula: prefixed with ' when it could start one.

    Numbers stay numbers ("-3.5"); "=HYPERLINK(…)", "+cmd", "@SUM(…)" are shown as text.

    Example:
        >>> csv_cell("=HYPERLINK(\"http://x\")"), csv_cell("-3.5")
        ('\'=HYPERLINK("http://x")', '-3.5')
    """
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def finding_rows(run: CheckRun, conflicts: Sequence[Conflict] | None = None) -> list[dict[str, str]]:
    """One row of `COLUMNS` per finding (default: all of the run's), as text cells.

    ``sides`` reads "etwa 8.000: BR24, Kurier | 3.000: t-online" (each position and the outlets
    that print it); ``urls`` and ``dates`` follow the order of ``article_ids``; lists are joined with
    "; ".
    """
    lookup = Lookup(run)
    reviews = {r.finding_id: r for r in run.reviews}
    return [_row(c, lookup, reviews.get(c.id)) for c in (run.conflicts if conflicts is None else conflicts)]


def _row(conflict: Conflict, lookup: Lookup, review: Review | None) -> dict[str, str]:
    items = {item.claim.id: item for item in lookup.evidence(conflict)}
    groups = [list(side) for side in conflict.sides] or [[cid] for cid in conflict.claim_ids]
    sides = [_side([items[cid] for cid in group if cid in items]) for group in groups]
    articles = [lookup.articles[a] for a in conflict.article_ids if a in lookup.articles]
    reasons = conflict.details.get("reasons") or [conflict.details.get("reason")]
    cells = {
        "id": conflict.id, "kind": conflict.kind, "label": conflict.label, "severity": conflict.severity,
        "status": review.effective if review else "open",
        "review_note": review.note if review else "", "reviewer": review.reviewer if review else "",
        "reviewed_at": review.at if review else "",
        "summary": conflict.summary,
        "reason": "; ".join(dict.fromkeys(str(r) for r in reasons if r)),  # type: ignore[attr-defined]
        "sides": " | ".join(side for side in sides if side),
        "outlets": "; ".join(sorted({a.source for a in articles if a.source})),
        "urls": "; ".join(a.url or "" for a in articles),
        "dates": "; ".join(a.published or "" for a in articles),
        "article_ids": ";".join(conflict.article_ids), "claim_ids": ";".join(conflict.claim_ids),
        "evidence": " | ".join(f"[{item.article.id}] {item.mark}" for item in items.values()),
    }  # fmt: skip
    return cells


def _side(items: Sequence[Evidence]) -> str:
    if not items:
        return ""
    first = items[0].claim
    said = first.figure.surface if first.figure else items[0].mark
    outlets = dict.fromkeys(item.article.source or item.article.id for item in items)
    return f"{said}: {', '.join(outlets)}"


def render_csv(run: CheckRun) -> str:
    return rows_csv(finding_rows(run))


def rows_csv(rows: Sequence[dict[str, str]]) -> str:
    """Rows of `finding_rows` as CSV text, every cell safe from spreadsheet formulas."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(
            [csv_cell(" ".join(row[name].split()) if name != "urls" else row[name]) for name in COLUMNS]
        )
    return buffer.getvalue()
