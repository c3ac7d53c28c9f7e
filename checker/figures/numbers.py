"""Number recognition for German and English news text, with offsets.

Finds the quantities a sentence states — digits in German or English notation (8.000, 8 000,
8,000, 2,5 Millionen, 1,5 Mio., 2 Mrd. Dollar, 3k, 40 %), number words (achttausend,
zweieinhalbtausend, eight-thousand, a dozen), vague amounts (Tausende, hundreds of) and ranges
("elf- bis zwölftausend", "zwischen 11.000 und 12.000", "11,000-12,000") — and turns each into an
interval with the qualifier in front of it (etwa, mindestens, bis zu, about, at least, up to).
Years, dates, times, ordinals, scores and codes (2025, am 3. November, 14.30 Uhr, 21. Jahrhundert,
G7, Su-27, 4K) are skipped: they are numbers, but not quantities.

Number words go through ``text2num`` (MIT) where it covers them; fractions ("zweieinhalb"),
vague amounts and the article-like "eine"/"a" are handled here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from types import ModuleType

from text_to_num import text2num

from ..lang import SUPPORTED, every_language, lexicon, reading_lexicon
from ..lang.shared import alternation, merged

# An approximate figure ("etwa 11.000") stands for the numbers that round to it: +- half its
# rounding step (the place of its last non-zero digit: 500 for 11.000, 50 for 8.500), kept between
# APPROX_MIN and APPROX. So "etwa 11.000" (10.450-11.550) and "12.000" stay apart, while a
# one-digit round number ("etwa 3.000", "about 10,000") is read as +-10 %, not +-50 %: a writer
# who rounds that coarsely still means roughly that number.
APPROX = 0.10
APPROX_MIN = 0.05

Qualifier = str  # "approximate" | "lower_bound" | "upper_bound" | "range" | "vague"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number phrase in a text: ``text[start:end]`` is its surface, qualifier included.

    ``value`` is the point estimate (a range's lower end), ``low``/``high`` the interval
    (None = open end). ``increment`` marks "weitere 3.000" / "another 3,000", an addition
    rather than a total.
    """

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: Qualifier | None = None
    unit: str | None = None
    increment: bool = False
    scaled: bool = False  # a scale word was written: "2 Mio.", "achttausend"


# ---------------------------------------------------------------- words
# The rules read the number words of every language in any text: a German article quotes "3 billion
# dollars", an English one "zwölftausend". Only the reading of an ambiguous word ("Billion") and the
# order text2num tries languages in follow the article's own language.
_LANGS = tuple(lexicon(code).numbers for code in SUPPORTED)

_VAGUE = merged(*(words.VAGUE for words in _LANGS))
_ROUND = merged(*(words.ROUND_SCALES for words in _LANGS))
_FRACTIONS = merged(*(words.FRACTIONS for words in _LANGS))
_SCALES = merged(*(words.SCALES for words in _LANGS))
# A lower-case scale word is read as in the languages that write scale words in lower case:
# "billion" is 10^9 even in a German text, where the German "Billion" (10^12) is capitalised.
_LOWER_CASE_SCALES = merged(*(w.SCALES for w in _LANGS if not w.SCALE_WORDS_CAPITALISED), _SCALES)
_DOZENS = every_language("numbers", "DOZENS")
_JUST_UNDER = every_language("numbers", "JUST_UNDER")
_PREPOSITION_QUALIFIERS = every_language("numbers", "PREPOSITION_QUALIFIERS")
_RANGE_NEEDS_BETWEEN = every_language("numbers", "RANGE_NEEDS_BETWEEN")
# Signs and ISO codes are the same in every language.
_UNIT_SIGNS = {"%": "%", "€": "EUR", "$": "USD", "us$": "USD", "£": "GBP"}
_UNIT_CODES = {"eur": "EUR", "usd": "USD", "chf": "CHF", "gbp": "GBP", "rub": "RUB", "jpy": "JPY", "km": "km"}
UNITS = merged(_UNIT_SIGNS, _UNIT_CODES, *(words.UNITS for words in _LANGS))

