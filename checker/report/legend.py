"""What a figure finding's label and severity mean: the legend every report shows (the README and
checker/compare/figure_findings.py define them the same way)."""

from __future__ import annotations

# (term, what it means), in the order a report lists them.
LEGEND_LABELS = (
    (
        "conflict",
        "one source, or no source at all, is reported with incompatible figures for one quantity: "
        "someone reported it wrong (a likely newsroom error)",
    ),
    (
        "source discrepancy",
        "different sources give incompatible figures (or an outlet's own figure stands against a "
        "cited source's): worth telling the reader, nothing need be wrong in the reporting",
    ),
    ("sides", "the positions of a finding: figures that agree with each other; every two sides disagree"),
    (
        "high",
        "an editor very likely must fix something: one named source with two figures on one day, "
        "or a figure moved to another place",
    ),
    (
        "medium",
        "worth checking: another conflict, or an outlet's own figure against a cited source",
    ),
    ("low", "sources disagree and the articles report it faithfully, or the dates are too coarse to tell"),
)
