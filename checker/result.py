"""`Result`: one check, as records and as DataFrames for analysts."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import pandas as pd

from . import frames
from .pipeline import CheckRun
from .report import write_reports
from .report.html_report import render_html
from .report.json_report import render_json
from .report.markdown import render_markdown


class Result:
    """The outcome of `checker.check`: DataFrames for browsing, renderers for reports.

    Example:
        >>> result = checker.check("data/")
        >>> result.conflicts[["kind", "label", "severity", "summary"]]
    """

    def __init__(self, run: CheckRun) -> None:
        self.run = run

    @cached_property
    def articles(self) -> pd.DataFrame:
        return frames.articles_frame(self.run)

    @cached_property
    def claims(self) -> pd.DataFrame:
        return frames.claims_frame(self.run)

    @cached_property
    def pairs(self) -> pd.DataFrame:
        return frames.pairs_frame(self.run)

    @cached_property
    def conflicts(self) -> pd.DataFrame:
        return frames.conflicts_frame(self.run)

    @cached_property
    def ledger(self) -> pd.DataFrame:
        return frames.ledger_frame(self.run)

    def to_json(self) -> str:
        return render_json(self.run)

    def to_html(self) -> str:
        return render_html(self.run)

    def to_markdown(self) -> str:
        return render_markdown(self.run)

    def write(self, out_dir: str | Path, formats: str = "html,md,json,csv") -> list[Path]:
        """Write the reports (see `checker.report.WRITERS`) into a folder."""
        return write_reports(self.run, out_dir, formats.split(","))

    def __repr__(self) -> str:
        run = self.run
        return (
            f"<Result: {len(run.articles)} articles, {len(run.claims)} claims, {len(run.conflicts)} findings>"
        )