_QUALIFIER_KINDS = ("approximate", "lower_bound", "upper_bound")
_Q = {kind: alternation(*(words.QUALIFIERS[kind] for words in _LANGS)) for kind in _QUALIFIER_KINDS}
_INCREMENT = re.compile(alternation(*(words.INCREMENT_BEFORE for words in _LANGS)) + r"\s+$", re.I)
_INCREMENT_AFTER = re.compile(r"\s+" + alternation(*(words.INCREMENT_AFTER for words in _LANGS)) + r"\b")
_FILLER = rf"(?:{alternation(*(words.FILLERS for words in _LANGS))}\s+)?"
_QUALIFIER = re.compile(
    '(?:^|(?<=[\\s(„"“»]))(?:' + "|".join(f"(?P<{k}>{v})" for k, v in _Q.items()) + f")\\s+{_FILLER}$",
    re.I,
)
# "Erkenntnisse über 3.000 Soldaten": after a noun, über/unter is a preposition, not "more than".
_NOUN_BEFORE = re.compile(r"(?:^|\s)[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß]\s+$")
_BETWEEN = re.compile(alternation(*(words.BETWEEN for words in _LANGS)) + r"\s+$", re.I)
# Qualifiers that come with their own interval.
_INTERVAL_KINDS = ("range", "vague")

# ---------------------------------------------------------------- the patterns
_DIGITS = (
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)"  # 8.000 / 2.500,50
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"  # 8,000 / 2,500.50
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]\d)"  # 8 000
    r"|\d+(?:[.,]\d+)?"
)
_SCALE_WORDS = alternation(*(words.SCALE_WORDS for words in _LANGS))
_SCALE_SUFFIXES = alternation(*(words.SCALE_SUFFIXES for words in _LANGS))
_MONEY_SCALE_SUFFIXES = alternation(*(words.MONEY_SCALE_SUFFIXES for words in _LANGS))
# An ISO currency code before the number: "RUB 80 billion", "USD 3 million" (case-sensitive).
_CODES_BEFORE = alternation(code.upper() for code in _UNIT_CODES if code.isalpha() and len(code) == 3)
_NUMBER_PHRASE = alternation(*((words.NUMBER_PHRASE,) for words in _LANGS))
_VAGUE_RE = "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))
_FEW_RE = alternation(*((re.escape(k) for k in words.FEW) for words in _LANGS))
_ROUND_RE = alternation(_ROUND)
_ROUND_WORD = re.compile(_ROUND_RE, re.I)
_ROUND_SCALES = tuple((re.compile(re.escape(word), re.I), value) for word, value in _ROUND.items())
_ARTICLE_LIKE_WORDS = frozenset(w for words in _LANGS for w in words.ARTICLE_LIKE)
# "ein", "eine", "one" alone are articles far more often than counts; "und" alone is no number.
_ARTICLE_LIKE = (
    alternation(*(words.ARTICLE_LIKE for words in _LANGS)) + rf"(?![\w-])(?!\s+(?:{_SCALE_WORDS}))"
)
_ONE_ARTICLES = alternation(*(words.ONE_ARTICLES for words in _LANGS))
_ONE_SCALES = alternation(*(words.ONE_SCALES for words in _LANGS))
_CONTINUATION = alternation(*((words.NUMBER_CONTINUATION,) for words in _LANGS))
_HALF_BEFORE_SCALE = alternation(*(words.HALF_BEFORE_SCALE for words in _LANGS))
_FRACTION_NOUNS = merged(*(words.FRACTION_NOUNS for words in _LANGS))
_FRACTION_FOLLOWERS = alternation(*(words.FRACTION_FOLLOWERS for words in _LANGS))

