"""conflicts.csv: one finding a row, for spreadsheets."""

from __future__ import annotations

import csv
import io
import re

from ..types import CheckRun
from .evidence import Lookup

COLUMNS = ("id", "kind", "label", "severity", "article_ids", "claim_ids", "summary", "evidence")
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


def render_csv(run: CheckRun) -> str:
    lookup = Lookup(run)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for conflict in run.conflicts:
        shown = " | ".join(f"[{item.article.id}] {item.mark}" for item in lookup.evidence(conflict))
        cells = [
            conflict.id,
            conflict.kind,
            conflict.label,
            conflict.severity,
            ";".join(conflict.article_ids),
            ";".join(conflict.claim_ids),
            conflict.summary,
            shown,
        ]
        writer.writerow([csv_cell(cell) for cell in cells])
    return buffer.getvalue()
