"""report.html: one self-contained page for an editor (no fetch from anywhere).

Every piece of article text goes through Jinja's autoescape, links are http(s) only, and a
Content-Security-Policy allows no network access and no script but the page's own (by hash),
so markup inside an article is shown as text and never runs.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from ..compare.figures import ledger_rows
from ..types import CheckRun, Conflict, Review
from .chart import build_charts, interval_text, number, when
from .disputes import disputes
from .evidence import Evidence, Lookup, Segment, display_diff, segments
from .legend import SEVERITY_DEFINITIONS, label_entries

SEVERITIES = ("high", "medium", "low")
KINDS = ("figure", "quote")
MARK_CLASSES = {"fig": "m-fig", "quote": "m-quote", "changed": "m-changed", "speaker": "m-speaker"}


@dataclass(frozen=True, slots=True)
class Side:
    item: Evidence
    segments: list[Segment]
    facts: list[str]  # what the checker read: "≈ 7,200–8,800", "in Kursk", "source: USA", ...


@dataclass(frozen=True, slots=True)
class Finding:
    conflict: Conflict
    sides: list[Side]
    reasons: list[str]
    diff: list[tuple[str, list[str], list[str]]]
    outlets: list[str]
    review: Review | None = None  # an editor's verdict (a check of a store with reviews)
    groups: list[list[Side]] = field(default_factory=list)  # the sides: claims that agree, together


def template_environment() -> Environment:
    """A new Jinja environment over checker/templates with what every page of the checker needs
    (the static report's and the desk's): autoescaping, safe links, highlight marks."""
    # autoescape: article text may contain markup; it is always shown as text, never run
    env = Environment(
        loader=PackageLoader("checker", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["web_url"] = web_url
    env.filters["marks"] = lambda marks: " ".join(MARK_CLASSES[m] for m in marks)
    return env


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = template_environment()
    env.filters["number"] = number
    env.filters["status_words"] = lambda status: status.replace("_", " ")
    return env


def web_url(url: str | None) -> str | None:
    """Only http(s) links are shown: a `javascript:` URL in an article's metadata must not run."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _asset(name: str) -> str:
    env = _environment()
    assert env.loader is not None
    return env.loader.get_source(env, name)[0]


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def render_html(run: CheckRun) -> str:
    """The whole report as one HTML string (deterministic: the same run gives the same bytes)."""
    lookup = Lookup(run)
    reviews = {review.finding_id: review for review in run.reviews}
    findings = [_finding(conflict, lookup, reviews.get(conflict.id)) for conflict in run.conflicts]
    by_id = {f.conflict.id: f for f in findings}
    grouped = [(d, [by_id[c.id] for c in d.findings]) for d in disputes(run)]
    rows = ledger_rows(run.claims, lookup.articles)
    in_finding = {cid: c.id for c in reversed(run.conflicts) if c.kind == "figure" for cid in c.claim_ids}
    script = _asset("report.js")
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            run=run,
            findings=findings,
            summary=_summary(run),
            charts=build_charts(rows, in_finding),
            ledger=_ledger_groups(rows, in_finding),
            articles=_article_rows(run),
            style=_asset("report.css"),
            script=script,
            csp=_csp(script),
            severities=SEVERITIES,
            disputes=grouped,
            legend_labels=label_entries((c.kind, c.label) for c in run.conflicts),
            severity_definitions=SEVERITY_DEFINITIONS,
        )
    )


def _finding(conflict: Conflict, lookup: Lookup, review: Review | None = None) -> Finding:
    evidence = lookup.evidence(conflict)
    sides = [Side(item, segments(item, conflict), facts(item)) for item in evidence]
    by_claim = {side.item.claim.id: side for side in sides}
    positions = [list(side) for side in conflict.sides] or [[cid] for cid in conflict.claim_ids]
    groups = [[by_claim[cid] for cid in group if cid in by_claim] for group in positions]
    reasons = [str(r) for r in conflict.details.get("reasons") or [conflict.details.get("reason")] if r]  # type: ignore[attr-defined]
    outlets = sorted({item.article.source for item in evidence if item.article.source})
    diff = display_diff(conflict, lookup)
    return Finding(
        conflict, sides, list(dict.fromkeys(reasons)), diff, outlets, review, [g for g in groups if g]
    )


def facts(item: Evidence) -> list[str]:
    """The fields the comparison used, so an editor can see why two claims were compared."""
    figure, quote = item.claim.figure, item.claim.quote
    if figure is not None:
        out = [f"range {interval_text(figure.low, figure.high)}"] if figure.low != figure.high else []
        out += [f"in {figure.scope}"] if figure.scope else []
        out += [f"as of {figure.as_of}"] if figure.as_of else []
        out += [f"source: {figure.source}" if figure.source else "no source cited"]
        return out + (["projected"] if figure.modality == "projected" else [])
    if quote is not None:
        who = quote.speaker or "speaker unknown"
        if quote.speaker_mention and quote.speaker_mention != quote.speaker:
            who += f" (“{quote.speaker_mention}”)"
        return [f"speaker: {who}", *([quote.role] if quote.role else []), quote.style]
    return []


def _summary(run: CheckRun) -> dict[str, object]:
    dates = sorted(a.published for a in run.articles if a.published)
    sources = {a.id: a.source for a in run.articles}
    return {
        "claims": Counter(claim.kind for claim in run.claims),
        "severities": Counter(c.severity for c in run.conflicts),
        "matrix": Counter((c.kind, c.severity) for c in run.conflicts),
        "kinds": [*KINDS, *sorted({c.kind for c in run.conflicts} - set(KINDS))],
        "labels": sorted(Counter((c.kind, c.label) for c in run.conflicts).items()),
        "outlets": len({a.source for a in run.articles if a.source}),
        "dates": (dates[0], dates[-1]) if dates else None,
        "label_names": sorted({c.label for c in run.conflicts}),
        "finding_articles": [
            (a, sources.get(a)) for a in sorted({a for c in run.conflicts for a in c.article_ids})
        ],
        "finding_outlets": sorted(
            {name for c in run.conflicts for a in c.article_ids if (name := sources.get(a))}
        ),
    }


def _ledger_groups(
    rows: Sequence[Mapping[str, object]], in_finding: Mapping[str, str]
) -> list[tuple[str, str, list[dict[str, object]]]]:
    """(subject_key, subject, rows) per subject, each row with its interval text and finding id."""
    groups: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        shown = {**row, "when": when(row), "interval": interval_text(row.get("low"), row.get("high"))}
        shown["finding"] = in_finding.get(str(row["claim_id"]))
        groups[str(row["subject_key"])].append(shown)
    return [(key, str(group[0].get("subject") or key), group) for key, group in groups.items()]


def _article_rows(run: CheckRun) -> list[tuple[object, int, int]]:
    claims = Counter(claim.article_id for claim in run.claims)
    findings = Counter(a for c in run.conflicts for a in c.article_ids)
    return [(a, claims[a.id], findings[a.id]) for a in run.articles]
