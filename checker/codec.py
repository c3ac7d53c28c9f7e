"""Records <-> plain JSON values: the one place that knows how every record is written and read.

Two forms of the same records:

- the contract form (``full=False``, the default): exactly the fields that report.json and the
  lines of `checker extract` promise (docs/design.md, "Contract"), in the contract's order;
- the full form (``full=True``): every field, the internal ones included (a figure's subject_key
  and portion, a quote's style and role, a claim's language, a finding's details), for what is
  read back: a saved check (checker-run.json) and the store's segments.

``*_from_dict`` reads either form (fields the contract form leaves out take their defaults) and
is the exact inverse of the full form: ``claim_from_dict(claim_to_dict(c, full=True)) == c``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .types import Article, CheckRun, Claim, Conflict, Figure, FigureLink, Pair, Quote, Review

ARTICLE_FIELDS = ("id", "title", "source", "url", "published", "lang")
FIGURE_FIELDS = (
    "value", "low", "high", "unit", "subject", "qualifier", "modality", "scope",
    "as_of", "source", "surface", "start", "end",
)  # fmt: skip
QUOTE_FIELDS = (
    "text", "start", "end", "direct", "speaker", "speaker_mention", "speaker_start", "speaker_end", "cue",
)  # fmt: skip
CONFLICT_FIELDS = ("id", "kind", "label", "severity", "claim_ids", "article_ids", "summary")
# A reviewed finding's "review" in report.json: the verdict that holds now and who gave it when.
REVIEW_FIELDS = ("status", "note", "reviewer", "at", "current", "reviewed_as")

# JSON has no tuple: a word diff in a finding's details is a list of (op, words, words) tuples,
# so the full form tags tuples to read them back as tuples.
TUPLE_KEY = "__tuple__"


def article_to_dict(article: Article, *, full: bool = False) -> dict[str, Any]:
    """An article as in report.json (no text), or with every field (``full``)."""
    return _fields(article) if full else {name: getattr(article, name) for name in ARTICLE_FIELDS}


def article_from_dict(data: dict[str, Any]) -> Article:
    return Article(**data)


def figure_to_dict(figure: Figure, *, full: bool = False) -> dict[str, Any]:
    return _fields(figure) if full else {name: getattr(figure, name) for name in FIGURE_FIELDS}


def figure_from_dict(data: dict[str, Any]) -> Figure:
    return Figure(**data)


def quote_to_dict(quote: Quote, *, full: bool = False) -> dict[str, Any]:
    return _fields(quote) if full else {name: getattr(quote, name) for name in QUOTE_FIELDS}


def quote_from_dict(data: dict[str, Any]) -> Quote:
    return Quote(**data)


def claim_to_dict(claim: Claim, *, full: bool = False) -> dict[str, Any]:
    """One claim as in report.json and as one line of `checker extract`; ``full`` adds its language
    and the internal fields of its figure and quote.

    Example:
        >>> claim_to_dict(Claim("a#0", "a", "statement", "Es regnet.", 0, 10))["figure"] is None
        True
    """
    out = {
        "id": claim.id,
        "article_id": claim.article_id,
        "kind": claim.kind,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "figure": figure_to_dict(claim.figure, full=full) if claim.figure else None,
        "quote": quote_to_dict(claim.quote, full=full) if claim.quote else None,
    }
    if full:
        out["lang"] = claim.lang
    return out


def claim_from_dict(data: dict[str, Any]) -> Claim:
    """The claim of a dict of either form (the full form gives it back exactly)."""
    figure, quote = data.get("figure"), data.get("quote")
    return Claim(
        **{
            **data,
            "figure": figure_from_dict(figure) if figure else None,
            "quote": quote_from_dict(quote) if quote else None,
        }
    )


def conflict_to_dict(conflict: Conflict, *, full: bool = False) -> dict[str, Any]:
    """A finding as in report.json, or with its details (``full``: word diffs, reasons)."""
    out = {name: getattr(conflict, name) for name in CONFLICT_FIELDS}
    out["claim_ids"] = list(conflict.claim_ids)
    out["article_ids"] = list(conflict.article_ids)
    if conflict.sides:  # optional in the contract: only findings that group their claims have them
        out["sides"] = [list(side) for side in conflict.sides]
    if full:
        out["details"] = _tag(conflict.details)
    return out


def review_to_dict(review: Review, *, full: bool = False) -> dict[str, Any]:
    """A verdict as report.json shows it beside its finding (``full``: with its finding id and evidence).

    Example:
        >>> review_to_dict(Review("F-0123456789", "false_alarm", "same figure", "ann"))["status"]
        'false_alarm'
    """
    return _fields(review) if full else {name: getattr(review, name) for name in REVIEW_FIELDS}


def review_from_dict(data: dict[str, Any]) -> Review:
    return Review(**data)


def conflict_from_dict(data: dict[str, Any]) -> Conflict:
    return Conflict(
        **{
            **data,
            "claim_ids": tuple(data["claim_ids"]),
            "article_ids": tuple(data["article_ids"]),
            "details": _untag(data.get("details", {})),
            "sides": tuple(tuple(side) for side in data.get("sides", ())),
        }
    )


def pair_to_dict(pair: Pair) -> dict[str, Any]:
    return {**_fields(pair), "score": float(pair.score)}  # a numpy float from FAISS is no JSON


def pair_from_dict(data: dict[str, Any]) -> Pair:
    return Pair(**data)


def link_to_dict(link: FigureLink) -> dict[str, Any]:
    return _fields(link)


def link_from_dict(data: dict[str, Any]) -> FigureLink:
    return FigureLink(**data)


def run_to_dict(run: CheckRun) -> dict[str, Any]:
    """Every record of a check in the full form (what `checker.saved` writes, without its header)."""
    out = {
        "model": run.model,
        "articles": [article_to_dict(a, full=True) for a in run.articles],
        "claims": [claim_to_dict(c, full=True) for c in run.claims],
        "pairs": [pair_to_dict(p) for p in run.pairs],
        "conflicts": [conflict_to_dict(c, full=True) for c in run.conflicts],
        "links": [link_to_dict(link) for link in run.links],
    }
    if run.reviews:  # a check without verdicts saves as it did before there were any
        out["reviews"] = [review_to_dict(r, full=True) for r in run.reviews]
    return out


def run_from_dict(data: dict[str, Any]) -> CheckRun:
    """The inverse of `run_to_dict` (keys other than the records', like a file header, are ignored)."""
    return CheckRun(
        articles=tuple(article_from_dict(a) for a in data["articles"]),
        claims=tuple(claim_from_dict(c) for c in data["claims"]),
        pairs=tuple(pair_from_dict(p) for p in data["pairs"]),
        conflicts=tuple(conflict_from_dict(c) for c in data["conflicts"]),
        links=tuple(link_from_dict(link) for link in data["links"]),
        model=data["model"],
        reviews=tuple(review_from_dict(r) for r in data.get("reviews", ())),
    )


def _fields(record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def _tag(value: Any) -> Any:
    if isinstance(value, tuple):
        return {TUPLE_KEY: [_tag(v) for v in value]}
    if isinstance(value, list):
        return [_tag(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _tag(v) for k, v in value.items()}
    if hasattr(value, "item") and callable(value.item):  # a numpy scalar
        return value.item()
    return value


def _untag(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {TUPLE_KEY}:
            return tuple(_untag(v) for v in value[TUPLE_KEY])
        return {k: _untag(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_untag(v) for v in value]
    return value
