"""How two figures of one quantity relate: the first rule that tells them apart decides.

Most differing numbers in real coverage are not errors: a projection next to a current count,
10.000 in Russia of which 8.000 in Kursk, an update a week later, a running total since 2013
next to one year's sum. Two figures that count the same thing (figure_links.py decides that)
are compared step by step:

0. two articles' conversions of one sum ("86 billion roubles ($3.2 billion)" vs "86.2 billion
   roubles ($1 billion)"): conflict when more than ``CONVERSION_SPREAD`` apart, else consistent
   or not comparable (another day's rate), whatever their dates
1. another dimension, a distance from a place vs one covered, a share ("davon 8.000") or an
   addition ("weitere 3.000")                                                 -> not comparable
2. a projection on either side                                              -> not comparable
3. dates more than ``max_days`` apart (unless two different sources are cited), or one source at
   unknown times                                                              -> not comparable (an update)
4. two figures of one sentence, not credited to different sources            -> not comparable (a breakdown)
5. related places (Kursk within Russia; training grounds in Russia): the same figure for two
   neighbouring regions is scope drift -> conflict; a part larger than its whole -> conflict;
   otherwise -> not comparable. A site ("training facilities") and a figure of no named place
   -> not comparable (the other may be the whole the site is part of)
6. a running total since a year next to a figure of another span             -> not comparable
7. intervals that overlap -> consistent; that do not -> source discrepancy when different sources
   are cited, else conflict.

A date that names only a month ("2024-10", or "initially") does not put two figures of different
articles at one moment: rule 5's findings then are not comparable, and a plain disagreement stays
a finding whose reason says the time is uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..entities.places import NOWHERE, is_site
from ..entities.quantities import converts, in_base, rounding_width
from ..entities.sources import is_unresolved
from ..lang import SUPPORTED, lexicon
from ..lang.shared import alternation
from ..types import FigureRelation
from .figure_entries import Entry, show

MAX_DAYS = 1  # figures stated more than a day apart may be an update, not a contradiction
# Two conversions of one sum more than this factor apart are no exchange rate's move between two
# days: one of them is converted wrong ("RUB 86 billion ($3.2 billion)" vs "86.2 bln rubles ($1 bln)").
CONVERSION_SPREAD = 2.0
SAME_SUM = 0.05  # stated values this close are one sum ("86 billion", "86.262 Milliarden")
EXACT_TOLERANCE = 0.02  # "1.200" and "1.210" are the same figure, rounded differently

Verdict = tuple[FigureRelation, str] | None


def compare_entries(a: Entry, b: Entry, *, max_days: int = MAX_DAYS) -> tuple[FigureRelation, str]:
    """Decide how two figures of one quantity relate; the first rule that applies wins."""
    verdict = next((v for rule in _RULES if (v := rule(a, b, max_days)) is not None), None)
    if verdict is None:
        return _compare_intervals(a, b)
    weak = _weak_context(a, b) if verdict[0] in ("conflict", "source_discrepancy") else None
    return ("not_comparable", f"{weak}: {show(a)} vs {show(b)}") if weak else verdict


def _rule_conversion(a: Entry, b: Entry, max_days: int) -> Verdict:
    """Two articles' conversions of sums that agree ("86 billion roubles" both) are the same sum in
    the other currency at any date: they disagree when no exchange rate's move explains them."""
    if not one_sum(a, b):
        return None
    assert a.host is not None and b.host is not None
    said = f"{show(a)} for {show(a.host)} vs {show(b)} for {show(b.host)}"
    if overlap(a, b):
        return "consistent", f"two conversions of one sum agree: {said}"
    (la, ha), (lb, hb) = interval(a, b), interval(b, a)
    apart = la / hb if la > hb else lb / ha
    if apart <= CONVERSION_SPREAD:
        return "not_comparable", f"one sum converted at different rates: {said}"
    return "conflict", f"one sum converted to different amounts: {said}"


