"""The scope of a figure: where it applies ("russische Region Kursk", "Osten Russlands", "in Russland").

A place after the number belongs to it ("8.000 Soldaten in Kursk"), a region is preferred over its
country, and "dort" / "in die Region" point back to the place named last. The article's regions are
learnt first, so that "Kursk" alone is the "russische Region Kursk" named elsewhere.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field

from ..entities.places import REGION_PATTERNS, country_of, place_matches, scope_key
from ..lang import SUPPORTED, every_language, lexicon
from ..lang.shared import alternation
from .numbers import Quantity

_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)


def _words(name: str) -> str:
    return alternation(*(getattr(words, name) for words in _LANGS))


_PREPOSITIONS = _words("SCOPE_PREPOSITIONS")
_ARTICLES = _words("SCOPE_ARTICLES")
_COUNTRY_SCOPE = re.compile(
    rf"(?:\b(?i:{_PREPOSITIONS})\s+(?:{_ARTICLES}\s+)?"
    rf"(?:{_words('TERRITORY_ADJECTIVES')}\s+{_words('TERRITORY_NOUNS')}"
    rf"|{_words('SITE_NOUNS')}"
    r"|(?P<name>[A-ZÄÖÜ][\w.]+(?:\s[A-Z]\w+)?)))"
)
_ANAPHORIC_PLACE = re.compile(rf"\b{_words('PLACE_ANAPHORS')}\b")
_IN_NAME = re.compile(rf"\b{_words('NAME_PREPOSITIONS')}\s+([A-ZÄÖÜ][a-zäöüß]+)\b")
_NOUN_SUFFIX = re.compile(rf"{_words('NOUN_SUFFIXES')}$")
_GOVERNMENT_METONYMS = every_language("figures", "GOVERNMENT_METONYMS")
_LEADING_PREPOSITION = re.compile(rf"^(?i:{_PREPOSITIONS})\s+")
_LEADING_ARTICLE = re.compile(rf"^{_ARTICLES}\s+")


@dataclass(slots=True)
class Places:
    """The places of an article as far as it has been read: its regions, and the last one named."""

    regions: dict[str, str] = field(default_factory=dict)  # place name -> its phrase with the country
    region_res: dict[str, re.Pattern[str]] = field(default_factory=dict)  # place name -> its pattern
    last_region: str | None = None
    # Sentences not yet read for their places: only a figure that refers back ("dort") needs them,
    # so they are read then, in order, and most never are.
    unread: deque[str] = field(default_factory=deque)
    catching_up: bool = False


def learn_regions(text: str, places: Places) -> None:
    """Note every region an article names with its country ("russische Region Kursk")."""
    for match in place_matches(text, REGION_PATTERNS):
        name = match.group("name")
        if country_of(name) is None and name not in places.regions:
            places.regions[name] = match.group()
            places.region_res[name] = re.compile(rf"\b{re.escape(name)}\b")


def scope_of(text: str, quantity: Quantity, window: tuple[int, int], places: Places) -> str | None:
    """The place phrase a number in ``text`` applies to, looked for within ``window``."""
    found = _scopes(text, places, *window)
    if not found:
        return None
    # A place after the number belongs to it ("8.000 Soldaten in Kursk"); one before may be the
    # source's ("nach den USA warnte, dass 8.000 ...").
    after = [p for p in found if p[0] >= quantity.end]
    specific = [p for p in after or found if "/" in (scope_key(p[1]) or "")]
    pool = specific or after or found
    _, phrase = min(pool, key=lambda item: (abs(item[0] - quantity.start), item[0]))
    return _clean_scope(phrase)


def _scopes(text: str, places: Places, lo: int, hi: int) -> list[tuple[int, str]]:
    """Place phrases in text[lo:hi] with their positions, most specific first at equal position."""
    found: list[tuple[int, str]] = []
    segment = text[lo:hi]
    found += [(lo + m.start(), m.group()) for m in place_matches(segment)]
    for name, phrase in places.regions.items():
        if name in segment:
            found += [(lo + m.start(), phrase) for m in places.region_res[name].finditer(segment)]
    for match in _COUNTRY_SCOPE.finditer(segment):
        name = match.group("name")
        if name is None or (country_of(name) and name not in _GOVERNMENT_METONYMS):
            found.append((lo + match.start(), match.group()))
    for match in _ANAPHORIC_PLACE.finditer(segment):
        antecedent = _last_place_name(text[: lo + match.start()]) or _last_region(places)
        if antecedent:
            found.append((lo + match.start(), antecedent))
    return sorted(found, key=lambda item: (item[0], -len(item[1])))


def _last_region(places: Places) -> str | None:
    """The region (a place within a country) the article named last, before the current sentence."""
    if not places.catching_up:
        places.catching_up = True
        while places.unread:
            text = places.unread.popleft()
            found = _scopes(text, places, 0, len(text))
            places.last_region = next(
                (p for _, p in reversed(found) if "/" in (scope_key(p) or "")), places.last_region
            )
        places.catching_up = False
    return places.last_region


def _last_place_name(head: str) -> str | None:
    """The antecedent of "in die Region": the last "in X" before it whose X is not a common noun."""
    names = [m.group(1) for m in _IN_NAME.finditer(head) if not _NOUN_SUFFIX.search(m.group(1))]
    names = [n for n in names if country_of(n) is None]
    return names[-1] if names else None


def _clean_scope(phrase: str) -> str:
    phrase = _LEADING_PREPOSITION.sub("", phrase)
    return _LEADING_ARTICLE.sub("", phrase).strip(" .,;:")
