"""Finding ids derived from what a finding is: its kind and the claims of its evidence."""

from __future__ import annotations

import re

from checker.identity import evidence_fingerprint, finding_id, with_stable_ids
from checker.types import Claim, Conflict


def _conflict(kind: str, label: str, claim_ids: tuple[str, ...], cid: str = "F001") -> Conflict:
    return Conflict(
        cid, kind, label, "medium", claim_ids, tuple(sorted({c.split("#")[0] for c in claim_ids})), ""
    )


def test_an_id_is_the_kind_letter_and_ten_hex_digits():
    assert re.fullmatch(r"F-[0-9a-f]{10}", finding_id("figure", ["a#0", "b#1"]))
    assert finding_id("quote", ["a#0"]).startswith("Q-")
    assert finding_id("statement", ["a#0"]).startswith("S-")


def test_the_id_does_not_depend_on_rank_or_claim_order():
    one = _conflict("figure", "conflict", ("b#2", "a#0"), "F007")
    other = _conflict("figure", "conflict", ("a#0", "b#2"), "F001")
    assert (
        with_stable_ids([one])[0].id
        == with_stable_ids([_conflict("quote", "wording", ("x#1", "y#1")), other])[1].id
    )


def test_another_claim_or_kind_is_another_finding():
    assert finding_id("figure", ["a#0", "b#0"]) != finding_id("figure", ["a#0", "b#0", "c#0"])
    assert finding_id("figure", ["a#0", "b#0"]) != finding_id("quote", ["a#0", "b#0"])


def test_two_findings_over_the_same_claims_are_told_apart_by_label():
    found = with_stable_ids(
        [_conflict("quote", "misattribution", ("a#0", "b#0")), _conflict("quote", "wording", ("a#0", "b#0"))]
    )
    assert len({c.id for c in found}) == 2
    twice = with_stable_ids([_conflict("quote", "wording", ("a#0", "b#0"))] * 2)
    assert twice[1].id == twice[0].id + "-2"


def test_with_stable_ids_is_idempotent_and_keeps_the_order():
    found = with_stable_ids(
        [_conflict("figure", "conflict", ("a#0", "b#0")), _conflict("quote", "role", ("c#0",))]
    )
    assert with_stable_ids(found) == found
    assert [c.kind for c in found] == ["figure", "quote"]


def test_the_fingerprint_changes_with_the_texts_of_the_claims():
    conflict = _conflict("figure", "conflict", ("a#0", "b#0"))
    claims = {
        "a#0": Claim("a#0", "a", "figure", "8.000 Soldaten.", 0, 15),
        "b#0": Claim("b#0", "b", "figure", "3.000 Soldaten.", 0, 15),
    }
    changed = {**claims, "b#0": Claim("b#0", "b", "figure", "4.000 Soldaten.", 0, 15)}
    assert evidence_fingerprint(conflict, claims) == evidence_fingerprint(conflict, dict(claims))
    assert evidence_fingerprint(conflict, claims) != evidence_fingerprint(conflict, changed)
