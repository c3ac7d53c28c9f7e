"""What a page of the desk shows, computed from a run and the URL's query (no web framework here).

A view is its filters, all in the URL: ``?kind=figure&outlet=BR24&status=open&since=2024-10&page=2``
(a facet may repeat: ``kind=figure&kind=quote`` is either). Keys and values are written in one
order, so one view has one URL and a shared link shows the same findings to whoever opens it (as
long as the store has not changed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from ..errors import BadInput
from ..facets import FACET_KEYS, Filters, FindingIndex, check_date
from ..report.context import Context, context_of
from ..report.evidence import Evidence, Lookup, Segment, display_diff, segments
from ..report.html_report import facts
from ..review import STATUS_LABELS
from ..types import CheckRun, Conflict, Review

PAGE_SIZE = 25
RANGE_KEYS = ("since", "until")
# The query keys in the order a URL lists them.
QUERY_KEYS = (*FACET_KEYS, *RANGE_KEYS, "q", "page")
FACET_TITLES = {
    "kind": "kind", "label": "label", "severity": "severity", "status": "review status",
    "outlet": "outlet", "source": "cited source or speaker", "subject": "what is counted",
    "date": "published",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Query:
    """A view's filters and page, read from a URL's query (what it could not read, in ``notes``)."""

    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    since: str | None = None
    until: str | None = None
    text: str = ""
    page: int = 1
    notes: tuple[str, ...] = ()

    @property
    def filters(self) -> Filters:
        return Filters(self.values, since=self.since, until=self.until, text=self.text or None)

    def url(self, **changes: object) -> str:
        """The query string of this view with some changes (``page=2``), in the one canonical order."""
        query = replace(self, **changes)  # type: ignore[arg-type]
        pairs: list[tuple[str, str]] = []
        for key in FACET_KEYS:
            pairs += [(key, value) for value in sorted(query.values.get(key, ()))]
        pairs += [(key, value) for key, value in (("since", query.since), ("until", query.until)) if value]
        pairs += [("q", query.text)] if query.text else []
        pairs += [("page", str(query.page))] if query.page > 1 else []
        return "?" + urlencode(pairs) if pairs else "?"

    def toggled(self, facet: str, value: str) -> str:
        """The URL of this view with one facet value added (or removed, if chosen), from page 1."""
        chosen = set(self.values.get(facet, ()))
        chosen ^= {value}
        values = {**self.values, facet: tuple(sorted(chosen))}
        return self.url(values={k: v for k, v in values.items() if v}, page=1)

    def without(self, key: str) -> str:
        """The URL of this view without one filter (a facet, since, until or the words)."""
        if key in RANGE_KEYS:
            return self.url(**{key: None}, page=1)
        if key == "q":
            return self.url(text="", page=1)
        return self.url(values={k: v for k, v in self.values.items() if k != key}, page=1)

    def chosen(self, facet: str, value: str) -> bool:
        return value in self.values.get(facet, ())

    @property
    def active(self) -> list[tuple[str, str]]:
        """Every filter in force as (key, words for it), for the 'filtered by' line."""
        out = [
            (key, ", ".join(_shown(key, v) for v in self.values[key]))
            for key in FACET_KEYS
            if key in self.values
        ]
        out += [(key, value) for key, value in (("since", self.since), ("until", self.until)) if value]
        return out + ([("q", f"“{self.text}”")] if self.text else [])


def parse_query(pairs: Sequence[tuple[str, str]]) -> Query:
    """A `Query` from a URL's (key, value) pairs; a bad date or page is noted and left out.

    Example:
        >>> parse_query([("kind", "figure"), ("since", "2024-10"), ("page", "2")]).url()
        '?kind=figure&since=2024-10&page=2'
    """
    values: dict[str, list[str]] = {}
    dates: dict[str, str | None] = {"since": None, "until": None}
    text, page, notes = "", 1, []
    for key, value in pairs:
        value = value.strip()
        if key in FACET_KEYS and value:
            values.setdefault(key, []).append(value)
        elif key in RANGE_KEYS and value:
            try:
                dates[key] = check_date(key, value)
            except BadInput as e:
                notes.append(str(e))
        elif key == "q":
            text = value
        elif key == "page":
            page = int(value) if value.isdigit() and int(value) >= 1 else 1
        elif key != "back":
            notes.append(f"the link's {key}={value!r} is no filter of this desk; left out")
    chosen = {key: tuple(dict.fromkeys(v)) for key, v in values.items()}
    return Query(chosen, dates["since"], dates["until"], text, page, tuple(notes))


@dataclass(frozen=True, slots=True)
class Shown:
    """One claim of a finding as the desk shows it: the paragraph around it, the marked words."""

    item: Evidence
    context: Context
    segments: list[Segment]
    facts: list[str]


@dataclass(frozen=True, slots=True)
class Side:
    """One position of a finding: what it says and the claims (outlets) that say it."""

    label: str
    claims: list[Shown]
    outlets: list[str]


@dataclass(frozen=True, slots=True)
class Card:
    """One finding: its record, status now, verdict, sides, outlets and dates."""

    conflict: Conflict
    status: str
    review: Review | None
    sides: list[Side]
    outlets: list[str]
    dates: list[str]
    reasons: list[str]
    diff: list[tuple[str, list[str], list[str]]]
    topic: str = ""  # what the finding is about: "nordkoreanische Soldaten in Kursk", "Antony Blinken"
    diff_sides: tuple[str, str] = ("", "")  # the outlets of the word diff's two claims


@dataclass(frozen=True, slots=True)
class Page:
    """The list page: the cards of one page of the view, the facet counts, the pages."""

    query: Query
    cards: list[Card]
    total: int  # findings in the view
    store_total: int  # findings in the store
    facets: dict[str, list[tuple[str, int]]]
    pages: int
    empty_reason: str | None


def list_page(run: CheckRun, index: FindingIndex, query: Query) -> Page:
    """The findings of one page of a view, with the facet counts of the whole view."""
    matching = index.matching(query.filters)
    pages = max(1, -(-len(matching) // PAGE_SIZE))
    page = min(query.page, pages)
    chosen = matching[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    by_id = {c.id: c for c in run.conflicts}
    lookup, reviews = Lookup(run), {r.finding_id: r for r in run.reviews}
    cards = [card(by_id[fid], lookup, reviews.get(fid), with_context=False) for fid in chosen]
    reason = None if matching else empty_reason(run, index, query)
    counts = index.counts(query.filters)
    return Page(replace(query, page=page), cards, len(matching), len(run.conflicts), counts, pages, reason)


def card(conflict: Conflict, lookup: Lookup, review: Review | None, *, with_context: bool = True) -> Card:
    """A finding with its sides (the claims of each, in their paragraphs when ``with_context``)."""
    items = {item.claim.id: item for item in lookup.evidence(conflict)}
    groups = [list(side) for side in conflict.sides] or [[cid] for cid in conflict.claim_ids]
    sides = []
    for group in groups:
        shown = [_shown_claim(items[cid], conflict, with_context) for cid in group if cid in items]
        if shown:
            outlets = list(dict.fromkeys(s.item.article.source or s.item.article.id for s in shown))
            sides.append(Side(_side_label(shown[0].item), shown, outlets))
    articles = [item.article for item in items.values()]
    reasons = [str(r) for r in conflict.details.get("reasons") or [conflict.details.get("reason")] if r]  # type: ignore[attr-defined]
    return Card(
        conflict=conflict,
        status=review.effective if review else "open",
        review=review,
        sides=sides,
        outlets=sorted({a.source for a in articles if a.source}),
        dates=sorted({a.published for a in articles if a.published}),
        reasons=list(dict.fromkeys(reasons)),
        diff=display_diff(conflict, lookup) if conflict.details.get("diff") else [],
        topic=_topic([items[cid] for cid in conflict.claim_ids if cid in items]),
        diff_sides=_diff_sides(conflict, items),
    )


def _topic(items: Sequence[Evidence]) -> str:
    """What a finding is about, from its first claim: the counted thing and where, or the speaker."""
    if not items:
        return ""
    claim = items[0].claim
    if claim.figure:
        what = claim.figure.subject or ""
        return f"{what} in {claim.figure.scope}" if claim.figure.scope and what else what
    return claim.quote.speaker or "" if claim.quote else ""


def _diff_sides(conflict: Conflict, items: Mapping[str, Evidence]) -> tuple[str, str]:
    ends = [items[cid].article for cid in conflict.claim_ids[:2] if cid in items]
    names = [a.source or a.id for a in ends]
    return (names[0], names[1]) if len(names) == 2 else ("", "")


def _shown_claim(item: Evidence, conflict: Conflict, with_context: bool) -> Shown:
    claim, text = item.claim, item.article.text
    context = (
        context_of(text, claim.start, claim.end)
        if with_context
        else Context("", claim.text, "", False, False)
    )
    return Shown(item, context, segments(item, conflict), facts(item))


def _side_label(item: Evidence) -> str:
    """What a side says, in a few words: the figure as written, or the start of the quotation."""
    claim = item.claim
    if claim.figure:
        return claim.figure.surface
    words = claim.quote.text if claim.quote else claim.text
    return f"„{words[:90]}…“" if len(words) > 90 else f"„{words}“"


def empty_reason(run: CheckRun, index: FindingIndex, query: Query) -> str:
    """Why a view shows no finding, in words: the store has none, or which filters leave none."""
    if not run.conflicts:
        return (
            f"The store's {len(run.articles)} articles hold no disagreement the checker found: no "
            "figures of one subject that conflict, no quotation in two wordings or with two speakers."
        )
    alone = []
    for key, words in query.active:
        single = Query({key: query.values[key]}) if key in query.values else Query()
        if key in RANGE_KEYS:
            single = replace(single, **{key: getattr(query, key)})
        if key == "q":
            single = replace(single, text=query.text)
        alone.append(f"{_key_words(key)} {words} alone: {len(index.matching(single.filters))}")
    return (
        f"No finding matches all of these filters together ({len(run.conflicts)} findings in the store). "
        "Findings each filter would show on its own: " + "; ".join(alone) + "."
    )


def _key_words(key: str) -> str:
    return {"q": "the words", "since": "since", "until": "until"}.get(key, FACET_TITLES.get(key, key))


def _shown(facet: str, value: str) -> str:
    if facet == "status":
        return STATUS_LABELS.get(value, value)
    return value.replace("_", " ") if facet == "label" else value


def value_words(value: str, facet: str) -> str:
    """A facet value as an editor reads it (labels and statuses without underscores)."""
    return _shown(facet, value)


def detail(run: CheckRun, finding_id: str) -> Card | None:
    """One finding with its claims in context, or None when the store has no such finding."""
    conflict = next((c for c in run.conflicts if c.id == finding_id), None)
    if conflict is None:
        return None
    review = next((r for r in run.reviews if r.finding_id == finding_id), None)
    return card(conflict, Lookup(run), review)
