"""Person names, roles and places: one identity per person across articles and spellings.

News name one person in many ways: "US-Außenminister Antony Blinken", "Blinken", "der Minister",
and, across languages, "Selenskyj", "Selenski", "Zelensky", "Zelenskiy". The keys here are built
by general transliteration rules (no list of names), so that spellings of Cyrillic, Korean or
Arabic names in German and English meet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..lang import every_language
from ..lang.shared import NAME_ARTICLES, NAME_PARTICLES, TRANSLITERATION


def _alternatives(words: frozenset[str]) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# Every language's words together: an article in one language names people of another.
_ROLE_ALTERNATIVES = _alternatives(every_language("people", "ROLE_ENDINGS"))
_ROLE_RE = re.compile(f"(?:{_ROLE_ALTERNATIVES})$", re.IGNORECASE)
# Inflected forms ("des Präsidenten", "des Kanzlers") are no part of a name either. They are no
# role of one person for certain: "die Experten" is a group.
_INFLECTED_ROLE_RE = re.compile(
    f"(?:{_ROLE_ALTERNATIVES})(?:{_alternatives(every_language('people', 'ROLE_INFLECTIONS'))})$",
    re.IGNORECASE,
)
_TITLES = every_language("people", "TITLES")
_DETERMINERS = every_language("people", "DETERMINERS")
_GENITIVE_ARTICLES = every_language("people", "GENITIVE_ARTICLES")
_PREPOSITIONS = every_language("people", "PREPOSITIONS")
_PRONOUNS = every_language("people", "PRONOUNS")
_NAME_OPENERS = NAME_PARTICLES - NAME_ARTICLES  # "Von der Leyen", "Van Gogh", "De Maizière"
_CAP = re.compile(r"^[A-ZÄÖÜÀ-ÝĀ-Ž][\w'’.-]*$")


@dataclass(frozen=True, slots=True)
class Mention:
    """What a speaker phrase says: the person's name (if any) and the role (if any)."""

    name: str | None
    role: str | None


def is_pronoun(word: str) -> bool:
    """True for personal pronouns that can name a speaker ("er", "sie", "he")."""
    return word.lower() in _PRONOUNS


_SPOKESPERSON_ENDINGS = tuple(sorted(every_language("people", "SPOKESPERSON_ENDINGS")))


def speaks_for_another(role: str | None) -> bool:
    """Is the role one that speaks for someone else ("Kremlin spokesman", „Sprecherin des Amts“)?

    Example:
        >>> speaks_for_another("Regierungssprecher"), speaks_for_another("Außenminister")
        (True, False)
    """
    return any(w.lower().endswith(_SPOKESPERSON_ENDINGS) for w in (role or "").split())


def is_role_word(word: str) -> bool:
    """True for role nouns and titles ("Außenminister", "US-Präsident", "Sprecherin", "Dr.")."""
    low = word.lower()
    return low in _TITLES or bool(_ROLE_RE.search(low.rstrip(".")))


def _is_bare_noun(word: str) -> bool:
    return bool(_CAP.match(word)) and not is_role_word(word) and word.lower() not in _DETERMINERS


def _is_name_word(word: str) -> bool:
    low = word.lower()
    if not _CAP.match(word) or is_role_word(word) or low in _DETERMINERS:
        return False
    return not _INFLECTED_ROLE_RE.search(low)


def parse_mention(phrase: str) -> Mention:
    """Split a speaker phrase into the person's name and role.

    Example:
        >>> parse_mention("der ukrainische Außenminister Andrii Sybiha")
        Mention(name='Andrii Sybiha', role='ukrainische Außenminister')
        >>> parse_mention("Oleksandr Petrenko, der Verteidigungsminister der Ukraine")
        Mention(name='Oleksandr Petrenko', role='Verteidigungsminister der Ukraine')
    """
    head, _, apposition = without_brackets(phrase).partition(",")
    words = head.split()
    lead = _leading_name(words)
    if lead is not None:
        name_words, role_words = words[lead[0] : lead[1]], words[: lead[0]]
    else:
        name_words = _trailing_name(words)
        role_words = words[: len(words) - len(name_words)]
    role = _role_text(role_words) or _apposition_role(apposition)
    if not name_words and len(words) == 1 and _is_bare_noun(words[0]):
        name_words = words  # a bare noun that speaks: "Analysten", "Greenpeace"
    full_name = _name_text(apposition.split()) if apposition else None
    role_first = any(is_role_word(w) for w in role_words)
    if full_name and (not name_words or (role_first and " " in full_name)):
        # "der Verteidigungsminister der Ukraine, Oleksandr Petrenko"; "der Präsident der Region
        # Elsass, Adrien Zeller": the full name in the apposition is the person's
        return Mention(full_name, _role_text(words))
    return Mention(" ".join(name_words) or None, role)


