"""Sources as entities: who a cited source is, across its forms and languages.

Articles name one source many ways: "USA", "US", "U.S.", "Washington", "US-Regierung", "das
Pentagon", "Pentagon-Sprecher Patrick Ryder", "Außenminister Antony Blinken", "the president".
A source's key says who speaks:

- a state, where the phrase names a country's office ("US-Regierung", "ukrainischer
  Geheimdienst", "U.S. officials") or the country itself ("Washington", "the Kremlin");
- else a person, by a spelling-neutral surname key ("Selenskyj", "Zelensky" -> "selenski"); a
  person whom some article names with a state office ("US-Außenminister Antony Blinken",
  "Ukrainian President Volodymyr Zelensky") speaks for that state;
- else the body, by its head noun and country ("russischen Militärbloggern" -> "ru:militarblogger").

A role alone ("Wagner-Chef", "the president") is the person its article names with that role.
The roles come from what the articles state, by rules: there is no list of names.

Example:
    >>> resolver = SourceResolver({"a": "US-Außenminister Antony Blinken sagte, ..."})
    >>> resolver.key("Blinken", "a"), resolver.key("U.S.", "a"), resolver.key("Pentagon-Sprecher Ryder", "a")
    ('us', 'us', 'us')
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from ..lang import SUPPORTED, every_language, lexicon
from ..lang.shared import alternation
from .counted import stem
from .people import parse_mention, surname_key
from .places import COUNTRY_KEYS, country_mentions, country_of

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

# An office noun at a word's end, inflected or not ("Militärgeheimdienstes", "officials").
_OFFICIAL = re.compile(
    rf"(?i:{alternation(*(words.OFFICIAL_ROLES for words in _LANGS))}(?:es|en|e|n|s)?)(?![\w])"
)
_HEAD_COMPLEMENTS = every_language("figures", "HEAD_COMPLEMENTS")
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][\w'’.-]*[\w]")
_DETERMINERS = every_language("figures", "LEADING_ARTICLES") | every_language("figures", "SOURCE_LINKS")
_APPOSITION_ARTICLES = alternation(*(words.ROLE_APPOSITION_ARTICLES for words in _LANGS))
_APPOSITION = re.compile(rf",\s+(?:{_APPOSITION_ARTICLES})\s+([^,.;:()]{{3,80}})[,.;]")
_WORD = re.compile(r"[\w'’.-]*\w")
_STOP = re.compile(r"[.!?;:,()\"“”„«»]")
# A country name that opens a compound role noun: "Kremlsprecher", "Pentagonsprecher".
_COMPOUND_COUNTRIES = tuple(
    (name.lower(), key)
    for words in _LANGS
    for key in COUNTRY_KEYS
    for name in words.COUNTRY_NAMES.get(key, ())
    if name.isalpha() and len(name) >= 4
)


def source_key(source: str | None, affiliations: Mapping[str, str] | None = None) -> str | None:
    """A key for a cited source: its state, its person or its body (see the module's doc).

    ``affiliations`` maps a person's surname key to the state whose office the articles give them.

    Example:
        >>> source_key("US-Regierung"), source_key("Pentagon-Sprecherin Sabrina Singh"), source_key("U.S")
        ('us', 'us', 'us')
        >>> source_key("Blinken", {"blinken": "us"}), source_key("Kiselev")
        ('us', 'kiselev')
    """
    if not source or not source.strip():
        return None
    source = source.strip()
    if ANAPHORIC_SOURCE.match(source):
        return (
            f"{UNRESOLVED}{source.lower()}"  # see compare: an unresolved source differs only in its article
        )
    country = _country(source)
    mention = parse_mention(source)
    person = _person(source, mention.name)
    if country and (_is_official(source, person) or (person is None and _is_bare_country(source))):
        return country
    if person:
        return (affiliations or {}).get(person, person)
    if source[:1].islower() and not country and not _OFFICIAL.search(source):
        return None  # "pro Tag", "vorläufigem Endergebnis": a measure or a document, no one who speaks
    head = _head(source)
    if country:
        return f"{country}:{head}" if head else country
    return head or source.lower()


def _person(phrase: str, name: str | None) -> str | None:
    """The surname key of the person a phrase names, if it names one. A single capitalised word
    after a lower-case adjective is a German noun, not a name ("russischen Militärbloggern")."""
    if not name or _country(name):
        return None
    words = phrase.split()
    if " " not in name and name in words:
        at = words.index(name)
        if at and words[at - 1][:1].islower() and words[at - 1].lower() not in _DETERMINERS:
            return None
    return surname_key(name)


def _is_official(phrase: str, person: str | None) -> bool:
    """Whether a source phrase names a state's office: its head noun is one ("US-Regierung",
    "U.S. officials", "US Ministry of Defense"), or a person's role is ("Pentagon-Sprecher Patrick
    Ryder"); "Russian military bloggers" are not."""
    words = _head_words(phrase) if person is None else _WORD.findall(phrase)
    if not words:
        return False
    if person is None:
        return bool(_OFFICIAL.fullmatch(words[-1]) or _OFFICIAL.search(words[-1]))
    return any(_OFFICIAL.search(word) for word in words if word[:1].islower() or _surname(word) != person)


