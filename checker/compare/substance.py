"""What a faithful rendering of a statement keeps, in any language: numbers, negation, modality,
and the persons its possessives point to.

A word diff tells two wordings of one language apart; across languages every word differs, so
renderings are compared by language-neutral features instead, each read with the words of the
rendering's own language (`checker/lang/<code>/compare.py`):

- **numbers**: the values of the digits written ("8.000" and "8,000" are one value);
- **negation**: whether the count of negations is odd ("nicht", "kein", "never", "didn't");
- **modality**: which modal classes occur ("könnte", "may" are *possible*; "muss", "must" are
  *necessary*): "blood will be shed" and "blood may be shed" differ;
- **possessives**: the persons the possessive determiners point to ("his" is 3sg-m, "their" 3pl,
  "ihre" 3sg-f or 3pl): "his heroic deeds" and "their heroic deeds" differ, "their" and "ihre"
  agree;
- **distances**: whether a length kept by both is measured from a place or is a distance covered:
  "within 200 km of Moscow" (how far away) and "covered 200 kilometers" (how far they went) differ,
  „200 Kilometer vor Moskau“ and "200 km from Moscow" agree.

`differences` lists the features that differ, each with the words that carry it on either side,
so a finding can show what changed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang import lexicon
from ..lang.shared import WORD

# A number as written: digits with thousands separators or a decimal mark ("8.000", "1,2", "200").
_NUMBER = re.compile(r"\d+(?:[.,’']\d+)*")
# The words read after a number: its unit, and a direction or the word that measures from a place
# ("200 km south of", „200 Kilometer vor“).
_DISTANCE_WORDS = 3


@dataclass(frozen=True, slots=True)
class Feature:
    """One feature that differs between two renderings, with the words that carry it."""

    name: str  # "number" | "negation" | "modality" | "possessive" | "distance"
    words_a: tuple[str, ...]
    words_b: tuple[str, ...]


def differences(text_a: str, lang_a: str, text_b: str, lang_b: str) -> list[Feature]:
    """The features in which two renderings differ (see the module docstring).

    Example:
        >>> [f.name for f in differences("Wir respektieren ihre Taten", "de", "We respect his deeds", "en")]
        ['possessive']
    """
    found: list[Feature] = []
    numbers_a, numbers_b = _numbers(text_a), _numbers(text_b)
    if numbers_a != numbers_b:
        found.append(
            Feature(
                "number", _carriers(text_a, numbers_a - numbers_b), _carriers(text_b, numbers_b - numbers_a)
            )
        )
    words_a, words_b = _words(text_a), _words(text_b)
    neg_a, neg_b = _negations(words_a, lang_a), _negations(words_b, lang_b)
    if len(neg_a) % 2 != len(neg_b) % 2:
        found.append(Feature("negation", tuple(neg_a), tuple(neg_b)))
    modal_a, modal_b = _modals(words_a, lang_a), _modals(words_b, lang_b)
    if set(modal_a.values()) != set(modal_b.values()):
        found.append(Feature("modality", tuple(modal_a), tuple(modal_b)))
    own_a, own_b = _possessives(words_a, lang_a), _possessives(words_b, lang_b)
    unmatched_a = [w for w, persons in own_a if not any(persons & other for _, other in own_b)]
    unmatched_b = [w for w, persons in own_b if not any(persons & other for _, other in own_a)]
    if own_a and own_b and (unmatched_a or unmatched_b):
        found.append(Feature("possessive", tuple(w for w, _ in own_a), tuple(w for w, _ in own_b)))
    far_a, far_b = _distances(text_a, lang_a), _distances(text_b, lang_b)
    shifted = sorted(v for v in far_a.keys() & far_b.keys() if far_a[v][0] != far_b[v][0])
    if shifted:
        found.append(
            Feature(
                "distance",
                tuple(w for v in shifted for w in far_a[v][1]),
                tuple(w for v in shifted for w in far_b[v][1]),
            )
        )
    return found


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _numbers(text: str) -> set[str]:
    return {_value(m.group()) for m in _NUMBER.finditer(text)}


def _value(word: str) -> str:
    """A number's digits without separators that group thousands ("8.000" = "8,000" = "8000")."""
    if re.fullmatch(r"\d{1,3}(?:[.,’']\d{3})+", word):
        return re.sub(r"\D", "", word)
    return word.replace(",", ".")


def _carriers(text: str, values: set[str]) -> tuple[str, ...]:
    return tuple(m.group() for m in _NUMBER.finditer(text) if _value(m.group()) in values)


def _negations(words: Sequence[str], lang: str) -> list[str]:
    negations = lexicon(lang).compare.QUOTE_NEGATIONS
    return [w for w in words if w in negations]


def _modals(words: Sequence[str], lang: str) -> dict[str, str]:
    modals = lexicon(lang).compare.MODALS
    return {w: modals[w] for w in words if w in modals}


def _distances(text: str, lang: str) -> dict[str, tuple[bool, tuple[str, ...]]]:
    """Each length's value -> whether it is measured from a place, and the words that say so (its
    unit and the word after it that measures from: "km of")."""
    words = lexicon(lang).compare
    found: dict[str, tuple[bool, tuple[str, ...]]] = {}
    for number in _NUMBER.finditer(text):
        after = [w.group() for w in _words_after(text, number.end())]
        if after and after[0].lower() in words.LENGTH_UNITS:
            marks = [w for w in after[1:] if w.lower() in words.DISTANCE_FROM][:1]
            found.setdefault(_value(number.group()), (bool(marks), (number.group(), after[0], *marks)))
    return found


def _words_after(text: str, end: int) -> list[re.Match[str]]:
    return list(itertools.islice(WORD.finditer(text, end), _DISTANCE_WORDS))


def _possessives(words: Sequence[str], lang: str) -> list[tuple[str, frozenset[str]]]:
    persons = lexicon(lang).compare.POSSESSIVE_PERSONS
    return [(w, persons[w]) for w in words if w in persons]
