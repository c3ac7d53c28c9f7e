"""Report writers: one renderer a format, each a pure function of a `CheckRun`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import BadInput, OutputError, UnknownFormat
from ..fsio import os_error_message, write_set
from ..types import CheckRun
from .csv_report import render_csv
from .html_report import render_html
from .json_report import render_json
from .markdown import MIN_MD_LIMIT, render_markdown

# format -> (file name, renderer)
WRITERS: dict[str, tuple[str, Callable[[CheckRun], str]]] = {
    "html": ("report.html", render_html),
    "md": ("report.md", render_markdown),
    "json": ("report.json", render_json),
    "csv": ("conflicts.csv", render_csv),
}


def check_md_limit(limit: int | None) -> None:
    if limit is not None and limit < MIN_MD_LIMIT:
        raise BadInput(f"--md-limit {limit}: expected at least {MIN_MD_LIMIT:,} characters")


def parse_formats(spec: str | Sequence[str]) -> list[str]:
    """'html,md' -> ['html', 'md'], checked against the known formats."""
    names = spec.split(",") if isinstance(spec, str) else list(spec)
    formats = [name.strip().lower() for name in names if name.strip()]
    unknown = [name for name in formats if name not in WRITERS]
    if unknown or not formats:
        raise UnknownFormat(
            f"format={','.join(unknown) or spec!r}; expected one or more of {sorted(WRITERS)}"
        )
    return list(dict.fromkeys(formats))


def write_reports(
    run: CheckRun,
    out_dir: str | Path,
    formats: Sequence[str] = tuple(WRITERS),
    *,
    md_limit: int | None = None,
) -> list[Path]:
    """Write the asked reports into ``out_dir`` (created if needed) as one set; returns their paths.

    ``md_limit``: report.md as a summary of at most this many characters (a pull-request comment).

    Every report is rendered, then written whole beside the old ones, before any old one is
    replaced: a failure (a full disk, say) leaves the old set as it was.

    Raises:
        OutputError: the folder cannot be written, naming it and the cause.
    """
    check_md_limit(md_limit)
    files = {}
    for fmt in parse_formats(formats):
        name, render = WRITERS[fmt]
        files[name] = render_markdown(run, limit=md_limit) if fmt == "md" else render(run)
    try:
        return write_set(out_dir, files)
    except OSError as e:
        raise OutputError(os_error_message(e, out_dir)) from e