def is_unresolved(key: str | None) -> bool:
    """Whether a source key stands for someone the article's text left out."""
    return key is not None and key.startswith(UNRESOLVED)


def is_state(key: str | None) -> bool:
    """Whether a source key is a state (a country's code), not a person or a body."""
    return key is not None and key in COUNTRY_KEYS


class SourceResolver:
    """Source keys for the figures of a set of articles, with the roles those articles state.

    Args:
        texts: article id -> text. Roles are read from every article ("US-Außenminister Antony
            Blinken" in one makes "Blinken" of another the US); a bare role ("Wagner-Chef") is
            read in its own article.
    """

    def __init__(self, texts: Mapping[str, str]) -> None:
        self._texts = texts
        self._affiliations: dict[str, str] | None = None
        self._wanted: set[str] = set()
        self._cache: dict[tuple[str, str], str | None] = {}
        self._role_names: dict[str, str | None] = {}

    def want(self, sources: Iterable[str | None]) -> None:
        """Announce the sources that will be asked for, so the texts are read once for all of them."""
        for source in sources:
            if source:
                mention = parse_mention(source)
                if mention.name:
                    self._wanted.add(surname_key(mention.name))
        self._affiliations = None

    def key(self, source: str | None, article_id: str) -> str | None:
        """The key of ``source`` as cited in article ``article_id``."""
        if not source:
            return None
        found = self._cache.get((source, article_id), "")
        if found != "":
            return found
        named = self._named_role(source, article_id) or source
        if self._affiliations is None:
            self._affiliations = affiliations(self._wanted, self._texts.values())
        key = source_key(named, self._affiliations)
        self._cache[(source, article_id)] = key
        return key

    def _named_role(self, source: str, article_id: str) -> str | None:
        """ "Wagner-Chef" -> "Wagner-Chef Jewgeni Prigoschin", where the article names them so."""
        mention = parse_mention(source)
        if mention.name or not mention.role or ANAPHORIC_SOURCE.match(source):
            return None
        role = mention.role.split()[-1]
        pattern = _role_name_pattern(role)
        match = pattern.search(self._texts.get(article_id, ""))
        if match:
            return match.group(1)
        if role not in self._role_names:
            self._role_names[role] = _the_one_named(pattern, self._texts.values())
        return self._role_names[role]


