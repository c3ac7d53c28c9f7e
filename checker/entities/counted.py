"""Counted things: the kind of thing a figure counts ("Soldaten", "troops" -> "troops").

Both the figure extractor (the subject key of a figure) and the comparison (is the counted thing
specific enough to compare?) read the kinds here. The noun stems of each kind are those of every
language (checker/lang/<code>/figures.py, CONCEPTS), joined.
"""

from __future__ import annotations

import functools
import re

from ..lang import SUPPORTED, lexicon
from ..lang.shared import alternation

_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)

_ENDINGS = alternation(*(words.CONCEPT_ENDINGS for words in _LANGS))
_CONCEPT_NAMES = tuple(dict.fromkeys(name for words in _LANGS for name in words.CONCEPTS))
_CONCEPT_RE = tuple(
    (name, re.compile(alternation(*(w.CONCEPTS.get(name, ()) for w in _LANGS)) + f"{_ENDINGS}?$", re.I))
    for name in _CONCEPT_NAMES
)
_ANY_CONCEPT = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _CONCEPT_RE), re.I)
# Kinds that count anything: "Menschen" or "Personen" of two articles need not be the same people.
GENERIC_KINDS = frozenset({"people"})
# Kinds specific enough to compare across articles.
KNOWN_KINDS = frozenset(_CONCEPT_NAMES) - GENERIC_KINDS
# Time spans and measures are not counted things: "seit 20 Jahren" vs "seit 30 Jahren" is no conflict.
NOT_COUNTED = re.compile(rf"^{alternation(*(words.NOT_COUNTED for words in _LANGS))}$", re.I)
_PLURAL_SUFFIXES = tuple(dict.fromkeys(suffix for words in _LANGS for suffix in words.PLURAL_SUFFIXES))


@functools.lru_cache(maxsize=1 << 14)
def concept_of(noun: str) -> str | None:
    """The counted thing a noun names ("Soldaten", "troops" -> "troops"); None for time spans.

    A noun of no known kind is its own kind, by its stem ("Helferinnen" -> "helfer").

    Example:
        >>> concept_of("Soldaten"), concept_of("Munitionscontainer"), concept_of("Jahre")
        ('troops', 'containers', None)
    """
    word = noun.strip().split()[-1] if noun.strip() else ""
    if not word or NOT_COUNTED.match(word):
        return None
    for name, pattern in _CONCEPT_RE:
        if pattern.search(word):
            return name
    return stem(word)


@functools.lru_cache(maxsize=1 << 14)
def is_known_concept(word: str) -> bool:
    """Whether a word names one of the known kinds (troops, refugees, ...), "people" included."""
    return _ANY_CONCEPT.search(word) is not None


def stem(word: str) -> str:
    """A noun without its plural or case ending, lower case: the key of a kind of no known name."""
    low = word.lower().strip("'’")
    for suffix in _PLURAL_SUFFIXES:
        if len(low) > len(suffix) + 3 and low.endswith(suffix):
            return low[: -len(suffix)]
    return low
