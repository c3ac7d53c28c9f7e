"""`Result`: one check, as records and as DataFrames for analysts."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import pandas as pd

from . import frames
from .facets import Filters, FindingIndex, check_date, check_values
from .report import write_reports
from .report.html_report import render_html
from .report.json_report import render_json
from .report.markdown import render_markdown
from .saved import load_run, save_run
from .types import CheckRun

Values = str | Sequence[str] | None


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
        """One row per article: ``id, title, source, url, published, lang`` (published: datetime64).

        Example:
            >>> result.articles.groupby("source").size()
        """
        return frames.articles_frame(self.run)

    @cached_property
    def claims(self) -> pd.DataFrame:
        """One row per claim: where it is, its figure or quotation fields (README lists the columns).

        Example:
            >>> result.claims.query("kind == 'figure'")[["article_id", "figure_value", "figure_source"]]
        """
        return frames.claims_frame(self.run)

    @cached_property
    def pairs(self) -> pd.DataFrame:
        """One row per pair of similar claims of two articles, with its cosine ``score``.

        Example:
            >>> result.pairs.sort_values("score", ascending=False).head()
        """
        return frames.pairs_frame(self.run)

    @cached_property
    def conflicts(self) -> pd.DataFrame:
        """One row per finding, most severe first (severity: an ordered categorical, high > low).

        Example:
            >>> result.conflicts[result.conflicts.severity >= "medium"][["conflict_id", "summary"]]
        """
        return frames.conflicts_frame(self.run)

    @cached_property
    def ledger(self) -> pd.DataFrame:
        """One row per figure with a known subject, by subject and date (as_of, published: datetime64).

        Example:
            >>> result.ledger.groupby("subject")["value"].describe()
        """
        return frames.ledger_frame(self.run)

    @cached_property
    def evidence(self) -> pd.DataFrame:
        """One row per claim of each finding: its outlet, date, link, speaker, figure and cited source.

        Example:
            >>> result.evidence.groupby("outlet").conflict_id.nunique().sort_values()
        """
        return frames.evidence_frame(self.run)

    @cached_property
    def reviews(self) -> pd.DataFrame:
        """One row per finding an editor has reviewed (a check of a store): status, note, who, when.

        Example:
            >>> checker.store.check_store("store/").reviews.query("status == 'false_alarm'")
        """
        return frames.reviews_frame(self.run)

    @cached_property
    def _index(self) -> FindingIndex:
        return FindingIndex(self.run)

    def findings(
        self,
        *,
        kind: Values = None,
        severity: Values = None,
        label: Values = None,
        status: Values = None,
        outlet: Values = None,
        article: Values = None,
        speaker: Values = None,
        source: Values = None,
        subject: Values = None,
        since: object = None,
        until: object = None,
        text: str | None = None,
    ) -> pd.DataFrame:
        """The findings (rows of `conflicts`) that match every filter given.

        Each filter takes one value or a list (any of them). ``kind``, ``severity``, ``label`` and
        ``status`` are checked against the values they can have, ``outlet`` (any case) and
        ``article`` against the check's articles: a value that cannot match is an error that says
        what is allowed, not an empty table. ``speaker``, ``source`` (a figure's cited source or a
        quotation's speaker) and ``subject`` (what a figure counts) match part of a name, any case.
        ``since``/``until``: ISO dates (full or partial) or dates; a finding is kept when one of its
        articles was published in the range. ``text``: words anywhere in what the finding shows.

        Raises:
            BadInput: a value no finding can have (``severity="High"``, ``kind="figures"``).

        Example:
            >>> result.findings(kind="quote", speaker="blinken")
            >>> result.findings(severity=["high", "medium"], outlet="BR24", since="2024-10-28")
        """
        index = self._index
        exact = {"kind": kind, "severity": severity, "label": label, "status": status}
        exact |= {"outlet": outlet, "article": article}
        values = {facet: check_values(facet, given, index) for facet, given in exact.items()}
        partial = {"speaker": speaker, "source": source, "subject": subject}
        contains = {facet: check_values(facet, given, index) for facet, given in partial.items()}
        view = Filters(
            {k: v for k, v in values.items() if v},
            since=check_date("since", since),
            until=check_date("until", until),
            text=text,
            contains={k: v for k, v in contains.items() if v},
        )
        keep = set(index.matching(view))
        return self.conflicts[self.conflicts["conflict_id"].isin(keep)]

    def corroboration(self, *, min_score: float = frames.CORROBORATION_SCORE) -> pd.DataFrame:
        """Statements other articles retell: one row per statement with a match of at least
        ``min_score`` in another article (see `checker.frames.corroboration_frame`). Empty when no
        two articles share a statement that closely (lower ``min_score`` to see looser retellings).

        Example:
            >>> result.corroboration(min_score=0.9).head()[["outlet", "text", "n_articles"]]
        """
        return frames.corroboration_frame(self.run, min_score=min_score)

    def quote_diff(self, conflict_id: str) -> pd.DataFrame:
        """The word diff of one quote finding, one row per step (``op, a_words, b_words``).

        Raises:
            KeyError: no finding has that id.
            BadInput: the finding is not a quote finding.

        Example:
            >>> result.quote_diff(result.findings(kind="quote").conflict_id.iloc[0])
        """
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
        """A result saved by `save`, from its folder (no model is loaded).

        Example:
            >>> Result.load("runs/seeds").conflicts
        """
        return cls(load_run(path))

    def to_json(self) -> str:
        """report.json as a string (docs/design.md, "Contract").

        Example:
            >>> json.loads(result.to_json())["conflicts"][0]["id"]
        """
        return render_json(self.run)

    def to_html(self) -> str:
        """report.html as a string: one offline page.

        Example:
            >>> Path("report.html").write_text(result.to_html(), encoding="utf-8")
        """
        return render_html(self.run)

    def to_markdown(self, *, limit: int | None = None) -> str:
        """report.md as a string; with ``limit``, a summary of at most that many characters.

        Example:
            >>> comment = result.to_markdown(limit=60_000)   # fits a pull-request comment
        """
        return render_markdown(self.run, limit=limit)

    def write(
        self, out_dir: str | Path, formats: str = "html,md,json,csv", *, md_limit: int | None = None
    ) -> list[Path]:
        """Write the reports (see `checker.report.WRITERS`) into a folder; returns their paths.

        ``md_limit``: report.md as a summary of at most that many characters.

        Example:
            >>> result.write("report/", "html,json")
        """
        return write_reports(self.run, out_dir, formats.split(","), md_limit=md_limit)

    def __repr__(self) -> str:
        run = self.run
        return (
            f"<Result: {len(run.articles)} articles, {len(run.claims)} claims, {len(run.conflicts)} findings>"
        )
