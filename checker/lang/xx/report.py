"""Report words of the neutral lexicon: none (a report is written in a language of its own)."""

from __future__ import annotations

MONTH_ABBREVIATIONS: tuple[str, ...] = ()
