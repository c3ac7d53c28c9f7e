"""report.md: the same content as the HTML report, as plain text for terminals and pull requests."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..ledger import ledger_rows
from ..pipeline import CheckRun
from ..types import Conflict
from .evidence import Evidence, Lookup

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(text: str) -> str:
    """Article text shown literally: no emphasis, links, tables or HTML made by accident."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def render_markdown(run: CheckRun) -> str:
    lookup = Lookup(run)
    lines = ["# Consistency report", "", *_summary(run), ""]
    lines += ["## Findings", ""]
    if not run.conflicts:
        lines += ["No disagreements found between the articles.", ""]
    for conflict in run.conflicts:
        lines += list(_finding(conflict, lookup.evidence(conflict)))
    lines += list(_ledger(run))
    lines += list(_articles(run))
    return "\n".join(lines).rstrip() + "\n"


def _summary(run: CheckRun) -> list[str]:
    kinds = Counter(claim.kind for claim in run.claims)
    severities = Counter(conflict.severity for conflict in run.conflicts)
    labels = Counter(f"{c.kind} {c.label}" for c in run.conflicts)
    claims = ", ".join(f"{kinds[k]} {k}s" for k in ("figure", "quote", "statement"))
    return [
        f"- **{len(run.articles)}** articles, **{len(run.claims)}** claims ({claims})",
        f"- **{len(run.conflicts)}** findings: "
        + (", ".join(f"{severities[s]} {s}" for s in ("high", "medium", "low") if severities[s]) or "none"),
        *(f"  - {count} × {label}" for label, count in sorted(labels.items())),
        f"- model: `{run.model}`",
    ]


def _finding(conflict: Conflict, evidence: list[Evidence]) -> Iterator[str]:
    yield f"### {conflict.id} · {conflict.kind} {conflict.label} · {conflict.severity}"
    yield ""
    yield md_escape(conflict.summary)
    yield ""
    for item in evidence:
        meta = ", ".join(x for x in (item.article.source, item.article.published) if x)
        mark = md_escape(item.mark).strip()
        quote = f"{md_escape(item.before)}**{mark}**{md_escape(item.after)}".strip()
        yield f"- `{item.article.id}`" + (f" ({md_escape(meta)})" if meta else "") + f": {quote}"
    reason = conflict.details.get("reason")
    if reason:
        yield f"- *why:* {md_escape(str(reason))}"
    diff = conflict.details.get("diff")
    if diff:
        yield f"- *diff:* {render_diff(diff)}"
    yield ""


def render_diff(diff: object) -> str:
    """A word diff as text: ~~removed~~ and **added** words."""
    parts = []
    for op, old, new in diff:  # type: ignore[attr-defined]
        old_text, new_text = md_escape(" ".join(old)), md_escape(" ".join(new))
        if op == "equal":
            parts.append(old_text)
            continue
        if old_text:
            parts.append(f"~~{old_text}~~")
        if new_text:
            parts.append(f"**{new_text}**")
    return " ".join(parts)


def _ledger(run: CheckRun) -> Iterator[str]:
    rows = ledger_rows(run.claims, {a.id: a for a in run.articles})
    if not rows:
        return
    yield "## Figure ledger"
    yield ""
    subject = None
    for row in rows:
        if row["subject_key"] != subject:
            subject = row["subject_key"]
            yield ""
            yield f"### {md_escape(str(row.get('subject') or subject))}"
            yield ""
            yield "| date | article | outlet | figure | interval | modality | scope | source |"
            yield "|---|---|---|---|---|---|---|---|"
        cells = [
            row.get(k)
            for k in ("as_of", "article_id", "outlet", "surface", "interval", "modality", "scope", "source")
        ]
        yield "| " + " | ".join(md_escape(str(c)) if c not in (None, "") else "" for c in cells) + " |"
    yield ""


def _articles(run: CheckRun) -> Iterator[str]:
    counts = Counter(claim.article_id for claim in run.claims)
    yield "## Articles"
    yield ""
    yield "| id | title | outlet | published | lang | claims |"
    yield "|---|---|---|---|---|---|"
    for a in run.articles:
        cells = [a.id, a.title or "", a.source or "", a.published or "", a.lang or "", str(counts[a.id])]
        yield "| " + " | ".join(md_escape(cell) for cell in cells) + " |"
