"""report.json, exactly as the contract describes it (docs/design.md, "Contract").

A finding an editor has reviewed (a check of a store, `checker.review`) also carries ``review``:
``{"status", "note", "reviewer", "at", "current", "reviewed_as"}``, the verdict that holds now
(``current`` false: given before its evidence changed; the finding is open again).
"""

from __future__ import annotations

import json

from ..codec import article_to_dict, claim_to_dict, conflict_to_dict, review_to_dict
from ..types import CheckRun

VERSION = 1


def report_dict(run: CheckRun) -> dict[str, object]:
    reviews = {review.finding_id: review for review in run.reviews}
    conflicts = []
    for conflict in run.conflicts:
        data = conflict_to_dict(conflict)
        if conflict.id in reviews:
            data["review"] = review_to_dict(reviews[conflict.id])
        conflicts.append(data)
    return {
        "version": VERSION,
        "articles": [article_to_dict(article) for article in run.articles],
        "claims": [claim_to_dict(claim) for claim in run.claims],
        "conflicts": conflicts,
    }


def render_json(run: CheckRun) -> str:
    # allow_nan=False: Infinity and NaN are no JSON; a figure beyond float range is no figure.
    return json.dumps(report_dict(run), ensure_ascii=False, indent=1, allow_nan=False) + "\n"
