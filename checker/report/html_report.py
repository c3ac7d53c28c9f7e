"""report.html: one self-contained page (no fetch from anywhere); all article text is escaped."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from ..ledger import ledger_rows
from ..pipeline import CheckRun
from .evidence import Lookup


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # autoescape: article text may contain markup; it is always shown as text, never run
    env = Environment(
        loader=PackageLoader("checker", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["web_url"] = web_url
    return env


def web_url(url: str | None) -> str | None:
    """Only http(s) links are shown: a `javascript:` URL in an article's metadata must not run."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def render_html(run: CheckRun) -> str:
    lookup = Lookup(run)
    findings = [(conflict, lookup.evidence(conflict)) for conflict in run.conflicts]
    template = _environment().get_template("report.html.j2")
    return template.render(
        run=run,
        findings=findings,
        kinds=Counter(claim.kind for claim in run.claims),
        severities=Counter(conflict.severity for conflict in run.conflicts),
        ledger=ledger_rows(run.claims, lookup.articles),
        claim_counts=Counter(claim.article_id for claim in run.claims),
    )
