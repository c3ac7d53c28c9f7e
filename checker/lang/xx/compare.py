"""Comparison words of the neutral lexicon: none."""

from __future__ import annotations

from ..shared import NEVER

NEGATIONS: frozenset[str] = frozenset()
STATEMENT_NEGATIONS: frozenset[str] = frozenset()
STOP_WORDS: frozenset[str] = frozenset()
ROLE_FILLERS: frozenset[str] = frozenset()
OFFICE_NOUNS: frozenset[str] = frozenset()
ADJECTIVE_INFLECTION = NEVER
WEEKDAYS: frozenset[str] = frozenset()
