"""Places: which country a phrase names, and a language-neutral key for where a figure applies.

Both the figure extractor (the scope and origin of a figure) and the comparison (are two figures
about the same place, or one inside the other?) read places here. The country names, adjectives
and demonyms are those of every language (checker/lang/<code>/figures.py), joined: a German article
names "North Korean troops", an English one "Kyjiw".

Example:
    >>> country_of("nach US-Angaben"), scope_key("russische Region Kursk"), scope_key("eastern Ukraine")
    ('us', 'ru/kursk', 'ua/east')
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..lang import SUPPORTED, lexicon
from ..lang.shared import LETTER_WORD, alternation, merged
from .people import place_key

_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)

# ---------------------------------------------------------------- countries
# Every country as any language names it, keyed by ISO 3166 code, in the order they are tried.
COUNTRY_KEYS = tuple(merged(*(words.COUNTRY_NAMES for words in _LANGS)))


def _spellings(table: str, key: str) -> str:
    return alternation(*(getattr(words, table).get(key, ()) for words in _LANGS))


_INFLECT = alternation(*(words.ADJECTIVE_ENDINGS for words in _LANGS)) + "?"
_NAMES = {key: _spellings("COUNTRY_NAMES", key) for key in COUNTRY_KEYS}
_ADJECTIVES = {key: _spellings("COUNTRY_ADJECTIVES", key) for key in COUNTRY_KEYS}
NAME_PATTERNS = {key: re.compile(rf"(?<![\w-]){names}s?(?![\w])") for key, names in _NAMES.items()}
ADJECTIVE_PATTERNS = {
    key: re.compile(rf"(?<![\w-]){adjective}{_INFLECT}(?![\w])|\b{adjective}-(?=[A-ZÄÖÜ])")
    for key, adjective in _ADJECTIVES.items()
}
_DEMONYM_PATTERNS = {key: re.compile(rf"^{_spellings('DEMONYMS', key)}$") for key in COUNTRY_KEYS}
# "US-Regierung", "US-Angaben": a country code glued to a noun names the country too.
_PREFIXES = merged(*(words.COUNTRY_PREFIXES for words in _LANGS))
_PREFIX_PATTERNS = {key: re.compile(rf"\b{re.escape(code)}-") for key, code in _PREFIXES.items()}
# One pass that tells whether a text names any country at all: most texts name none, and then the
# per-country patterns need not run.
_ANY_COUNTRY = re.compile(
    alternation(
        (part for key in COUNTRY_KEYS for part in (_NAMES[key], _ADJECTIVES[key])),
        (re.escape(code) + "-" for code in _PREFIXES.values()),
    )
)
# Adjectives of two words ("North Korean"), by their first word.
_SPLIT_ADJECTIVES = merged(*(words.SPLIT_ADJECTIVES for words in _LANGS))
_SPLIT_PATTERNS = {phrase: re.compile(rf"{re.escape(phrase)}\b") for phrase in _SPLIT_ADJECTIVES}
# The second word of a two-word adjective, read with the first: "Korean".
SPLIT_ADJECTIVE_TAILS = frozenset(phrase.split()[-1] for phrase in _SPLIT_ADJECTIVES)
_ACRONYMS = merged(*(words.ADJECTIVE_ACRONYMS for words in _LANGS))
_ORIGIN_PHRASES = merged(*(words.ORIGIN_PHRASES for words in _LANGS))


def names_a_country(text: str) -> bool:
    """Whether a text names any country (by name, adjective or prefix): a cheap gate."""
    return _ANY_COUNTRY.search(text) is not None


def country_of(text: str) -> str | None:
    """The country a short phrase names, by name, capital, adjective or US-/EU- prefix."""
    if not _ANY_COUNTRY.search(text):
        return None
    for key, pattern in NAME_PATTERNS.items():
        if pattern.search(text):
            return key
    for key, pattern in ADJECTIVE_PATTERNS.items():
        if pattern.search(text):
            return key
    return next((k for k, p in _PREFIX_PATTERNS.items() if p.search(text)), None)


def demonym_of(word: str) -> str | None:
    """The country of a demonym noun: "Nordkoreaner", "North Koreans" -> "kp"."""
    return next((k for k, p in _DEMONYM_PATTERNS.items() if p.match(word)), None)


def adjective_country(word: str, rest: str) -> str | None:
    """The country a word names as an adjective ("nordkoreanische", "US-"); ``rest`` is the text
    from the word on, for adjectives of two words ("North Korean")."""
    for phrase, key in _SPLIT_ADJECTIVES.items():
        if word == phrase.split()[0] and _SPLIT_PATTERNS[phrase].match(rest):
            return key
    if word in SPLIT_ADJECTIVE_TAILS:
        return None  # second half of the two-word form, already counted
    if word in _ACRONYMS:
        return _ACRONYMS[word]
    for key, pattern in ADJECTIVE_PATTERNS.items():
        if pattern.fullmatch(word) or (word.endswith("-") and pattern.match(word)):
            return key
    return None


def adjective_country_in(text: str) -> str | None:
    """The first country whose adjective a text holds ("die nordkoreanischen"; "North Koreans")."""
    return next((k for k, p in ADJECTIVE_PATTERNS.items() if p.search(text)), None) or next(
        (key for phrase, key in _ORIGIN_PHRASES.items() if phrase in text), None
    )


def country_mentions(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Every name and adjective of a country in a text, with the country's key."""
    for key in COUNTRY_KEYS:
        for pattern in (NAME_PATTERNS[key], ADJECTIVE_PATTERNS[key]):
            for match in pattern.finditer(text):
                yield match, key