def one_sum(a: Entry, b: Entry) -> bool:
    """Two conversions, in two articles, of figures of one dimension that state about the same
    value ("86 billion", "86.2 bln"; not "500 Millionen" and "bis zu 1,5 Milliarden", which
    overlap only as a bound)."""
    x, y = a.host, b.host
    if x is None or y is None or a.article_id == b.article_id or x.dimension != y.dimension:
        return False
    va, vb = in_base(x.figure.unit, x.figure.value), in_base(y.figure.unit, y.figure.value)
    return abs(va - vb) <= SAME_SUM * max(abs(va), abs(vb))


def _rule_kind(a: Entry, b: Entry, max_days: int) -> Verdict:
    if a.dimension != b.dimension:
        fa, fb = a.figure, b.figure
        return "not_comparable", f"different units: {fa.unit or 'count'} vs {fb.unit or 'count'}"
    if a.distance != b.distance:
        return "not_comparable", f"a distance from a place vs a distance covered: {show(a)} vs {show(b)}"
    for entry in (a, b):
        if entry.figure.portion == "part":
            return "not_comparable", f"{show(entry)} is a share of a larger figure"
        if entry.figure.portion == "increment":
            return "not_comparable", f"{show(entry)} is an addition, not a total"
    return None


def _rule_modality(a: Entry, b: Entry, max_days: int) -> Verdict:
    projected = [e for e in (a, b) if e.figure.modality == "projected"]
    if not projected:
        return None
    if len(projected) == 2:
        if overlap(a, b):
            return "consistent", f"two projections that agree: {show(a)} and {show(b)}"
        return "not_comparable", f"two projections: {show(a)} vs {show(b)}"
    other = b if projected[0] is a else a
    return "not_comparable", f"projection {show(projected[0])} vs current count {show(other)}"


def _rule_time(a: Entry, b: Entry, max_days: int) -> Verdict:
    whole_year = _whole_year(a, b)
    if whole_year:
        return whole_year
    if a.days is None or b.days is None:
        return None
    same = same_source(a, b)
    if same and (a.days[0] != a.days[1] or b.days[0] != b.days[1]) and not overlap(a, b):
        # one source, two figures, and no day to tell them apart: most likely its own update
        return (
            "not_comparable",
            f"the same source at unknown times: {show(a)} ({a.figure.as_of}) vs {show(b)} ({b.figure.as_of})",
        )
    gap = max((b.days[0] - a.days[1]).days, (a.days[0] - b.days[1]).days)
    if gap <= max_days:
        return None  # an update is one source's figures over time: two sources' differ whenever given
    who = "an update by the same source" if same else "a possible update"
    return "not_comparable", f"{who}: {show(a)} as of {a.figure.as_of} vs {show(b)} as of {b.figure.as_of}"


def _whole_year(a: Entry, b: Entry) -> Verdict:
    """A figure for a named year ("2015 kamen 600.000") and one of another year, of a day, or of no
    known time: a year's total is compared only with another figure for that whole year."""
    for year, other in ((a, b), (b, a)):
        as_of = year.figure.as_of
        if as_of and len(as_of) == 4 and other.figure.as_of != as_of:
            when = f"as of {other.figure.as_of}" if other.figure.as_of else "with no date"
            return "not_comparable", f"{show(year)} is a figure of the year {as_of}, {show(other)} {when}"
    return None


def _rule_sentence(a: Entry, b: Entry, max_days: int) -> Verdict:
    if a.article_id != b.article_id or a.claim.start != b.claim.start:
        return None
    if different_sources(a, b):
        return None  # "Kiew spricht von 12.000, Washington von 3.000": one sentence, two sources
    return "not_comparable", f"one sentence states both {show(a)} and {show(b)} (a change or a breakdown)"


