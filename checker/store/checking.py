"""`check_store`: the findings among all articles of a store, or only those involving some of them.

The stored neighbour table replaces the search; its pairs are compared through
`checker.pipeline.check_paired`, as a plain check compares its pairs. The one hook into the
editor's desk: the findings get their stable ids and the verdicts of the store's
``reviews.sqlite`` (`checker.review.with_reviews`), so every report of a store shows them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from ..errors import BadInput
from ..pairing import MIN_SCORE
from ..pipeline import CheckRun, Progress, check_paired
from ..result import Result
from ..review import with_reviews
from .contents import Contents, read_contents
from .neighbours import stored_pairs

# An ISO date, full or partial: 2024, 2024-11, 2024-11-04.
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_store(
    store_dir: str | Path,
    *,
    since: str | None = None,
    new_only: bool = False,
    min_score: float = MIN_SCORE,
    progress: Progress | None = None,
) -> Result:
    """Findings among all articles of a store, optionally only those involving some articles.

    Args:
        since: keep findings involving an article published on or after this ISO date (full or
            partial: "2024", "2024-11", "2024-11-04"; partial dates compare at their common
            precision; an article without a date counts by the day it was added to the store).
        new_only: keep findings involving an article brought by the latest add.

    Raises:
        BadInput: ``since`` is not an ISO date.
        StoreError: the folder is no store, or the store is damaged.

    Example:
        >>> check_store("store/", new_only=True).conflicts
    """
    if since is not None:
        since = parse_since(since)
    contents = read_contents(Path(store_dir))
    pairs, quote_pairs = stored_pairs(contents.claims, contents.table, min_score=min_score)
    run = check_paired(
        contents.articles, contents.claims, pairs, model=contents.model.name,
        frames=contents.frames, quote_pairs=quote_pairs,
    )  # fmt: skip
    chosen = _chosen_articles(contents, since=since, new_only=new_only)
    return Result(with_reviews(run if chosen is None else _restrict(run, chosen), store_dir))


def parse_since(since: str) -> str:
    """``since`` itself when it is an ISO date (full or partial) of a real day, else BadInput."""
    match = _ISO_DATE.fullmatch(since.strip())
    if match is None:
        raise BadInput(
            f"--since {since!r}: expected an ISO date, full or partial (2024, 2024-11, 2024-11-04)"
        )
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError as e:
        raise BadInput(f"--since {since!r}: not a date ({e})") from e
    return since.strip()


def describe_filter(*, since: str | None, new_only: bool) -> str | None:
    """The filter a check applied, in words (None: every finding of the store)."""
    parts = []
    if new_only:
        parts.append("involving the latest add")
    if since is not None:
        parts.append(f"involving articles published on or after {since} (undated: added on or after)")
    return "findings " + " and ".join(parts) if parts else None


def _chosen_articles(contents: Contents, *, since: str | None, new_only: bool) -> set[str] | None:
    """Ids of the articles whose findings are wanted; None: all."""
    if since is None and not new_only:
        return None
    chosen = {article.id for article in contents.articles}
    if new_only:
        chosen &= contents.newest
    if since is not None:
        chosen &= {a.id for a in contents.articles if on_or_after(a.published, contents.added[a.id], since)}
    return chosen


def on_or_after(published: str | None, added: str, since: str) -> bool:
    date = published or added
    common = min(len(date), len(since))
    return bool(date[:common] >= since[:common])


def _restrict(run: CheckRun, chosen: set[str]) -> CheckRun:
    """The run with only the findings involving a chosen article, and the articles they touch."""
    article_of = {claim.id: claim.article_id for claim in run.claims}
    conflicts = tuple(c for c in run.conflicts if chosen & set(c.article_ids))
    pairs = tuple(p for p in run.pairs if chosen & {article_of[p.a], article_of[p.b]})
    links = tuple(link for link in run.links if chosen & {article_of[link.a], article_of[link.b]})
    shown = chosen | {a for c in conflicts for a in c.article_ids}
    shown |= {article_of[claim] for p in pairs for claim in (p.a, p.b)}
    shown |= {article_of[claim] for link in links for claim in (link.a, link.b)}
    return dataclasses.replace(
        run,
        articles=tuple(a for a in run.articles if a.id in shown),
        claims=tuple(c for c in run.claims if c.article_id in shown),
        pairs=pairs,
        conflicts=conflicts,
        links=links,
    )
