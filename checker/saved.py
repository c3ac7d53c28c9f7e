"""A check saved to a folder and read back losslessly: every record, internal fields included.

`checker-run.json` keeps what report.json leaves out (a figure's subject_key and portion, a
quote's style and role, a claim's language, a finding's details with its word diff, the figure
links and the claim pairs), so reports rendered from a loaded run are byte-identical to the
original's and a notebook can reopen a check without running the model again.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from .errors import BadInput
from .pipeline import CheckRun
from .report import write_atomic
from .types import Article, Claim, Conflict, Figure, FigureLink, Pair, Quote

FILE_NAME = "checker-run.json"
FORMAT = "checker-run"
VERSION = 1


def run_to_dict(run: CheckRun) -> dict[str, Any]:
    """Every record of a run as plain JSON values (tuples inside details tagged to survive)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "model": run.model,
        "articles": [_fields(a) for a in run.articles],
        "claims": [_claim(c) for c in run.claims],
        "pairs": [{**_fields(p), "score": float(p.score)} for p in run.pairs],
        "conflicts": [_conflict(c) for c in run.conflicts],
        "links": [_fields(link) for link in run.links],
    }


def run_from_dict(data: dict[str, Any]) -> CheckRun:
    """The inverse of `run_to_dict`."""
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        found = f"{data.get('format')!r} version {data.get('version')!r}"
        raise BadInput(f"not a saved check: expected format {FORMAT!r} version {VERSION}, found {found}")
    return CheckRun(
        articles=tuple(Article(**a) for a in data["articles"]),
        claims=tuple(_claim_from(c) for c in data["claims"]),
        pairs=tuple(Pair(**p) for p in data["pairs"]),
        conflicts=tuple(_conflict_from(c) for c in data["conflicts"]),
        links=tuple(FigureLink(**link) for link in data["links"]),
        model=data["model"],
    )


def save_run(run: CheckRun, out_dir: str | Path) -> Path:
    """Write ``out_dir/checker-run.json`` (the folder is created if needed); returns its path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(run_to_dict(run), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return write_atomic(out / FILE_NAME, text)


def load_run(path: str | Path) -> CheckRun:
    """Read a run saved by `save_run`, from its folder or from the file itself."""
    file = Path(path)
    if file.is_dir():
        file = file / FILE_NAME
    if not file.is_file():
        raise BadInput(f"{path}: no saved check here; expected a folder with {FILE_NAME} (Result.save)")
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BadInput(f"{file}: cannot read the saved check: {e}") from e
    return run_from_dict(data)


def _fields(record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def _claim(claim: Claim) -> dict[str, Any]:
    out = _fields(claim)
    out["figure"] = _fields(claim.figure) if claim.figure else None
    out["quote"] = _fields(claim.quote) if claim.quote else None
    return out


def _claim_from(data: dict[str, Any]) -> Claim:
    figure, quote = data.get("figure"), data.get("quote")
    return Claim(
        **{**data, "figure": Figure(**figure) if figure else None, "quote": Quote(**quote) if quote else None}
    )


def _conflict(conflict: Conflict) -> dict[str, Any]:
    out = _fields(conflict)
    out["claim_ids"], out["article_ids"] = list(conflict.claim_ids), list(conflict.article_ids)
    out["details"] = _tag(conflict.details)
    return out


def _conflict_from(data: dict[str, Any]) -> Conflict:
    return Conflict(
        **{
            **data,
            "claim_ids": tuple(data["claim_ids"]),
            "article_ids": tuple(data["article_ids"]),
            "details": _untag(data.get("details", {})),
        }
    )


# JSON has no tuple: a word diff is a list of (op, words, words) tuples, so tuples are tagged.
_TUPLE = "__tuple__"


def _tag(value: Any) -> Any:
    if isinstance(value, tuple):
        return {_TUPLE: [_tag(v) for v in value]}
    if isinstance(value, list):
        return [_tag(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _tag(v) for k, v in value.items()}
    if hasattr(value, "item") and callable(value.item):  # a numpy scalar
        return value.item()
    return value


def _untag(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {_TUPLE}:
            return tuple(_untag(v) for v in value[_TUPLE])
        return {k: _untag(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_untag(v) for v in value]
    return value
