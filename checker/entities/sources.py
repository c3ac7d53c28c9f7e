"""Sources: a key that tells whether two figures are credited to the same source.

Both the figure extractor (which records who a figure is credited to) and the comparison (do two
figures come from different sources?) read source keys here.
"""

from __future__ import annotations

import re

from ..lang import SUPPORTED, lexicon
from ..lang.shared import alternation
from .people import person_key
from .places import country_of

_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)

# "deren Schätzungen", "by their estimates", "demnach": a source named before, by a pronoun.
ANAPHORIC_SOURCE = re.compile(
    r"^(?:(?:(?i:"
    + alternation(*(words.SOURCE_POSSESSIVE_PREPOSITIONS for words in _LANGS))
    + r")\s+)?"
    + alternation(*(words.SOURCE_POSSESSIVES for words in _LANGS))
    + r"\s+\w+|"
    + alternation(*(words.SOURCE_ANAPHORS for words in _LANGS))
    + ")",
    re.I,
)
# The key of a source left unresolved starts with this: someone named in text the article left out.
UNRESOLVED = "?"


def source_key(source: str | None) -> str | None:
    """A key for a cited source: its country where the phrase names one, else the person's key.

    "nach US-Angaben", "das Pentagon" and "US-Außenminister Blinken" meet as "us"; "Selenskyj" and
    "Zelensky" meet by transliteration; a pronoun left unresolved gets a key of its own ("?deren
    schätzungen").

    Example:
        >>> source_key("US-Regierung"), source_key("Pentagon-Sprecherin Sabrina Singh")
        ('us', 'us')
    """
    if not source:
        return None
    if ANAPHORIC_SOURCE.match(source):
        return f"{UNRESOLVED}{source.lower()}"  # see compare.figures._different_sources
    country = country_of(source)
    if country:
        return country
    names = re.findall(r"[A-ZÄÖÜ][\w'’-]+", source)
    return person_key(names[-1]) if names else source.lower().strip()


def is_unresolved(key: str | None) -> bool:
    """Whether a source key stands for someone the article's text left out."""
    return key is not None and key.startswith(UNRESOLVED)