# Digits and words are found by two patterns: most sentences have neither, and one big pattern with
# the number words in it costs far more per character than either alone.
_DIGIT_ATOM = re.compile(
    rf"""
    (?P<skip>\d{{1,2}}\.\s?\d{{1,2}}\.(?:\d{{2,4}})?(?!\d)|\d{{1,2}}:\d{{1,2}}|\d{{4}}-\d{{2}}-\d{{2}}|\d+/\d+
        |\d{{4}}[-–/]\d{{2}}(?![\d.,]\d)          # a season or fiscal year: 2013-14
        |(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+  # web and mail addresses
        |\+\d{{1,3}}(?:[\s()/.-]*\d){{6,}}           # a phone number: +49 30 1234567,
        |(?<!\d)0\d{{1,5}}(?:[\s/-]\d{{2,}}){{1,3}})     # 030 123456
    |(?:(?P<cur>US\$|\$|€|£|(?-i:{_CODES_BEFORE})(?=\s?\d))\s?)?(?P<num>{_DIGITS})
    (?:\s?(?P<scale>{_SCALE_WORDS})|(?P<k>(?-i:{_SCALE_SUFFIXES}))\b|(?P<mk>(?-i:{_MONEY_SCALE_SUFFIXES}))\b)?
    """,
    re.I | re.X,
)
_WORD_ATOM = re.compile(
    rf"""
    (?P<few>\b(?:{_FEW_RE})\s+{_ROUND_RE}\b)
    |(?P<vague>\b(?:{_VAGUE_RE})\b)
    |(?P<fraction>\b(?P<fnum>{_ONE_ARTICLES}|{_NUMBER_PHRASE})[\s-]+(?P<fden>{alternation(_FRACTION_NOUNS)})
        (?=\s+{_FRACTION_FOLLOWERS}\b))
    |(?P<half>\b{_HALF_BEFORE_SCALE}\s+(?P<hscale>{_SCALE_WORDS}))
    |(?P<one>\b{_ONE_ARTICLES}\s+(?P<oscale>{_ONE_SCALES})\b(?!{_CONTINUATION}))
    |(?P<word>\b(?!{_ARTICLE_LIKE}){_NUMBER_PHRASE}(?:\s+(?P<wscale>{_SCALE_WORDS}))?(?P<trunc>-(?=\s))?(?![\w-]))
    """,
    re.I | re.X,
)
_DIGIT_KINDS = ("skip", "num")
_WORD_KINDS = ("few", "vague", "fraction", "half", "one", "word")
_UNIT_WORDS = alternation(
    ("%",), *((re.escape(k) for k in words.UNITS) for words in _LANGS), (re.escape(k) for k in _UNIT_CODES)
)
_UNIT_AFTER = re.compile(rf"[\s-]?(?:(?P<u>{_UNIT_WORDS})(?![\w-])|(?P<sym>€|\$))", re.I)
# A unit glued to the digits or joined by a hyphen: "200km", "a 400-mile march".
_GLUED_UNIT = re.compile(rf"-?(?:{_UNIT_WORDS})(?![\w-])", re.I)
_RANGE_GAP = re.compile(
    r"[-–—]?\s*" + alternation(("-", "–", "—"), *(words.RANGE_WORDS for words in _LANGS)) + r"\s*$", re.I
)

_MONTHS = alternation(*(words.MONTHS for words in _LANGS))
_MONTH_AFTER = re.compile(rf"\.?\s*{_MONTHS}\b\.?", re.I)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s*$", re.I)
_TIME_AFTER = re.compile(r"\s*" + alternation(*(words.CLOCK_WORDS for words in _LANGS)), re.I)
_ORDINAL_AFTER = re.compile(r"\.\s*[A-Za-zÄÖÜäöü]")
# Labels that make the next number a name, not a quantity: "Artikel 5", "Platz 3", "Windows 11".
_LABEL_BEFORE = re.compile(
    r"(?:\b"
    + alternation(*(words.LABEL_ABBREVIATIONS for words in _LANGS))
    + r"\.|§|#|\b"
    + alternation(*(words.LABELS for words in _LANGS))
    + r")\s*$",
    re.I,
)
_LETTER_BEFORE = re.compile(r"[A-Za-zÄÖÜäöüß][-/]?$")
# Addresses: a house number after a street name ("Clayallee 170", "Hauptstr. 5"), the postcode after
# it ("…, 14191 Berlin"), a house number before a street ("1600 Pennsylvania Avenue").
_STREET = rf"[A-ZÄÖÜ][\w-]{{2,}}?(?i:{alternation(*(words.STREET_ENDINGS for words in _LANGS))})"
_STREET_BEFORE = re.compile(rf"\b{_STREET}\s+$")
_POSTCODE_BEFORE = re.compile(rf"\b{_STREET}\s+\d+\s?[a-z]?,\s*$")
_STREET_AFTER = re.compile(
    rf"\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}{alternation(*(words.STREET_NOUNS_AFTER for words in _LANGS))}(?!\w)"
)
# "Claudia Tausend": a capitalised number word after a capitalised word inside a sentence, and
# before no noun, is a surname.
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\w,;]\s))[A-ZÄÖÜ][a-zäöüß]+\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-ZÄÖÜ]")
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")
_LETTER_AFTER = re.compile(r"[-/]?[A-Za-zÄÖÜäöüß]")