# A party or an abbreviation in brackets is no part of the name: "Susanne Eisenmann (CDU)".
_PARENTHESES = re.compile(r"\s*\([^()]*\)")


def without_brackets(text: str) -> str:
    """The text without its bracketed asides: "Die Gewerkschaft der Polizei (GdP)" -> "… Polizei "."""
    return _PARENTHESES.sub(" ", text)


# Capitalised adjectives in names and genitives: "Deutsche Welle", "der Russischen Föderation".
_CAP_ADJECTIVE = re.compile(
    rf"\w+(?:{_alternatives(every_language('people', 'ADJECTIVE_STEM_ENDINGS'))})"
    rf"(?:{_alternatives(every_language('people', 'ADJECTIVE_ENDINGS'))})"
)


def is_capitalised_adjective(word: str) -> bool:
    """ "Russischen", "Vereinten", "Deutsche": an adjective written with a capital in a name."""
    return bool(_CAP_ADJECTIVE.fullmatch(word))


def _leading_name(words: list[str]) -> tuple[int, int] | None:
    """A full name, then where or when: "Sascha Kempf vom Institut in Heidelberg", "Finanzminister
    Peer Steinbrück zu Beginn der Debatte". The name's word indexes, after any role before it.

    A particle and one name word after the first name belong to it ("Ursula von der Leyen").
    """
    start = 0
    while start < len(words) and (words[start].lower() in _DETERMINERS or words[start][:1].islower()):
        start += 1  # "der", "frühere"
    while start < len(words) and is_role_word(words[start]):
        start += 1  # "Bundesfinanzminister"
    end = start
    while end < len(words) and _is_name_word(words[end]):
        end += 1
    rest = words[end:]
    if end - start < 2 or not rest or rest[0].lower() not in _PREPOSITIONS:
        return None
    particles = [w for w in rest[:-1] if w.lower() in NAME_PARTICLES]
    if len(particles) == len(rest) - 1 and _is_name_word(rest[-1]) and not rest[-1].isupper():
        return None  # "von der Leyen" ends the name
    return start, end


def _trailing_name(words: list[str]) -> list[str]:
    """The name at the end of a phrase: capitalised words after the last role word or determiner."""
    out: list[str] = []
    for word in reversed(words):
        clean = word.strip("()„“\"'")
        if _is_name_word(clean) or (out and clean.lower() in NAME_PARTICLES):
            out.insert(0, clean)
        else:
            break
    opening_particle = len(out) == len(words) and len(out) >= 2 and out[0].lower() in _NAME_OPENERS
    while out and out[0].lower() in NAME_PARTICLES and not opening_particle:
        out.pop(0)  # "von der Leyen" keeps its particles only where they open the phrase
    before = words[len(words) - len(out) - 1].lower() if len(out) < len(words) else ""
    if before == "of" and len(out) >= 2:
        out.pop(0)  # "Secretary of State Antony Blinken": the first word completes the role
    # A lone capitalised noun after a determiner is a common noun ("die Polizei"), not a name.
    if len(out) == 1 and before in _DETERMINERS:
        return []
    if before in _DETERMINERS:
        name = _after_genitive(out)
        if len(name) >= 2:
            return name  # a full name follows the genitive: "der Ukraine Wolodymyr Selenskyj"
        # "der Sprecher des Nationalen Sicherheitsrates": the words complete the role; alone they
        # are one body ("der Berliner Senat")
        return [] if _after_role(words, len(words) - len(out)) else out
    if before and before[0].islower() and _after_role(words, len(words) - len(out)):
        return []  # "Sprecher des nationalen Sicherheitsrats"
    return out


def _after_role(words: list[str], end: int) -> bool:
    """Do the words before index ``end`` read role, article, adjectives ("Sprecher des nationalen")?"""
    k = end - 1
    while k >= 0 and words[k][:1].islower() and words[k].lower() not in _DETERMINERS:
        k -= 1  # lower-case adjectives
    return k >= 1 and words[k].lower() in _GENITIVE_ARTICLES and is_role_word(words[k - 1])


