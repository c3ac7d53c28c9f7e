"""What every language shares: quotation marks and the token pattern."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

# A token: a word with inner hyphens, apostrophes, ampersands, slashes or dots ("U.S.", "Baden-
# Württemberg", "AT&T"), a trailing hyphen ("Nord-" in "Nord- und Südkorea"), or one other
# character. A dot before a capitalised word ends the token: "bestätigt.Der" are two.
TOKEN = re.compile(r"\w+(?:(?:[-'’&/]|\.(?!(?<=[a-zäöüß]{2}\.)[A-ZÄÖÜ][a-zäöüß]))\w+)*-?|[^\w\s]")

# A word as the figure rules read it: a letter, then letters, digits, apostrophes and hyphens
# ("Nord-Korea", "Russia's"). Unlike TOKEN it ends at a dot: "U.S." and "8.000" are not one word.
WORD = r"[^\W\d_][\w'’-]*"


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