# ---------------------------------------------------------------- regions
def _words(name: str) -> str:
    return alternation(*(getattr(words, name) for words in _LANGS))


_REGION_BEFORE = _words("REGION_NOUNS_BEFORE_NAME")
_REGION_AFTER = _words("REGION_NOUNS_AFTER_NAME")
_DIRECTION_NOUNS = _words("DIRECTION_NOUNS")
_DIRECTION_PREFIXES = _words("DIRECTION_PREFIXES")
_DIRECTION_ADJECTIVES = _words("DIRECTION_ADJECTIVES")
_DIRECTIONS = merged(*(words.DIRECTIONS for words in _LANGS))
PLACE_PATTERNS = (
    # "russische Region Kursk", "Region Kursk"
    re.compile(rf"(?P<adj>[a-zäöü]+\s+)?{_REGION_BEFORE}\s+(?P<name>[A-ZÄÖÜ][\w-]+)"),
    # "Russia's Kursk region", "Kursk Oblast"
    re.compile(rf"(?P<adj>\w+'s\s+)?(?P<name>[A-Z][\w-]+)\s+{_REGION_AFTER}\b"),
    # "Osten Russlands", "im Osten der Ukraine"
    re.compile(
        rf"(?P<dir>{_DIRECTION_NOUNS})\s+(?:{_words('DIRECTION_NOUN_ARTICLES')}\s+)?"
        r"(?P<country>[A-ZÄÖÜ]\w+)"
    ),
    # "Ostrussland", "Ostukraine"
    re.compile(rf"(?P<dir>{_DIRECTION_PREFIXES})(?P<country>{_words('COMPOUND_COUNTRIES')})\w*"),
    # "eastern Russia"
    re.compile(rf"(?P<dir>{_DIRECTION_ADJECTIVES})\s+(?P<country>[A-Z]\w+)"),
)
# The patterns that name a region by its own name ("Region Kursk", "Kursk region").
REGION_PATTERNS = PLACE_PATTERNS[:2]
# A literal each place pattern needs: checked first, it spares the pattern most texts.
_PLACE_GATES = tuple(
    re.compile(words)
    for words in (_REGION_BEFORE, _REGION_AFTER, _DIRECTION_NOUNS, _DIRECTION_PREFIXES, _DIRECTION_ADJECTIVES)
)


