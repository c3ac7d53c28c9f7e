"""The figure ledger: which figures about one subject agree, which disagree, and which cannot be compared.

Most differing numbers in real coverage are not errors: a projection next to a current count,
10.000 in Russia of which 8.000 in Kursk, an update a week later, the same number for something
else. Two figures with the same ``subject_key`` are therefore compared step by step, and the first
step that tells them apart decides:

1. unit, share ("davon 8.000") or addition ("weitere 3.000")       -> not comparable
2. a projection on either side                                      -> not comparable
3. dates more than ``max_days`` apart                               -> not comparable (an update)
4. two figures of one sentence, not credited to different sources   -> not comparable (a breakdown)
5. related places (Kursk within Russia): the same figure for both is scope drift -> conflict;
   a part larger than its whole -> conflict; otherwise -> not comparable
6. intervals that overlap -> consistent; that do not -> source discrepancy when different sources
   are cited, else conflict.

A date that names only a month ("2024-10", an article dated so, or "initially") does not put two
figures of different articles at the same time. Steps 5's findings, which need that (one place
inside the other at one moment), are then not comparable; a plain disagreement stays a finding, but
of low severity and with the reason saying the time is uncertain.

Only conflicts and source discrepancies become findings; everything stays in the ledger.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from ..entities.counted import KNOWN_KINDS
from ..entities.places import scope_key
from ..entities.sources import is_unresolved, source_key
from ..lang import SUPPORTED, lexicon
from ..lang.shared import alternation
from ..types import Article, Claim, Conflict, Figure, FigureLink, FigureRelation, Severity

MAX_DAYS = 1  # figures stated more than a day apart may be an update, not a contradiction
EXACT_TOLERANCE = 0.02  # "1.200" and "1.210" are the same figure, rounded differently


@dataclass(frozen=True, slots=True)
class _Entry:
    """A figure claim with the keys the comparison needs, computed once."""

    claim: Claim
    figure: Figure
    scope: str | None
    source: str | None
    days: tuple[dt.date, dt.date] | None


def link_figures(
    claims: Sequence[Claim], articles: Mapping[str, Article], *, max_days: int = MAX_DAYS
) -> list[FigureLink]:
    """Relate every two figure claims that count the same subject, across and inside articles.

    Returns:
        FigureLinks (a < b) sorted by (a, b), each with its relation and a one-line reason.

    Example:
        >>> links = link_figures(claims, {a.id: a for a in articles})  # doctest: +SKIP
        >>> links[0].relation, links[0].reason  # doctest: +SKIP
        ('conflict', 'same subject, place and time: 8.000 vs 3.000 do not overlap')
    """
    links = []
    for group in _groups(claims).values():
        moved = _moved_sources(group, max_days)
        for x, y in combinations(group, 2):
            a, b = (x, y) if x.claim.id < y.claim.id else (y, x)
            relation, reason = compare_entries(a, b, max_days=max_days)
            if (
                relation in ("conflict", "source_discrepancy")
                and (a.claim.article_id, b.claim.article_id) in moved
            ):
                relation, reason = "not_comparable", _moved_reason(a, b, moved)
            links.append(FigureLink(a.claim.id, b.claim.id, relation, reason))
    return sorted(links, key=lambda link: (link.a, link.b))


def _moved_sources(group: Sequence[_Entry], max_days: int) -> dict[tuple[str, str], str]:
    """Pairs of articles (both orders) in which one source gives two different figures for the same
    subject and place, while their dates do not put the two at one day.

    The source then updated its count between the articles, so the articles tell different moments
    of the story, and any other disagreement between them may be that time lag too: Kiew's 12.000
    of one week and Washington's 10.000 of the next are not a discrepancy. Returns, for each such
    pair, the evidence for the reason ("USA: 3.000 vs 10.000").
    """
    moved: dict[tuple[str, str], str] = {}
    for x, y in combinations(group, 2):
        if x.claim.article_id == y.claim.article_id or not _same_count_by_one_source(x, y):
            continue
        if _same_day(x, y, max_days) or _overlap(x.figure, y.figure):
            continue
        evidence = f"{x.figure.source}: {_show(x)}, {y.figure.source}: {_show(y)}"
        moved.setdefault((x.claim.article_id, y.claim.article_id), evidence)
        moved.setdefault((y.claim.article_id, x.claim.article_id), evidence)
    return moved


def _same_count_by_one_source(x: _Entry, y: _Entry) -> bool:
    fx, fy = x.figure, y.figure
    return (
        _same_source(x, y)
        and x.scope == y.scope
        and fx.unit == fy.unit
        and fx.modality == fy.modality == "reported"
        and fx.portion is None
        and fy.portion is None
        and "vague" not in (fx.qualifier, fy.qualifier)
    )


def _same_day(a: _Entry, b: _Entry, max_days: int) -> bool:
    """Both figures dated to a day, at most ``max_days`` apart: then they describe one moment."""
    if a.days is None or b.days is None or a.days[0] != a.days[1] or b.days[0] != b.days[1]:
        return False
    return abs((a.days[0] - b.days[0]).days) <= max_days


def _moved_reason(a: _Entry, b: _Entry, moved: Mapping[tuple[str, str], str]) -> str:
    evidence = moved[(a.claim.article_id, b.claim.article_id)]
    return (
        f"the articles tell different moments (one source's figure moved between them: {evidence}), "
        f"so {_show(a)} vs {_show(b)} may be an update, not a disagreement"
    )


def _groups(claims: Sequence[Claim]) -> dict[str, list[_Entry]]:
    figures = [c for c in claims if c.kind == "figure" and c.figure is not None and c.figure.subject_key]
    parents = _region_parents(figures)
    groups: dict[str, list[_Entry]] = defaultdict(list)
    for claim in figures:
        figure = claim.figure
        assert figure is not None and figure.subject_key is not None
        scope = _resolve_scope(scope_key(figure.scope), parents)
        groups[figure.subject_key].append(
            _Entry(claim, figure, scope, source_key(figure.source), _days(figure.as_of))
        )
    return groups


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


def _days(as_of: str | None) -> tuple[dt.date, dt.date] | None:
    """The days an ISO date covers: one day, or a whole month for "2024-10"."""
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


# ---------------------------------------------------------------- the comparison
def compare_entries(a: _Entry, b: _Entry, *, max_days: int = MAX_DAYS) -> tuple[FigureRelation, str]:
    """Decide how two figures of one subject relate; the first rule that applies wins."""
    verdict = next((v for rule in _RULES if (v := rule(a, b, max_days)) is not None), None)
    if verdict is None:
        return _compare_intervals(a, b)
    weak = _weak_context(a, b) if verdict[0] in ("conflict", "source_discrepancy") else None
    return ("not_comparable", f"{weak}: {_show(a)} vs {_show(b)}") if weak else verdict


Verdict = tuple[FigureRelation, str] | None


def _rule_kind(a: _Entry, b: _Entry, max_days: int) -> Verdict:
    fa, fb = a.figure, b.figure
    if fa.unit != fb.unit:
        return "not_comparable", f"different units: {fa.unit or 'count'} vs {fb.unit or 'count'}"
    for entry in (a, b):
        if entry.figure.portion == "part":
            return "not_comparable", f"{_show(entry)} is a share of a larger figure"
        if entry.figure.portion == "increment":
            return "not_comparable", f"{_show(entry)} is an addition, not a total"
    return None


def _rule_modality(a: _Entry, b: _Entry, max_days: int) -> Verdict:
    projected = [e for e in (a, b) if e.figure.modality == "projected"]
    if not projected:
        return None
    if len(projected) == 2:
        if _overlap(a.figure, b.figure):
            return "consistent", f"two projections that agree: {_show(a)} and {_show(b)}"
        return "not_comparable", f"two projections: {_show(a)} vs {_show(b)}"
    other = b if projected[0] is a else a
    return "not_comparable", f"projection {_show(projected[0])} vs current count {_show(other)}"


def _rule_time(a: _Entry, b: _Entry, max_days: int) -> Verdict:
    whole_year = _whole_year(a, b)
    if whole_year:
        return whole_year
    if a.days is None or b.days is None:
        return None
    same = _same_source(a, b)
    if same and (a.days[0] != a.days[1] or b.days[0] != b.days[1]) and not _overlap(a.figure, b.figure):
        # one source, two figures, and no day to tell them apart: most likely its own update
        return (
            "not_comparable",
            f"the same source at unknown times: {_show(a)} ({a.figure.as_of}) "
            f"vs {_show(b)} ({b.figure.as_of})",
        )
    gap = max((b.days[0] - a.days[1]).days, (a.days[0] - b.days[1]).days)
    if gap <= max_days:
        return None
    who = "an update by the same source" if same else "a possible update"
    return "not_comparable", f"{who}: {_show(a)} as of {a.figure.as_of} vs {_show(b)} as of {b.figure.as_of}"


def _whole_year(a: _Entry, b: _Entry) -> Verdict:
    """A figure for a named year ("2015 kamen 600.000") and one of another year, of a day, or of no
    known time: a year's total is compared only with another figure for that whole year."""
    for year, other in ((a, b), (b, a)):
        as_of = year.figure.as_of
        if as_of and len(as_of) == 4 and other.figure.as_of != as_of:
            when = f"as of {other.figure.as_of}" if other.figure.as_of else "with no date"
            return "not_comparable", f"{_show(year)} is a figure of the year {as_of}, {_show(other)} {when}"
    return None


