"""report.md: the same content as the HTML report, as plain text for terminals and pull requests."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence

from ..compare.figures import ledger_rows
from ..types import CLAIM_KINDS, CheckRun, Conflict, Review
from .chart import INTERVAL_KEYS, interval_text, number, when
from .disputes import disputes
from .evidence import Evidence, Lookup, display_diff
from .legend import SEVERITY_DEFINITIONS, label_entries

SEVERITIES = ("high", "medium", "low")
BAR_WIDTH = 24
CLOSING_ROOM = 400  # characters kept for the summary form's closing lines
MIN_MD_LIMIT = 2_000  # a smaller --md-limit cannot hold the counts and the legend
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


def render_markdown(run: CheckRun, *, limit: int | None = None) -> str:
    """The report as Markdown (deterministic: the same run gives the same text).

    Without ``limit`` the whole report. With ``limit`` (characters) a summary that fits a
    pull-request comment: the counts, the legend, one line per finding (by dispute), then as many
    findings in detail as fit, most severe first, and a closing line that says what was left out.
    No table is wider than a line of text: findings, ledger and articles are lists.
    """
    lookup = Lookup(run)
    reviews = {review.finding_id: review for review in run.reviews}
    head = ["# Consistency report", "", *_summary(run), ""]
    if run.conflicts:
        head += [*_legend(run), ""]
    listing = ["## Findings", ""] + (list(_findings_list(run)) if run.conflicts else _NONE)
    details = [list(_finding(c, lookup, reviews.get(c.id))) for c in run.conflicts]
    if limit is None:
        parts = [
            *head,
            *listing,
            *(["## Every finding", ""] if details else []),
            *(line for block in details for line in block),
        ]
        parts += [*_quotes(run, lookup), *_ledger(run, lookup), *_articles(run)]
        return "\n".join(parts).rstrip() + "\n"
    return _within(limit, head, listing, details, len(run.conflicts))


_NONE = ["No disagreements found between the articles.", ""]


def _within(limit: int, head: list[str], listing: list[str], details: list[list[str]], total: int) -> str:
    """The summary form: head, the findings list and details while they fit ``limit`` characters."""
    room = limit - _size(head) - CLOSING_ROOM
    shown_list: list[str] = []
    for line in listing:
        room -= len(line) + 1
        if room < 0:
            break
        shown_list.append(line)
    shown: list[list[str]] = []
    for block in details:
        room -= _size(block)
        if room < 0:
            break
        shown.append(block)
    parts = [*head, *shown_list]
    if shown:
        parts += ["## The most severe findings", "", *(line for block in shown for line in block)]
    listed = sum(1 for line in shown_list if line.startswith("- **"))
    parts += [
        "---",
        "",
        f"*A summary within {limit:,} characters: {listed} of {total} findings listed, {len(shown)} in "
        "detail; report.html and report.md (without --md-limit) have every finding, the quotation "
        "comparisons, the figure ledger and the articles.*",
    ]
    text = "\n".join(parts).rstrip() + "\n"
    return text if len(text) <= limit else text[: max(0, limit - 2)].rstrip() + "…\n"


def _size(lines: Sequence[str]) -> int:
    return sum(len(line) + 1 for line in lines)


def _summary(run: CheckRun) -> list[str]:
    kinds = Counter(claim.kind for claim in run.claims)
    severities = Counter(str(conflict.severity) for conflict in run.conflicts)
    labels = Counter(f"{c.kind} {c.label.replace('_', ' ')}" for c in run.conflicts)
    claims = ", ".join(f"{kinds[k]} {k}s" for k in CLAIM_KINDS)
    outlets = len({a.source for a in run.articles if a.source})
    dates = sorted(a.published for a in run.articles if a.published)
    when = f", published {dates[0]} to {dates[-1]}" if dates and dates[0] != dates[-1] else ""
    reviewed = Counter(r.effective for r in run.reviews)
    lines = [
        f"- **{len(run.articles)}** articles" + (f" from {outlets} outlets" if outlets else "") + when,
        f"- **{len(run.claims)}** claims ({claims})",
        f"- **{len(run.conflicts)}** findings: "
        + (", ".join(f"{severities[s]} {s}" for s in SEVERITIES if severities[s]) or "none"),
        *(f"  - {count} × {label}" for label, count in sorted(labels.items())),
    ]
    if reviewed:
        lines.append(
            "- reviewed: " + ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in sorted(reviewed.items()))
        )
    return [*lines, f"- model: {md_code(run.model)}"]


def _legend(run: CheckRun) -> Iterator[str]:
    yield "**What the labels and severities mean**"
    yield ""
    for kind, label, text in label_entries((c.kind, c.label) for c in run.conflicts):
        yield f"- *{kind} {label.replace('_', ' ')}*: {text or 'a label of a newer comparison'}"
    for severity in SEVERITIES:
        yield f"- *{severity}*: {SEVERITY_DEFINITIONS[severity]}"


def _findings_list(run: CheckRun) -> Iterator[str]:
    """One line per finding, under its dispute: id, severity, label, outlets, summary."""
    sources = {a.id: a.source or a.id for a in run.articles}
    for dispute in disputes(run):
        counts = ", ".join(f"{dispute.severities[s]} {s}" for s in SEVERITIES if dispute.severities[s])
        yield f"### {md_escape(dispute.title)} ({len(dispute.findings)}: {counts})"
        yield ""
        if dispute.values:
            given = " · ".join(f"**{number(v)}** ({n})" for v, n in dispute.values[:8])
            yield f"Figures given (articles): {given}" + (" …" if len(dispute.values) > 8 else "")
            yield ""
        for c in dispute.findings:
            outlets = sorted({sources.get(a, a) for a in c.article_ids})
            shown = ", ".join(md_escape(o) for o in outlets[:4]) + (
                f" +{len(outlets) - 4}" if len(outlets) > 4 else ""
            )
            label = c.label.replace("_", " ")
            yield f"- **{c.id}** {c.severity} · {c.kind} {label} · {shown}: {md_escape(c.summary)}"
        yield ""


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
    """**Outlet** (date, `id`) <url>: who printed the claim first, the article id after it."""
    article = item.article
    meta = ", ".join(
        [md_escape(article.published), md_code(article.id)] if article.published else [md_code(article.id)]
    )
    url = article.url if article.url and article.url.lower().startswith(("http://", "https://")) else None
    out = f"**{md_escape(article.source)}** ({meta})" if article.source else meta
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
                outlet = f"{md_line(item.article.source)} " if item.article.source else ""
                yield f"  - {outlet}{md_code(item.article.id)}: „{md_escape(quote.text)}“{speaker}"
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
    yield "Every figure by what it counts, in time order: date · outlet · the figure, its range and a bar of"
    yield "it on the subject's scale · what else the checker read · the finding it is part of."
    for key, group in groups.items():
        yield ""
        yield f"### {md_escape(str(group[0].get('subject') or key))}"
        yield ""
        top = _top(group)
        for row in group:
            yield _ledger_line(row, top, in_finding.get(str(row["claim_id"])))
    yield ""


def _ledger_line(row: Mapping[str, object], top: float, finding: str | None) -> str:
    interval = interval_text(row.get("low"), row.get("high"))
    figure = f"**{md_escape(str(row.get('surface') or ''))}**" + (f" ({interval})" if interval else "")
    parts = [md_line(when(row) or "undated"), md_escape(str(row.get("outlet") or row.get("article_id")))]
    parts += [f"{figure} `{range_bar(row, top)}`"]
    parts += [md_escape(str(row[k])) for k in LEDGER_TEXT_KEYS if row.get(k)]
    parts += [f"finding {finding}"] if finding else []
    return "- " + " · ".join(parts)


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
    for a in run.articles:
        meta = ", ".join(md_escape(x) for x in (a.source, a.published, a.lang) if x)
        title = f" {md_escape(a.title)}" if a.title else ""
        found = f", {findings[a.id]} findings" if findings[a.id] else ""
        yield f"- {md_code(a.id)}{title}" + (f" ({meta})" if meta else "") + f": {counts[a.id]} claims{found}"
