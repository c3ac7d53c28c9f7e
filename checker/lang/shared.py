"""What every language shares: the token and word patterns, quotation marks, name particles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

# A token: a word with inner hyphens, apostrophes, ampersands, slashes or dots ("U.S.", "Baden-
# Württemberg", "AT&T"), a trailing hyphen ("Nord-" in "Nord- und Südkorea"), or one other
# character. A dot before a capitalised word ends the token: "bestätigt.Der" are two.
TOKEN = re.compile(r"\w+(?:(?:[-'’&/]|\.(?!(?<=[a-zäöüß]{2}\.)[A-ZÄÖÜ][a-zäöüß]))\w+)*-?|[^\w\s]")
# A word: letters and digits with inner hyphens or apostrophes ("Baden-Württemberg", "don't",
# "G7"), no punctuation at its edges. What words are compared by.
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# A run of letters only ("8.000 Soldaten" has one): what is counted as a text's words.
LETTERS = re.compile(r"[^\W\d_]+")
# A pattern that matches nothing: a language's value for a rule it does not have.
NEVER = re.compile(r"(?!)")

# ----------------------------------------------------------------------------- quotations and names
# Quotation marks of every style: German „…“ and »…«, Swiss «…», English “…”, straight "…".
QUOTE_MARKS = '„“”"»«‚‘’‹›'
# Each opening mark and the marks that close it.
QUOTE_CLOSERS = {"„": '“”"', "»": "«", "«": "»", "“": '”"', '"': '"', "‚": "‘’", "‹": "›", "›": "‹"}
# Single marks open only short quotations within a paragraph (they double as apostrophes).
SINGLE_QUOTES = frozenset("‚‹›")
# A web address used as a name: "tagesschau.de", "ver.di".
WEB_DOMAIN = re.compile(r"[a-z][\w-]*\.(?:de|com|org|net|at|ch|uk|eu|fr|it|di)")

# Names are spelt alike in every language's text: their particles and the folding of their
# transliterations are the same for a German and an English article.
NAME_PARTICLES = frozenset("von van de der den du da di del la le al el bin ibn ben zu vom ter".split())
NAME_ARTICLES = frozenset({"der", "den"})  # particles that open no surname used alone
SURNAME_OPENERS = frozenset("Von Van De Di Da Du Al El Le La Zu Ter Ten".split())  # "Von der Leyen sagte"
SECOND_PARTICLES = frozenset("der den de la le van".split())  # after an opening one: "Von der", "De la"
RUN_PARTICLES = frozenset("von van de der zu al bin".split())  # a run of name words goes on over these
# Between given name and surname ("Karl-Theodor zu Guttenberg"); a bare "von" is left out, as
# "Mitarbeiter von WikiLeaks" is a phrase far more often than a name.
INNER_PARTICLES = r"von\s+(?:der|dem|den)|van(?:\s+der|\s+den)?|zu|de|da|di|du|la|le|ter|ten"
# Transliteration folding, applied in order to a lower-case, accent-free word: the German and the
# English spelling of a Cyrillic, Korean or Arabic name meet ("Selenskyj", "Zelenskiy").
TRANSLITERATION = (
    (re.compile(r"tsch|tch"), "ch"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"zh"), "sh"),
    (re.compile(r"kh|ch"), "h"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ie(?=[^aeiou]|$)"), "i"),
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"^z"), "s"),
    (re.compile(r"ts|tz"), "z"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=.)(?:ii|i|e)$"), "i"),
)

# A word as the figure rules read it (a regex fragment): a letter, then letters, digits,
# apostrophes and hyphens ("Nord-Korea", "Russia's"). Unlike TOKEN it ends at a dot: "U.S." and
# "8.000" are not one word; unlike WORD it keeps a hyphen at its end ("Nord-").
LETTER_WORD = r"[^\W\d_][\w'’-]*"


def alternation(*word_lists: Iterable[str]) -> str:
    """One regex group of the entries of several word lists (words or regex fragments), in order,
    each once; a group that never matches when all are empty.

    Rules that read the words of every language in any text join the languages' lists so.

    Example:
        >>> alternation(("der", "die"), ("the", "die"))
        '(?:der|die|the)'
    """
    entries = list(dict.fromkeys(entry for words in word_lists for entry in words))
    return "(?:" + "|".join(entries) + ")" if entries else "(?!)"


K = TypeVar("K")
V = TypeVar("V")


def merged(*tables: Mapping[K, V]) -> dict[K, V]:
    """Several languages' tables as one: the keys in order of first appearance, the first value wins.

    Example:
        >>> merged({"billion": 1e12, "mio": 1e6}, {"billion": 1e9, "bn": 1e9})
        {'billion': 1000000000000.0, 'mio': 1000000.0, 'bn': 1000000000.0}
    """
    table: dict[K, V] = {}
    for each in tables:
        for key, value in each.items():
            table.setdefault(key, value)
    return table
