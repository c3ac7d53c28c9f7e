"""English words of number reading (checker/figures/numbers.py): number words, scales, qualifiers.

Entries written as regex fragments say so; the others are plain words. The number rules read the
words of every language in any text, so the order of a tuple is the order its alternatives are
tried in.
"""

from __future__ import annotations

# ---------------------------------------------------------------- numbers in words
# English number words, longest first where one begins another ("eighteen" before "eight").
NUMBER_WORDS = tuple(
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred thousand one two three four five six seven eight nine ten eleven "
    "twelve".split()
)
# An English number is a phrase of number words: "two hundred and fifty", "eight-thousand" (regex).
# At most 16 words (real phrases hold about ten): an unbounded run ("eight-eight-…") was tried from
# every start with backtracking over all of it.
_ONE_WORD = "(?:" + "|".join(NUMBER_WORDS) + ")"
# "a hundred and two" opens with the article as "one" (ARTICLE_AS_ONE).
NUMBER_PHRASE = (
    rf"(?:an?\s+(?=(?:hundred|thousand)\b))?{_ONE_WORD}(?:(?:[\s-]+|\s+and\s+){_ONE_WORD}){{0,15}}"
)
# What makes "a hundred" the start of a longer number ("a hundred and two"; regex).
NUMBER_CONTINUATION = rf"(?:[\s-]+|\s+and\s+){_ONE_WORD}\b"
# Alone, "one" is an article or a pronoun far more often than a count.
ARTICLE_LIKE = ("one",)
COMPOUND_LEADS: tuple[str, ...] = ()
# Words a number in words can start with besides NUMBER_WORDS ("a dozen", "a million").
NUMBER_WORD_STARTS = ("dozen", "million", "billion", "trillion")
# The languages whose number words text2num tries for an English text, in order.
NUMBER_WORD_LANGUAGES = ("en", "de")
# How text2num wants an English number word: "a thousand" -> "one thousand", "twenty-five" ->
# "twenty five".
ARTICLE_AS_ONE = (r"^an?\s+", "one ")
HYPHENS_AS_SPACES = True
FRACTIONS: dict[str, float] = {}
ROUND_SCALES = {"hundred": 100.0, "thousand": 1000.0}
# "a dozen", "a million": an article that counts one of a scale (regex fragments).
ONE_ARTICLES = ("an?", "one")
ONE_SCALES = ("dozen", "million", "billion", "thousand", "hundred")
DOZENS = frozenset({"dozen"})

# ---------------------------------------------------------------- scales
# Scale words after digits ("2.5 million", "3 bn"; regex fragments).
SCALE_WORDS = (
    "thousand",
    "millions",
    "million",
    "billions",
    "billion",
    "trillion",
    r"mn\b",
    r"mln\b",
    r"bn\b",
    r"bln\b",
)
# "3k likes", "1.2b users": a scale letter glued to the digits (case-sensitive; "4K" is a label).
SCALE_SUFFIXES = ("k", "b")
# "€10M", "$10m", "$2B": these letters scale only after a currency sign ("10m" is ten metres).
MONEY_SCALE_SUFFIXES = ("m", "M", "B")
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mn": 1e6,
    "mln": 1e6,
    "billions": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "k": 1e3,
    "m": 1e6,
    "b": 1e9,
}
SCALE_WORDS_CAPITALISED = False
DECIMAL_MARK = "."
UNKNOWN_WORDS_MAY_SCALE = False
HALF_BEFORE_SCALE = (r"half\s+a", r"a\s+half")
# "two thirds of the troops", "a quarter of": fractions of a whole, read as a share in per cent.
FRACTION_NOUNS = {"thirds": 3, "third": 3, "quarters": 4, "quarter": 4, "fifths": 5, "fifth": 5, "tenths": 10}
FRACTION_FOLLOWERS = ("of",)

# ---------------------------------------------------------------- vague amounts
VAGUE = {
    "dozens": (24, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
}
FEW = ("several", "a few", "some")

# ---------------------------------------------------------------- units
UNITS = {
    "percent": "%",
    "per cent": "%",
    "percentage points": "pp",
    "euro": "EUR",
    "euros": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "pounds": "GBP",
    "roubles": "RUB",
    "rubles": "RUB",
    "yen": "JPY",
    "won": "KRW",
    "hryvnias": "UAH",
    "tonnes": "t",
    "tons": "t",
    "kilometers": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometre": "km",
    "miles": "mi",
    "mile": "mi",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
}

# ---------------------------------------------------------------- qualifiers
QUALIFIERS = {
    "approximate": (
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "an estimated",
        "estimated",
        "nearly",
        "almost",
    ),
    "lower_bound": (
        "at least",
        "more than",
        "over",
        "upwards of",
        "no fewer than",
        "no less than",
        "in excess of",
        "north of",
        "above",
        "greater than",
        "exceeding",
        "exceeds",
        "exceeded",
    ),
    "upper_bound": (
        "as many as",
        "up to",
        "at most",
        "no more than",
        "fewer than",
        "less than",
        "under",
        "below",
        "within",
    ),
}
JUST_UNDER = frozenset({"nearly", "almost"})
PREPOSITION_QUALIFIERS = frozenset({"over", "under"})
FILLERS = ("now", "already", "only", "just", "currently")
INCREMENT_BEFORE = ("another", "an additional", "additional")
INCREMENT_AFTER = ("more", "additional")

# ---------------------------------------------------------------- ranges
BETWEEN = ("between",)
RANGE_WORDS = ("to", "and", "or")
RANGE_NEEDS_BETWEEN = frozenset({"and"})

# ---------------------------------------------------------------- numbers that count nothing
MONTHS = (
    "Jan(?:uary)?",
    "Feb(?:ruary)?",
    "Mar(?:ch)?",
    "Apr(?:il)?",
    "May",
    "June?",
    "July?",
    "Aug(?:ust)?",
    "Sep(?:t(?:ember)?)?",
    "Oct(?:ober)?",
    "Nov(?:ember)?",
    "Dec(?:ember)?",
)
CLOCK_WORDS = (r"a\.m\.", r"p\.m\.", r"am\b", r"pm\b", "o'clock")
LABEL_ABBREVIATIONS = ("No", "Tel", "Ph")
LABELS = tuple(
    "number Article Paragraph Section page chapter Level Version group line room season episode part "
    "round minute flight Windows iPhone Galaxy year phone".split()
)
STREET_ENDINGS: tuple[str, ...] = ()
# "1600 Pennsylvania Avenue": the street nouns after a house number and a name (regex).
STREET_NOUNS_AFTER = ("Street", r"St\.", "Avenue", r"Ave\.", "Road", r"Rd\.", "Boulevard", "Lane", "Drive")
