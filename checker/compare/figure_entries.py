"""What the figure comparison knows of each figure claim, computed once: its dimension and interval
in base units, where and when it applies, who is cited (resolved as an entity), and its frame.

A figure's **frame** is the words around its number with the number masked ("[N] nordkoreanische
Soldaten in Kursk", "within [N] of the capital"): what the number counts, which the multilingual
embedding model matches across languages. The pipeline embeds ``frame_text(claim)`` for every
figure claim; the comparison takes those vectors as a mapping claim id -> unit row, so that
tests can hand it vectors of their own.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..entities.places import scope_key
from ..entities.quantities import dimension_of, in_base, rounding_width
from ..entities.sources import SourceResolver
from ..lang import SUPPORTED, every_language, lexicon, reading_lexicon
from ..lang.shared import alternation
from ..types import Article, Claim, Figure

FrameVectors = Mapping[str, np.ndarray]
MASK = "[N]"
# The frame: the words right after the number (what it counts, and of what: "[N] nordkoreanische
# Soldaten in Russland", "[N] from the capital"). Measured on the labelled news and Wagner
# figures (AUC of "same counted thing" .72/.70, with 3 words before too .68/.65): the words
# before a number (sources, verbs of saying) make frames of different quantities alike.
FRAME_WORDS_BEFORE = 0
FRAME_WORDS_AFTER = 4
UNIT_WORDS_BEFORE = 3
STEM_LETTERS = 5
MIN_CONTENT_LETTERS = 4
LENGTH = "length"
_FRAME_WORD = re.compile(r"[^\W_](?:[\w'’.-]*\w)?|[%€$£]")
_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)
_FUNCTION_WORDS = every_language("figures", "FUNCTION_WORDS")
_BRACKET_AFTER = re.compile(r"\s*[(\[][^()\[\]]{0,60}[)\]]")
_NUMBER_BEFORE = re.compile(r"\d[^\d]{0,25}$")
_CLAUSE_START = re.compile(r"[;:()\[\]„“\"]|,(?!\d)")  # not the comma of "86,262"
# A rate right after the figure ("780 km a day", "300 (pro Tag)") or right before it ("täglich 1.200").
_RATES = tuple(
    (
        suffix,
        re.compile(rf"^[\s(]*(?i:{alternation(*(w.RATES.get(suffix, ()) for w in _LANGS))})\b"),
        re.compile(rf"\b(?i:{alternation(*(w.RATES.get(suffix, ()) for w in _LANGS))})\s+$"),
    )
    for suffix in dict.fromkeys(suffix for words in _LANGS for suffix in words.RATES)
)
_SAYING = frozenset(word for words in _LANGS for word in (*words.CITE_VERBS, *words.SAY_BEFORE_NAME))
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_BRACKETED = re.compile(r"[(\[][^()\[\]]{0,80}[)\]]")
_TIME_WORDS = every_language("figures", "NOT_COUNTED")
_MONTHS = every_language("figures", "MONTH_NUMBERS")
_CURRENCY_CODE = re.compile(r"[%€$£]|[A-Z]{3}")
# "[N] Il-22Ms and variants": one or two words of the counted noun, then the words that widen it.
_INCLUSIVE = re.compile(
    rf"^\s*(?:[^\W\d_][\w'’-]*\s+){{1,2}}(?i:{alternation(*(words.INCLUSIVE_TAILS for words in _LANGS))})\b"
)
_FRAME_SKIP = re.compile(rf"^\s*(?i:{alternation(*(words.FRAME_SKIPS for words in _LANGS))})\b")
_APPROACH = re.compile(rf"^(?i:{alternation(*(words.DISTANCE_FROM_QUALIFIERS for words in _LANGS))})\b")
_DISTANCE_FROM = re.compile(rf"^\s*(?i:{alternation(*(words.DISTANCE_FROM for words in _LANGS))})\b")
# A sentence that counts since a year ("seit 2013", "since 2013") states a running total.
_SINCE_YEAR = re.compile(
    rf"\b(?i:{alternation(*(words.SINCE_YEAR_WORDS for words in _LANGS))})\s+(?P<year>(?:19|20)\d\d)\b"
)


@dataclass(frozen=True, slots=True)
class Entry:
    """A figure claim with the keys the comparison needs."""

    claim: Claim
    figure: Figure
    dimension: str
    low: float | None  # the interval in the dimension's base unit (km for lengths)
    high: float | None
    scope: str | None  # a place key: "ru", "ru/kursk", "ru/~site"
    source: str | None  # a source key: "us", "selenski", "ru:blogger"; None for the outlet's own
    # (a conversion in brackets is always the outlet's own)
    days: tuple[dt.date, dt.date] | None
    since: str | None  # the year a running total counts from
    distance: str | None  # a length "from" a place or "covered"
    frame: np.ndarray | None
    host: Entry | None = None  # the figure this one converts ("86 bln rubles ($1 bln)": the roubles)

    @property
    def article_id(self) -> str:
        return self.claim.article_id


def frame_text(claim: Claim) -> str:
    """The words right after a figure's number, the number (with its qualifier and unit) masked.

    A conversion in brackets after the number is read past ("86 billion roubles ($1 billion) to
    Wagner"), and a figure inside such brackets has the frame of the figure it converts; a
    possessive between number and noun is skipped ("12.000 seiner Soldaten"). An amount of money
    or a measure keeps the words before it too, which say what it is ("insurance payments
    totalled [N]"): those that are no number, function word, time word or bracket ("has paid
    Wagner for the last year (as of May) [N]" -> "paid Wagner last [N]"), and its words after
    end where the next figure starts ("[N] including RUB 70 billion" -> "[N] including"). A count
    keeps the verb right before it that says what befell the counted ("killing about 1,000 of its
    men" -> "killing [N] men"; COUNT_VERB_ENDINGS), not a verb of saying ("estimated 3,000").

    Example:
        >>> figure = Figure(8000, 8000, 8000, None, None, None, "reported", None, None, None, "8.000", 10, 15)
        >>> frame_text(Claim("a#0", "a", "figure", "Laut Kiew 8.000 Soldaten in Kursk.", 0, 34, figure))
        '[N] Soldaten in Kursk'
    """
    figure = claim.figure
    if figure is None:
        return claim.text
    text = claim.text
    inner = figure.start - claim.start
    start, end = _outside_brackets(text, inner, figure.end - claim.start)
    tail = text[max(0, end) :]
    bracket = _BRACKET_AFTER.match(tail)
    if bracket:
        tail = tail[bracket.end() :]
    tail = _FRAME_SKIP.sub("", tail, count=1)
    after = _FRAME_WORD.findall(tail)[:FRAME_WORDS_AFTER]
    before: list[str] = _count_verb(claim, text[: max(0, start)]) if not figure.unit else []
    if figure.unit:
        after = after[: _next_number(after)]
        clause = _CLAUSE_START.split(_BRACKETED.sub(" ", text[: max(0, start)]))[-1]
        words = _FRAME_WORD.findall(clause)
        cut = len(words)
        if start != inner:  # in brackets: the words before the figure it converts
            cut = next((i for i in reversed(range(len(words))) if _has_digit(words[i])), cut)
            while cut and _has_digit(words[cut - 1]):  # "8,5" is two words
                cut -= 1
        # the words after the figure before it ("sei 780 Kilometer vorangekommen und bis [N]"),
        # years aside ("zwischen Mai 2022 und Mai 2023 insgesamt [N]")
        begin = next((i + 1 for i in reversed(range(cut)) if _is_figure_word(words[i])), 0)
        before = [
            word for i, word in enumerate(words[begin:cut], begin) if _says_what(word, words[i + 1 : i + 2])
        ]
        before = before[-UNIT_WORDS_BEFORE:]
    return " ".join([*before, MASK, *after])


def _count_verb(claim: Claim, head: str) -> list[str]:
    """The verb right before a count that says what befell the counted ("killing [N] men"), as a
    one-word list; none after a verb of saying ("estimated [N] troops": who counts, not what)."""
    words = _FRAME_WORD.findall(_CLAUSE_START.split(head)[-1])
    if not words:
        return []
    word = words[-1]
    endings = reading_lexicon(claim.lang).figures.COUNT_VERB_ENDINGS
    low = word.lower()
    if not endings or not low.endswith(endings) or low in _FUNCTION_WORDS or low in _SAYING:
        return []
    return [word] if word[:1].islower() else []


def _next_number(words: list[str]) -> int:
    """Where the next figure starts in the words after an amount (its unit before it included)."""
    at = next((i for i, word in enumerate(words) if _has_digit(word)), len(words))
    return at - 1 if at and at < len(words) and _CURRENCY_CODE.fullmatch(words[at - 1]) else at


def _is_figure_word(word: str) -> bool:
    return _has_digit(word) and not _YEAR_WORD.fullmatch(word)


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _says_what(word: str, following: list[str]) -> bool:
    """Whether a word before an amount says what the amount is: not a number, a function word, a
    time word ("last year", "zwischen Mai 2022 und Mai 2023") or the unit of another number ("RUB
    70 billion"). The next figure's words ("including RUB 70 billion") end the words after it."""
    low = word.lower()
    if _has_digit(word) or low in _FUNCTION_WORDS or low in _TIME_WORDS:
        return False
    before_number = bool(following) and _has_digit(following[0])
    return not (before_number and (low[:3] in _MONTHS or _CURRENCY_CODE.fullmatch(word)))


@functools.lru_cache(maxsize=1 << 14)
def content_words(claim: Claim) -> frozenset[str]:
    """The stems (first five letters, lower case) of the words after a frame's number that are no
    function words (the words before an amount reach back to whatever the sentence began with)."""
    words = frame_text(claim).partition(MASK)[2].split()
    return frozenset(
        w.lower()[:STEM_LETTERS]
        for w in words
        if len(w) >= MIN_CONTENT_LETTERS and w.lower() not in _FUNCTION_WORDS
    )


def rate_of(claim: Claim) -> str:
    """The period a figure is counted per ("/day" for "780 km a day", "täglich 1.200", "300 pro
    Tag"), or "": a rate is another dimension than a total ("200 kilometers" covered)."""
    figure = claim.figure
    if figure is None:
        return ""
    _, end = _outside_brackets(claim.text, figure.start - claim.start, figure.end - claim.start)
    tail = claim.text[max(0, end) :]
    bracket = _BRACKET_AFTER.match(tail)
    tails = (tail, tail[bracket.end() :]) if bracket else (tail,)
    head = claim.text[: max(0, figure.start - claim.start)]
    for suffix, after, before in _RATES:
        if any(after.match(t) for t in tails) or before.search(head):
            return suffix
    return ""


def distance_kind(claim: Claim) -> str | None:
    """For a length: "from" a place ("200 km from Moscow", "400 Kilometer vor ihnen") or "covered"
    ("advanced 200 kilometers", "780 Kilometer vorangekommen"); None for other figures."""
    figure = claim.figure
    if figure is None or dimension_of(figure.unit) != LENGTH:
        return None
    _, end = _outside_brackets(claim.text, figure.start - claim.start, figure.end - claim.start)
    tail = claim.text[max(0, end) :]
    bracket = _BRACKET_AFTER.match(tail)
    if _DISTANCE_FROM.match(tail[bracket.end() :] if bracket else tail) or _APPROACH.match(figure.surface):
        return "from"
    return "covered"


def _outside_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """A figure inside brackets right after another number ("86 bln rubles ($1 bln)") stands where
    the bracket does: its frame is that of the figure it converts."""
    opening = max(text.rfind("(", 0, start), text.rfind("[", 0, start))
    if opening < 0 or any(mark in text[opening:start] for mark in ")]"):
        return start, end
    closing = min((i for i in (text.find(")", end), text.find("]", end)) if i >= 0), default=-1)
    if closing < 0 or not _NUMBER_BEFORE.search(text[max(0, opening - 30) : opening]):
        return start, end
    return opening, closing + 1


def entries(
    claims: Sequence[Claim], articles: Mapping[str, Article], frames: FrameVectors | None = None
) -> list[Entry]:
    """An Entry for every figure claim, in the order of ``claims``."""
    figures = [c for c in claims if c.kind == "figure" and c.figure is not None]
    resolver = SourceResolver({k: a.text for k, a in articles.items()})
    resolver.want(c.figure.source for c in figures if c.figure)
    parents = _region_parents(figures)
    out: list[Entry] = []
    for claim in figures:
        figure = claim.figure
        assert figure is not None
        since = _SINCE_YEAR.search(claim.text)
        host = _host(claim, out)
        distance = distance_kind(claim)
        low, high = _bounds(figure, host, distance, claim.text[figure.end - claim.start :])
        out.append(
            Entry(
                claim=claim,
                figure=figure,
                dimension=dimension_of(figure.unit) + rate_of(claim),
                low=None if low is None else in_base(figure.unit, low),
                high=None if high is None else in_base(figure.unit, high),
                scope=_resolve_scope(scope_key(figure.scope, sites=True), parents),
                # a conversion is the outlet's own arithmetic, whoever gave the sum it converts
                source=None if host else resolver.key(figure.source, claim.article_id),
                days=days_of(figure.as_of),
                since=since.group("year") if since else None,
                distance=distance,
                frame=frames.get(claim.id) if frames is not None else None,
                host=host,
            )
        )
    return out


def _bounds(
    figure: Figure, host: Entry | None, distance: str | None, text_after: str
) -> tuple[float | None, float | None]:
    """A figure's interval in its own unit, as the comparison reads it.

    A conversion in brackets is bounded as the figure it converts ("less than 310 miles (500
    km)": below 500 km). A distance from a place that something came "within" ("within 200 km of
    Moscow", "bis auf 200 Kilometer") says how near it got: about that distance, not anywhere
    nearer (whoever got within 100 km says so), so it is read as the rounding of its value below it.
    A count whose noun is widened ("30 Il-22Ms and variants") is at most that many of the noun.
    """
    qualifier = figure.qualifier
    if qualifier is None and host is not None and host.figure.qualifier in _BOUNDS:
        qualifier = host.figure.qualifier
    if qualifier is None and _INCLUSIVE.match(text_after):
        qualifier = "upper_bound"  # "30 Il-22Ms and variants": at most 30 Il-22Ms
    if qualifier not in _BOUNDS:
        return figure.low, figure.high
    low, high = (None, figure.value) if qualifier == "upper_bound" else (figure.value, None)
    approach = (host.figure if host else figure).surface
    if distance == "from" and qualifier == "upper_bound" and _APPROACH.match(approach):
        low = figure.value * (1 - rounding_width(figure.value))
    return low, high


_BOUNDS = ("upper_bound", "lower_bound")


def _host(claim: Claim, before: Sequence[Entry]) -> Entry | None:
    """The figure a bracketed conversion converts: the last figure of its sentence before the
    bracket, in another unit ("86 bln rubles ($1 bln)"); None for a figure that is no such
    conversion."""
    figure = claim.figure
    assert figure is not None
    inner = figure.start - claim.start
    opening, _ = _outside_brackets(claim.text, inner, figure.end - claim.start)
    if opening == inner or figure.unit is None:
        return None
    hosts = [
        entry
        for entry in before
        if entry.claim.article_id == claim.article_id
        and entry.claim.start == claim.start
        and entry.figure.end - claim.start <= opening
    ]
    host = max(hosts, key=lambda entry: entry.figure.end, default=None)
    # a conversion changes the unit: "6:4 (7:5)" and "3 Mio. (2,9 Mio.)" are no conversions
    return host if host and host.figure.unit not in (None, figure.unit) else None


def _region_parents(claims: Sequence[Claim]) -> dict[str, str]:
    # "Kursk" alone in one article is the "russische Region Kursk" of another.
    parents: dict[str, str] = {}
    for claim in claims:
        key = scope_key(claim.figure.scope) if claim.figure else None
        if key and "/" in key and not key.startswith("?"):
            parents.setdefault(key.split("/", 1)[1], key.split("/", 1)[0])
    return parents


def _resolve_scope(key: str | None, parents: Mapping[str, str]) -> str | None:
    if key and key.startswith("?/"):
        leaf = key[2:]
        return f"{parents[leaf]}/{leaf}" if leaf in parents else key
    return key


def days_of(as_of: str | None) -> tuple[dt.date, dt.date] | None:
    """The days an ISO date covers: one day, or a whole month for "2024-10", a year for "2015"."""
    if not as_of:
        return None
    try:
        if len(as_of) >= 10:
            day = dt.date.fromisoformat(as_of[:10])
            return day, day
        year, month = int(as_of[:4]), int(as_of[5:7]) if len(as_of) >= 7 else 0
    except ValueError:
        return None
    if not month:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, last


def show(entry: Entry) -> str:
    """A figure as the article wrote it."""
    return entry.figure.surface
