"""Which figures count the same quantity, and how each two of them relate (FigureLinks).

Two figures count the same quantity when they measure one dimension (entities/quantities.py)
and their frames match: the cosine of the multilingual embeddings of the words around their
numbers, number masked (figure_entries.frame_text), is at least ``FRAME_MIN``, and the counted
come from no two different countries. Inside one article, in one language, the counted noun
itself decides (the extractor's subject key). Between two articles each figure is matched with at most
one figure of the other, its best match first (figures that agree in value break ties), so an
article's "3,000 now, 12,000 by December" meets another's "10,000" once, not twice. Without
frame vectors (a store that has not embedded its figures' frames) figures of one dimension are
the same quantity when the extractor gave them the same subject key.

Two articles' bracketed conversions of sums that agree ("86 bln rubles ($1 bln)" and "RUB 86
billion ($3.2 billion)") count the same quantity whenever their frames match, beside any other
match: the sum they convert says what they are.

Each two figures of one quantity are then related by figure_rules.compare_entries. A source that
gave two different figures for one quantity in two articles dated apart moved its count between
them: any other disagreement between those two articles may be that time lag too (Kiew's 12.000 of
one week and Washington's 10.000 of the next are no discrepancy).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from ..entities.counted import GENERIC_KINDS, KNOWN_KINDS
from ..entities.places import country_of
from ..lang.shared import LETTER_WORD
from ..types import Article, Claim, FigureLink, FigureRelation
from .figure_entries import Entry, FrameVectors, content_words, entries, show
from .figure_rules import MAX_DAYS, compare_entries, one_sum, overlap, same_source

# Cosine of two frames (multilingual-e5-small, "passage: " prompt) from which they count the same
# thing. Measured on the labelled figures of news and Wagner (pairs of different articles, one
# dimension): at 0.88 precision .83/.32 at recall .81/.70; e5-small scores "Offiziere"/"Soldaten"
# .91 and "Soldaten"/"troops" .90, so the frames only rank candidates (mutual best match) and
# the counted noun, places and values decide the rest.
FRAME_MIN = 0.87
FRAME_MIN_INSIDE = 0.95
# Agreement in value breaks ties between matches of about the same frame similarity, also at
# the threshold: "13 airmen" meets "13 Besatzungsmitglieder" (.868) before "10 crew" (.877), the
# part of those 13 that died in one plane.
AGREEMENT_BONUS = 0.02
SAME_NOUN_BONUS = 0.03
# The same place counts more than the same value: "8.000 nach Russland" meets "10.000 nach
# Russland" before "8.000 in Kursk".
SCOPE_BONUS = 0.03
# A figure two articles of one language report alike ties them to one story from this value on
# (two unrelated articles share "zwei Verletzte" by chance).
ANCHOR_MIN = 100
# Reports of one quantity differ by a factor of at most this (Prigozhin's "about 1,000" dead vs
# another outlet's "etwa 30" is 33).
MAGNITUDE = 50
# A slip of the scale word keeps the digits ("$940,000" vs "$940 mln"); one digit alike ("1,000"
# dead vs "eine Milliarde") is chance.
SLIP_DIGITS = 2
OTHER_NOUN_MALUS = 0.03
SMALL_COUNT = 10
_ROWS_AT_ONCE = 2048
_WORD = re.compile(LETTER_WORD)
# How many of its most alike frames each figure is compared with (of its dimension, in all
# articles): bounds the comparison's work per figure. A story's figures of one quantity in ~100
# articles stay far below it.
FRAME_PARTNERS = 200


def link_figures(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    *,
    frames: FrameVectors | None = None,
    max_days: int = MAX_DAYS,
) -> list[FigureLink]:
    """Relate every two figure claims that count the same quantity, across and inside articles.

    Args:
        frames: claim id -> the unit-length embedding of the claim's figure frame; None to match
            figures by their subject keys instead.

    Returns:
        FigureLinks (a < b) sorted by (a, b), each with its relation and a one-line reason.

    Example:
        >>> links = link_figures(claims, {a.id: a for a in articles}, frames=vectors)  # doctest: +SKIP
        >>> links[0].relation, links[0].reason  # doctest: +SKIP
        ('conflict', 'same quantity, place and time: 8.000 vs 3.000 do not overlap')
    """
    return compare_figures(claims, articles, frames=frames, max_days=max_days).links


@dataclass(frozen=True)
class FigureComparison:
    """The figure comparison of one set of claims: every figure's entry, the links between figures
    of one quantity, and how any two figures relate (for checking a dispute's sides)."""

    entries: Mapping[str, Entry]
    links: list[FigureLink]
    moved: Mapping[tuple[str, str], str]
    max_days: int = MAX_DAYS

    def relate(self, x: Entry, y: Entry) -> tuple[FigureRelation, str]:
        """How two figures relate, as a link between them would say."""
        a, b = (x, y) if x.claim.id < y.claim.id else (y, x)
        relation, reason = compare_entries(a, b, max_days=self.max_days)
        if relation in ("conflict", "source_discrepancy") and (a.article_id, b.article_id) in self.moved:
            evidence = self.moved[(a.article_id, b.article_id)]
            relation, reason = (
                "not_comparable",
                (
                    "the articles tell different moments "
                    f"(one source's figure moved between them: {evidence}), "
                    f"so {show(a)} vs {show(b)} may be an update, not a disagreement"
                ),
            )
        return relation, reason


def compare_figures(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    *,
    frames: FrameVectors | None = None,
    related: set[tuple[str, str]] | None = None,
    max_days: int = MAX_DAYS,
) -> FigureComparison:
    """Entries, same-quantity pairs and their links (see `link_figures`); ``related`` are the
    article pairs (a < b) that share a pair of similar claims."""
    group = entries(claims, articles, frames)
    pairs = same_quantity_pairs(group, related)
    comparison = FigureComparison(
        {e.claim.id: e for e in group}, [], _moved_sources(pairs, max_days), max_days
    )
    for x, y in pairs:
        a, b = (x, y) if x.claim.id < y.claim.id else (y, x)
        relation, reason = comparison.relate(a, b)
        comparison.links.append(FigureLink(a.claim.id, b.claim.id, relation, reason))
    comparison.links.sort(key=lambda link: (link.a, link.b))
    return comparison


def same_quantity_pairs(
    group: Sequence[Entry], related: set[tuple[str, str]] | None = None
) -> list[tuple[Entry, Entry]]:
    """Every two entries that count the same quantity, in a deterministic order.

    ``related``: pairs of article ids (a < b) that share a pair of similar claims."""
    related = related or set()
    by_dimension: dict[str, list[Entry]] = defaultdict(list)
    for entry in group:
        by_dimension[entry.dimension].append(entry)
    pairs: list[tuple[Entry, Entry]] = []
    for bucket in by_dimension.values():
        if any(entry.frame is None for entry in bucket):
            pairs += _by_subject_key(bucket)
        else:
            pairs += _by_frames(bucket, related)
    return sorted(pairs, key=lambda p: (p[0].claim.id, p[1].claim.id))


def _by_subject_key(bucket: Sequence[Entry]) -> list[tuple[Entry, Entry]]:
    keyed: dict[str, list[Entry]] = defaultdict(list)
    for entry in bucket:
        if entry.figure.subject_key:
            keyed[entry.figure.subject_key].append(entry)
    return [pair for same in keyed.values() for pair in combinations(same, 2)]


def _by_frames(bucket: Sequence[Entry], related: set[tuple[str, str]]) -> list[tuple[Entry, Entry]]:
    """Pairs of similar frames: inside an article all of them, between two articles a one-to-one
    matching, best first."""
    vectors = np.stack([entry.frame for entry in bucket]).astype(np.float32)  # type: ignore[misc]
    across: dict[tuple[str, str], list[tuple[float, int, int]]] = defaultdict(list)
    anchored: set[tuple[str, str]] = set()
    inside: list[tuple[Entry, Entry]] = []
    converted: list[tuple[Entry, Entry]] = []
    everyday: set[tuple[int, int]] = set()
    articles = [entry.article_id for entry in bucket]
    langs = [entry.claim.lang or "" for entry in bucket]
    for i, j, score in _similar(vectors, FRAME_MIN - AGREEMENT_BONUS, articles, langs):
        a, b = bucket[i], bucket[j]
        if score >= FRAME_MIN and one_sum(a, b):
            converted.append((a, b))  # the sums they convert agree: no other match decides
            continue
        if _other_origins(a, b) or a.distance != b.distance or _other_magnitude(a, b) or _other_kinds(a, b):
            continue
        agree = overlap(a, b)
        if score < FRAME_MIN and (not agree or a.article_id == b.article_id):
            continue
        if a.article_id == b.article_id:
            if _same_thing_inside(a, b, score):
                inside.append((a, b))
            continue
        if a.claim.lang == b.claim.lang and not _same_words(a, b):
            continue
        if _anyone_anywhere(a, b) or _unplaced_in_one_language(a, b):
            continue
        if _everyday_count(a, b) and not agree:
            everyday.add((i, j))
        same_place = a.scope is not None and a.scope == b.scope
        closely = agree and _closed(a) and _closed(b) and not _small(a, b)
        bonus = (AGREEMENT_BONUS if closely else 0.0) + (SCOPE_BONUS if same_place else 0.0) + _lexical(a, b)
        key = (a.article_id, b.article_id) if a.article_id < b.article_id else (b.article_id, a.article_id)
        across[key].append((score + bonus, i, j))
        if score < FRAME_MIN:
            continue  # agreement decides a tie, not the story: no anchor
        if (agree and min(a.low or 0.0, b.low or 0.0) >= ANCHOR_MIN) or _same_origin_and_kind(a, b):
            anchored.add(key)
    for key in [key for key in across if key not in anchored]:
        across[key] = [t for t in across[key] if (t[1], t[2]) not in everyday]
        if not across[key]:
            del across[key]
    story = anchored | related  # once: a union per article pair made this quadratic
    matched = [
        pair
        for key in sorted(across)
        if _one_story(key, bucket, across[key], story)
        for pair in _one_to_one(across[key], bucket)
    ]
    return inside + matched + converted


def _closed(entry: Entry) -> bool:
    """Whether a figure bounds its value on both sides: an open bound ("less than 500 km", "more
    than 3,000") agrees with any figure on its side, which tells nothing about what it counts."""
    return entry.low is not None and entry.high is not None


def _small(a: Entry, b: Entry) -> bool:
    """Counts below SMALL_COUNT agree by chance ("six aircraft", "sechs Hubschrauber"): their
    agreement tells nothing about what they count."""
    return any(e.dimension == "count" and (e.high or e.low or 0.0) < SMALL_COUNT for e in (a, b))


def _one_story(
    key: tuple[str, str],
    bucket: Sequence[Entry],
    scored: list[tuple[float, int, int]],
    anchored: set[tuple[str, str]],
) -> bool:
    """Two articles of one language are compared only where they tell one story: they report one
    figure alike (a same quantity of at least ANCHOR_MIN that agrees), or a sentence of one reads
    like one of the other (a claim pair). Two unrelated articles of one newspaper share counted
    nouns ("Flüchtlinge", "Verletzte") all the time; across languages the frames decide."""
    _, i, j = scored[0]
    return bucket[i].claim.lang != bucket[j].claim.lang or key in anchored


def _lexical(a: Entry, b: Entry) -> float:
    """In one language the counted nouns tell more than the frames: the same noun (the
    extractor's subject key) raises a match, another noun lowers it."""
    ka, kb = a.figure.subject_key, b.figure.subject_key
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return SAME_NOUN_BONUS
    return -OTHER_NOUN_MALUS if a.claim.lang == b.claim.lang else 0.0


def _same_words(a: Entry, b: Entry) -> bool:
    """In one language, two figures count one thing only where their words say so: the same
    counted noun (the extractor's subject key), or, for a figure without one, a word of their
    frames in common ("allocated [N] to PMC Wagner", "paid [N] to Wagner"). The embeddings, which
    find any two figure frames of one language alike, decide only across languages. ("Menschen"
    and "Asylsuchende" read as one crowd where a frame word is shared gave 18 more findings on
    1,028 unrelated articles of one newspaper.)"""
    ka, kb = a.figure.subject_key, b.figure.subject_key
    if ka and kb:
        return ka == kb
    return bool(content_words(a.claim) & content_words(b.claim))


def _same_thing_inside(a: Entry, b: Entry, score: float) -> bool:
    """Inside one article, in one language, the counted noun tells: "12.000 Soldaten" and "3.000
    Soldaten" count one thing, "500 Offiziere" another, however alike their frames embed. Figures
    without a counted noun (a distance, an amount) need frames that are nearly the same."""
    ka, kb = a.figure.subject_key, b.figure.subject_key
    if ka and kb:
        return ka == kb and not _narrower_kind(a, b)
    return score >= FRAME_MIN_INSIDE


def _narrower_kind(a: Entry, b: Entry) -> bool:
    """Whether one counted noun carries words the other lacks, besides where the counted come from
    ("three electric warfare helicopters" and "five helicopters" of one article: a kind among
    them, not the same count; "12.000 nordkoreanische Soldaten" and "3.000 Soldaten" are one)."""
    wa, wb = _kind_words(a), _kind_words(b)
    return wa < wb or wb < wa


def _kind_words(entry: Entry) -> frozenset[str]:
    words = _WORD.findall((entry.figure.subject or "").lower())
    return frozenset(word for word in words if country_of(word) is None)


def _similar(
    vectors: np.ndarray, least: float, groups: Sequence[str], langs: Sequence[str]
) -> Iterator[tuple[int, int, float]]:
    """(i, j, cosine) with i < j, in (i, j) order, for two rows at least ``least`` alike: every two
    of one group (an article's figures), and two of different groups where one is among the
    other's FRAME_PARTNERS most alike rows of its language.

    Every two alike rows would make the comparison quadratic in the figures of one dimension
    (5,000 small articles of a few stories: 12.5 million pairs); the partners a figure can be
    matched with in other articles stay bounded, and a story's figures still meet through their
    nearest ones. The partners are chosen per language, so that frames of one language, which
    embed closer to each other, do not crowd out the other language's."""
    found: dict[tuple[int, int], float] = {}
    for lang in sorted(set(langs)):
        columns = np.array([row for row, code in enumerate(langs) if code == lang])
        _nearest_of(vectors, columns, least, found)
    for rows in _rows_by_group(groups):
        for x, i in enumerate(rows):
            for j in rows[x + 1 :]:
                score = float(vectors[i] @ vectors[j])
                if score >= least:
                    found.setdefault((i, j), score)
    for (i, j), score in sorted(found.items()):
        yield i, j, score


def _nearest_of(
    vectors: np.ndarray, columns: np.ndarray, least: float, found: dict[tuple[int, int], float]
) -> None:
    """Add each row's FRAME_PARTNERS most alike rows among ``columns`` (at least ``least``)."""
    keep = min(FRAME_PARTNERS + 1, len(columns))  # the row itself may be among them
    candidates = vectors[columns]
    for start in range(0, len(vectors), _ROWS_AT_ONCE):
        block = vectors[start : start + _ROWS_AT_ONCE] @ candidates.T
        # the most alike first, ties by the lower row: the same pairs however rows are ordered
        order = np.argsort(-block, axis=1, kind="stable")[:, :keep]
        for r, row in enumerate(order.tolist()):
            i = start + r
            for k in row:
                score = float(block[r, k])
                if score < least:
                    break
                c = int(columns[k])
                if c != i:
                    found.setdefault((min(i, c), max(i, c)), score)


def _rows_by_group(groups: Sequence[str]) -> list[list[int]]:
    rows: dict[str, list[int]] = defaultdict(list)
    for row, group in enumerate(groups):
        rows[group].append(row)
    return [members for members in rows.values() if len(members) > 1]


def _one_to_one(
    scored: list[tuple[float, int, int]], bucket: Sequence[Entry]
) -> Iterator[tuple[Entry, Entry]]:
    """Mutual best matches: each figure with the figure of the other article it resembles most,
    where that one resembles it most too (a figure left without such a match is matched with none)."""
    best: dict[int, tuple[float, int]] = {}
    for score, i, j in scored:
        for x, y in ((i, j), (j, i)):
            if x not in best or (score, -y) > (best[x][0], -best[x][1]):
                best[x] = (score, y)
    for _, i, j in sorted(scored, key=lambda s: (s[1], s[2])):
        if best[i][1] == j and best[j][1] == i:
            yield bucket[i], bucket[j]


def origin_of(entry: Entry) -> str | None:
    """Where the counted come from, as the extractor's subject key says ("kp" of "kp_troops")."""
    key = (entry.figure.subject_key or "").rsplit(":", 1)[-1]
    head, _, rest = key.partition("_")
    return head if rest and len(head) == 2 else None


def _other_origins(a: Entry, b: Entry) -> bool:
    """North Korean troops are not Russian troops, whatever the frames say."""
    oa, ob = origin_of(a), origin_of(b)
    return oa is not None and ob is not None and oa != ob


def kind_of(entry: Entry) -> str | None:
    """The counted kind of the extractor's subject key ("troops" of "kp_troops", "EUR:x/day")."""
    key = entry.figure.subject_key
    return key.split(":")[-1].split("/")[0].rsplit("_", 1)[-1] if key else None


def _other_kinds(a: Entry, b: Entry) -> bool:
    """Two counted nouns of which one names a kind the language layer knows in every language
    (troops: "Soldaten", "troops", "Söldner", ...) and the other does not: "zwei Soldaten" are no
    "five helicopters", however alike their frames embed. Counts of anyone are left to the frames."""
    ka, kb = kind_of(a), kind_of(b)
    if not ka or not kb or ka == kb or GENERIC_KINDS & {ka, kb}:
        return False
    return bool(KNOWN_KINDS & {ka, kb})


def _same_origin_and_kind(a: Entry, b: Entry) -> bool:
    """ "8.000 nordkoreanische Soldaten" and "3.000 nordkoreanische Soldaten": the same counted kind
    from the same country is specific enough to tie two articles to one story."""
    return origin_of(a) is not None and a.figure.subject_key == b.figure.subject_key


def _anyone_anywhere(a: Entry, b: Entry) -> bool:
    """Counts of anyone ("Menschen", "people", "Personen") in two articles are one quantity only
    where both say where: without a place, "300 Menschen" and "8.000 Menschen" are other crowds.
    A count of anyone against one of a kind ("people killed", "Besatzungsmitglieder") is left to
    the frames across languages (in one language `_same_words` keeps them apart); against a
    number of no kind ("iOS 9.3") it needs the places too."""
    if not (_counts_anyone(a) or _counts_anyone(b)):
        return False
    of_a_kind = any(e.figure.subject_key and not _counts_anyone(e) for e in (a, b))
    return not of_a_kind and (a.scope is None or b.scope is None)


def _counts_anyone(entry: Entry) -> bool:
    return (entry.figure.subject_key or "").rsplit("_", 1)[-1] in GENERIC_KINDS


def _unplaced_in_one_language(a: Entry, b: Entry) -> bool:
    """Two articles' figures in one language count one thing only where both say where, or where
    both credit one source: a newspaper's articles share counted nouns ("Flüchtlinge", "Tote",
    "Prozent") across unrelated events all the time, and the noun alone does not tie two figures
    to one event ("Rund 30.000 Flüchtlinge" against "auf Lesbos rund 25.000 Flüchtlinge"). Across
    languages the frames decide."""
    if a.claim.lang != b.claim.lang:
        return False
    return not (a.scope and b.scope) and not same_source(a, b)


def _everyday_count(a: Entry, b: Entry) -> bool:
    """In one language, a count below SMALL_COUNT ("zwei Polizisten", "drei Breakbälle", "sechs
    Spiele") is in any two articles of a newspaper: it disagrees with another article's figure
    only where both name the same place, or where the two articles are tied to one story by more
    than a similar sentence (a figure of ANCHOR_MIN or more reported alike, the same kind from
    the same country: "six Russian aircraft" vs "seven Russian aircraft")."""
    return _small(a, b) and a.claim.lang == b.claim.lang and not (a.scope and a.scope == b.scope)


def _other_magnitude(a: Entry, b: Entry) -> bool:
    """Figures more than MAGNITUDE apart count different things ("350 Flüchtlinge" in a town,
    "90.000" in a country), unless their digits are the same and only the scale differs ("$940,000"
    vs "$940 mln": a slip of the scale word, which is a conflict)."""
    low_a, low_b = a.low or a.high, b.low or b.high
    if not low_a or not low_b:
        return False
    small, large = sorted((low_a, low_b))
    slip = _digits(small) == _digits(large) and len(_digits(small)) >= SLIP_DIGITS
    return large > MAGNITUDE * small and not slip


def _digits(value: float) -> str:
    """The significant digits of a value: 940000 and 940000000 -> "94"."""
    return f"{value:.3e}".split("e")[0].replace(".", "").rstrip("0")


def _moved_sources(pairs: Sequence[tuple[Entry, Entry]], max_days: int) -> dict[tuple[str, str], str]:
    """Pairs of articles (both orders) in which one source gives two different figures for the same
    quantity and place, while their dates do not put the two at one day; with the evidence for
    the reason ("USA: 3.000, US-Regierung: 10.000")."""
    moved: dict[tuple[str, str], str] = {}
    for x, y in pairs:
        if x.article_id == y.article_id or not _same_count_by_one_source(x, y):
            continue
        if _same_day(x, y, max_days) or overlap(x, y):
            continue
        evidence = f"{x.figure.source}: {show(x)}, {y.figure.source}: {show(y)}"
        moved.setdefault((x.article_id, y.article_id), evidence)
        moved.setdefault((y.article_id, x.article_id), evidence)
    return moved


def _same_count_by_one_source(x: Entry, y: Entry) -> bool:
    fx, fy = x.figure, y.figure
    return (
        same_source(x, y)
        and x.scope == y.scope
        and x.dimension == y.dimension
        and fx.modality == fy.modality == "reported"
        and fx.portion is None
        and fy.portion is None
        and "vague" not in (fx.qualifier, fy.qualifier)
    )


def _same_day(a: Entry, b: Entry, max_days: int) -> bool:
    """Both figures dated to a day, at most ``max_days`` apart: then they describe one moment."""
    if a.days is None or b.days is None or a.days[0] != a.days[1] or b.days[0] != b.days[1]:
        return False
    return abs((a.days[0] - b.days[0]).days) <= max_days
