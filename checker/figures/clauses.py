"""The clause around a number: what modality, time and a flow's period are read from."""

from __future__ import annotations

import bisect
import functools
import re

from ..lang import SUPPORTED, lexicon
from ..lang.shared import alternation
from .numbers import Quantity

_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)

# Clauses end at a comma, semicolon or colon between words, a dash or bracket, a "[...]" and a
# conjunction ("und", "but").
CLAUSE_BREAK = re.compile(
    r"(?<!\d)[,;:](?!\d)|[–—(]|\[\s*(?:\.\.\.|…)\s*\]|\s"
    + alternation(*(words.CLAUSE_CONJUNCTIONS for words in _LANGS))
    + r"\s"
)
# Matched at a clause's start (the pattern is anchored by the position it is tried at).
_THAT = re.compile(r"\s*" + alternation(*(words.THAT_CONJUNCTIONS for words in _LANGS)) + r"\b", re.I)


def clause_of(text: str, quantity: Quantity) -> str:
    """The clause around a number; a "dass"/"that" clause brings its governing clause along.

    Example:
        >>> from checker.figures.numbers import find_quantities
        >>> text = "Das Amt meldete, dass 3.000 Soldaten kamen, und es werden mehr."
        >>> clause_of(text, next(find_quantities(text)))
        'Das Amt meldete, dass 3.000 Soldaten kamen'
    """
    starts, ends = _clauses(text)
    index = bisect.bisect_right(starts, quantity.start) - 1
    begin = starts[index]
    if index and _THAT.match(text, begin):
        begin = starts[index - 1]
    return _slice(text, begin, ends[index] if ends[index] >= quantity.end else len(text))


@functools.lru_cache(maxsize=64)
def _slice(text: str, begin: int, end: int) -> str:
    # One string object per clause: the numbers of one clause share it, and so do the caches
    # that read a clause (a string computes its hash once).
    return text[begin:end]


@functools.lru_cache(maxsize=16)
def _clauses(text: str) -> tuple[list[int], list[int]]:
    """Where the clauses of a sentence start and end, found once for all its numbers (a sentence
    of many numbers asked for each of them)."""
    breaks = list(CLAUSE_BREAK.finditer(text))
    return [0] + [m.end() for m in breaks], [m.start() for m in breaks] + [len(text)]