def _rule_sentence(a: _Entry, b: _Entry, max_days: int) -> Verdict:
    if a.claim.article_id != b.claim.article_id or a.claim.start != b.claim.start:
        return None
    if _different_sources(a, b):
        return None  # "Kiew spricht von 12.000, Washington von 3.000": one sentence, two sources
    return "not_comparable", f"one sentence states both {_show(a)} and {_show(b)} (a change or a breakdown)"


def _rule_scope(a: _Entry, b: _Entry, max_days: int) -> Verdict:
    if a.scope is None or b.scope is None or a.scope == b.scope:
        return None
    relation = _place_relation(a.scope, b.scope)
    where = f"{a.figure.scope} vs {b.figure.scope}"
    if relation == "unrelated":
        return "not_comparable", f"different places: {where}"
    if relation != "unrelated" and _coarse_time(a, b):
        return "not_comparable", f"{_time_unsure(a, b)}, so the places cannot be related: {where}"
    if relation == "siblings" and _same_figure(a.figure, b.figure) and not _different_sources(a, b):
        # one figure for two separate regions: one of the reports moved it
        return "conflict", f"scope drift: the same figure {_show(a)} is given for {where}"
    if relation == "nested":
        part, whole = (a, b) if "/" in a.scope else (b, a)
        if _above(part.figure, whole.figure):
            return (
                "conflict",
                f"part exceeds whole: {_show(part)} in {part.figure.scope} "
                f"> {_show(whole)} in {whole.figure.scope}",
            )
    return "not_comparable", f"nested or neighbouring places: {where}"


