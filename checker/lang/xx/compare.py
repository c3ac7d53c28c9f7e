"""Comparison words of the neutral lexicon: none."""

from __future__ import annotations

from .. import shared

NEGATIONS: frozenset[str] = frozenset()
STATEMENT_NEGATIONS: frozenset[str] = frozenset()
STOP_WORDS: frozenset[str] = frozenset()
ROLE_FILLERS: frozenset[str] = frozenset()
OFFICE_NOUNS: frozenset[str] = frozenset()
ADJECTIVE_INFLECTION = shared.NEVER
WEEKDAYS: frozenset[str] = frozenset()
POSSESSIVE_PERSONS: dict[str, frozenset[str]] = {}
MODALS: dict[str, str] = {}
QUOTE_NEGATIONS: frozenset[str] = frozenset()
FIRST_PERSON: frozenset[str] = frozenset()
NOUNS_CAPITALISED = False
LENGTH_UNITS: frozenset[str] = frozenset()
DISTANCE_FROM: frozenset[str] = frozenset()
