"""Editors' verdicts on findings, kept in a store's ``reviews.sqlite`` beside its generations.

A store's generations are immutable; verdicts are not, so they live in their own SQLite file
(``DIR/reviews.sqlite``), written in transactions: two editors saving at once both land, and a
killed server loses at most the verdict being written. The table is a log: every verdict is a new
row (status, note, who, when, the finding's kind, label, claim ids and an evidence fingerprint),
and a finding's verdict is its latest row. Nothing is ever updated or deleted, so the history of
a finding is there to read (``sqlite3 DIR/reviews.sqlite 'select * from reviews'``).

A verdict holds for a finding while its evidence is unchanged: the same stable id
(`checker.identity`: kind + sorted claim ids) and the same fingerprint (claim ids and texts).
A finding that gained a claim (a new article reports the disputed figure too) is another finding;
the latest verdict on an earlier finding most of whose claims it holds is shown beside it, but
it is open again (`Review.current` False).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import BadInput, StoreError
from .identity import evidence_fingerprint, with_stable_ids
from .types import REVIEW_STATUSES, CheckRun, Claim, Conflict, Review, ReviewStatus

REVIEWS_FILE = "reviews.sqlite"
SCHEMA_VERSION = 1
MAX_NOTE_CHARS = 10_000
MAX_REVIEWER_CHARS = 200
# Words for people: "false_alarm" is the value, "false alarm" what an editor reads.
STATUS_LABELS = {"open": "open", "confirmed": "confirmed", "false_alarm": "false alarm", "fixed": "fixed"}
# Verdicts that close a finding: `check --fail-on-conflict` and the desk's default view leave them out.
CLOSED_STATUSES = ("false_alarm", "fixed")

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS reviews (
    n          INTEGER PRIMARY KEY AUTOINCREMENT,
    finding_id TEXT NOT NULL,
    kind       TEXT NOT NULL,
    label      TEXT NOT NULL,
    claim_ids  TEXT NOT NULL,  -- a JSON list, sorted
    evidence   TEXT NOT NULL,  -- checker.identity.evidence_fingerprint
    status     TEXT NOT NULL CHECK (status IN ({", ".join(repr(s) for s in REVIEW_STATUSES)})),
    note       TEXT NOT NULL DEFAULT '',
    reviewer   TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL,  -- ISO 8601, UTC
    summary    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS reviews_by_finding ON reviews (finding_id, n);
"""


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the log: a verdict and the finding it was given to."""

    review: Review
    kind: str
    label: str
    claim_ids: tuple[str, ...]
    summary: str


def reviews_path(store_dir: str | Path) -> Path:
    return Path(store_dir) / REVIEWS_FILE


def check_status(status: str) -> ReviewStatus:
    """``status`` when it is a known verdict ("false alarm" is read as "false_alarm"), else BadInput."""
    value = status.strip().lower().replace(" ", "_").replace("-", "_")
    if value not in REVIEW_STATUSES:
        raise BadInput(f"review status {status!r}; expected one of {', '.join(REVIEW_STATUSES)}")
    return value


class ReviewBook:
    """The verdicts of one store: ``ReviewBook(store_dir)``; the file is made on the first verdict.

    Example:
        >>> book = ReviewBook("store/")
        >>> book.record(finding, claims, "false_alarm", note="same figure, two dates", reviewer="ann")
        >>> book.latest()[finding.id].status
        'false_alarm'
    """

    def __init__(self, store_dir: str | Path) -> None:
        self.path = reviews_path(store_dir)

    @contextlib.contextmanager
    def _connect(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        if not write and not self.path.exists():
            raise FileNotFoundError(self.path)
        try:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open {self.path}: {e}") from e
        try:
            if write:
                conn.execute("BEGIN IMMEDIATE")  # one writer at a time; the others wait (timeout)
                _create(conn)
            else:
                conn.execute("PRAGMA query_only = 1")
            yield conn
            if write:
                conn.execute("COMMIT")
        except sqlite3.DatabaseError as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: {e}") from e
        finally:
            conn.close()

    def record(
        self,
        conflict: Conflict,
        claims: Mapping[str, Claim],
        status: str,
        *,
        note: str = "",
        reviewer: str = "",
        at: str | None = None,
    ) -> Review:
        """Keep a verdict on ``conflict`` (a new row of the log) and return it.

        Args:
            claims: the run's claims by id (for the evidence fingerprint).
            status: open, confirmed, false_alarm ("false alarm") or fixed.
            at: when, ISO 8601 (default: now, in UTC).

        Raises:
            BadInput: an unknown status, or a note or name too long.
        """
        value = check_status(status)
        note, reviewer = note.strip(), reviewer.strip()
        if len(note) > MAX_NOTE_CHARS or len(reviewer) > MAX_REVIEWER_CHARS:
            raise BadInput(
                f"a review note holds at most {MAX_NOTE_CHARS:,} characters, a name {MAX_REVIEWER_CHARS}"
            )
        review = Review(
            conflict.id, value, note, reviewer, at or now(), evidence_fingerprint(conflict, claims)
        )
        with self._connect(write=True) as conn:
            conn.execute(
                "INSERT INTO reviews (finding_id, kind, label, claim_ids, evidence, status, note, reviewer,"
                " at, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (review.finding_id, conflict.kind, conflict.label, json.dumps(sorted(conflict.claim_ids)),
                 review.evidence, review.status, review.note, review.reviewer, review.at, conflict.summary),
            )  # fmt: skip
        return review

    def entries(self, finding_id: str | None = None) -> list[Entry]:
        """Every verdict in the order given (of one finding, or of all); none before the first."""
        query = "SELECT finding_id, status, note, reviewer, at, evidence, kind, label, claim_ids, summary"
        query += " FROM reviews" + (" WHERE finding_id = ?" if finding_id else "") + " ORDER BY n"
        try:
            with self._connect(write=False) as conn:
                rows = conn.execute(query, (finding_id,) if finding_id else ()).fetchall()
        except FileNotFoundError:
            return []
        return [_entry(row) for row in rows]

    def history(self, finding_id: str) -> list[Review]:
        """The verdicts given to one finding, oldest first."""
        return [entry.review for entry in self.entries(finding_id)]

    def latest(self) -> dict[str, Entry]:
        """The latest verdict of every finding that has one, by finding id."""
        return {entry.review.finding_id: entry for entry in self.entries()}


def _create(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"reviews of schema {version}; this checker reads {SCHEMA_VERSION} (a newer one wrote it)"
        )
    for statement in filter(str.strip, _SCHEMA.split(";")):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _entry(row: Sequence[object]) -> Entry:
    finding_id, status, note, reviewer, at, evidence, kind, label, claim_ids, summary = row
    review = Review(
        str(finding_id), check_status(str(status)), str(note), str(reviewer), str(at), str(evidence)
    )
    return Entry(review, str(kind), str(label), tuple(json.loads(str(claim_ids))), str(summary))


def now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def verdicts(
    conflicts: Sequence[Conflict], claims: Mapping[str, Claim], latest: Mapping[str, Entry]
) -> tuple[Review, ...]:
    """The verdict that goes with each finding that has one, in the findings' order.

    The finding's own latest verdict when its evidence is unchanged; when the evidence changed
    (same id, other texts), or the finding is new but holds most claims of a reviewed finding that
    is no longer found, that verdict is shown as an earlier one (``current`` False).
    """
    present = {c.id for c in conflicts}
    by_claim: dict[str, list[Entry]] = {}
    for entry in latest.values():
        if entry.review.finding_id not in present:
            for cid in entry.claim_ids:
                by_claim.setdefault(cid, []).append(entry)
    out = []
    for conflict in conflicts:
        own = latest.get(conflict.id)
        if own is not None:
            same = own.review.evidence == evidence_fingerprint(conflict, claims)
            out.append(own.review if same else replace(own.review, current=False, reviewed_as=conflict.id))
            continue
        earlier = _earlier(conflict, by_claim)
        if earlier is not None:
            out.append(replace(earlier.review, finding_id=conflict.id, current=False,
                               reviewed_as=earlier.review.finding_id))  # fmt: skip
    return tuple(out)


def _earlier(conflict: Conflict, by_claim: Mapping[str, list[Entry]]) -> Entry | None:
    """The latest verdict on a vanished finding of the same kind at least half of whose claims this holds."""
    mine = set(conflict.claim_ids)
    candidates = {
        e.review.finding_id: e for cid in mine for e in by_claim.get(cid, ()) if e.kind == conflict.kind
    }
    fitting = [e for e in candidates.values() if 2 * len(mine & set(e.claim_ids)) >= len(e.claim_ids)]
    return max(fitting, key=lambda e: e.review.at, default=None)


def with_reviews(run: CheckRun, store_dir: str | Path) -> CheckRun:
    """The run with stable finding ids and the verdicts of the store's ``reviews.sqlite`` (if any).

    The hook `checker.store.check_store` calls, so that `checker check --store`, every report and
    the desk show the same verdicts.
    """
    conflicts = with_stable_ids(run.conflicts)
    claims = {claim.id: claim for claim in run.claims}
    latest = ReviewBook(store_dir).latest()
    return replace(run, conflicts=conflicts, reviews=verdicts(conflicts, claims, latest))


def review_of(run: CheckRun) -> dict[str, Review]:
    """The verdict of each reviewed finding of a run, by finding id."""
    return {review.finding_id: review for review in run.reviews}


def status_of(run: CheckRun) -> dict[str, ReviewStatus]:
    """Every finding's status now: its verdict's while that holds, else open."""
    reviews = review_of(run)
    return {c.id: reviews[c.id].effective if c.id in reviews else "open" for c in run.conflicts}
