"""Finding ids that stay the same across runs: derived from what a finding is, not from its rank.

A finding is its kind and the claims of its evidence. Claim ids are ``{article_id}#{n}`` and stay
the same for an unchanged article, so the same disagreement found again (after other articles
were added, with other findings ranked before it) gets the same id, and an editor's verdict on it
(`checker.review`) can be found again. The id is the kind's letter and 10 hex digits of a SHA-256
over the kind and the sorted claim ids: ``F-3a9c2e1f0b`` (a figure finding), ``Q-…`` (a
quotation), ``S-…`` (a statement). A finding that gains or loses a claim is another finding, with
another id: its evidence changed.

`evidence_fingerprint` hashes the claims' ids and texts: what the editor saw when giving a verdict.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from .types import Claim, Conflict

ID_DIGITS = 10  # 40 bits: a collision among 100,000 findings of one store has odds of about 1 in 200
_SEPARATOR = "\x1f"  # the unit separator: in no claim id a reader accepts (ids are printable text)


def finding_id(kind: str, claim_ids: Iterable[str], *extra: str) -> str:
    """The stable id of a finding of ``kind`` over these claims (order does not matter).

    ``extra`` (the label) is mixed in only to tell apart two findings of one kind over the very
    same claims.

    Example:
        >>> finding_id("figure", ["b#0", "a#3"]) == finding_id("figure", ["a#3", "b#0"])
        True
        >>> finding_id("quote", ["a#1", "b#2"])[:2]
        'Q-'
    """
    digest = hashlib.sha256(_SEPARATOR.join([kind, *extra, *sorted(claim_ids)]).encode("utf-8"))
    return f"{(kind[:1] or 'x').upper()}-{digest.hexdigest()[:ID_DIGITS]}"


def with_stable_ids(conflicts: Sequence[Conflict]) -> tuple[Conflict, ...]:
    """The findings, in the same order, with their stable ids instead of rank numbers (F001, ...).

    Two findings of one kind over the same claims (a wording and a misattribution, say) are told
    apart by their labels; the same finding twice keeps its order's suffix (``-2``).

    Example:
        >>> one = Conflict("F001", "figure", "conflict", "high", ("a#0", "b#0"), ("a", "b"), "")
        >>> with_stable_ids([one])[0].id == finding_id("figure", ["a#0", "b#0"])
        True
    """
    plain = [finding_id(c.kind, c.claim_ids) for c in conflicts]
    shared = {key for key, n in Counter(plain).items() if n > 1}
    ids = [
        finding_id(c.kind, c.claim_ids, c.label) if key in shared else key
        for c, key in zip(conflicts, plain, strict=True)
    ]
    seen: Counter[str] = Counter()
    out = []
    for conflict, key in zip(conflicts, ids, strict=True):
        seen[key] += 1
        unique = key if seen[key] == 1 else f"{key}-{seen[key]}"
        out.append(dataclasses.replace(conflict, id=unique))
    return tuple(out)


def evidence_fingerprint(conflict: Conflict, claims: Mapping[str, Claim]) -> str:
    """A hash of the finding's claims, ids and texts: changes when what an editor saw changes.

    Example:
        >>> c = Conflict("F-1", "figure", "conflict", "high", ("a#0",), ("a",), "")
        >>> len(evidence_fingerprint(c, {}))
        16
    """
    parts = []
    for cid in sorted(conflict.claim_ids):
        claim = claims.get(cid)
        parts += [cid, claim.text if claim else ""]
    return hashlib.sha256(_SEPARATOR.join(parts).encode("utf-8")).hexdigest()[:16]
