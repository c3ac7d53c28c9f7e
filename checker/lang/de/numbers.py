"""German words of number reading (checker/figures/numbers.py): number words, scales, qualifiers.

Entries written as regex fragments say so; the others are plain words. The number rules read the
words of every language in any text (a German article quotes "3 billion dollars"), so the order of
a tuple is the order its alternatives are tried in.
"""

from __future__ import annotations

# ---------------------------------------------------------------- numbers in words
# The parts German number words are written from, longest first where one begins another
# ("dreizehn" before "drei"): "zweiundzwanzigtausend" is one word of them.
NUMBER_WORDS = tuple(
    "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig dreissig vierzig "
    "fünfzig sechzig siebzig achtzig neunzig hundert tausend anderthalb einhalb halb eins ein zwei drei "
    "vier fünf sechs sieben acht neun zehn elf zwölf und eine".split()
)
# A German number is one compound of at most 16 number words (regex; real ones hold about ten,
# and an unbounded run was tried from every start with backtracking over all of it).
NUMBER_PHRASE = "(?:" + "|".join(NUMBER_WORDS) + "){1,16}"
# German number words are one compound: "eine Million" never goes on in words (regex).
NUMBER_CONTINUATION = "(?!)"
# Alone, these are articles or a conjunction far more often than counts.
ARTICLE_LIKE = ("ein", "eine", "eins", "und")
# What a compound number word may start with before its first number stem ("einundzwanzig",
# "eineinhalb"; regex fragments).
COMPOUND_LEADS = ("eine?", "und")
# Words a number in words can start with besides NUMBER_WORDS ("Dutzend", "Milliarde").
NUMBER_WORD_STARTS = ("dutzend", "million", "milliard", "billion")
# The languages whose number words text2num tries for a German text, in order.
NUMBER_WORD_LANGUAGES = ("de", "en")
# How text2num wants a German number word: "eine Million" -> "ein Million".
ARTICLE_AS_ONE = (r"^eine?\s+", "ein ")
HYPHENS_AS_SPACES = False
# "zweieinhalb", "anderthalbtausend": fractions text2num does not read.
FRACTIONS = {"einhalb": 0.5, "anderthalb": 1.5}
# "hundert", "tausend": the scales that end a number word ("mehrere hundert", "zweieinhalbtausend").
ROUND_SCALES = {"hundert": 100.0, "tausend": 1000.0}
# "ein Dutzend", "eine Million": an article that counts one of a scale (regex fragments).
ONE_ARTICLES = ("ein(?:e[mnrs]?)?",)
ONE_SCALES = ("Dutzend", "Million", "Milliarde")
DOZENS = frozenset({"dutzend"})

# ---------------------------------------------------------------- scales
# Scale words after digits ("2,5 Millionen", "1,5 Mio.", "3 Tsd."); regex fragments, "Mio." before
# "Mio" so the abbreviation's dot belongs to it.
SCALE_WORDS = (
    r"Tsd\.",
    "tausend",
    r"Mio\.",
    r"Mio\b",
    "Millionen",
    "Million",
    r"Mrd\.",
    r"Mrd\b",
    "Milliarden",
    "Milliarde",
    "Billionen",
    "Billion",
)
# "3k": a scale letter glued to the digits (case-sensitive); German has none.
SCALE_SUFFIXES: tuple[str, ...] = ()
# "Billion" is 10^12 in German (the long scale), 10^9 in English.
SCALES = {
    "million": 1e6,
    "millionen": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "billion": 1e12,
    "billionen": 1e12,
    "tausend": 1e3,
    "tsd": 1e3,
}
# German writes scale words as capitalised nouns: a lower-case "billion" is not German.
SCALE_WORDS_CAPITALISED = True
# Scale letters glued to digits only after a currency sign ("€10m"); German has none.
MONEY_SCALE_SUFFIXES: tuple[str, ...] = ()
# The decimal mark: before a scale word a comma is decimal ("86,262 Milliarden" is 86.262 * 10^9),
# whatever the number of digits after it; elsewhere three digits after a mark group thousands.
DECIMAL_MARK = ","
# Whether a word after a number that the rules do not know may be a scale word ("18 tisíc"): a
# language with its own rules knows all its scale words, so an unknown word is the counted thing.
UNKNOWN_WORDS_MAY_SCALE = False
# "eine halbe Million": half of a scale (regex fragments before the scale word).
HALF_BEFORE_SCALE = (r"ein(?:e[nr]?)?\s+halbe[nrs]?",)
# "zwei Drittel der Soldaten": a fraction of a whole, read as a share in per cent. The fraction
# nouns by their denominator; the words that must follow ("der", "aller") so that "ein Viertel" (a
# quarter of a town) is not read as a share.
FRACTION_NOUNS = {"drittel": 3, "viertel": 4, "fünftel": 5, "sechstel": 6, "achtel": 8, "zehntel": 10}
FRACTION_FOLLOWERS = ("der", "des", "aller", "von", "seiner", "ihrer", "unserer", "dieser", "davon")