def _compare_intervals(a: _Entry, b: _Entry) -> tuple[FigureRelation, str]:
    if _overlap(a.figure, b.figure):
        return "consistent", f"{_show(a)} and {_show(b)} agree"
    weak = _weak_context(a, b)
    if weak:
        return "not_comparable", f"{weak}: {_show(a)} vs {_show(b)}"
    when = f"; {_time_unsure(a, b)}" if _coarse_time(a, b) else ""
    contrasted = _contrasted(a, b)
    if contrasted:
        named, other = contrasted
        return (
            "source_discrepancy",
            f"{named.figure.source} says {_show(named)}, which the article sets against {_show(other)}",
        )
    if _different_sources(a, b):
        return (
            "source_discrepancy",
            f"{a.figure.source} says {_show(a)}, {b.figure.source} says {_show(b)}{when}",
        )
    place = "place, possibly not the same time" if when else "place and time"
    return "conflict", f"same subject, {place}: {_show(a)} vs {_show(b)} do not overlap{when}"


def _coarse_time(a: _Entry, b: _Entry) -> bool:
    """Two articles' figures whose dates are too coarse to tell whether they describe one moment."""
    if a.claim.article_id == b.claim.article_id or a.days is None or b.days is None:
        return False
    return a.days[0] != a.days[1] or b.days[0] != b.days[1]


def _time_unsure(a: _Entry, b: _Entry) -> str:
    return f"the dates are too coarse to tell ({a.figure.as_of} vs {b.figure.as_of})"


