"""Findings folded under their dispute: what they disagree about, for the reports to group by.

A dispute is the thing the findings of one group are about: for figures, the counted thing (its
subject key: all findings about the number of North Korean troops are one dispute, wherever and
whenever); for quotations, the person quoted; for statements, the statements. Disputes are listed
most severe first (then by size), their findings in the run's order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..types import Article, CheckRun, Claim, Conflict

_RANK = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True, slots=True)
class Dispute:
    """The findings about one thing, with their severities and outlets counted."""

    key: str  # "figure:kp_troops", "quote:Antony Blinken", ...
    kind: str
    title: str  # "nordkoreanische Soldaten", "Antony Blinken"
    findings: tuple[Conflict, ...]
    severities: Counter[str]
    outlets: tuple[str, ...]
    values: tuple[tuple[float, int], ...] = ()  # a figure dispute's values, each with its article count

    @property
    def anchor(self) -> str:
        return "dispute-" + "".join(c if c.isalnum() else "-" for c in self.key)


def disputes(run: CheckRun) -> list[Dispute]:
    """The run's findings grouped by what they are about.

    Example:
        >>> [d.title for d in disputes(run)]
        ['nordkoreanische Soldaten', 'Antony Blinken']
    """
    claims = {claim.id: claim for claim in run.claims}
    articles = {article.id: article for article in run.articles}
    groups: dict[str, list[Conflict]] = {}
    titles: dict[str, Counter[str]] = {}
    for conflict in run.conflicts:
        key, title = _about(conflict, claims)
        groups.setdefault(key, []).append(conflict)
        titles.setdefault(key, Counter())[title] += 1
    out = [_dispute(key, group, titles[key], articles, claims) for key, group in groups.items()]
    return sorted(
        out, key=lambda d: (min(_RANK.get(c.severity, 3) for c in d.findings), -len(d.findings), d.key)
    )


def _about(conflict: Conflict, claims: Mapping[str, Claim]) -> tuple[str, str]:
    mine = [claims[cid] for cid in conflict.claim_ids if cid in claims]
    figures = [c.figure for c in mine if c.figure and c.figure.subject_key]
    if conflict.kind == "figure" and figures:
        return f"figure:{figures[0].subject_key}", figures[0].subject or str(figures[0].subject_key)
    speakers = [c.quote.speaker for c in mine if c.quote and c.quote.speaker]
    if conflict.kind == "quote" and speakers:
        speaker = Counter(speakers).most_common(1)[0][0]
        return f"quote:{speaker}", speaker
    return f"{conflict.kind}:", f"{conflict.kind}s"


def _dispute(
    key: str,
    findings: Sequence[Conflict],
    titles: Counter[str],
    articles: Mapping[str, Article],
    claims: Mapping[str, Claim],
) -> Dispute:
    outlets = sorted({articles[a].source or a for c in findings for a in c.article_ids if a in articles})
    title = min(titles, key=lambda t: (-titles[t], t))
    return Dispute(key, findings[0].kind, title, tuple(findings), Counter(c.severity for c in findings),
                   tuple(outlets), _values(findings, claims))  # fmt: skip


def _values(findings: Sequence[Conflict], claims: Mapping[str, Claim]) -> tuple[tuple[float, int], ...]:
    """The figures a dispute's findings give, each with the number of articles giving it, most first."""
    cited = {cid for c in findings for cid in c.claim_ids if cid in claims}
    by_value: dict[float, set[str]] = {}
    for cid in cited:
        figure = claims[cid].figure
        if figure is not None:
            by_value.setdefault(figure.value, set()).add(claims[cid].article_id)
    return tuple(sorted(((v, len(a)) for v, a in by_value.items()), key=lambda item: (-item[1], item[0])))
