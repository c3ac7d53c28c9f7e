"""`Result`: one check, as records and as DataFrames for analysts."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import pandas as pd

from . import frames
from .report import write_reports
from .report.html_report import render_html
from .report.json_report import render_json
from .report.markdown import render_markdown
from .saved import load_run, save_run
from .types import CheckRun


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

    @cached_property
    def evidence(self) -> pd.DataFrame:
        return frames.evidence_frame(self.run)

    def findings(
        self,
        *,
        kind: str | None = None,
        severity: str | None = None,
        label: str | None = None,
        speaker: str | None = None,
        article: str | None = None,
    ) -> pd.DataFrame:
        """The findings (rows of `conflicts`) that match every given filter.

        ``speaker`` matches part of a quoted speaker's name, case-insensitively; ``article`` is an
        article id that the finding involves.

        Example:
            >>> result.findings(kind="quote", speaker="blinken")
        """
        return frames.filter_findings(
            self.conflicts, self.evidence, kind=kind, severity=severity, label=label, speaker=speaker,
            article=article,
        )  # fmt: skip

    def corroboration(self, *, min_score: float = frames.CORROBORATION_SCORE) -> pd.DataFrame:
        """Statements several articles share (see `checker.frames.corroboration_frame`)."""
        return frames.corroboration_frame(self.run, min_score=min_score)

    def quote_diff(self, conflict_id: str) -> pd.DataFrame:
        """The word diff of one quote finding, one row per step."""
        return frames.quote_diff_frame(self.run, conflict_id)

    def save(self, out_dir: str | Path) -> Path:
        """Save every record (internal fields too) into ``out_dir``; `checker.load` reads it back.

        Example:
            >>> result.save("runs/seeds")
            >>> checker.load("runs/seeds").to_html() == result.to_html()
            True
        """
        return save_run(self.run, out_dir)

    @classmethod
    def load(cls, path: str | Path) -> Result:
        """A result saved by `save`, from its folder (no model is loaded)."""
        return cls(load_run(path))

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
