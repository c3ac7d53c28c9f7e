"""Figure comparison, one job per module (this module gathers them for the callers):

- ``figure_entries``: what is known of each figure claim (dimension, interval in base units,
  place, resolved source, time, frame) and ``frame_text``, the words the pipeline embeds;
- ``figure_links``: which figures count the same quantity (frames matched across languages, one
  dimension) and ``link_figures``, how each two of them relate;
- ``figure_rules``: the steps that decide a relation (``compare_entries``);
- ``figure_disputes``: disagreeing figures of one quantity grouped into sides;
- ``figure_findings``: one finding per dispute with label, severity and summary;
- ``ledger``: every figure as a table row.

Only conflicts and source discrepancies become findings; every figure stays in the ledger.
"""

from __future__ import annotations

from .figure_entries import FrameVectors, frame_text
from .figure_findings import figure_conflicts
from .figure_links import link_figures
from .figure_rules import compare_entries
from .ledger import ledger_rows

__all__ = ["FrameVectors", "compare_entries", "figure_conflicts", "frame_text", "ledger_rows", "link_figures"]
