"""report.md: the same content as the HTML report, as plain text for terminals and pull requests."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence

from ..compare.figures import ledger_rows
from ..types import CLAIM_KINDS, CheckRun, Conflict, Review
from .chart import INTERVAL_KEYS, interval_text, when
from .evidence import Evidence, Lookup, display_diff

SEVERITIES = ("high", "medium", "low")
BAR_WIDTH = 24
# The ledger row fields shown as text after the range bar.
LEDGER_TEXT_KEYS = ("modality", "scope", "source")
# Markdown syntax characters; "_" only at a word's edge (GitHub never reads "a_b" as emphasis).
_SPECIAL = re.compile(r"([\\`*\[\]<|~]|(?<![^\W_])_|_(?![^\W_]))")


# What would make a line a heading, quotation, list item or rule when it starts one: the
# punctuation to escape is group "p" ("8.000 vs 3.000" is none of them: a marker needs a space).
_BLOCK_START = re.compile(
    r"^\s?(?:\d{1,9}(?P<n>[.)])(?=\s|$)|(?P<p>>|#{1,6}(?=\s|$)|[-+](?=\s|$)|-{2,}|={2,}))"
)
_BACKTICKS = re.compile(r"`+")
# Characters an autolink (<https://…>) may not hold: they would end it and let the rest be markup.
_NOT_IN_AUTOLINK = re.compile(r"[<>\s\x00-\x1f\x7f]")


def md_escape(text: str) -> str:
    """Article text shown literally: no emphasis, links, tables or HTML made by accident."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def md_line(text: str) -> str:
    """`md_escape` for text that starts a line: no heading, list or quotation either."""
    text = md_escape(text)
    match = _BLOCK_START.match(text)
    if match is None:
        return text
    at = match.start("n") if match.group("n") else match.start("p")
    return f"{text[:at]}\\{text[at:]}"


def md_code(text: str) -> str:
    """Text as a code span: a fence of more backticks than the text holds, so none inside ends it.

    Example:
        >>> md_code("a`b")
        '``a`b``'
    """
    text = re.sub(r"\s+", " ", text)  # a blank line would end the paragraph, and the span with it
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_url(url: str) -> str:
    """An http(s) URL as an autolink, the characters that would end one percent-encoded."""
    return "<" + _NOT_IN_AUTOLINK.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), url) + ">"


def render_markdown(run: CheckRun) -> str:
    """The report as Markdown (deterministic: the same run gives the same text)."""
    lookup = Lookup(run)
    reviews = {review.finding_id: review for review in run.reviews}
    lines = ["# Consistency report", "", *_summary(run), ""]
    lines += ["## Findings", ""]
    if not run.conflicts:
        lines += ["No disagreements found between the articles.", ""]
    else:
        lines += [*_findings_table(run.conflicts), ""]
    for conflict in run.conflicts:
        lines += list(_finding(conflict, lookup, reviews.get(conflict.id)))
    lines += list(_quotes(run, lookup))
    lines += list(_ledger(run, lookup))
    lines += list(_articles(run))
    return "\n".join(lines).rstrip() + "\n"


def _summary(run: CheckRun) -> list[str]:
    kinds = Counter(claim.kind for claim in run.claims)
    severities = Counter(str(conflict.severity) for conflict in run.conflicts)
    labels = Counter(f"{c.kind} {c.label.replace('_', ' ')}" for c in run.conflicts)
    claims = ", ".join(f"{kinds[k]} {k}s" for k in CLAIM_KINDS)
    outlets = len({a.source for a in run.articles if a.source})
    return [
        f"- **{len(run.articles)}** articles" + (f" from {outlets} outlets" if outlets else ""),
        f"- **{len(run.claims)}** claims ({claims})",
        f"- **{len(run.conflicts)}** findings: "
        + (", ".join(f"{severities[s]} {s}" for s in SEVERITIES if severities[s]) or "none"),
        *(f"  - {count} × {label}" for label, count in sorted(labels.items())),
        f"- model: {md_code(run.model)}",
    ]


def _findings_table(conflicts: Sequence[Conflict]) -> Iterator[str]:
    yield "| id | severity | kind | label | articles | summary |"
    yield "|---|---|---|---|---:|---|"
    for c in conflicts:
        cells = [c.id, c.severity, c.kind, c.label.replace("_", " "), str(len(c.article_ids))]
        yield "| " + " | ".join([*cells, md_escape(c.summary)]) + " |"


def _finding(conflict: Conflict, lookup: Lookup, review: Review | None = None) -> Iterator[str]:
    label = conflict.label.replace("_", " ")
    yield f"### {conflict.id} · {conflict.kind} {label} · {conflict.severity}"
    yield ""
    yield md_line(conflict.summary)
    yield ""
    if review is not None:
        yield f"- *review:* {review_text(review)}"
    for item in lookup.evidence(conflict):
        yield f"- {_meta(item)}: {_sentence(item)}"
    if conflict.details.get("diff"):
        yield f"- *word diff:* {render_diff(display_diff(conflict, lookup))}"
    reasons = conflict.details.get("reasons") or [conflict.details.get("reason")]
    for reason in dict.fromkeys(str(r) for r in reasons if r):  # type: ignore[attr-defined]
        yield f"- *why:* {md_escape(reason)}"
    yield ""


