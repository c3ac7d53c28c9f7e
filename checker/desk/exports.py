"""The desk's downloads: a view as CSV or JSON, confirmed findings as schema.org ClaimReview.

ClaimReview (https://schema.org/ClaimReview) is what fact-checkers publish and search engines read.
A confirmed finding says that articles disagree: each side is a claim as an outlet printed it,
and at most one side can be right. So each side becomes one ClaimReview: ``claimReviewed`` the
claim's sentence, ``itemReviewed`` a ``Claim`` with the outlet as author and the articles where it
appears, ``reviewRating`` the textual rating "Disputed by other reports" (no number: the checker
does not know which side is right; the editor's note, in ``reviewBody``, may say), ``author`` the
editor who confirmed it and ``datePublished`` the day of the verdict.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..codec import conflict_to_dict, review_to_dict
from ..report.csv_report import finding_rows, rows_csv
from ..report.evidence import Lookup
from ..types import CheckRun, Conflict, Review
from .view import Query

RATING = "Disputed by other reports"


def view_csv(run: CheckRun, conflicts: Sequence[Conflict]) -> str:
    """The findings of a view as CSV, with the columns of conflicts.csv."""
    return rows_csv(finding_rows(run, conflicts))


def view_json(run: CheckRun, conflicts: Sequence[Conflict], query: Query) -> str:
    """The findings of a view as JSON: the view's query, each finding as in report.json with its
    review and the rows' outlets, URLs and dates, and the claims they cite."""
    reviews = {r.finding_id: r for r in run.reviews}
    rows = {row["id"]: row for row in finding_rows(run, conflicts)}
    cited = {cid for c in conflicts for cid in c.claim_ids}
    lookup = Lookup(run)
    findings = []
    for conflict in conflicts:
        data = conflict_to_dict(conflict)
        row = rows[conflict.id]
        data["reason"] = row["reason"]
        data["outlets"] = row["outlets"].split("; ") if row["outlets"] else []
        data["review"] = review_to_dict(reviews[conflict.id]) if conflict.id in reviews else None
        findings.append(data)
    claims = [
        {"id": cid, "article_id": claim.article_id, "text": claim.text}
        for cid, claim in lookup.claims.items()
        if cid in cited
    ]
    articles = [
        {"id": a.id, "source": a.source, "url": a.url, "published": a.published, "title": a.title}
        for a in run.articles
        if any(a.id in c.article_ids for c in conflicts)
    ]
    out = {"view": query.url(page=1), "findings": findings, "claims": claims, "articles": articles}
    return json.dumps(out, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def claim_reviews(run: CheckRun, conflicts: Sequence[Conflict], base_url: str) -> str:
    """JSON-LD: a ClaimReview per side of every confirmed finding among ``conflicts``.

    Example:
        >>> json.loads(claim_reviews(run, run.conflicts, "http://127.0.0.1:8765"))["@graph"][0]["@type"]
        'ClaimReview'
    """
    reviews = {r.finding_id: r for r in run.reviews}
    lookup = Lookup(run)
    graph = []
    for conflict in conflicts:
        review = reviews.get(conflict.id)
        if review is None or review.effective != "confirmed":
            continue
        groups = [list(side) for side in conflict.sides] or [[cid] for cid in conflict.claim_ids]
        for group in groups:
            graph.append(_claim_review(conflict, review, group, lookup, base_url))
    return (
        json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, indent=1) + "\n"
    )


def _claim_review(
    conflict: Conflict, review: Review, claim_ids: Sequence[str], lookup: Lookup, base_url: str
) -> dict[str, object]:
    claims = [lookup.claims[cid] for cid in claim_ids if cid in lookup.claims]
    articles = [lookup.articles[c.article_id] for c in claims]
    appearances = [
        {"@type": "CreativeWork", "url": a.url, **({"headline": a.title} if a.title else {})}
        for a in articles
        if a.url
    ]
    item: dict[str, object] = {"@type": "Claim"}
    outlets = list(dict.fromkeys(a.source for a in articles if a.source))
    if outlets:
        item["author"] = [{"@type": "Organization", "name": name} for name in outlets]
    dates = sorted(a.published for a in articles if a.published)
    if dates:
        item["datePublished"] = dates[0]
    if appearances:
        item["firstAppearance"] = appearances[0]
        item["appearance"] = appearances
    out: dict[str, object] = {
        "@type": "ClaimReview",
        "url": f"{base_url}/finding/{conflict.id}",
        "claimReviewed": claims[0].text if claims else conflict.summary,
        "itemReviewed": item,
        "reviewRating": {"@type": "Rating", "alternateName": RATING},
        "datePublished": review.at[:10],
        "reviewBody": review.note or conflict.summary,
    }
    if review.reviewer:
        out["author"] = {"@type": "Person", "name": review.reviewer}
    return out
