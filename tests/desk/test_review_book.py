"""Verdicts kept in a store's reviews.sqlite: a log in transactions, found again by stable id."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from checker.errors import BadInput
from checker.identity import with_stable_ids
from checker.review import REVIEWS_FILE, ReviewBook, check_status, verdicts
from checker.types import Claim, Conflict

CLAIMS = {
    "a#0": Claim("a#0", "a", "figure", "Etwa 8.000 Soldaten sind in Kursk.", 0, 34),
    "b#0": Claim("b#0", "b", "figure", "In Kursk sind 3.000 Soldaten.", 0, 29),
    "c#0": Claim("c#0", "c", "figure", "Rund 8.000 Soldaten stehen in Kursk.", 0, 36),
}


def _finding(*claim_ids: str) -> Conflict:
    articles = tuple(sorted({c.split("#")[0] for c in claim_ids}))
    return with_stable_ids(
        [Conflict("F001", "figure", "conflict", "high", claim_ids, articles, "8.000 vs 3.000")]
    )[0]


def test_a_verdict_is_kept_with_note_who_and_when(tmp_path):
    book = ReviewBook(tmp_path)
    finding = _finding("a#0", "b#0")
    book.record(finding, CLAIMS, "false alarm", note="two dates", reviewer="ann", at="2025-06-01T09:30:00Z")
    entry = book.latest()[finding.id]
    assert (entry.review.status, entry.review.note, entry.review.reviewer) == (
        "false_alarm",
        "two dates",
        "ann",
    )
    assert entry.review.at == "2025-06-01T09:30:00Z" and entry.claim_ids == ("a#0", "b#0")
    assert (tmp_path / REVIEWS_FILE).is_file()


def test_the_latest_verdict_counts_and_the_history_stays(tmp_path):
    book = ReviewBook(tmp_path)
    finding = _finding("a#0", "b#0")
    book.record(finding, CLAIMS, "confirmed", reviewer="ann", at="2025-06-01T09:00:00Z")
    book.record(finding, CLAIMS, "fixed", reviewer="ben", at="2025-06-02T09:00:00Z")
    assert [r.status for r in book.history(finding.id)] == ["confirmed", "fixed"]
    assert book.latest()[finding.id].review.reviewer == "ben"


def test_a_store_without_verdicts_has_no_file_and_reads_as_empty(tmp_path):
    assert ReviewBook(tmp_path).latest() == {} and not (tmp_path / REVIEWS_FILE).exists()


@pytest.mark.parametrize("status", ["dismissed", "High", ""])
def test_an_unknown_status_names_the_allowed_ones(status):
    with pytest.raises(BadInput, match="expected one of open, confirmed, false_alarm, fixed"):
        check_status(status)


def test_two_writers_at_once_both_land(tmp_path):
    findings = [_finding("a#0", "b#0"), _finding("b#0", "c#0")]

    def write(finding: Conflict) -> None:
        for n in range(20):
            ReviewBook(tmp_path).record(finding, CLAIMS, "confirmed", note=str(n))

    threads = [threading.Thread(target=write, args=(f,)) for f in findings]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(ReviewBook(tmp_path).entries()) == 40


def test_the_file_is_plain_sqlite(tmp_path):
    ReviewBook(tmp_path).record(_finding("a#0", "b#0"), CLAIMS, "confirmed", reviewer="ann")
    with sqlite3.connect(tmp_path / REVIEWS_FILE) as conn:
        assert conn.execute("select status, reviewer from reviews").fetchall() == [("confirmed", "ann")]


def test_a_verdict_holds_while_the_evidence_is_unchanged(tmp_path):
    book = ReviewBook(tmp_path)
    finding = _finding("a#0", "b#0")
    book.record(finding, CLAIMS, "false_alarm")
    (review,) = verdicts([finding], CLAIMS, book.latest())
    assert review.current and review.effective == "false_alarm"
    edited = {**CLAIMS, "b#0": Claim("b#0", "b", "figure", "In Kursk sind 4.000 Soldaten.", 0, 29)}
    (stale,) = verdicts([finding], edited, book.latest())
    assert not stale.current and stale.effective == "open" and stale.status == "false_alarm"


def test_a_finding_that_gained_a_claim_shows_the_earlier_verdict_but_is_open(tmp_path):
    book = ReviewBook(tmp_path)
    before = _finding("a#0", "b#0")
    book.record(before, CLAIMS, "false_alarm", note="not the same day")
    after = _finding("a#0", "b#0", "c#0")
    (review,) = verdicts([after], CLAIMS, book.latest())
    assert review.finding_id == after.id and review.reviewed_as == before.id
    assert review.effective == "open" and review.note == "not the same day"
    unrelated = _finding("c#0")
    assert verdicts([unrelated], CLAIMS, book.latest()) == ()


def test_a_long_note_is_refused(tmp_path):
    with pytest.raises(BadInput, match="at most 10,000 characters"):
        ReviewBook(tmp_path).record(_finding("a#0", "b#0"), CLAIMS, "confirmed", note="x" * 10_001)