def _rule_scope(a: Entry, b: Entry, max_days: int) -> Verdict:
    site, unplaced = (b, a) if a.scope is None else (a, b)
    if unplaced.scope is None and is_site(site.scope):
        # "3,000 at training facilities" and "10,000 troops" with no place: the site is part of
        # some whole, and nothing says the other figure is not that whole
        return (
            "not_comparable",
            f"{show(site)} at a site ({site.figure.scope}) vs {show(unplaced)} of no named place",
        )
    if a.scope is None or b.scope is None or (a.scope == b.scope and a.scope != NOWHERE):
        return None
    relation = place_relation(a.scope, b.scope)
    where = f"{a.figure.scope} vs {b.figure.scope}"
    if relation == "unrelated":
        return "not_comparable", f"different places: {where}"
    if coarse_time(a, b):
        return "not_comparable", f"{time_unsure(a, b)}, so the places cannot be related: {where}"
    if relation == "siblings" and same_figure(a, b) and not different_sources(a, b):
        # one figure for two separate regions: one of the reports moved it
        return "conflict", f"scope drift: the same figure {show(a)} is given for {where}"
    if relation == "nested":
        part, whole = (a, b) if _depth(a.scope) > _depth(b.scope) else (b, a)
        if _above(part, whole):
            return (
                "conflict",
                f"part exceeds whole: {show(part)} in {part.figure.scope} "
                f"> {show(whole)} in {whole.figure.scope}",
            )
    if relation == "unknown" and different_sources(a, b) and not overlap(a, b):
        # a site of a country ("Russian training grounds") and one of its regions: either may
        # hold the other, so neither figure bounds the other, but two sources disagree on them
        return (
            "source_discrepancy",
            f"{a.figure.source} says {show(a)} in {a.figure.scope}, {b.figure.source} says "
            f"{show(b)} in {b.figure.scope} (places that may overlap)",
        )
    return "not_comparable", f"nested or neighbouring places: {where}"


def _rule_span(a: Entry, b: Entry, max_days: int) -> Verdict:
    if a.since == b.since:
        return None
    total, other = (a, b) if a.since else (b, a)
    return "not_comparable", f"{show(total)} is a running total since {total.since}, {show(other)} is not"


_RULES: tuple[Callable[[Entry, Entry, int], Verdict], ...] = (
    _rule_conversion,
    _rule_kind,
    _rule_modality,
    _rule_time,
    _rule_sentence,
    _rule_scope,
    _rule_span,
)


def _compare_intervals(a: Entry, b: Entry) -> tuple[FigureRelation, str]:
    if overlap(a, b):
        return "consistent", f"{show(a)} and {show(b)} agree"
    weak = _weak_context(a, b)
    if weak:
        return "not_comparable", f"{weak}: {show(a)} vs {show(b)}"
    when = f"; {time_unsure(a, b)}" if coarse_time(a, b) else ""
    contrasted = _contrasted(a, b)
    if contrasted:
        named, other = contrasted
        return (
            "source_discrepancy",
            f"{named.figure.source} says {show(named)}, which the article sets against {show(other)}",
        )
    if different_sources(a, b):
        return (
            "source_discrepancy",
            f"{a.figure.source} says {show(a)}, {b.figure.source} says {show(b)}{when}",
        )
    place = "place, possibly not the same time" if when else "place and time"
    return "conflict", f"same quantity, {place}: {show(a)} vs {show(b)} do not overlap{when}"


def _weak_context(a: Entry, b: Entry) -> str | None:
    """Why two differing figures may still be about different things, or None when they cannot be.

    A vague amount ("Tausende") is no figure to dispute; inside one article, where the context is
    shared, two figures are a dispute only when they come from different sources or the article
    sets them against each other (else a breakdown, another event or a correction).
    """
    if "vague" in (a.figure.qualifier, b.figure.qualifier):
        return "a vague amount"
    if a.article_id != b.article_id:
        return None
    if different_sources(a, b) or _contrasted(a, b):
        return None
    return "one article without two named sources: a breakdown, another event or a correction"


def _contrasted(a: Entry, b: Entry) -> tuple[Entry, Entry] | None:
    """(credited, uncredited) when one article sets a source's figure against its own other figure.

    "This number surpasses the 7,000 containers estimated by Seoul", "Die USA sprechen hingegen von
    3.000": the article itself says that the two are different estimates of one thing, even where
    it names only one of the sources. A sentence that also names a year compares times instead.
    """
    if a.article_id != b.article_id or a.claim.start == b.claim.start:
        return None
    if (a.source is None) == (b.source is None):
        return None
    named, other = (a, b) if a.source is not None else (b, a)
    if not any(_CONTRAST.search(e.claim.text) and not _YEARISH.search(e.claim.text) for e in (a, b)):
        return None
    return named, other