# ---------------------------------------------------------------- vague amounts
# Vague amounts as intervals: "Tausende" is at least two thousand and fewer than ten thousand.
VAGUE = {
    "dutzende": (24, 99),
    "hunderte": (200, 999),
    "tausende": (2000, 9999),
    "zehntausende": (20_000, 99_999),
    "hunderttausende": (200_000, 999_999),
}
# "mehrere hundert", "ein paar tausend": at least two of the scale.
FEW = ("mehrere", "einige", "ein paar")

# ---------------------------------------------------------------- units
# Units written after a number, by their ISO code or symbol (signs and codes are in numbers.py).
UNITS = {
    "prozent": "%",
    "prozentpunkte": "pp",
    "euro": "EUR",
    "dollar": "USD",
    "us-dollar": "USD",
    "pfund": "GBP",
    "franken": "CHF",
    "rubel": "RUB",
    "yen": "JPY",
    "won": "KRW",
    "griwna": "UAH",
    "hrywnja": "UAH",
    "kilometer": "km",
    "kilometern": "km",
    "meilen": "mi",
    "meter": "m",
    "metern": "m",
    "tonnen": "t",
}

# ---------------------------------------------------------------- qualifiers
# The words before a number that make it an interval (regex fragments).
QUALIFIERS = {
    "approximate": (
        "etwa",
        "rund",
        "ungefähr",
        r"ca\.",
        "circa",
        "zirka",
        "schätzungsweise",
        "geschätzte",
        "geschätzten",
        "fast",
        "beinahe",
        "knapp",
    ),
    "lower_bound": ("mindestens", "mehr als", "über", "gut", "wenigstens", "oberhalb von", "größer als"),
    "upper_bound": (
        "bis zu",
        "höchstens",
        "maximal",
        "weniger als",
        "unter",
        "nicht mehr als",
        "unterhalb von",
        "bis auf",
    ),
}
# Approximate qualifiers that mean "just under": "knapp 11.000" is 10.450 to 11.000.
JUST_UNDER = frozenset({"fast", "beinahe", "knapp"})
# Qualifiers that are prepositions after a noun: "Erkenntnisse über 3.000 Soldaten".
PREPOSITION_QUALIFIERS = frozenset({"über", "unter"})
# A word between the qualifier and the number: "mindestens noch 3.000".
FILLERS = ("nur", "bereits", "schon", "noch", "derzeit", "jetzt", "inzwischen", "insgesamt")
# "weitere 3.000": an addition, not a total.
INCREMENT_BEFORE = ("weitere", "weiteren", "zusätzliche", "zusätzlichen")
INCREMENT_AFTER = ("weitere", "weiteren", "zusätzliche")

# ---------------------------------------------------------------- ranges
BETWEEN = ("zwischen",)
RANGE_WORDS = ("bis", "und", "oder")
# "11.000 und 12.000" is a range only after "zwischen".
RANGE_NEEDS_BETWEEN = frozenset({"und"})

# ---------------------------------------------------------------- numbers that count nothing
# Month names before or after a day ("am 3. November"; regex fragments).
MONTHS = (
    "Jan(?:uar)?",
    "Jänner",
    "Feb(?:ruar)?",
    "März",
    "Apr(?:il)?",
    "Mai",
    "Juni?",
    "Juli?",
    "Aug(?:ust)?",
    "Sep(?:t(?:ember)?)?",
    "Okt(?:ober)?",
    "Nov(?:ember)?",
    "Dez(?:ember)?",
)
# A time of day: "14.30 Uhr", "14h" (regex fragments).
CLOCK_WORDS = ("Uhr", r"h\b")
# Labels that make the next number a name, not a quantity: "Artikel 5", "Platz 3", "Windows 11".
LABEL_ABBREVIATIONS = ("Nr", "Art", "Abs", "S", "Bd", "Kap", "Tel", "Fax")
LABELS = tuple(
    "Nummer Artikel Paragraf Seite Kapitel Platz Rang Level Version Stufe Gruppe Bezirk Linie Zimmer "
    "Folge Staffel Teil Runde Minute Flug Tor Gleis Windows iPhone Galaxy Stock Etage Jahrgang Jahr Jahre "
    "Jahren Jahrhundert Woche Kalenderwoche Telefon Hausnummer Postfach".split()
)
# A street name ends in these (a house number follows: "Clayallee 170", "Hauptstr. 5"; regex,
# case-insensitive, the end of a word).
STREET_ENDINGS = (
    "straße",
    "strasse",
    r"str\.",
    "allee",
    "weg",
    "platz",
    "gasse",
    "damm",
    "ufer",
    "chaussee",
    "ring",
)
# English writes the street after the number ("1600 Pennsylvania Avenue"); German does not.
STREET_NOUNS_AFTER: tuple[str, ...] = ()
