"""Sentence splitting words of the neutral lexicon: none (punctuation and digits only)."""

from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset()
MONTHS: frozenset[str] = frozenset()
ORDINAL_CONTEXT: frozenset[str] = frozenset()
