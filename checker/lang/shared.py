"""What every language shares: the token and word patterns."""

from __future__ import annotations

import re

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
