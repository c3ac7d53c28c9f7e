"""The modality of a figure: a count reported now, or a projection, a plan, a limit or a capacity.

"könnte auf 12.000 steigen", "expected to rise", "bis Dezember", "Platz für 5.000" are projected;
"sollen bereits dort sein" (hearsay) is reported.
"""

from __future__ import annotations

import functools
import re

from ..lang import SUPPORTED, every_language, lexicon
from ..lang.shared import alternation
from .clauses import clause_of
from .numbers import Quantity, search_before
from .time import month_until

_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)


def _words(name: str) -> str:
    return alternation(*(getattr(words, name) for words in _LANGS))


_PROJECTED = re.compile(rf"\b{_words('PROJECTION_WORDS')}\b", re.I)
_MODAL_MONTHS = every_language("figures", "MODAL_MONTHS")
_CAPACITY_BEFORE = re.compile(
    rf"\b{_words('CAPACITY_PREPOSITIONS')}\s+(?:{_words('CAPACITY_LIMITS')}\s+)?$", re.I
)
_FUTURE_AUX = re.compile(rf"\b{_words('FUTURE_AUXILIARIES')}\b")
_PARTICIPLE = re.compile(rf"\b{_words('PARTICIPLE_SHAPES')}\s+$")


def is_projected(text: str, quantity: Quantity) -> bool:
    """Whether the sentence ``text`` projects, plans or limits the number rather than reports it."""
    if search_before(_CAPACITY_BEFORE, text, quantity.start, 30):
        return True  # "ein Quartier für 76 Asylwerber", "room for 5,000 people": room, not people
    return _clause_projects(clause_of(text, quantity))


@functools.lru_cache(maxsize=64)
def _clause_projects(clause: str) -> bool:
    """Whether a clause projects its numbers (read once for all the numbers of one clause)."""
    # "soll"/"sollen" is left out on purpose: in German news it mostly reports hearsay ("sollen
    # bereits in Russland sein"); a projection with it also carries "bald", "bis Dezember", "steigen".
    if _PROJECTED.search(clause) and _not_month_may(clause):
        return True
    for match in _FUTURE_AUX.finditer(clause):
        if not search_before(_PARTICIPLE, clause, match.start(), 40):
            return True
    return bool(month_until(clause))


def _not_month_may(clause: str) -> bool:
    # "May" with a capital inside a clause is the month; the modal is lower case.
    hits = [m.group() for m in _PROJECTED.finditer(clause)]
    return any(h not in _MODAL_MONTHS for h in hits)