def _the_one_named(pattern: re.Pattern[str], texts: Iterable[str]) -> str | None:
    """The person the texts name with a role, when they name one person with it at least
    ROLE_MENTIONS times and nobody else ("Wagner-Chef Jewgeni Prigoschin" in two articles, "Der
    Wagner-Chef sagte" in a third); None for a role many hold ("Minister", "Trainer")."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for match in pattern.finditer(text):
            name = match.group(1)
            names[surname_key(name.split()[-1])][name] += 1
    if len(names) != 1:
        return None
    (spellings,) = names.values()
    name, _ = spellings.most_common(1)[0]
    return name if sum(spellings.values()) >= ROLE_MENTIONS else None


# How often the articles must name one person with a bare role to give that role to them.
ROLE_MENTIONS = 2


@functools.lru_cache(maxsize=1 << 12)
def _role_name_pattern(role: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:{re.escape(role)})\s+((?:[A-ZÄÖÜ][\w'’-]+\s+){{0,2}}[A-ZÄÖÜ][\w'’-]+)")


def affiliations(surnames: Iterable[str], texts: Iterable[str]) -> dict[str, str]:
    """Surname key -> the state whose office the texts give that person, by majority.

    "US-Außenminister Antony Blinken", "Ukrainian President Volodymyr Zelensky", "Kirby, der
    Sprecher des Weißen Hauses," give Blinken and Kirby to the US and Zelensky to Ukraine.
    """
    wanted = set(surnames)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    if not wanted:
        return {}
    for text in texts:
        for match in _CAPITALISED.finditer(text):
            key = _surname(match.group())
            if key not in wanted:
                continue
            country = _role_country(text, match.start(), match.end())
            if country:
                votes[key][country] += 1
    out = {}
    for key, counts in votes.items():
        (best, n), *rest = [*counts.most_common(2), ("", 0)]
        if n > rest[0][1]:
            out[key] = best
    return out


@functools.lru_cache(maxsize=1 << 16)
def _surname(word: str) -> str:
    return surname_key(word.rstrip(".’'"))


_GIVEN_NAME_BEFORE = re.compile(r"[A-ZÄÖÜ][\w'’.-]*\s+$")


def _role_country(text: str, start: int, end: int) -> str | None:
    """The state of the office named right before a name, or in an apposition right after it."""
    for _ in range(2):  # the given names: "Antony" in "US-Außenminister Antony Blinken"
        given = _GIVEN_NAME_BEFORE.search(text, max(0, start - 30), start)
        if not given or _OFFICIAL.search(given.group()):
            break
        start = given.start()
    before = _words_before(text, start, 6)
    for i in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if _OFFICIAL.search(before[i]):
            return _country(" ".join(before[max(0, i - 3) :]))
    apposition = _APPOSITION.match(text, end)
    if apposition and _OFFICIAL.search(apposition.group(1)):
        return _country(apposition.group(1))
    return None


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The words before ``start`` in its clause; a comma right before opens an apposition whose
    words count ("Der Leiter des Geheimdienstes, Kyrylo Budanow")."""
    head = text[max(0, start - 100) : start].rstrip()
    head = head[:-1] if head.endswith(",") else head
    stop = max((m.end() for m in _STOP.finditer(head)), default=0)
    return _WORD.findall(head[stop:])[-n:]


def _country(phrase: str) -> str | None:
    """The country a phrase names, also by a capitalised adjective opening it ("Russische
    Militärblogger") and by a compound role ("Kremlsprecher")."""
    country = country_of(phrase) or country_of(phrase[:1].lower() + phrase[1:])
    if country:
        return country
    for word in phrase.split():
        low = word.lower()
        for name, key in _COMPOUND_COUNTRIES:
            if low.startswith(name) and len(low) > len(name) + 3 and _OFFICIAL.search(low):
                return key
    return None


def _is_bare_country(phrase: str) -> bool:
    """ "USA", "das Weiße Haus", "Washington": the phrase names nothing but the country."""
    rest = phrase
    for match, _ in sorted(country_mentions(phrase), key=lambda m: -len(m[0].group())):
        rest = rest.replace(match.group(), " ")
    return not [w for w in _WORD.findall(rest) if w.lower() not in _DETERMINERS]


def _head_words(phrase: str) -> list[str]:
    """The words of a phrase up to its head noun, without the complement after it: "US Ministry of
    Defense" -> ["US", "Ministry"]."""
    words = _WORD.findall(phrase)
    cut = next((i for i, word in enumerate(words) if i and word in _HEAD_COMPLEMENTS), len(words))
    return words[:cut]


def _head(phrase: str) -> str:
    """The body a phrase names, by its head noun's stem: "russischen Militärbloggern" -> "militarblogger"."""
    words = [w for w in _head_words(phrase) if w.lower() not in _DETERMINERS]
    if not words:
        return ""
    return surname_key(stem(words[-1]))
