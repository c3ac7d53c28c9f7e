"""Number reading for a language without its own rules: no words, digits only.

The number rules read the words of every supported language in any text (see
checker/lang/de/numbers.py); what is read by the article's own language is neutral here.
"""

from __future__ import annotations

_NEVER = "(?!)"  # a pattern that matches nothing

NUMBER_WORDS: tuple[str, ...] = ()
NUMBER_PHRASE = _NEVER
NUMBER_CONTINUATION = _NEVER
ARTICLE_LIKE: tuple[str, ...] = ()
COMPOUND_LEADS: tuple[str, ...] = ()
NUMBER_WORD_STARTS: tuple[str, ...] = ()
# A number word in a text of unknown language (the patterns find German and English ones) is
# tried as German, then as English.
NUMBER_WORD_LANGUAGES = ("de", "en")
ARTICLE_AS_ONE = (_NEVER, "")
HYPHENS_AS_SPACES = False
FRACTIONS: dict[str, float] = {}
ROUND_SCALES: dict[str, float] = {}
ONE_ARTICLES: tuple[str, ...] = ()
ONE_SCALES: tuple[str, ...] = ()
DOZENS: frozenset[str] = frozenset()

SCALE_WORDS: tuple[str, ...] = ()
SCALE_SUFFIXES: tuple[str, ...] = ()
SCALES: dict[str, float] = {}
SCALE_WORDS_CAPITALISED = False
MONEY_SCALE_SUFFIXES: tuple[str, ...] = ()
# The decimal mark of a language without rules is unknown: three digits after a mark group thousands.
DECIMAL_MARK = ""
# A word after a number that no rule knows may be a scale word ("18 tisíc" is 18,000): a small
# number before such a word is not read, rather than read wrong.
UNKNOWN_WORDS_MAY_SCALE = True
HALF_BEFORE_SCALE: tuple[str, ...] = ()
FRACTION_NOUNS: dict[str, int] = {}
FRACTION_FOLLOWERS: tuple[str, ...] = ()

VAGUE: dict[str, tuple[int, int]] = {}
FEW: tuple[str, ...] = ()

UNITS: dict[str, str] = {}

QUALIFIERS: dict[str, tuple[str, ...]] = {"approximate": (), "lower_bound": (), "upper_bound": ()}
JUST_UNDER: frozenset[str] = frozenset()
PREPOSITION_QUALIFIERS: frozenset[str] = frozenset()
FILLERS: tuple[str, ...] = ()
INCREMENT_BEFORE: tuple[str, ...] = ()
INCREMENT_AFTER: tuple[str, ...] = ()

BETWEEN: tuple[str, ...] = ()
RANGE_WORDS: tuple[str, ...] = ()
RANGE_NEEDS_BETWEEN: frozenset[str] = frozenset()

MONTHS: tuple[str, ...] = ()
CLOCK_WORDS: tuple[str, ...] = ()
LABEL_ABBREVIATIONS: tuple[str, ...] = ()
LABELS: tuple[str, ...] = ()
STREET_ENDINGS: tuple[str, ...] = ()
STREET_NOUNS_AFTER: tuple[str, ...] = ()
