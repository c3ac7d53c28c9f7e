"""conflicts.csv: one finding a row, for spreadsheets."""

from __future__ import annotations

import csv
import io

from ..types import CheckRun
from .evidence import Lookup

COLUMNS = ("id", "kind", "label", "severity", "article_ids", "claim_ids", "summary", "evidence")


def render_csv(run: CheckRun) -> str:
    lookup = Lookup(run)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for conflict in run.conflicts:
        shown = " | ".join(f"[{item.article.id}] {item.mark}" for item in lookup.evidence(conflict))
        writer.writerow(
            [
                conflict.id,
                conflict.kind,
                conflict.label,
                conflict.severity,
                ";".join(conflict.article_ids),
                ";".join(conflict.claim_ids),
                conflict.summary,
                shown,
            ]
        )
    return buffer.getvalue()
