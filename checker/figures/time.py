"""The time of a figure (``as_of``): the article's date, moved by the time words around the number.

"am Mittwoch" and "last week" move the article's date back, "2015 kamen 600.000" names a year,
"zunächst" / "initially" marks an earlier figure of the article's month, "bis Dezember" a month
ahead. A date after publication names a planned event, not the figure's time.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from ..lang import SUPPORTED, lexicon
from ..lang.shared import alternation, merged
from .clauses import clause_of
from .numbers import Quantity, search_before

_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)


def _words(name: str) -> str:
    return alternation(*(getattr(words, name) for words in _LANGS))


# Weekday names as written ("Montag", "Monday") and, lower case, their number (Monday = 0).
WEEKDAY_NAMES = tuple(merged(*(words.WEEKDAYS for words in _LANGS)))
WEEKDAYS = {name.lower(): day for name, day in merged(*(words.WEEKDAYS for words in _LANGS)).items()}
_MONTH_NUMBERS = merged(*(words.MONTH_NUMBERS for words in _LANGS))
_RELATIVE_DAYS = merged(*(words.RELATIVE_DAYS for words in _LANGS))
TIME_EXPRESSION = re.compile(
    rf"\b(?P<weekday>{alternation(WEEKDAY_NAMES)}){_words('DAYPART_SUFFIXES')}?\b"
    rf"|\b(?P<relative>{alternation(_RELATIVE_DAYS)})\b"
    rf"|\b(?P<day>\d{{1,2}})\.?\s+(?P<month>{_words('DAY_MONTHS')})\b"
    rf"|\b(?P<month2>{_words('MONTHS_BEFORE_DAY')})\s+(?P<day2>\d{{1,2}})\b",
    re.I,
)
_UNTIL_MONTH = re.compile(
    rf"\b(?i:{_words('UNTIL_PREPOSITIONS')})\s+(?:{_words('MONTH_PARTS')}\s+)?(?P<month>[A-ZÄÖÜ]\w+)"
)
# "Initially, officials estimated 3,000": a figure of an earlier, unstated time.
_EARLIER = re.compile(rf"\b(?i:{_words('EARLIER')})\b")
_UNITS_AFTER_YEAR = alternation(("%",), *(words.UNITS_AFTER_YEAR for words in _LANGS))
_YEAR = re.compile(rf"(?<![\d.,/-])(?:19[5-9]\d|20[0-4]\d)(?![\d.,/-]\d|\s*{_UNITS_AFTER_YEAR})")
# A month named right before a year: "zwischen Mai 2022 und Mai 2023" is a span, "as of May 2022"
# a month, not the whole year.
_MONTH_BEFORE = re.compile(rf"\b(?P<month>{_words('DAY_MONTHS')})\.?\s+$")
_SPAN_BEFORE = re.compile(
    rf"\b(?i:{_words('YEAR_SPAN_WORDS')})\s+(?:{_words('YEAR_SPAN_ARTICLES')}\s+)?(?:{_words('YEAR_NOUNS')}\s+)?"
    rf"(?:(?:{_words('DAY_MONTHS')})\.?\s+)?$"
)


def as_of(text: str, quantity: Quantity, published: str | None) -> str | None:
    """The date a figure describes (ISO, a day, a month or a year), from its sentence and the
    article's date; None when neither says."""
    clause = clause_of(text, quantity)
    # the clause, or just before the number: "2015 aber nur 600.000" is cut at "aber"
    begin = text.find(clause, max(0, quantity.start - len(clause)))
    year = _named_year(text, begin, begin + len(clause), published) or _named_year(
        text, max(0, quantity.start - 40), quantity.start, published
    )
    if year:
        return year
    if published and _EARLIER.search(clause):
        return published[:7]  # an earlier figure: some time before the article, at best its month
    month = month_until(clause)
    if month and published:
        return _month_after(published, month)
    if not published:
        return published
    starts, dates = _past_dates(text, published)
    # the nearest date before or after the number (the earlier date when both are as near)
    at = bisect.bisect_left(starts, quantity.start)
    near = [(abs(starts[i] - quantity.start), dates[i]) for i in (at - 1, at) if 0 <= i < len(starts)]
    return min(near)[1] if near else published


@functools.lru_cache(maxsize=16)
def _past_dates(text: str, published: str) -> tuple[list[int], list[str]]:
    """The time expressions of a sentence resolved against the article's date, found once for all
    its numbers: their starts, in order, and their dates. A date after publication names a
    planned event ("um am 1. November einzugreifen"), not the time a figure describes."""
    starts, dates = [], []
    for match in TIME_EXPRESSION.finditer(text):
        date = _resolve(match, published)
        if date and date[:7] <= published[:7] and date <= published.ljust(10, "~"):
            starts.append(match.start())
            dates.append(date)
    return starts, dates


@functools.lru_cache(maxsize=64)
def month_until(clause: str) -> int | None:
    """The month a clause expects a figure by: "bis Ende Dezember" -> 12."""
    until = _UNTIL_MONTH.search(clause)
    return _month_number(until.group("month")) if until else None


def _named_year(text: str, begin: int, end: int, published: str | None) -> str | None:
    """A year that ``text[begin:end]`` puts the figure in ("2015 kamen 600.000", "in 2015"), other
    than the article's own; "seit 2015" and "bis 2030" name a span or a target, not the figure's
    time (the words before the year are read in the whole sentence: "zwischen Mai 2022 und Mai
    2023" is one span even where a clause starts at "und")."""
    for match in _YEAR.finditer(text, begin, end):
        if search_before(_SPAN_BEFORE, text, match.start(), 20):
            continue
        if published is None or match.group() != published[:4]:
            month = search_before(_MONTH_BEFORE, text, match.start(), 12)
            number = _month_number(month.group("month")) if month else None
            return f"{match.group()}-{number:02d}" if number else match.group()
    return None


def _resolve(match: re.Match[str], published: str) -> str | None:
    day = _parse_date(published)
    if match.group("day") or match.group("day2"):
        month = _month_number(match.group("month") or match.group("month2"))
        number = int(match.group("day") or match.group("day2"))
        year = int(published[:4])
        if month is None or not 1 <= number <= 31:
            return None
        if day and month > day.month + 1:
            year -= 1
        return f"{year:04d}-{month:02d}-{number:02d}"
    if day is None:
        return None
    if match.group("weekday"):
        back = (day.weekday() - WEEKDAYS[match.group("weekday").lower()]) % 7
        return (day - dt.timedelta(days=back)).isoformat()
    shift = _RELATIVE_DAYS.get(match.group("relative").lower(), 0)
    return (day + dt.timedelta(days=shift)).isoformat()


def _parse_date(published: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    except ValueError:
        return None


def _month_number(word: str | None) -> int | None:
    if not word:
        return None
    return _MONTH_NUMBERS.get(word.lower()[:3])


def _month_after(published: str, month: int) -> str:
    year = int(published[:4])
    if len(published) >= 7 and month < int(published[5:7]):
        year += 1
    return f"{year:04d}-{month:02d}"
