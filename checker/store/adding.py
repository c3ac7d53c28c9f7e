"""`add_to_store`: new articles become a segment, the neighbour table grows, a new generation is switched on.

An add holds the store's lock, checks the current generation (sizes, row counts), removes what a
killed add left, writes its segment(s), the neighbour table, the findings and the manifest, and
only then switches ``CURRENT``: a run killed at any moment leaves the previous generation complete.
With ``workers`` or ``scheduler`` the extraction and embedding run on a Dask cluster
(`checker.store.distributed`, imported only then); without them nothing imports Dask.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from ..api import ArticlesOrPaths, to_articles
from ..errors import StoreError
from ..pairing import NEIGHBOURS
from ..pipeline import Progress, extract_all, frame_rows
from ..types import Article
from . import files, legacy, segments
from .building import (
    AddSummary,
    commit,
    embed_new,
    model_for,
    next_segment,
)
from .contents import known_hashes, open_manifest, store_format
from .layout import (
    GENERATIONS,
    POINTER,
    SEGMENTS,
    Manifest,
)
from .lock import Waiting, store_lock
from .neighbours import first_table, read_table, run_in_turn, updated_table


def add_to_store(
    inputs: ArticlesOrPaths,
    store_dir: str | Path,
    *,
    model: str | None = None,
    precision: str | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    on_wait: Waiting | None = None,
) -> AddSummary:
    """Add articles to a store, embedding only what is new; the same article twice changes nothing.

    Args:
        inputs: paths or article objects, as for `checker.check`.
        store_dir: the store folder (created on first use).
        model: the embedding model; default: the store's own, else multilingual-e5-small.
        precision: "int8" or "float32"; default: the store's own, else int8.
        workers: run on a local Dask cluster of this many worker processes (one thread each).
        scheduler: run on the Dask cluster of this scheduler address (its workers must see
            ``store_dir`` at the same path).
        on_wait: called when another add holds the store, before waiting for it to finish.

    Raises:
        StoreError: the store was built with another model, an article id is already in the
            store with a different text, the store is damaged, or a write failed.

    Example:
        >>> add_to_store("data/", "store/").added
        ('000_1715942c77dba495', ...)
    """
    root = Path(store_dir)
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root} is a file, not a store folder; give a folder for --store")
    given = to_articles(inputs)  # bad input fails before the store is touched
    with store_lock(root, on_wait=on_wait):
        migrated = (root / POINTER).exists() and store_format(root) == legacy.VERSION
        if migrated:
            migrate(root)
        current = open_manifest(root) if (root / POINTER).exists() else None
        articles = _new_articles(given, known_hashes(root, current) if current else {})
        if not articles:
            generation = current.generation if current else 0
            return AddSummary((), len(given), 0, 0, generation, migrated=migrated)
        with files.writing(root):
            remove_leftovers(root, current)
        if workers or scheduler:
            from .distributed import add_distributed

            summary = add_distributed(
                root, current, articles, model=model, precision=precision, workers=workers,
                scheduler=scheduler, progress=progress,
            )  # fmt: skip
        else:
            summary = _add_here(root, current, articles, model, precision, progress)
    return dataclasses.replace(summary, skipped=len(given) - len(articles), migrated=migrated)


def _add_here(
    root: Path,
    current: Manifest | None,
    articles: Sequence[Article],
    model: str | None,
    precision: str | None,
    progress: Progress | None,
) -> AddSummary:
    """The embedded single-process add: one new segment."""
    encoder, info = model_for(model, precision, current)
    claims = extract_all(articles, progress=progress)
    emb, hashes, embedded = embed_new(encoder, claims, root, current, progress)
    frames = frame_rows(encoder, claims)
    k = current.k if current else NEIGHBOURS + 1
    with files.writing(root):
        segment = segments.write_segment(
            root, next_segment(current), articles, claims, emb, hashes, frames=frames
        )
        if current is None:
            table = first_table(emb, k)
        else:
            table = updated_table(root, current, read_table(root, current), [segment], k, run_in_turn)
        manifest = commit(root, current, info, [segment], table, k)
    return AddSummary(tuple(a.id for a in articles), 0, len(claims), embedded, manifest.generation, 1)


def _new_articles(articles: Sequence[Article], known: dict[str, str]) -> list[Article]:
    """Articles not yet in the store; an id already stored with another text is an error."""
    new = []
    for article in articles:
        stored = known.get(article.id)
        if stored is None:
            new.append(article)
        elif stored != segments.article_hash(article):
            raise StoreError(
                f"article {article.id!r} is already in the store with a different text; "
                "give the new version its own id"
            )
    return new


def migrate_store(store_dir: str | Path) -> bool:
    """Convert a store of format 1 (JSONL) to Parquet; False when it already was (`add_to_store` does
    this itself first)."""
    root = Path(store_dir)
    with store_lock(root):
        if store_format(root) != legacy.VERSION:
            return False
        migrate(root)
    return True


def migrate(root: Path) -> Manifest:
    """Convert a format-1 store into Parquet segments with the same rows, as a new generation (the
    caller holds the lock)."""
    old = legacy.read_store(root)
    with files.writing(root):
        remove_leftovers(root, None, keep=[s.number for s in old.segments], generation=old.generation)
        first = max((s.number for s in old.segments), default=0) + 1
        new = [
            segments.write_segment(
                root,
                first + i,
                s.articles,
                s.claims,
                s.emb,
                s.hashes,
                added=[old.added[a.id] for a in s.articles],
            )
            for i, s in enumerate(old.segments)
        ]
        newest = tuple(
            segment.number
            for segment, before in zip(new, old.segments, strict=True)
            if {a.id for a in before.articles} & old.newest
        )
        manifest = commit(
            root, None, old.model, new, old.table, old.k, generation=old.generation + 1, last_added=newest
        )
        remove_leftovers(root, manifest)  # the JSONL segments
    return manifest


def remove_leftovers(
    root: Path, current: Manifest | None, *, keep: Sequence[int] = (), generation: int | None = None
) -> None:
    """Remove what a killed add left: temporary files, segments the current generation does not
    list (``keep``, default: the current manifest's), generations after it."""
    if current is not None:
        keep, generation = [segment.number for segment in current.segments], current.generation
    kept, newest = set(keep), generation or 0
    for path in sorted(root.glob(f".{POINTER}.*")):  # a CURRENT being switched when the add was killed
        files.remove(path)
    for path in sorted((root / SEGMENTS).glob("*")) if (root / SEGMENTS).is_dir() else ():
        if not path.name.isdigit() or int(path.name) not in kept:
            files.remove(path)
    for path in sorted((root / GENERATIONS).glob("*")) if (root / GENERATIONS).is_dir() else ():
        number = path.name.split(".")[0]
        if not number.isdigit() or int(number) > newest:
            files.remove(path)