# Words that set one amount against another (comparatives, adversative adverbs), and words that
# name an earlier year, in any language: the article's own words decide, whatever its language.
_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)
_CONTRAST = re.compile(rf"\b{alternation(*(words.CONTRAST_WORDS for words in _LANGS))}\b", re.I)
_YEARISH = re.compile(
    r"\b" + alternation((r"19[5-9]\d", r"20[0-4]\d"), *(words.EARLIER_YEAR for words in _LANGS)) + r"\b"
)


# ---------------------------------------------------------------- places, sources, times, values
def place_relation(x: str, y: str) -> str:
    """ "nested" (one inside the other), "siblings" (two regions of one country), "unknown" (a
    site of a country and one of its regions: either may hold the other) or "unrelated"."""
    if NOWHERE in (x, y):
        return "unrelated"  # a site of no named country is neither part nor whole of any place
    if x.startswith(f"{y}/") or y.startswith(f"{x}/"):
        return "nested"
    if (x.startswith("?/") and "/" not in y) or (y.startswith("?/") and "/" not in x):
        return "nested"  # a region of unknown country may lie in the other figure's country
    if "~" in x + y and (x.startswith("?/") or y.startswith("?/")):
        return "unknown"  # a region of unknown country and a site of a country: either may hold the other
    px, py = x.split("/", 1)[0], y.split("/", 1)[0]
    if "/" in x and "/" in y and px == py and px != "?":
        return "unknown" if "~" in x + y else "siblings"
    return "unrelated"


def _depth(scope: str | None) -> int:
    return (scope or "").count("/")


def different_sources(a: Entry, b: Entry) -> bool:
    """Two known sources that differ.

    A source left unresolved ("?deren schätzungen": someone named in text the article left out) is
    someone other than the sources its article names, but may be anyone in another article.
    """
    if a.source is None or b.source is None:
        return False
    if is_unresolved(a.source) or is_unresolved(b.source):
        return a.article_id == b.article_id and a.source != b.source
    return a.source != b.source


def same_source(a: Entry, b: Entry) -> bool:
    return a.source is not None and a.source == b.source and not is_unresolved(a.source)


def coarse_time(a: Entry, b: Entry) -> bool:
    """Two articles' figures whose dates are too coarse to tell whether they describe one moment."""
    if a.article_id == b.article_id or a.days is None or b.days is None:
        return False
    return a.days[0] != a.days[1] or b.days[0] != b.days[1]


def time_unsure(a: Entry, b: Entry) -> str:
    return f"the dates are too coarse to tell ({a.figure.as_of} vs {b.figure.as_of})"


def interval(entry: Entry, other: Entry | None = None) -> tuple[float, float]:
    """A figure's interval in base units; an exact figure stands for its rounding neighbourhood,
    and one written in another unit than ``other`` for the rounding of a conversion."""
    low = entry.low if entry.low is not None else 0.0
    high = entry.high if entry.high is not None else float("inf")
    if entry.figure.qualifier is None:
        converted = other is not None and converts(entry.figure.unit, other.figure.unit)
        width = rounding_width(entry.figure.value) if converted else EXACT_TOLERANCE
        low, high = low * (1 - width), high * (1 + width)
    return low, high


def overlap(a: Entry, b: Entry) -> bool:
    (la, ha), (lb, hb) = interval(a, b), interval(b, a)
    return la <= hb and lb <= ha


def _above(part: Entry, whole: Entry) -> bool:
    return interval(part, whole)[0] > interval(whole, part)[1]


def same_figure(a: Entry, b: Entry) -> bool:
    return (a.low, a.high, a.figure.qualifier) == (b.low, b.high, b.figure.qualifier)
