"""Language knowledge as data: word lists and patterns, one package per language.

Layout (the model is spaCy's ``lang/`` packages)::

    checker/lang/
        detect.py       the one language detector
        shared.py       what every language shares: quotation marks, the token pattern, ...
        de/ en/         one package per language; one module per stage that needs words
                        (sentences.py, quotes.py, people.py, figures.py, numbers.py, compare.py,
                        and report.py for the words the reports are written with)
        xx/             the language-neutral reading: the same module names with empty word
                        lists, for text in a language without its own package

Rules reach a language's words through one object, ``lexicon(code)``: ``lexicon("de").quotes``
is the module ``checker.lang.de.quotes``. Every language package has the same module and names
(a test compares them), so adding a language means adding a folder. Nothing here imports a
pipeline stage; the stages import this.
"""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass
from types import ModuleType

from ..errors import CheckerError
from .detect import detect_language

# Languages with their own rules; others are read with the neutral lexicon (see `reading_language`).
SUPPORTED = ("de", "en")
NEUTRAL = "xx"
STAGES = ("sentences", "quotes", "people", "figures", "numbers", "compare", "report")


class UnsupportedLanguage(CheckerError):
    """A language code with no package under ``checker/lang/``."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words and patterns of one language, one module per stage."""

    code: str
    sentences: ModuleType
    quotes: ModuleType
    people: ModuleType
    figures: ModuleType
    numbers: ModuleType
    compare: ModuleType
    report: ModuleType


@functools.cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of a language code ("de", "en" or the neutral "xx").

    Raises:
        UnsupportedLanguage: there is no package for ``code``.

    Example:
        >>> "sagte" in lexicon("de").quotes.SAY_VERBS
        True
    """
    if code not in (*SUPPORTED, NEUTRAL):
        raise UnsupportedLanguage(
            f"no lexicon for language {code!r}; expected one of {[*SUPPORTED, NEUTRAL]}"
        )
    modules = {stage: importlib.import_module(f"{__name__}.{code}.{stage}") for stage in STAGES}
    return Lexicon(code=code, **modules)


def reading_lexicon(code: str | None) -> Lexicon:
    """The lexicon a language code is read with: its own when supported, else the neutral one.

    Example:
        >>> reading_lexicon("fr").code, reading_lexicon("de").code
        ('xx', 'de')
    """
    return lexicon(code if code in SUPPORTED else NEUTRAL)


def reading_language(code: str | None, text: str) -> str:
    """The lexicon an article is read with: its own language when supported, else the neutral one.

    A missing code is detected from the text. The neutral lexicon reads digits, quotation marks
    and punctuation only: a French article is never read with German words.

    Example:
        >>> reading_language("fr", "Les troupes."), reading_language(None, "The troops are here.")
        ('xx', 'en')
    """
    if code is None:
        code = detect_language(text)
    return code if code in SUPPORTED else NEUTRAL


def every_language(stage: str, name: str) -> frozenset[str]:
    """One word list of every supported language together.

    For rules that deliberately read words of any language: a German article quotes English
    phrases, names and titles.

    Example:
        >>> {"und", "and"} <= every_language("quotes", "CONJUNCTIONS")
        True
    """
    return _every_language(stage, name)


@functools.cache
def _every_language(stage: str, name: str) -> frozenset[str]:
    words: set[str] = set()
    for code in SUPPORTED:
        words.update(getattr(getattr(lexicon(code), stage), name))
    return frozenset(words)


__all__ = [
    "NEUTRAL",
    "STAGES",
    "SUPPORTED",
    "Lexicon",
    "UnsupportedLanguage",
    "detect_language",
    "every_language",
    "lexicon",
    "reading_language",
]
