"""People words of the neutral lexicon: none (the same names as de/en, all empty)."""

from __future__ import annotations

ROLE_ENDINGS: frozenset[str] = frozenset()
ROLE_INFLECTIONS: frozenset[str] = frozenset()
TITLES: frozenset[str] = frozenset()
DETERMINERS: frozenset[str] = frozenset()
GENITIVE_ARTICLES: frozenset[str] = frozenset()
PREPOSITIONS: frozenset[str] = frozenset()
PRONOUNS: frozenset[str] = frozenset()
GENDERED_PRONOUNS: dict[str, str] = {}
ADJECTIVE_STEM_ENDINGS: frozenset[str] = frozenset()
ADJECTIVE_ENDINGS: frozenset[str] = frozenset()
SPOKESPERSON_ENDINGS: frozenset[str] = frozenset()