def place_matches(text: str, patterns: Sequence[re.Pattern[str]] = PLACE_PATTERNS) -> Iterator[re.Match[str]]:
    """Every region phrase in a text ("Region Kursk", "Osten Russlands"), pattern by pattern."""
    for pattern, gate in zip(patterns, _PLACE_GATES, strict=False):
        if gate.search(text):
            yield from pattern.finditer(text)


def scope_key(scope: str | None, *, sites: bool = False) -> str | None:
    """A language-neutral key for a scope phrase: "ru", "ru/kursk", "ru/east", "?/kursk".

    With ``sites``, a country's site that is no known place keeps apart from the whole country:
    "russischen Trainingsgeländen", "Russian training grounds" -> "ru/~site" (in Russia, but not
    all of it, and not known to hold or lie in the Kursk region); "auf russischem Gebiet" stays "ru".
    A site that names no country ("training facilities") is "?/~site": no known place at all.

    Example:
        >>> scope_key("russische Region Kursk"), scope_key("Osten Russlands"), scope_key("Russia")
        ('ru/kursk', 'ru/east', 'ru')
        >>> scope_key("Russian training grounds"), scope_key("Russian training grounds", sites=True)
        ('ru', 'ru/~site')
    """
    if not scope:
        return None
    for pattern in PLACE_PATTERNS:
        match = pattern.search(scope)
        if match:
            return _region_key(match)
    country = country_of(scope)
    if country and sites and _names_a_site(scope):
        return f"{country}/{SITE}"
    if country is None and _SITE_NOUN.search(scope):
        return NOWHERE  # "training facilities near the front": a site of no named country
    return country or f"?/{_fold_place(scope)}"


# The key of a site inside a country that names no known region ("Russian training grounds").
SITE = "~site"
# The key of a site that names no country ("training facilities near the front").
NOWHERE = f"?/{SITE}"


def is_site(key: str | None) -> bool:
    """Whether a scope key is a site ("ru/~site", "?/~site"), not a country or a region."""
    return key is not None and key.endswith(f"/{SITE}")


_WHOLE_COUNTRY_NOUNS = tuple(noun for words in _LANGS for noun in words.WHOLE_COUNTRY_NOUNS)
_SCOPE_FUNCTION_WORDS = frozenset(word for words in _LANGS for word in words.FUNCTION_WORDS)
_SITE_NOUN = re.compile(rf"\b(?:{_words('SITE_NOUNS')})")
_SCOPE_WORD = re.compile(LETTER_WORD)


def _names_a_site(scope: str) -> bool:
    """Whether a scope phrase that names a country names a place in it besides: a word that is
    no name or adjective of the country, no function word and no noun for the whole country."""
    rest = scope
    for match, _ in sorted(country_mentions(scope), key=lambda m: -len(m[0].group())):
        rest = rest.replace(match.group(), " ")
    return any(
        len(word) > 2
        and word.lower() not in _SCOPE_FUNCTION_WORDS
        and not word.lower().startswith(_WHOLE_COUNTRY_NOUNS)
        for word in _SCOPE_WORD.findall(rest)
    )


def _region_key(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("dir"):
        direction = _direction(groups["dir"])
        parent = country_of(groups["country"].capitalize()) or "?"
        return f"{parent}/{direction}"
    parent = country_of(groups.get("adj") or "") or "?"
    return f"{parent}/{_fold_place(groups['name'])}"


def _direction(word: str) -> str:
    low = word.lower()
    for prefix, direction in _DIRECTIONS.items():
        if low.startswith(prefix):
            return direction
    return "east"


def _fold_place(name: str) -> str:
    return place_key(re.sub(r"s$", "", name.strip())) if name.strip() else ""