def _weak_context(a: _Entry, b: _Entry) -> str | None:
    """Why two differing figures may still be about different things, or None when they cannot be.

    Unrelated articles share generic nouns ("Prozent der Menschen", "Millionen Euro Verlust"), so a
    disagreement only counts where the counted thing is a known kind, and across articles where
    both figures say where they apply; inside one article, where the context is shared, the two
    must come from different sources or from the same place.
    """
    if a.figure.unit is not None:
        return "amounts and shares: the noun alone does not say of what"
    if not _is_known_kind(a.figure.subject_key):
        return "the counted thing is not specific enough to compare"
    if "vague" in (a.figure.qualifier, b.figure.qualifier):
        return "a vague amount"
    if a.claim.article_id != b.claim.article_id:
        return None if a.scope and b.scope else "different articles, and one figure does not say where"
    if _different_sources(a, b) or _contrasted(a, b):
        return None
    return "one article without two named sources: a breakdown, another event or a correction"


def _contrasted(a: _Entry, b: _Entry) -> tuple[_Entry, _Entry] | None:
    """(credited, uncredited) when one article sets a source's figure against its own other figure.

    "This number surpasses the 7,000 containers estimated by Seoul", "Die USA sprechen hingegen von
    3.000": the article itself says that the two are different estimates of one thing, even where
    it names only one of the sources. A sentence that also names a year compares times instead.
    """
    if a.claim.article_id != b.claim.article_id or a.claim.start == b.claim.start:
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


def _is_known_kind(key: str | None) -> bool:
    concept = (key or "").split(":")[-1].split("/")[0].split("_")[-1]
    return concept in KNOWN_KINDS


_RULES = (_rule_kind, _rule_modality, _rule_time, _rule_sentence, _rule_scope)


def _place_relation(x: str, y: str) -> str:
    if x.startswith(f"{y}/") or y.startswith(f"{x}/"):
        return "nested"
    if (x.startswith("?/") and "/" not in y) or (y.startswith("?/") and "/" not in x):
        return "nested"  # a region of unknown country may lie in the other figure's country
    px, py = x.split("/", 1)[0], y.split("/", 1)[0]
    if "/" in x and "/" in y and px == py and px != "?":
        return "siblings"
    return "unrelated"


def _different_sources(a: _Entry, b: _Entry) -> bool:
    """Two known sources that differ.

    A source left unresolved ("?deren schätzungen": someone named in text the article left out) is
    someone other than the sources its article names, but may be anyone in another article.
    """
    if a.source is None or b.source is None:
        return False
    if _unresolved(a) or _unresolved(b):
        return a.claim.article_id == b.claim.article_id and a.source != b.source
    return a.source != b.source


def _same_source(a: _Entry, b: _Entry) -> bool:
    return a.source is not None and a.source == b.source and not _unresolved(a)


def _unresolved(entry: _Entry) -> bool:
    return is_unresolved(entry.source)


def _interval(figure: Figure) -> tuple[float, float]:
    low = figure.low if figure.low is not None else 0.0
    high = figure.high if figure.high is not None else float("inf")
    if figure.qualifier is None:  # an exact figure stands for its rounding neighbourhood
        low, high = low * (1 - EXACT_TOLERANCE), high * (1 + EXACT_TOLERANCE)
    return low, high


def _overlap(fa: Figure, fb: Figure) -> bool:
    (la, ha), (lb, hb) = _interval(fa), _interval(fb)
    return la <= hb and lb <= ha


def _above(part: Figure, whole: Figure) -> bool:
    return _interval(part)[0] > _interval(whole)[1]


def _same_figure(fa: Figure, fb: Figure) -> bool:
    return fa.value == fb.value and fa.qualifier == fb.qualifier and fa.low == fb.low and fa.high == fb.high


def _show(entry: _Entry) -> str:
    return entry.figure.surface


# ---------------------------------------------------------------- findings
def figure_conflicts(
    links: Sequence[FigureLink], claims: Sequence[Claim], articles: Mapping[str, Article]
) -> Iterator[Conflict]:
    """Turn conflicting links into findings: one per subject and pair of articles (or one article),
    merged into one finding for a group of articles that all disagree with one another.

    Only claims of conflicting links enter a finding, so the article pairs of a finding are exactly
    pairs that disagree.
    """
    by_id = {c.id: c for c in claims}
    pairs: dict[tuple[str, str, frozenset[str]], list[FigureLink]] = defaultdict(list)
    for link in links:
        if link.relation in ("conflict", "source_discrepancy"):
            figure = by_id[link.a].figure
            key = figure.subject_key if figure and figure.subject_key else ""
            arts = frozenset((by_id[link.a].article_id, by_id[link.b].article_id))
            pairs[(key, link.relation, arts)].append(link)
    for members in _merge_article_cliques(pairs):
        group = sorted({x for link in members for x in (link.a, link.b)})
        yield _finding(members[0].relation, group, members, by_id, articles)