# A number in words starts a word with a number word, a scale or a vague amount ("ein", "eine",
# "one" alone are articles); checked on the lower-cased text, this is far cheaper than _WORD_ATOM.
_NUMBER_STEMS = [w for words in _LANGS for w in words.NUMBER_WORDS if w not in _ARTICLE_LIKE_WORDS]
_MAY_HAVE_WORD = re.compile(
    r"\b"
    + alternation(*(words.COMPOUND_LEADS for words in _LANGS))
    + "*"
    + alternation(_NUMBER_STEMS, *(words.NUMBER_WORD_STARTS for words in _LANGS), _FRACTION_NOUNS)
)
_HAS_DIGIT = re.compile(r"\d")
_WORD_START = re.compile(r"\b\w")


def search_before(pattern: re.Pattern[str], text: str, end: int, window: int = 60) -> re.Match[str] | None:
    """``pattern.search(text[:end])`` for a ``$``-anchored pattern, looking only at the last ``window``
    characters: a qualifier or label right before a number is short, and rescanning the whole
    sentence for each number is what made long texts slow. Offsets stay those of ``text``."""
    return pattern.search(text, max(0, end - window), end)


def find_quantities(text: str, *, lang: str | None = "de") -> Iterator[Quantity]:
    """Yield every quantity stated in ``text``, in text order, ranges merged.

    Args:
        text: a sentence (or any text); offsets refer to it.
        lang: the code of the lexicon the text is read with ("de", "en"; a language without its
            own rules reads as "xx"); decides what a capitalised "Billion" means and which
            language's number words text2num tries first.

    Example:
        >>> [(q.value, q.low, q.high, q.qualifier) for q in find_quantities("mindestens 3.000 Soldaten")]
        [(3000.0, 3000.0, None, 'lower_bound')]
    """
    atoms = [atom for atom in _find_atoms(text, lang or "de") if atom is not None]
    for atom in _merge_ranges(text, atoms):
        yield _qualify(text, atom)


def _find_atoms(text: str, lang: str) -> list[Quantity | None]:
    matches = list(_DIGIT_ATOM.finditer(text)) if _HAS_DIGIT.search(text) else []
    words = _word_matches(text)
    if words:
        # a scale word after digits ("8 tausend") is part of the digit match, not a number of its own
        taken = [(m.start(), m.end()) for m in matches]
        words = [m for m in words if not any(s <= m.start() < e for s, e in taken)]
        matches = sorted(matches + words, key=lambda m: m.start())
    return [_atom_of(text, match, lang) for match in matches]


