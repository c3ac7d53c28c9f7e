"""What every language shares: quotation marks and the token pattern."""

from __future__ import annotations

import re

# A token: a word with inner hyphens, apostrophes, ampersands, slashes or dots ("U.S.", "Baden-
# Württemberg", "AT&T"), a trailing hyphen ("Nord-" in "Nord- und Südkorea"), or one other
# character. A dot before a capitalised word ends the token: "bestätigt.Der" are two.
TOKEN = re.compile(r"\w+(?:(?:[-'’&/]|\.(?!(?<=[a-zäöüß]{2}\.)[A-ZÄÖÜ][a-zäöüß]))\w+)*-?|[^\w\s]")
