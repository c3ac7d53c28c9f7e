"""The key of a figure's subject, and whether the figure is a part of a larger one.

The key is what two figures must share to be compared: the counted kind with its origin
("kp_troops"), the unit ("EUR:gewinn"), and the rate or the short period of a flow ("/day",
"/sun": "Am Sonntag kamen 7.000 Flüchtlinge" is compared only with another Sunday's flow).
"""

from __future__ import annotations

import re

from ..lang import SUPPORTED, lexicon
from ..lang.shared import alternation, merged
from .clauses import clause_of
from .numbers import Quantity, search_before
from .subject import PART_AFTER, PART_BEFORE, Subject
from .time import WEEKDAY_NAMES, WEEKDAYS

_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)


def _words(name: str) -> str:
    return alternation(*(getattr(words, name) for words in _LANGS))


_RATE_NAMES = merged(*(words.RATES for words in _LANGS))
_RATE = tuple(
    (suffix, re.compile(rf"\b{alternation(*(words.RATES.get(suffix, ()) for words in _LANGS))}\b", re.I))
    for suffix in _RATE_NAMES
)
_MOVEMENT = re.compile(rf"\b{_words('MOVEMENT_VERBS')}\b")
_SHORT_PERIOD = re.compile(
    rf"\b(?:(?i:{_words('DAY_PREPOSITIONS')})\s+"
    + alternation(WEEKDAY_NAMES, *(words.WEEKEND for words in _LANGS))
    + r"\w*"
    rf"|(?i:{_words('SHORT_PERIODS')})"
    rf"|(?i:{_words('SINCE_PREPOSITIONS')})\s+{_words('SINCE_WEEKDAYS')}\w*"
    rf"|(?i:{_words('LAST_24_HOURS')}))\b"
)
_PERIOD_BOUNDS = merged(*(words.PERIOD_BOUNDS for words in _LANGS))
_PERIOD_NAMES = merged(*(words.PERIOD_NAMES for words in _LANGS))
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FIRST_BEFORE = re.compile(rf"\b{_words('FIRST_ARTICLES')}\s+{_words('FIRST_WORDS')}\s+$", re.I)


def subject_key_of(text: str, quantity: Quantity, subject: Subject) -> str | None:
    """The key of what a number in ``text`` counts ("kp_troops", "EUR:gewinn", "refugees/sun")."""
    if subject.concept is None:
        return None
    key = f"{subject.origin}_{subject.concept}" if subject.origin else subject.concept
    if quantity.unit:
        key = f"{quantity.unit}:{key}"
    near = text[max(0, quantity.start - 40) : quantity.end + 60]
    rate = next((suffix for suffix, pattern in _RATE if pattern.search(near)), "")
    return key + (rate or _movement_period(text, quantity))


def _movement_period(text: str, quantity: Quantity) -> str:
    """The period suffix ("/sun") of a flow: "Am Sonntag kamen 7.000 Flüchtlinge nach Österreich", else "".

    People moving within a named day or weekend are a flow of that period, not how many are there:
    they are compared only with flows of the same period ("am Sonntag" = "on Sunday"), never with a
    count of those present or with another period's flow.
    """
    clause = clause_of(text, quantity)
    if not _MOVEMENT.search(clause):
        return ""
    periods = list(_SHORT_PERIOD.finditer(clause)) or list(_SHORT_PERIOD.finditer(text))
    if len(periods) != 1:
        return ""  # none, or several in the sentence and none in the figure's clause: unsure which
    words = periods[0].group().lower().split()
    prefix = _PERIOD_BOUNDS.get(words[0], "")
    name = words[-1]
    for word, day in WEEKDAYS.items():
        if name.startswith(word):
            return f"/{prefix}{WEEKDAY_KEYS[day]}{name[len(word) :]}"
    return f"/{_PERIOD_NAMES.get(name, name)}"


def portion_of(text: str, quantity: Quantity) -> str | None:
    """ "increment" for an addition ("weitere 3.000"), "part" for a share ("davon 8.000", "die ersten
    1.500"), else None."""
    if quantity.increment:
        return "increment"
    if PART_AFTER.match(text[quantity.end :]) or search_before(PART_BEFORE, text, quantity.start):
        return "part"
    if search_before(_FIRST_BEFORE, text, quantity.start, 30):
        return "part"  # "die ersten 1.500", "the first 1,500": a first group, not the total
    return None