def review_text(review: Review) -> str:
    """An editor's verdict in words: "false alarm by ann, 2025-06-01: two dates"."""
    status = review.status.replace("_", " ")
    text = status if review.current else f"open again (was {status} before its evidence changed)"
    text += f" by {md_escape(review.reviewer)}" if review.reviewer else ""
    text += f", {review.at[:10]}" if review.at else ""
    return text + (f": {md_escape(review.note)}" if review.note else "")


def _meta(item: Evidence) -> str:
    article = item.article
    meta = ", ".join(md_escape(x) for x in (article.source, article.published) if x)
    url = article.url if article.url and article.url.lower().startswith(("http://", "https://")) else None
    out = md_code(article.id) + (f" ({meta})" if meta else "")
    return f"{out} {md_url(url)}" if url else out


def _sentence(item: Evidence) -> str:
    mark = md_escape(item.mark).strip()
    return f"{md_escape(item.before)}**{mark}**{md_escape(item.after)}".strip()


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


def _quotes(run: CheckRun, lookup: Lookup) -> Iterator[str]:
    quotes = [c for c in run.conflicts if c.kind == "quote"]
    yield "## Quotation comparisons"
    yield ""
    if not quotes:
        yield "No quotation appears in two wordings or with two speakers."
        yield ""
        return
    for conflict in quotes:
        yield f"- **{conflict.id}** {conflict.label.replace('_', ' ')}:"
        for item in lookup.evidence(conflict):
            quote = item.claim.quote
            if quote:
                speaker = f" — {md_escape(quote.speaker)}" if quote.speaker else ""
                yield f"  - {md_code(item.article.id)}: „{md_escape(quote.text)}“{speaker}"
        if conflict.details.get("diff"):
            yield f"  - diff: {render_diff(display_diff(conflict, lookup))}"
    yield ""


def _ledger(run: CheckRun, lookup: Lookup) -> Iterator[str]:
    rows = ledger_rows(run.claims, lookup.articles)
    if not rows:
        return
    in_finding = {cid: c.id for c in reversed(run.conflicts) if c.kind == "figure" for cid in c.claim_ids}
    groups: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        groups[str(row["subject_key"])].append(row)
    yield "## Figure ledger"
    yield ""
    yield "Every figure by what it counts, in time order; the bar shows its range on the subject's scale."
    for key, group in groups.items():
        yield ""
        yield f"### {md_escape(str(group[0].get('subject') or key))}"
        yield ""
        yield "| date | article | outlet | figure | interval | range | modality | scope | source | finding |"
        yield "|---|---|---|---|---|---|---|---|---|---|"
        top = _top(group)
        for row in group:
            yield _ledger_line(row, top, in_finding.get(str(row["claim_id"])))
    yield ""


def _ledger_line(row: Mapping[str, object], top: float, finding: str | None) -> str:
    cells = [
        when(row) or "undated",
        row.get("article_id"),
        row.get("outlet"),
        row.get("surface"),
        interval_text(row.get("low"), row.get("high")),
    ]
    text = [md_escape(str(c)) if c not in (None, "") else "" for c in cells]
    text.append(f"`{range_bar(row, top)}`")
    text += [md_escape(str(row.get(k) or "")) for k in LEDGER_TEXT_KEYS]
    text.append(finding or "")
    return "| " + " | ".join(text) + " |"


def _top(rows: Sequence[Mapping[str, object]]) -> float:
    values = [float(v) for r in rows for k in INTERVAL_KEYS if isinstance(v := r.get(k), (int, float))]
    finite = [v for v in values if math.isfinite(v)]
    return max(finite) if finite and max(finite) > 0 else 1.0


def range_bar(row: Mapping[str, object], top: float, width: int = BAR_WIDTH) -> str:
    """A figure's interval on a 0..top scale as text: ``····━━━●━━···`` (open ends run to the edge)."""

    def pos(value: object, default: int) -> int:
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            return default
        return min(width - 1, max(0, round(value / top * (width - 1))))

    low, high = pos(row.get("low"), 0), pos(row.get("high"), width - 1)
    mid = pos(row.get("value"), low)
    cells = ["━" if low <= i <= high else "·" for i in range(width)]
    cells[mid] = "○" if row.get("modality") == "projected" else "●"
    return "".join(cells)


def _articles(run: CheckRun) -> Iterator[str]:
    counts = Counter(claim.article_id for claim in run.claims)
    findings = Counter(a for c in run.conflicts for a in c.article_ids)
    yield "## Articles"
    yield ""
    yield "| id | title | outlet | published | lang | claims | findings |"
    yield "|---|---|---|---|---|---:|---:|"
    for a in run.articles:
        cells = [a.id, a.title or "", a.source or "", a.published or "", a.lang or ""]
        numbers = [str(counts[a.id]), str(findings[a.id] or "")]
        yield "| " + " | ".join([*(md_escape(cell) for cell in cells), *numbers]) + " |"
