"""The library's front door: `check` and `extract` over paths or article objects."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .embedding import DEFAULT_PRECISION
from .errors import BadInput
from .identity import with_stable_ids
from .pairing import MIN_SCORE, NEIGHBOURS
from .pipeline import Progress, extract_all, run_check
from .reading import article_from_record, check_text, complete_article, read_articles, replace_surrogates
from .result import Result
from .types import Article, Claim

ArticlesOrPaths = str | Path | Iterable[str | Path | Article | Mapping[str, Any]]


def to_articles(inputs: ArticlesOrPaths) -> list[Article]:
    """Paths are read; `Article` records and dicts with 'id' and 'text' are taken as they are."""
    if isinstance(inputs, (str, Path)):
        return read_articles(inputs)
    items = list(inputs)
    if all(isinstance(item, (str, Path)) for item in items):
        return read_articles(items)  # type: ignore[arg-type]
    given = []
    for i, item in enumerate(items):
        if isinstance(item, Article):
            check_text(item.text, f"article {i}")
            given.append(item)
        elif isinstance(item, Mapping):
            given.append(article_from_record(dict(item), f"article {i}"))
        else:
            raise BadInput(f"article {i}: expected a path, an Article or a dict, got {type(item).__name__}")
    articles = [complete_article(article) for article in replace_surrogates(given, "the articles given")]
    if len({a.id for a in articles}) != len(articles):
        raise BadInput("duplicate article ids; every article needs its own id")
    return articles


def check(
    inputs: ArticlesOrPaths,
    *,
    model: str | None = None,
    precision: str = DEFAULT_PRECISION,
    min_score: float = MIN_SCORE,
    k: int = NEIGHBOURS,
    progress: Progress | None = None,
) -> Result:
    """Read the articles, extract and pair their claims, and find where they disagree.

    Args:
        inputs: a folder, file or list of them (docs/design.md, "Contract", has the formats), or article
            objects (`Article` or dicts with 'id' and 'text').
        model: a sentence-transformers model name or folder; default multilingual-e5-small.
        precision: "int8" (the model's transformer as a local int8 graph, about twice as fast) or
            "float32" (the model as sentence-transformers runs it).
        min_score: the lowest cosine similarity at which two claims are paired.
        k: neighbours looked up per claim.
        progress: called as progress(stage, done, total) on long work.

    Returns:
        A `Result`; its findings have stable ids (`checker.identity`: ``F-3a9c2e1f0b``), most
        severe first.

    Example:
        >>> result = check("data/")
        >>> result.conflicts[["kind", "label", "summary"]].head()
    """
    articles = to_articles(inputs)
    run = run_check(articles, model=model, precision=precision, min_score=min_score, k=k, progress=progress)
    return Result(dataclasses.replace(run, conflicts=with_stable_ids(run.conflicts)))


def load(path: str | Path) -> Result:
    """Reopen a check saved with `Result.save`, without running the model again.

    Example:
        >>> result = load("runs/seeds")
        >>> result.conflicts[["kind", "label", "summary"]]
    """
    return Result.load(path)


def extract(inputs: ArticlesOrPaths, *, progress: Progress | None = None) -> list[Claim]:
    """Claims of every article, without embedding or pairing (no model is loaded).

    Example:
        >>> claims = extract("data/")
        >>> [c.figure.surface for c in claims if c.figure][:3]
    """
    return extract_all(to_articles(inputs), progress=progress)