def _merge_article_cliques(
    pairs: Mapping[tuple[str, str, frozenset[str]], list[FigureLink]],
) -> Iterator[list[FigureLink]]:
    done: set[tuple[str, str, frozenset[str]]] = set()
    by_subject: dict[tuple[str, str], list[tuple[str, str, frozenset[str]]]] = defaultdict(list)
    for key in pairs:
        by_subject[key[:2]].append(key)
    for key in sorted(pairs, key=lambda k: (k[0], k[1], sorted(k[2]))):
        if key in done or len(key[2]) == 1:
            if len(key[2]) == 1 and key not in done:
                done.add(key)
                yield pairs[key]
            continue
        subject, label, arts = key
        group = set(arts)
        others = sorted({a for k in by_subject[(subject, label)] for a in k[2]} - group)
        for other in others:
            if all((subject, label, frozenset((other, a))) in pairs for a in group):
                group.add(other)
        keys = [k for k in by_subject[(subject, label)] if len(k[2]) == 2 and k[2] <= group]
        done.update(keys)
        yield [link for k in sorted(keys, key=lambda k: sorted(k[2])) for link in pairs[k]]


def _finding(
    label: str,
    group: list[str],
    members: list[FigureLink],
    by_id: Mapping[str, Claim],
    articles: Mapping[str, Article],
) -> Conflict:
    claims = [by_id[i] for i in group]
    first = claims[0].figure
    assert first is not None
    parts = [
        f"{c.figure.surface} ({c.article_id}, {c.figure.source or 'no source'})" for c in claims if c.figure
    ]
    about = " ".join(x for x in (first.subject, f"in {first.scope}" if first.scope else None) if x)
    return Conflict(
        id="",
        kind="figure",
        label=label,
        severity=_severity(label, claims),
        claim_ids=tuple(group),
        article_ids=tuple(sorted({c.article_id for c in claims})),
        summary=f"{' vs '.join(parts)} {about}".strip(),
        details={"reason": members[0].reason, "relation": label, "reasons": [m.reason for m in members]},
    )


def _severity(label: str, claims: Sequence[Claim]) -> Severity:
    figures = [c.figure for c in claims if c.figure]
    if any(f.qualifier == "vague" for f in figures):
        return "low"
    several = len({c.article_id for c in claims}) > 1
    if several and any(f.as_of and len(f.as_of) < 10 for f in figures):
        return "low"  # a month-only date: maybe not the same moment
    if label == "conflict" and all(f.as_of and len(f.as_of) >= 10 for f in figures):
        return "high"
    return "medium"


# ---------------------------------------------------------------- the ledger table
def ledger_rows(claims: Sequence[Claim], articles: Mapping[str, Article]) -> list[dict[str, object]]:
    """One row per figure, grouped by subject and in time order within each, for reports and notebooks."""
    rows: list[dict[str, object]] = []
    for claim in claims:
        figure = claim.figure
        if claim.kind != "figure" or figure is None or not figure.subject_key:
            continue
        article = articles.get(claim.article_id)
        rows.append(
            {
                "subject_key": figure.subject_key,
                "subject": figure.subject,
                "value": figure.value,
                "low": figure.low,
                "high": figure.high,
                "unit": figure.unit,
                "qualifier": figure.qualifier,
                "modality": figure.modality,
                "scope": figure.scope,
                "as_of": figure.as_of,
                "source": figure.source,
                "surface": figure.surface,
                "claim_id": claim.id,
                "article_id": claim.article_id,
                "outlet": article.source if article else None,
                "published": article.published if article else None,
            }
        )
    return sorted(
        rows,
        key=lambda r: (
            str(r["subject_key"]),
            str(r["as_of"] or ""),
            str(r["article_id"]),
            str(r["claim_id"]),
        ),
    )
