"""Figure findings: one per dispute, with its sides, a label, a severity and a ten-second summary.

Labels (also in the README and the report's legend):

- **conflict**: one source, or no source at all, reported with incompatible figures (the same
  source on two sides; or outlets that state their own figures and disagree). Someone reported
  it wrong: a likely newsroom error.
- **source discrepancy**: different sources disagree (each side is credited to other sources, or
  an outlet's own figure stands against a cited source's). Worth telling the reader; nothing
  need be wrong in the reporting.

Severity is how likely an editor must fix something:

- **high**: a conflict of one named source with both figures dated to the day, or a figure
  moved to another place (scope drift, a part larger than its whole);
- **medium**: any other conflict, and a source discrepancy where an outlet's own figure stands
  against a cited source (the outlet may have misreported it);
- **low**: a source discrepancy between named sources, which the articles report faithfully.

Dates that name only a month, or a vague amount, lower the severity one step: the figures may be
of different moments.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from ..entities.sources import is_unresolved
from ..types import Article, Claim, Conflict, FigureLink, Severity
from .figure_disputes import Dispute, disputes
from .figure_entries import Entry, entries, frame_text
from .figure_links import FigureComparison
from .figure_rules import compare_entries

FIGURE_LABELS = ("conflict", "source_discrepancy")
SEVERITY_ORDER: tuple[Severity, ...] = ("high", "medium", "low")
MOVED_PLACE_REASONS = ("scope drift", "part exceeds whole")
OUTLETS_SHOWN = 3
REASONS_KEPT = 12


def figure_conflicts(
    links: Sequence[FigureLink],
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    *,
    comparison: FigureComparison | None = None,
) -> Iterator[Conflict]:
    """One finding per dispute (figure_disputes): its claims, sides, label, severity and summary.

    Only claims of disagreeing links enter a finding; every two of its sides disagree (checked
    with ``comparison``, the one that made the links, or with the rules alone).
    """
    if comparison is None:
        by_id = {entry.claim.id: entry for entry in entries(claims, articles)}
        relate = lambda a, b: compare_entries(a, b)  # noqa: E731
    else:
        by_id, relate = dict(comparison.entries), comparison.relate
    for dispute in disputes(links, by_id, relate):
        yield _finding(dispute, articles)


def _finding(dispute: Dispute, articles: Mapping[str, Article]) -> Conflict:
    label = label_of(dispute)
    members = dispute.entries
    reasons = list(dict.fromkeys(link.reason for link in dispute.links))
    return Conflict(
        id="",
        kind="figure",
        label=label,
        severity=severity_of(dispute, label),
        claim_ids=tuple(e.claim.id for e in members),
        article_ids=tuple(sorted({e.article_id for e in members})),
        summary=summary_of(dispute, articles),
        details={"reason": reasons[0], "relation": label, "reasons": reasons[:REASONS_KEPT]},
        sides=tuple(tuple(sorted(e.claim.id for e in side)) for side in dispute.sides),
    )


# ---------------------------------------------------------------- label and severity
def _named(entry: Entry) -> str | None:
    """The source a side holds, for telling sides apart: None for an outlet's own figure."""
    if entry.source is None:
        return None
    return f"{entry.article_id}:{entry.source}" if is_unresolved(entry.source) else entry.source


def _shared_source(dispute: Dispute) -> bool:
    seen: Counter[str] = Counter()
    for side in dispute.sides:
        seen.update({name for e in side if (name := _named(e)) is not None})
    return any(n > 1 for n in seen.values())


def label_of(dispute: Dispute) -> str:
    """ "conflict" when one source is on two sides or no side cites one; else "source_discrepancy"."""
    if _shared_source(dispute) or all(e.source is None for e in dispute.entries):
        return "conflict"
    return "source_discrepancy"


def severity_of(dispute: Dispute, label: str) -> Severity:
    """How likely an editor must fix something (see the module's doc)."""
    figures = [e.figure for e in dispute.entries]
    moved = any(r.startswith(MOVED_PLACE_REASONS) for r in (link.reason for link in dispute.links))
    if label == "conflict":
        to_the_day = all(f.as_of and len(f.as_of) >= 10 for f in figures)
        level = 0 if moved or (_shared_source(dispute) and to_the_day) else 1
    else:
        own = any(all(e.source is None for e in side) for side in dispute.sides)
        level = 1 if own or moved else 2
    several = len({e.article_id for e in dispute.entries}) > 1
    coarse = several and any(f.as_of and len(f.as_of) < 10 for f in figures)
    if coarse or any(f.qualifier == "vague" for f in figures):
        level += 1
    return SEVERITY_ORDER[min(level, len(SEVERITY_ORDER) - 1)]


# ---------------------------------------------------------------- summary
def summary_of(dispute: Dispute, articles: Mapping[str, Article]) -> str:
    """What is counted, where and when, then each side: its figures, sources and outlets.

    Example: "nordkoreanische Soldaten in Russland, 2024-10-24: 12.000 (ukrainische Geheimdienst;
    BR24, Kurier) · mindestens 3.000 (US-Regierung, USA; t-online, gopher +3)"
    """
    members = dispute.entries
    about = _counted(members)
    place = _common(e.figure.scope for e in members)
    when = _common(e.figure.as_of for e in members)
    head = " ".join(x for x in (about, f"in {place}" if place else None) if x)
    head = f"{head}, {when}" if when else head
    sides = " · ".join(_side_text(side, articles) for side in dispute.sides)
    return f"{head}: {sides}" if head else sides


def _counted(members: Sequence[Entry]) -> str:
    subjects = Counter(e.figure.subject for e in members if e.figure.subject)
    if subjects:
        return subjects.most_common(1)[0][0]
    frame = frame_text(members[0].claim).split("[N]", 1)[-1].split()
    return " ".join(frame[:4])


def _common(values: Iterator[str | None] | Sequence[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _side_text(side: Sequence[Entry], articles: Mapping[str, Article]) -> str:
    values = list(dict.fromkeys(e.figure.surface for e in side))
    shown = " / ".join(values[:2]) + (" …" if len(values) > 2 else "")
    sources = list(dict.fromkeys(e.figure.source for e in side if e.figure.source)) or ["no source"]
    outlets = list(dict.fromkeys(_outlet(e.article_id, articles) for e in side))
    more = f" +{len(outlets) - OUTLETS_SHOWN}" if len(outlets) > OUTLETS_SHOWN else ""
    return f"{shown} ({', '.join(sources[:2])}; {', '.join(outlets[:OUTLETS_SHOWN])}{more})"


def _outlet(article_id: str, articles: Mapping[str, Article]) -> str:
    article = articles.get(article_id)
    return (article.source if article and article.source else None) or article_id
