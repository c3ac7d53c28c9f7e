"""What each finding is about, as facet values to filter and count by: the library's
`Result.findings` filters and the editor's desk (`checker.desk`) read the same index.

Facets of a finding: its kind, label, severity and review status; the outlets of its articles; the
sources it cites (a figure's cited source, merged by `checker.entities.sources.source_key` and
shown in its most frequent wording, or a quotation's speaker); the subjects its figures count (by
subject key, in the most frequent wording); and the months its articles were published in. A
finding matches a filter on a facet when one of its values is among the values asked for; it
matches a set of filters when it matches each.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .entities.sources import source_key
from .errors import BadInput
from .types import REVIEW_STATUSES, Article, CheckRun, Claim, Conflict

FACET_KEYS = ("kind", "label", "severity", "status", "outlet", "source", "subject", "date")
SEVERITIES = ("high", "medium", "low")
FINDING_KINDS = ("figure", "quote", "statement")
# Every label the comparison gives today; a label found in a run is allowed too (a newer comparison).
FINDING_LABELS = (
    "conflict", "source_discrepancy", "wording", "misattribution", "contradiction", "role",
    "negation", "date",
)  # fmt: skip
# Facets whose values are fixed words: a filter naming anything else is a mistake, said as one.
# Facets whose values are names of the check's articles: a name none of them has is a mistake too.
NAMED_KEYS = ("outlet", "article")
_ALLOWED = {"kind": FINDING_KINDS, "severity": SEVERITIES, "status": REVIEW_STATUSES, "label": FINDING_LABELS}


@dataclass(frozen=True, slots=True)
class Filters:
    """A view of the findings: values per facet (any of them), a date range, words to find.

    ``since``/``until`` are ISO dates, full or partial, compared at their common precision with
    the articles' dates: a finding is kept when one of its articles falls in the range.
    """

    values: Mapping[str, tuple[str, ...]]
    since: str | None = None
    until: str | None = None
    text: str | None = None
    contains: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # any case, part of a value


class FindingIndex:
    """The facet values of every finding of a run, for filtering and counting.

    Example:
        >>> index = FindingIndex(result.run)
        >>> index.matching(Filters({"kind": ("figure",), "outlet": ("BR24",)}))
        ['F-3a9c2e1f0b', ...]
    """

    def __init__(self, run: CheckRun) -> None:
        claims = {claim.id: claim for claim in run.claims}
        articles = {article.id: article for article in run.articles}
        statuses = {r.finding_id: r.effective for r in run.reviews}
        self.order = [c.id for c in run.conflicts]
        self.outlets = sorted({a.source for a in run.articles if a.source})
        self.articles = sorted(articles)
        self.sources = _display_names(
            (source_key(c.figure.source), c.figure.source)
            for c in claims.values()
            if c.figure and c.figure.source
        )
        self.subjects = _display_names(
            (c.figure.subject_key, c.figure.subject or c.figure.subject_key)
            for c in claims.values()
            if c.figure and c.figure.subject_key
        )
        self.values: dict[str, dict[str, tuple[str, ...]]] = {}
        self.dates: dict[str, tuple[str, ...]] = {}
        self.words: dict[str, str] = {}
        for conflict in run.conflicts:
            mine = [claims[cid] for cid in conflict.claim_ids if cid in claims]
            dated = [articles[a] for a in conflict.article_ids if a in articles]
            self.values[conflict.id] = self._facets(conflict, mine, dated, statuses.get(conflict.id, "open"))
            self.dates[conflict.id] = tuple(sorted({a.published for a in dated if a.published}))
            self.words[conflict.id] = _words(conflict, mine, dated)

    def _facets(
        self, conflict: Conflict, claims: Sequence[Claim], articles: Sequence[Article], status: str
    ) -> dict[str, tuple[str, ...]]:
        sources = [self.source_name(c.figure.source) for c in claims if c.figure and c.figure.source]
        sources += [c.quote.speaker for c in claims if c.quote and c.quote.speaker]
        subjects = [self.subjects[c.figure.subject_key] for c in claims if c.figure and c.figure.subject_key]
        return {
            "kind": (conflict.kind,),
            "label": (conflict.label,),
            "severity": (conflict.severity,),
            "status": (status,),
            "outlet": _distinct(a.source for a in articles if a.source),
            "source": _distinct(sources),
            "subject": _distinct(subjects),
            "date": _distinct(a.published[:7] for a in articles if a.published),
            "article": tuple(conflict.article_ids),
            "speaker": _distinct(c.quote.speaker for c in claims if c.quote and c.quote.speaker),
        }

    def source_name(self, source: str) -> str:
        """A cited source in the wording most used for it ("US-Regierung", "USA" -> one of them)."""
        return self.sources.get(source_key(source) or "", source)

    def matches(self, finding_id: str, filters: Filters, *, skip: str | None = None) -> bool:
        """Whether one finding is in the view (``skip``: leave one facet's filter out)."""
        values = self.values[finding_id]
        for facet, wanted in filters.values.items():
            if facet != skip and wanted and not set(values.get(facet, ())) & set(wanted):
                return False
        for facet, parts in filters.contains.items():
            mine = [v.lower() for v in values.get(facet, ())]
            if facet != skip and not any(part.lower() in v for part in parts for v in mine):
                return False
        if (filters.since or filters.until) and not any(
            in_range(date, filters.since, filters.until) for date in self.dates[finding_id]
        ):
            return False
        return not filters.text or filters.text.lower() in self.words[finding_id]

    def matching(self, filters: Filters) -> list[str]:
        """The ids of the findings in the view, in the run's order (most severe first)."""
        return [fid for fid in self.order if self.matches(fid, filters)]

    def counts(self, filters: Filters) -> dict[str, list[tuple[str, int]]]:
        """Per facet, each value with the number of findings it would show: the view with that
        facet's own filter left out (so choosing another value of it shows what it would give),
        most findings first."""
        out: dict[str, list[tuple[str, int]]] = {}
        for facet in FACET_KEYS:
            counter: Counter[str] = Counter()
            for fid in self.order:
                if self.matches(fid, filters, skip=facet):
                    counter.update(self.values[fid][facet])
            ordered = _ORDERS.get(facet)
            if ordered:
                out[facet] = [(v, counter[v]) for v in ordered if counter[v]]
            elif facet == "date":
                out[facet] = sorted(counter.items())
            else:
                out[facet] = sorted(counter.items(), key=lambda item: (-item[1], item[0].lower()))
        return out

    def known(self, facet: str) -> list[str]:
        """Every value a facet can have in this run (outlets and articles: of every article)."""
        if facet == "outlet":
            return self.outlets
        if facet == "article":
            return self.articles
        return sorted({v for values in self.values.values() for v in values.get(facet, ())})


_ORDERS = {"severity": SEVERITIES, "status": REVIEW_STATUSES}


def in_range(date: str, since: str | None, until: str | None) -> bool:
    """Whether an ISO date (full or partial) falls in [since, until], each compared at the common
    precision: "2024-10" is in the range since 2024-10-15 (the month may hold that day).

    Example:
        >>> in_range("2024-10", "2024-10-15", None), in_range("2024-09-30", "2024-10", None)
        (True, False)
    """
    if since and date[: min(len(date), len(since))] < since[: min(len(date), len(since))]:
        return False
    return not (until and date[: min(len(date), len(until))] > until[: min(len(date), len(until))])


def check_values(facet: str, given: str | Iterable[str] | None, index: FindingIndex) -> tuple[str, ...]:
    """A filter's values as a tuple, each checked: fixed words against the allowed ones, names against
    those of the run (outlet: any case). An unknown value is a BadInput that names what is allowed.

    Example:
        >>> check_values("severity", ["high", "medium"], index)
        ('high', 'medium')
        >>> check_values("severity", "High", index)
        Traceback (most recent call last):
        checker.errors.BadInput: severity='High'; expected one of high, medium, low
    """
    if given is None:
        return ()
    values = (given,) if isinstance(given, str) else tuple(given) if isinstance(given, Iterable) else (given,)
    if not all(isinstance(v, str) for v in values):
        raise BadInput(f"{facet}={given!r}: expected a string or a list of strings")
    allowed = _ALLOWED.get(facet)
    if allowed is not None:
        allowed = (*allowed, *sorted(set(index.known(facet)) - set(allowed)))
        bad = [v for v in values if v not in allowed]
        if bad:
            raise BadInput(f"{facet}={_shown(bad)}; expected one of {', '.join(allowed)}")
        return values
    if facet in NAMED_KEYS:
        return tuple(_one_of(facet, v, index.known(facet)) for v in values)
    return values


def _one_of(facet: str, value: str, known: Sequence[str]) -> str:
    exact = [k for k in known if k == value] or [k for k in known if k.lower() == value.lower()]
    if exact:
        return exact[0]
    close = difflib.get_close_matches(value, known, n=3, cutoff=0.5)
    hint = f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""
    listed = ", ".join(known[:12]) + (f", … ({len(known)} in all)" if len(known) > 12 else "")
    raise BadInput(f"{facet}={value!r} is in no article{hint}; the articles' {facet}s: {listed or 'none'}")


# An ISO date, full or partial: 2024, 2024-11, 2024-11-04.
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_date(name: str, value: object) -> str | None:
    """A date filter as an ISO string: a str (full or partial ISO date), a date or a datetime.

    Example:
        >>> check_date("since", "2024-11"), check_date("until", dt.date(2024, 11, 4))
        ('2024-11', '2024-11-04')
    """
    if value is None:
        return None
    if isinstance(value, dt.date):  # datetime and pandas.Timestamp are dates too
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    match = _ISO_DATE.fullmatch(text)
    if not isinstance(value, str) or match is None:
        raise BadInput(f"{name}={value!r}: expected an ISO date, full or partial (2024, 2024-11, 2024-11-04)")
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError as e:
        raise BadInput(f"{name}={value!r}: not a date ({e})") from e
    return text


def _shown(values: Sequence[str]) -> str:
    return repr(values[0]) if len(values) == 1 else repr(list(values))


def _display_names(pairs: Iterable[tuple[str | None, str]]) -> dict[str, str]:
    """Key -> the wording most often used for it (ties: the shortest, then alphabetical)."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for key, form in pairs:
        if key:
            forms[key][form] += 1
    return {key: min(c, key=lambda form: (-c[form], len(form), form)) for key, c in forms.items()}


def _distinct(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _words(conflict: Conflict, claims: Sequence[Claim], articles: Sequence[Article]) -> str:
    parts = [conflict.id, conflict.summary, *(c.text for c in claims)]
    parts += [a.source or "" for a in articles] + [a.title or "" for a in articles]
    parts += [c.quote.speaker or "" for c in claims if c.quote]
    return " ".join(parts).lower()
