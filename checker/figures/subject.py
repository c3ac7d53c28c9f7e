"""The counted subject of a figure: the noun phrase it counts and where the counted come from.

"8.000 nordkoreanische Soldaten" counts troops from North Korea (origin "kp"); "Nordkorea hat
10.000 Soldaten geschickt" names the origin as the actor; "die Zahl der Truppen könnte auf 10.000
steigen" has the noun before the number; "davon 8.000" takes the subject of the figure before.
A number of years or kilometres counts no thing: it is no figure.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from types import ModuleType

from ..entities.counted import NOT_COUNTED, concept_of, is_known_concept, stem
from ..entities.places import (
    SPLIT_ADJECTIVE_TAILS,
    adjective_country,
    adjective_country_in,
    country_mentions,
    country_of,
    demonym_of,
    names_a_country,
)
from ..lang import SUPPORTED, every_language, lexicon
from ..lang.shared import LETTER_WORD, alternation
from .numbers import Quantity, search_before

_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)


def _words(name: str) -> str:
    return alternation(*(getattr(words, name) for words in _LANGS))


_WORD = re.compile(rf"{LETTER_WORD}|\S")
# Participle endings of every language that writes heads last ("shot down six aircraft killed").
_PARTICIPLES = tuple(
    dict.fromkeys(e for words in _LANGS if words.HEAD_LAST for e in words.PARTICIPLE_ENDINGS)
)
_PLURALS = tuple(dict.fromkeys(e for words in _LANGS if words.HEAD_LAST for e in words.PLURAL_SUFFIXES))
FUNCTION_WORDS = every_language("figures", "FUNCTION_WORDS")
_POSSESSIVE = re.compile(rf"^{_words('POSSESSIVES')}$", re.I)
PART_AFTER = re.compile(rf"^\s*{_words('PART_AFTER')}\b", re.I)
PART_BEFORE = re.compile(rf"\b{_words('PART_BEFORE')}\s+\S*\s*$", re.I)
_MILITARY = re.compile(_words("MILITARY_WORDS"), re.I)
_FROM_COUNTRY = re.compile(
    rf"\b{_words('FROM_PREPOSITIONS')}\s+(?:{_words('FROM_ARTICLES')}\s+)?([A-ZÄÖÜ][\w.]+(?:\s[A-Z]\w+)?)"
)
_LOCATIVE_BEFORE = re.compile(
    rf"\b(?i:{_words('LOCATIVE_PREPOSITIONS')})\s+(?:{_words('DEFINITE_ARTICLES')}\s+)?(?:[a-zäöü]\w*\s+)?$"
)


@dataclass(frozen=True, slots=True)
class Subject:
    """What a figure counts: the phrase, its kind ("troops"), where the counted come from ("kp")."""

    text: str | None
    concept: str | None
    origin: str | None
    start: int = -1


_NO_SUBJECT = Subject(None, None, None)


@dataclass(slots=True)
class Subjects:
    """What earlier figures of an article tell later ones, and how its language writes nouns."""

    grammar: ModuleType  # the figure words of the article's language (NOUNS_CAPITALISED, ...)
    last: Subject | None = None
    origins: dict[str, str] = field(default_factory=dict)  # kind -> where the counted come from


def subject_of(
    text: str, quantity: Quantity, window: tuple[int, int], subjects: Subjects, source_span: tuple[int, int]
) -> Subject | None:
    """The counted thing; None when the number counts time or a measure (no figure then).

    ``source_span`` is where the sentence names its source, so that the source's country is not
    taken for the origin of the counted.
    """
    after = _subject_after(text, quantity, window[1], subjects.grammar)
    if quantity.unit:
        # a measure or an amount of money is a figure of its own unit whatever follows it ("780 km
        # a day", "$470 million this year"); it counts a thing only when a noun follows right after
        # it ("5 Prozent Wachstum"), not a place or a payee further on ("200 km from Moscow")
        direct = after is not None and after.concept and not text[quantity.end : after.start].strip()
        return after if direct else _NO_SUBJECT
    if after is not None and after.concept is None:
        return None  # "20 Jahre" counts no thing
    subject = after or _subject_before(text, quantity) or _inherit_subject(text, quantity, subjects)
    concept = subject.concept
    if concept:
        origin = (
            subject.origin
            or _origin_in_sentence(text, quantity, source_span)
            or subjects.origins.get(concept)
        )
        subject = Subject(subject.text, concept, origin, subject.start)
        if origin:
            subjects.origins[concept] = origin
        subjects.last = subject
    return subject


def _subject_after(text: str, quantity: Quantity, limit: int, grammar: ModuleType) -> Subject | None:
    origin, start = None, quantity.end
    tail = text[quantity.end : min(limit, quantity.end + 90)]
    if PART_AFTER.match(tail):
        return None
    for n, match in enumerate(_WORD.finditer(tail)):
        word = match.group()
        if n > 7 or (not word[0].isalnum() and word not in "-"):
            return None
        country = adjective_country(word, tail[match.start() :])
        if country or (word in SPLIT_ADJECTIVE_TAILS and origin):
            origin = origin or country
            continue
        demonym = demonym_of(word)
        if demonym:
            return Subject(
                _trim_phrase(text[start : quantity.end + match.end()]), _demonym_concept(text), demonym
            )
        if _POSSESSIVE.match(word) or word.lower() in FUNCTION_WORDS:
            continue
        if grammar.HEAD_LAST:
            return _head_last(text, quantity, tail, match, origin, grammar)
        concept = concept_of(word)
        if concept is None:
            return _NO_SUBJECT
        if not is_known_concept(word) and _concept_follows(tail[match.end() :], grammar):
            continue  # "military personnel", "Russian military training grounds"
        if is_known_concept(word) or (n == 0 or _only_modifiers(tail[: match.start()], grammar)):
            if not is_known_concept(word) and not _looks_like_noun(word, grammar):
                return None
            phrase = _trim_phrase(text[start : quantity.end + match.end()])
            return Subject(phrase, concept, origin, start)
    return None


_RUN_WORDS = 4


def _head_last(
    text: str, quantity: Quantity, tail: str, first: re.Match[str], origin: str | None, grammar: ModuleType
) -> Subject | None:
    """A noun phrase whose head is its last word ("three Mi-8 electronic warfare helicopters and",
    "13 pilots were killed", "5,000 men led by"): the words up to a function word, a mark or a
    participle after a noun; its head names the counted thing."""
    words = [first]
    for match in _WORD.finditer(tail, first.end()):
        word = match.group()
        if len(words) >= _RUN_WORDS or not word[0].isalnum() or word.lower() in FUNCTION_WORDS:
            break
        if tail[words[-1].end() : match.start()].strip() or word.endswith(_PARTICIPLES):
            break
        words.append(match)
    # counted nouns after a number are plural: the first plural or known kind is the head ("500
    # volunteers came"); else the first word ("5,000 men led by")
    last = next((m for m in words if m.group().endswith(_PLURALS) or is_known_concept(m.group())), words[0])
    head = last.group()
    concept = concept_of(head)
    if concept is None:
        return _NO_SUBJECT  # "20 years", "5 times"
    if not is_known_concept(head) and not _looks_like_noun(head, grammar):
        return None  # "500 newly trained volunteers": no head read
    start = quantity.end + first.start()
    phrase = text[start : quantity.end + last.end()]
    return Subject(phrase, concept, origin or adjective_country_in(phrase), start)


def _concept_follows(rest: str, grammar: ModuleType) -> bool:
    """Whether the noun right after a word is a known kind, so that the word modifies it: "military
    personnel", "Russian military training grounds"; not "aircraft and killed" or a German
    participle ("Flugobjekte abgeschossen")."""
    for word in _WORD.findall(rest)[:2]:
        if not word[0].isalpha() or word.lower() in FUNCTION_WORDS:
            return False
        if grammar.NOUNS_CAPITALISED and not word[0].isupper():
            return False
        if word.endswith(grammar.PARTICIPLE_ENDINGS):
            return False
        if is_known_concept(word):
            return True
    return False


def _trim_phrase(phrase: str) -> str:
    """The noun with the modifiers right before it: "in den Osten Russlands geschickten Nordkoreaner"
    -> "geschickten Nordkoreaner"."""
    words = phrase.split()
    keep = 1
    while keep < len(words):
        word = words[-keep - 1]
        if word.lower() in FUNCTION_WORDS or _POSSESSIVE.match(word):
            break
        if (
            word[0].isupper()
            and not adjective_country(word, " ".join(words[-keep - 1 :]))
            and word not in SPLIT_ADJECTIVE_TAILS
        ):
            break
        keep += 1
    return " ".join(words[-keep:])


def _demonym_concept(text: str) -> str:
    # "10.000 Nordkoreaner" in a sentence about the military are soldiers, elsewhere people.
    return "troops" if _MILITARY.search(text) else "people"


def _only_modifiers(between: str, grammar: ModuleType) -> bool:
    words = between.split()
    if grammar.NOUNS_CAPITALISED:
        return all((w[0].islower() and w not in FUNCTION_WORDS) or w.endswith("-") for w in words)
    return len(words) <= 2 and all(w.lower() not in FUNCTION_WORDS for w in words)


def _looks_like_noun(word: str, grammar: ModuleType) -> bool:
    if grammar.NOUNS_CAPITALISED:
        return word[0].isupper() and word.lower() not in FUNCTION_WORDS
    return word.isalpha() and word.lower() not in FUNCTION_WORDS and not word.endswith(grammar.ADVERB_ENDINGS)


def _subject_before(text: str, quantity: Quantity) -> Subject | None:
    """A counted noun earlier in the sentence: "die Zahl der Truppen könnte auf 10.000 steigen"."""
    ends, last_counted, matches = _counted_words(text)
    inside = bisect.bisect_right(ends, quantity.start)  # the words that end before the number
    best = matches[last_counted[inside]] if last_counted[inside] >= 0 else None
    if inside < len(matches) and matches[inside].start() < quantity.start:
        # a word that runs into the number is read as the text before the number has it
        for match in _WORD.finditer(text, matches[inside].start(), quantity.start):
            if _is_counted(match.group()):
                best = match
    if best is None:
        return None
    word = best.group().rstrip("-")
    origin = adjective_country_in(text[max(0, best.start() - 40) : best.start() + 1])
    return Subject(word, concept_of(word) or stem(word), origin, best.start())


@functools.lru_cache(maxsize=16)
def _counted_words(text: str) -> tuple[list[int], list[int], list[re.Match[str]]]:
    """The words of a sentence, read once for all its numbers: their ends, and for every n the
    index of the last counted noun among the first n words (-1 for none)."""
    matches = list(_WORD.finditer(text))
    last_counted = [-1]
    for i, match in enumerate(matches):
        last_counted.append(i if _is_counted(match.group()) else last_counted[-1])
    return [m.end() for m in matches], last_counted, matches


def _is_counted(word: str) -> bool:
    return is_known_concept(word.rstrip("-")) and not NOT_COUNTED.match(word)


def _inherit_subject(text: str, quantity: Quantity, subjects: Subjects) -> Subject:
    if subjects.last is not None and (
        PART_AFTER.match(text[quantity.end :])
        or search_before(PART_BEFORE, text, quantity.start)
        or not quantity.unit
    ):
        return subjects.last
    return _NO_SUBJECT


def _origin_in_sentence(text: str, quantity: Quantity, source_span: tuple[int, int]) -> str | None:
    """Where the counted come from when the noun phrase does not say: "aus Nordkorea", or the actor
    ("Nordkorea hat 10.000 Soldaten geschickt", "Russia is suffering 1,200 casualties a day")."""
    tail = text[quantity.end : quantity.end + 80]
    match = _FROM_COUNTRY.search(tail)
    if match and country_of(match.group(1)):
        return country_of(match.group(1))
    head = text[: quantity.start]
    if not names_a_country(head):
        return None
    actors = [
        (m.start(), key)
        for m, key in country_mentions(head)
        if not search_before(_LOCATIVE_BEFORE, head, m.start())
        and head[m.end() : m.end() + 1] != "-"
        and not source_span[0] <= m.start() < source_span[1]
    ]
    return max(actors)[1] if actors else None