def _after_genitive(words: list[str]) -> list[str]:
    """The name after a genitive phrase: "der Russischen Föderation Sergei Lawrow" -> "Sergei Lawrow".

    The phrase is its capitalised adjectives and one noun. Unless a full name follows, the words
    name an organisation ("der Berliner Senat") and stay whole.
    """
    k = 0
    while k < len(words) - 1 and is_capitalised_adjective(words[k]):
        k += 1
    rest = words[k + 1 :]
    return [] if rest and rest[0][:1].islower() else rest  # "Vorwurf der CDU" is no name


def _name_text(words: list[str]) -> str | None:
    name = _trailing_name([w.strip(".,;:") for w in words])
    return " ".join(name) or None


def _role_text(words: list[str]) -> str | None:
    start = 0
    while start < len(words) and words[start].lower() in _DETERMINERS:
        start += 1
    kept = words[start:]
    return " ".join(kept) if any(is_role_word(w) for w in kept) else None


def _apposition_role(apposition: str) -> str | None:
    words = [w.strip(".,;:") for w in apposition.split()]
    if not words or words[0].lower() not in _DETERMINERS:
        return None
    return _role_text(words)


def strip_titles(name: str) -> str:
    """Drop roles and titles in front of a name: "US-Außenminister Dr. Antony Blinken" -> "Antony Blinken".

    Example:
        >>> strip_titles("Außenminister Antony Blinken")
        'Antony Blinken'
    """
    words = name.split()
    while len(words) > 1 and (
        is_role_word(words[0]) or not _CAP.match(words[0]) or words[0].lower() in _DETERMINERS
    ):
        words.pop(0)  # "Dem US-Beamten" -> "US-Beamten"
    return " ".join(words)


# After the shared transliteration table: letters that German and English transliterations of
# one Cyrillic letter spell apart. German writes "s" for "з" and "ks" or "x" for "кс" where English
# writes "z" and "x" (Ramsan / Ramzan, Aleksandr / Alexander); "th" is "t" (Anthony / Antony).
_SPELLING_FOLDS = (
    (re.compile(r"x"), "ks"),
    (re.compile(r"th"), "t"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(.)\1+"), r"\1"),
)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    plain = "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))
    for pattern, repl in (*TRANSLITERATION, *_SPELLING_FOLDS):
        plain = pattern.sub(repl, plain)
    return plain


# A name's words: split at spaces and hyphens, and after an initial glued to the next word
# ("A.Lukashenko" is "A. Lukashenko").
_NAME_PARTS = re.compile(r"[\s-]+|(?<=\.)(?=\w)")


def person_key(name: str) -> str:
    """A spelling-neutral key for a person's name (titles dropped, transliteration folded).

    Example:
        >>> person_key("Wolodymyr Selenskyj") == person_key("Volodymyr Zelenskiy")
        True
    """
    words = [w for w in _NAME_PARTS.split(strip_titles(name)) if w]
    return " ".join(_fold(w) for w in words if w.lower() not in NAME_PARTICLES or w is words[-1])


def place_key(name: str) -> str:
    """A spelling-neutral key for a place name: Kiew / Kyjiw / Kyiv meet.

    Example:
        >>> place_key("Kiew") == place_key("Kyjiw") == place_key("Kyiv")
        True
    """
    return " ".join(_fold(w) for w in re.split(r"[\s-]+", name) if w)


def surname_key(name: str) -> str:
    """The key of the last word of a name (the family name in German and English usage)."""
    key = person_key(name)
    return key.rsplit(" ", 1)[-1] if key else ""


def same_person(a: str, b: str) -> bool:
    """True when two names can denote one person: same surname key, compatible first names.

    Example:
        >>> same_person("Außenminister Antony Blinken", "Blinken")
        True
        >>> same_person("Kim Jong Un", "Kim Yo Jong")
        False
    """
    ka, kb = person_key(a).split(), person_key(b).split()
    if not ka or not kb or ka[-1] != kb[-1]:
        return False
    return all(_compatible(x, y) for x, y in zip(ka[-2::-1], kb[-2::-1], strict=False))


def _compatible(x: str, y: str) -> bool:
    # An initial ("A.") matches any first name with that letter.
    return x == y or (min(len(x), len(y)) == 1 and x[0] == y[0])
