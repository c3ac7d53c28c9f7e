"""Every report of a store shows the editors' verdicts; a verdict holds across adds of other articles."""

from __future__ import annotations

import csv
import io
import json

from checker.report.csv_report import render_csv
from checker.review import ReviewBook
from checker.store import check_store


def _review_first(desk_store, status: str, note: str = "") -> str:
    run = check_store(desk_store).run
    finding = run.conflicts[0]
    claims = {c.id: c for c in run.claims}
    ReviewBook(desk_store).record(
        finding, claims, status, note=note, reviewer="Ann Lee", at="2025-06-01T09:30:00Z"
    )
    return finding.id


def test_every_report_shows_the_verdict(desk_store):
    finding = _review_first(desk_store, "false_alarm", "two nights")
    result = check_store(desk_store)
    data = json.loads(result.to_json())
    reviewed = next(c for c in data["conflicts"] if c["id"] == finding)
    assert reviewed["review"] == {
        "status": "false_alarm", "note": "two nights", "reviewer": "Ann Lee", "at": "2025-06-01T09:30:00Z",
        "current": True, "reviewed_as": "",
    }  # fmt: skip
    assert sum("review" in c for c in data["conflicts"]) == 1
    assert "Reviewed: <b>false alarm</b> by Ann Lee, 2025-06-01T09:30:00Z: “two nights”" in result.to_html()
    assert "- *review:* false alarm by Ann Lee, 2025-06-01: two nights" in result.to_markdown()
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(render_csv(result.run)))}
    assert rows[finding]["status"] == "false_alarm" and rows[finding]["review_note"] == "two nights"
    assert list(result.reviews.conflict_id) == [finding] and result.reviews.reviewed_at.iloc[0].year == 2025


def test_a_dismissed_finding_stays_dismissed_after_unrelated_articles_are_added(desk_store, stores):
    finding = _review_first(desk_store, "false_alarm")
    before = list(check_store(desk_store).conflicts.conflict_id)
    stores.add(desk_store, stores.unrelated)
    after = check_store(desk_store)
    assert list(after.conflicts.conflict_id) == before
    assert [(r.finding_id, r.effective) for r in after.run.reviews] == [(finding, "false_alarm")]
    assert list(after.findings(status="false_alarm").conflict_id) == [finding]


def test_a_finding_an_added_article_joins_is_open_again_with_the_earlier_verdict(desk_store, stores):
    finding = _review_first(desk_store, "false_alarm", "checked")
    troops = next(c for c in check_store(desk_store).run.conflicts if "12,000" in c.summary)
    if troops.id != finding:  # review the three-outlet troops finding, then a fourth outlet joins it
        run = check_store(desk_store).run
        ReviewBook(desk_store).record(troops, {c.id: c for c in run.claims}, "false_alarm", note="checked")
    text = "Am Mittwoch waren 20.000 nordkoreanische Soldaten in Russland, sagte das Pentagon."
    joined = {"troops-f": ("Nordkurier", "2024-10-23", None, text)}
    stores.add(desk_store, joined)
    run = check_store(desk_store).run
    grown = next(c for c in run.conflicts if "troops-f#0" in c.claim_ids)
    assert grown.id != troops.id
    review = next(r for r in run.reviews if r.finding_id == grown.id)
    assert review.reviewed_as == troops.id and review.effective == "open" and review.note == "checked"