def _word_matches(text: str) -> list[re.Match[str]]:
    """_WORD_ATOM.finditer(text), tried only where a number word starts (or a word or two before it:
    "a few hundred", "eine Million")."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lower-case to two: offsets would not fit
        return list(_WORD_ATOM.finditer(text))
    found: list[re.Match[str]] = []
    end = 0
    for hit in _MAY_HAVE_WORD.finditer(lower):
        pos = max(end, hit.start() - 12)
        while pos <= hit.start():
            starts = [m.start() for m in _WORD_START.finditer(text, pos, hit.start())]
            match = next((m for q in (*starts, hit.start()) if (m := _WORD_ATOM.match(text, q))), None)
            if match is None:
                break
            found.append(match)
            end = pos = match.end()
    return found


def _atom_of(text: str, match: re.Match[str], lang: str) -> Quantity | None:
    kinds = _DIGIT_KINDS if match.re is _DIGIT_ATOM else _WORD_KINDS
    kind = next(name for name in kinds if match.group(name) is not None)
    atom = _KINDS[kind](text, match, lang)
    # A number beyond float range ("1" and 309 zeros) reads as infinity: no quantity to compare.
    return atom if atom is None or math.isfinite(atom.value) else None


def _skip_atom(text: str, match: re.Match[str], lang: str) -> None:
    return None


def _digit_atom(text: str, match: re.Match[str], lang: str) -> Quantity | None:
    raw, currency = match.group("num"), match.group("cur")
    start, end = match.start("num"), match.end()
    if match.group("mk") and not currency:
        return None  # "10m": metres, or a code
    scale_word = match.group("scale") or match.group("k") or match.group("mk")
    if not scale_word and not currency and _is_not_quantity(text, start, match.end("num"), raw, lang):
        return None
    decimal = _numbers(lang).DECIMAL_MARK if scale_word else ""
    value = parse_digits(raw, lang=lang, decimal_mark=decimal)
    if value is None:
        return None
    if currency:
        start = match.start("cur")
    scale = _scale(scale_word, lang) if scale_word else 1.0
    unit = UNITS.get(currency.lower()) if currency else None
    return _atom(start, end, value * scale, unit=unit, scaled=bool(scale_word))


def _is_not_quantity(text: str, start: int, end: int, raw: str, lang: str) -> bool:
    """Years, dates, times, ordinals, codes, labels and addresses: numbers that count nothing; and
    a number the reading language cannot tell from its scale ("18 tisíc")."""
    after = text[end:]
    if search_before(_LETTER_BEFORE, text, start, 4):
        return True  # G7, Su-27
    if _LETTER_AFTER.match(after) and not _GLUED_UNIT.match(after):
        return True  # 4K, 21st, 90er; but 200km, a 400-mile march
    if search_before(_LABEL_BEFORE, text, start, 24) or _TIME_AFTER.match(after):
        return True
    if _is_address(text, start, after):
        return True
    if _may_be_scaled(text, end, raw, lang):
        return True
    if _MONTH_AFTER.match(after) or (len(raw) <= 2 and search_before(_MONTH_BEFORE, text, start, 16)):
        return True  # am 3. November, 28 October, Oct. 28
    plain = raw.isdigit()
    if plain and len(raw) <= 3 and _ORDINAL_AFTER.match(after):
        return True  # 21. Jahrhundert, zum 3. Mal
    if plain and raw.startswith("0") and len(raw) > 1:
        return True  # phone numbers, codes
    return (
        plain
        and len(raw) == 4
        and 1800 <= int(raw) <= 2199
        and not search_before(_QUALIFIER, text, start, 48)
    )


def _is_address(text: str, start: int, after: str) -> bool:
    return bool(
        search_before(_STREET_BEFORE, text, start, 40)
        or search_before(_POSTCODE_BEFORE, text, start, 60)
        or _STREET_AFTER.match(after)
    )


def _may_be_scaled(text: str, end: int, raw: str, lang: str) -> bool:
    """A small number before a word of a language without rules: the word may be its scale."""
    if not _numbers(lang).UNKNOWN_WORDS_MAY_SCALE or (parse_digits(raw) or 0) >= 1000:
        return False
    return bool(_WORD_AFTER.match(text, end)) and not _UNIT_AFTER.match(text, end)


def _is_surname(text: str, match: re.Match[str]) -> bool:
    """ "Claudia Tausend sagte": a capitalised number word that continues a name."""
    if not match.group()[:1].isupper():
        return False
    if not search_before(_NAME_BEFORE, text, match.start(), 30) or search_before(
        _QUALIFIER, text, match.start(), 48
    ):
        return False
    return not _CAPITAL_AFTER.match(text, match.end()) and not _UNIT_AFTER.match(text, match.end())


def _word_atom(text: str, match: re.Match[str], lang: str) -> Quantity | None:
    if _is_surname(text, match):
        return None
    words = match.group("word")
    if match.group("trunc"):
        words = words[:-1]
    scale_word = match.group("wscale")
    core = words[: match.start("wscale") - match.start("word")].strip() if scale_word else words
    value = parse_number_word(core, lang=lang)
    if value is None:
        return None
    if scale_word:
        value *= _scale(scale_word, lang)
    elif value < 2:
        return None  # "ein", "one": an article far more often than a count
    scaled = bool(scale_word) or bool(_ROUND_WORD.search(core))
    end = match.end("word") - (1 if match.group("trunc") else 0)
    atom = _atom(match.start("word"), end, value, scaled=scaled)
    return replace(atom, qualifier="truncated") if match.group("trunc") else atom


def _vague_atom(text: str, match: re.Match[str], lang: str) -> Quantity | None:
    low, high = _VAGUE[match.group("vague").lower()]
    return Quantity(match.start(), match.end(), float(low), float(low), float(high), "vague", scaled=True)


def _few_atom(text: str, match: re.Match[str], lang: str) -> Quantity | None:
    scale = next(value for pattern, value in _ROUND_SCALES if pattern.search(match.group("few")))
    return Quantity(match.start(), match.end(), 2 * scale, 2 * scale, 10 * scale - 1, "vague", scaled=True)


def _fraction_atom(text: str, match: re.Match[str], lang: str) -> Quantity | None:
    """ "zwei Drittel der Soldaten", "a third of": a share of a whole, in per cent."""
    numerator = match.group("fnum")
    count = 1.0 if re.fullmatch(_ONE_ARTICLES, numerator, re.I) else parse_number_word(numerator, lang=lang)
    if count is None:
        return None
    share = 100 * count / _FRACTION_NOUNS[match.group("fden").lower()]
    return Quantity(match.start(), match.end(), share, share, share, None, "%")


def _half_atom(text: str, match: re.Match[str], lang: str) -> Quantity | None:
    """ "eine halbe Million", "half a million": half of a scale."""
    return _atom(match.start(), match.end(), 0.5 * _scale(match.group("hscale"), lang), scaled=True)


def _one_atom(text: str, match: re.Match[str], lang: str) -> Quantity | None:
    scale = match.group("oscale")
    value = 12.0 if scale.lower() in _DOZENS else _scale(scale, lang)
    return _atom(match.start(), match.end(), value, scaled=True)


_KINDS = {
    "skip": _skip_atom,
    "num": _digit_atom,
    "few": _few_atom,
    "vague": _vague_atom,
    "fraction": _fraction_atom,
    "half": _half_atom,
    "one": _one_atom,
    "word": _word_atom,
}


def _atom(start: int, end: int, value: float, *, unit: str | None = None, scaled: bool = False) -> Quantity:
    return Quantity(start, end, value, value, value, None, unit, scaled=scaled)


def _scale(word: str, lang: str) -> float:
    key = word.rstrip(".").lower()
    if word[0].islower():
        return _LOWER_CASE_SCALES.get(key) or 1.0
    # a capitalised scale word as the article's language reads it: "Billion" is 10^12 in German
    return _numbers(lang).SCALES.get(key) or _SCALES.get(key) or 1.0


def _numbers(lang: str) -> ModuleType:
    """The number words of a lexicon code; a language without its own rules reads as neutral."""
    return reading_lexicon(lang).numbers


# ---------------------------------------------------------------- parsing
def parse_digits(raw: str, *, lang: str = "de", decimal_mark: str = "") -> float | None:
    """Parse a digit string in German or English notation.

    A separator followed by exactly three digits groups thousands ("8.000", "8,000", "8 000");
    otherwise it is the decimal mark ("2,5", "2.5"). ``decimal_mark`` is the language's decimal
    mark where the number is known to be one (before a scale word: "86,262 Milliarden").

    Example:
        >>> parse_digits("12.000"), parse_digits("2,5"), parse_digits("11,000"), parse_digits("1.5")
        (12000.0, 2.5, 11000.0, 1.5)
        >>> parse_digits("86,262", decimal_mark=",")
        86.262
    """
    text = re.sub(r"[ \u00a0\u202f\u2009]", "", raw)
    marks = re.findall(r"[.,]", text)
    if not marks:
        return float(text)
    last = max(text.rfind("."), text.rfind(","))
    if len(set(marks)) == 2:  # 2.500,50 or 2,500.50: the last mark is the decimal one
        return float(re.sub(r"[.,]", "", text[:last]) + "." + text[last + 1 :])
    if len(marks) == 1 and marks[0] == decimal_mark:
        return float(text.replace(",", "."))
    if len(marks) > 1 or len(text) - last - 1 == 3:
        return float(re.sub(r"[.,]", "", text))
    return float(text.replace(",", "."))


_FRACTION = re.compile(rf"^(?P<head>.*?)(?P<frac>{alternation(_FRACTIONS)})(?P<tail>{_ROUND_RE})?$", re.I)


def parse_number_word(words: str, *, lang: str = "de") -> float | None:
    """Parse a number written in words: "achttausend", "zweieinhalbtausend", "eight-thousand".

    Example:
        >>> parse_number_word("zweieinhalbtausend"), parse_number_word("eight-thousand", lang="en")
        (2500.0, 8000.0)
    """
    text = words.strip().lower()
    fraction = _FRACTION.match(text)
    if fraction:
        return _parse_fraction(fraction)
    for language in _numbers(lang).NUMBER_WORD_LANGUAGES:
        try:
            return float(text2num(_for_text2num(text, lexicon(language).numbers), language))
        except ValueError:
            continue
    return None


def _parse_fraction(match: re.Match[str]) -> float | None:
    head = match.group("head")
    base = _FRACTIONS.get(match.group("frac"), 0.5)
    if head:
        whole = parse_number_word(head)
        if whole is None:
            return None
        base += whole
    scale = _ROUND.get(match.group("tail") or "", 1.0)
    return base * scale


def _for_text2num(text: str, words: ModuleType) -> str:
    """A number word as text2num reads it in a language: "eine Million" -> "ein Million"."""
    article, one = words.ARTICLE_AS_ONE
    text = re.sub(article, one, text)
    return text.replace("-", " ") if words.HYPHENS_AS_SPACES else text


# ---------------------------------------------------------------- ranges and qualifiers
def _merge_ranges(text: str, atoms: list[Quantity]) -> Iterator[Quantity]:
    i = 0
    while i < len(atoms):
        first = atoms[i]
        second = atoms[i + 1] if i + 1 < len(atoms) else None
        merged = _as_range(text, first, second) if second else None
        if merged is not None:
            yield merged
            i += 2
            continue
        yield replace(first, qualifier=None) if first.qualifier == "truncated" else first
        i += 1


def _as_range(text: str, first: Quantity, second: Quantity) -> Quantity | None:
    gap = text[first.end : second.start]
    if len(gap) > 8 or not _RANGE_GAP.match(gap) or first.qualifier == "vague" or second.qualifier == "vague":
        return None
    word = gap.strip(" -–—").lower()
    if word in _RANGE_NEEDS_BETWEEN and not search_before(_BETWEEN, text, first.start, 16):
        return None
    low = first.value
    if second.scaled and not first.scaled and low * 1000 <= second.value * 10:
        low *= _scale_of(second.value, low)  # "3 bis 5 Millionen", "elf- bis zwölftausend"
    if low >= second.value:
        return None  # "2:1"-like or a count down, not a range
    unit = first.unit or second.unit
    return Quantity(first.start, second.end, low, low, second.value, "range", unit, scaled=True)


def _scale_of(high: float, low: float) -> float:
    for scale in (1e12, 1e9, 1e6, 1e3):
        if high >= scale and low < high / scale * 10 and low * scale <= high:
            return scale
    return 1.0


def _qualify(text: str, atom: Quantity) -> Quantity:
    atom = _with_unit(text, atom)
    increment = bool(
        search_before(_INCREMENT, text, atom.start, 24) or _INCREMENT_AFTER.match(text, atom.end)
    )
    if atom.qualifier in _INTERVAL_KINDS:
        between = search_before(_BETWEEN, text, atom.start, 16)
        start = atom.start - (len(between.group()) if between else 0)
        return replace(atom, start=start, increment=increment)
    match = search_before(_QUALIFIER, text, atom.start, 48)
    kind = next((k for k, v in match.groupdict().items() if v), None) if match else None
    if not match or not kind:
        return replace(atom, increment=increment)
    if match.group(kind).lower() in _PREPOSITION_QUALIFIERS and search_before(
        _NOUN_BEFORE, text, match.start(), 120
    ):
        return replace(atom, increment=increment)
    low, high = _interval(atom.value, kind, match.group(kind).lower())
    return replace(atom, start=match.start(), low=low, high=high, qualifier=kind, increment=increment)


def _interval(value: float, kind: str, word: str) -> tuple[float | None, float | None]:
    if kind == "lower_bound":
        return value, None
    if kind == "upper_bound":
        return None, value
    width = approx_width(value)
    if word in _JUST_UNDER:
        return value * (1 - width), value  # just under
    return value * (1 - width), value * (1 + width)


def approx_width(value: float) -> float:
    """The relative half-width of "about ``value``": half its rounding step, within 5-10 %.

    Example:
        >>> approx_width(11000), approx_width(3000), approx_width(8500)
        (0.05, 0.1, 0.05)
    """
    if value <= 0 or value != int(value):
        return APPROX
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return min(APPROX, max(APPROX_MIN, step / 2 / value))


def _with_unit(text: str, atom: Quantity) -> Quantity:
    match = _UNIT_AFTER.match(text, atom.end)
    if not match:
        return atom
    token = (match.group("u") or match.group("sym")).lower()
    return replace(atom, end=match.end(), unit=UNITS.get(token, atom.unit))
