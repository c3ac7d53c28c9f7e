"""A check saved to a folder and read back losslessly: every record, internal fields included.

`checker-run.json` keeps what report.json leaves out (a figure's subject_key and portion, a
quote's style and role, a claim's language, a finding's details with its word diff, the figure
links and the claim pairs), so reports rendered from a loaded run are byte-identical to the
original's and a notebook can reopen a check without running the model again. The records are
written in the codec's full form (`checker.codec`); this module adds the file, its header and
its checks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import codec
from .errors import BadInput, OutputError
from .fsio import os_error_message, write_atomic
from .types import CheckRun

FILE_NAME = "checker-run.json"
FORMAT = "checker-run"
VERSION = 1


def run_to_dict(run: CheckRun) -> dict[str, Any]:
    """Every record of a run as plain JSON values, under the file's format header."""
    return {"format": FORMAT, "version": VERSION, **codec.run_to_dict(run)}


def run_from_dict(data: dict[str, Any]) -> CheckRun:
    """The inverse of `run_to_dict`."""
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        found = f"{data.get('format')!r} version {data.get('version')!r}"
        raise BadInput(f"not a saved check: expected format {FORMAT!r} version {VERSION}, found {found}")
    return codec.run_from_dict(data)


def save_run(run: CheckRun, out_dir: str | Path) -> Path:
    """Write ``out_dir/checker-run.json`` (the folder is created if needed); returns its path."""
    text = json.dumps(run_to_dict(run), ensure_ascii=False, indent=1, sort_keys=True, allow_nan=False) + "\n"
    path = Path(out_dir) / FILE_NAME
    try:
        return write_atomic(path, text)
    except OSError as e:
        raise OutputError(os_error_message(e, path)) from e


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
