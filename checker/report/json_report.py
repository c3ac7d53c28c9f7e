"""report.json, exactly as the contract describes it (docs/design.md, "Contract")."""

from __future__ import annotations

import json

from ..codec import article_to_dict, claim_to_dict, conflict_to_dict
from ..types import CheckRun

VERSION = 1


def report_dict(run: CheckRun) -> dict[str, object]:
    return {
        "version": VERSION,
        "articles": [article_to_dict(article) for article in run.articles],
        "claims": [claim_to_dict(claim) for claim in run.claims],
        "conflicts": [conflict_to_dict(conflict) for conflict in run.conflicts],
    }


def render_json(run: CheckRun) -> str:
    # allow_nan=False: Infinity and NaN are no JSON; a figure beyond float range is no figure.
    return json.dumps(report_dict(run), ensure_ascii=False, indent=1, allow_nan=False) + "\n"
