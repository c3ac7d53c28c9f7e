"""The clause around a number: what modality, time and a flow's period are read from."""

from __future__ import annotations

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
_THAT = re.compile(r"^\s*" + alternation(*(words.THAT_CONJUNCTIONS for words in _LANGS)) + r"\b", re.I)


def clause_of(text: str, quantity: Quantity) -> str:
    """The clause around a number; a "dass"/"that" clause brings its governing clause along.

    Example:
        >>> from checker.figures.numbers import find_quantities
        >>> text = "Das Amt meldete, dass 3.000 Soldaten kamen, und es werden mehr."
        >>> clause_of(text, next(find_quantities(text)))
        'Das Amt meldete, dass 3.000 Soldaten kamen'
    """
    breaks = list(CLAUSE_BREAK.finditer(text))
    starts = [0] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [len(text)]
    index = max(i for i, s in enumerate(starts) if s <= quantity.start)
    begin = starts[index]
    if index and _THAT.match(text[begin:]):
        begin = starts[index - 1]
    return text[begin : ends[index] if ends[index] >= quantity.end else len(text)]
