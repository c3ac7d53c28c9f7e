"""Person names in an article's text: which capitalised words can be a name, and the index of
the full names an article gives (to resolve "Blinken" and "er" to "Antony Blinken")."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..entities.people import parse_mention, surname_key
from ..lang.shared import INNER_PARTICLES, SURNAME_OPENERS
from .words import (
    ADVERBS,
    AUXILIARIES,
    COMMON_ENDINGS,
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    QUANTITY_NOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
)

# Two to four capitalised words; or up to three, then particles and a surname that ends the name.
_NAME_RE = re.compile(
    r"\b[A-ZÄÖÜ][\w'’-]+(?:\s+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][\w'’-]+)){0,2}"
    rf"(?:\s+(?:{INNER_PARTICLES})\s+[A-ZÄÖÜ][\w'’-]+\b(?!\s+[A-ZÄÖÜ])"
    r"|\s+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][\w'’-]+))"
)
_INNER_PARTICLE_RE = re.compile(rf"\s(?:{INNER_PARTICLES})\s")
# A word after a word or a comma of its sentence, or after a quotation closed after its comma
# ("“…,” Berg said"): a capital there is no sentence's opening.
_INSIDE_CAPITAL = re.compile(r"(?:(?<=[\w,] )|(?<=[,?!][”\"»«’‘“„] ))([^\W\d_][\w'’-]*)")
# A possessive on a name's last word belongs to the phrase after it: "Ann Lee’s proposal" names Ann Lee.
_POSSESSIVE_END = re.compile(r"['’]s$")


@dataclass(frozen=True, slots=True)
class Names:
    """The full names of an article, found once (when first needed): by position and by surname."""

    positions: list[int]
    names: list[str]
    by_surname: dict[str, str]
    inside: frozenset[str]  # words capitalised inside a sentence, not only where one opens

    @classmethod
    def build(cls, text: str) -> Names:
        positions, names = [], []
        for match in _NAME_RE.finditer(text):
            found = match.group()
            if text[max(0, match.start() - 3) : match.start()] == "of ":
                found = found.partition(" ")[2]  # "Secretary of State Antony Blinken"
            elif _opening_word(found.partition(" ")[0]):
                found = found.partition(" ")[2]  # "Then Ann Lee took the stage"
            name = person_name(_POSSESSIVE_END.sub("", found))
            if name:
                positions.append(match.start())
                names.append(name)
        by_surname: dict[str, str] = {}
        for name in sorted(set(names), key=lambda n: (-len(n.split()), n)):
            by_surname.setdefault(_surname(name.split()[-1]), name)
        inside = frozenset(m.group(1) for m in _INSIDE_CAPITAL.finditer(text) if m.group(1)[0].isupper())
        return cls(positions, names, by_surname, inside)

    def full(self, name: str) -> str:
        """The article's full name of a surname ("Blinken" -> "Antony Blinken"), else the name."""
        if len(name.split()) >= 2 and name.split()[0] not in SURNAME_OPENERS:
            return name  # a full name; "Von der Leyen" is a surname
        return self.by_surname.get(_surname(name), name)

    def within(self, start: int, end: int) -> str | None:
        """The last full name that starts inside [start, end)."""
        i = bisect.bisect_left(self.positions, end) - 1
        return self.names[i] if i >= 0 and self.positions[i] >= start else None

    def before(self, pos: int, window: int = 600, skip: tuple[int, int] = (0, 0)) -> str | None:
        """The last full name within ``window`` characters before ``pos``, outside ``skip``."""
        i = bisect.bisect_left(self.positions, pos) - 1
        while i >= 0 and skip[0] <= self.positions[i] < skip[1]:
            i -= 1
        return self.names[i] if i >= 0 and pos - self.positions[i] <= window else None


def _opening_word(word: str) -> bool:
    """A capitalised word that opens a sentence before a name: "Then", "When", "Hat" (a question)."""
    low = word.lower()
    return (
        low in ADVERBS
        or low in SUBORDINATORS
        or low in PREPOSITIONS
        or low in CONJUNCTIONS
        or low in AUXILIARIES
    )


@functools.lru_cache(maxsize=65536)
def _surname(word: str) -> str:
    return surname_key(word)


@functools.lru_cache(maxsize=65536)
def person_name(phrase: str) -> str | None:
    """The person's name a phrase holds, if it is a plausible one."""
    name = parse_mention(phrase).name
    return name if name and plausible_name(name) else None


def plausible_name(name: str) -> bool:
    """Could the words be a person's name? "Wiener Stadtverwaltung", "Nähere Einzelheiten" and
    "Milliarden Euro" cannot."""
    plain = _INNER_PARTICLE_RE.sub(" ", f" {name} ").split()  # "Ursula von der Leyen" -> 2 words
    if len(plain) < 2:
        return False
    return not any(
        (w.isupper() and len(w) > 2)
        or w.lower() in PREPOSITIONS
        or w.lower() in DETERMINERS
        or w.lower() in ADVERBS
        or w.lower() in TIME_NOUNS
        or w.lower() in SUBORDINATORS
        or w.lower() in QUANTITY_NOUNS
        or w.lower().endswith(COMMON_ENDINGS)
        or w.endswith(("’s", "'s"))  # "Russia’s Kursk"
        for w in plain
    )
