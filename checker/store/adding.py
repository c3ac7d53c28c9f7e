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
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..api import ArticlesOrPaths, to_articles
from ..config import DEFAULT_MODEL
from ..embedding import DEFAULT_PRECISION, Embedder, dimension, embed_texts, load_model, model_fingerprint
from ..errors import StoreError
from ..frames import conflicts_frame
from ..identity import with_stable_ids
from ..pairing import NEIGHBOURS, claim_text
from ..pipeline import Progress, check_paired, extract_all, frame_rows
from ..types import Article, Claim
from . import files, legacy, segments, tables
from .contents import known_hashes, open_manifest, read_records, store_format
from .layout import (
    FINDINGS_SUFFIX,
    GENERATIONS,
    MANIFEST_SUFFIX,
    POINTER,
    SEGMENTS,
    TABLE_SUFFIX,
    Manifest,
    ModelInfo,
    Segment,
    generation_path,
    manifest_json,
)
from .lock import Waiting, store_lock
from .neighbours import Table, first_table, read_table, run_in_turn, stored_pairs, updated_table


@dataclass(frozen=True, slots=True)
class AddSummary:
    """What one `add_to_store` did."""

    added: tuple[str, ...]
    skipped: int
    claims: int
    embedded: int  # distinct texts sent to the model (the others were found in the store)
    generation: int
    segments: int = 0  # segments written (one per partition with --workers)
    migrated: bool = False  # the store was of format 1 (JSONL) and is now Parquet


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


def model_for(
    name: str | None, precision: str | None, current: Manifest | None
) -> tuple[Embedder, ModelInfo]:
    """Load the model and make sure it is the one the store's vectors come from."""
    check_model_request(name, precision, current)
    chosen = name or (current.model.name if current else DEFAULT_MODEL)
    encoder = load_model(chosen, precision or (current.model.precision if current else DEFAULT_PRECISION))
    info = model_info(chosen, encoder)
    check_model(info, current)
    return encoder, info


def check_model_request(name: str | None, precision: str | None, current: Manifest | None) -> None:
    """Refuse a model or precision other than the store's before anything is loaded."""
    if current and name and name != current.model.name:
        raise StoreError(_mismatch(current.model, f"model {name!r}"))
    if current and precision and precision != current.model.precision:
        raise StoreError(_mismatch(current.model, f"{precision} vectors"))


def model_info(name: str, encoder: Embedder) -> ModelInfo:
    return ModelInfo(
        name=name, dim=dimension(encoder), fingerprint=model_fingerprint(encoder), precision=encoder.precision
    )


def check_model(info: ModelInfo, current: Manifest | None) -> None:
    if current and info != current.model:
        raise StoreError(
            _mismatch(current.model, f"{info.name} (dim {info.dim}, fingerprint {info.fingerprint})")
        )


def _mismatch(stored: ModelInfo, given: str) -> str:
    return (
        f"the store holds {stored.precision} vectors of {stored.name} (dim {stored.dim}, "
        f"fingerprint {stored.fingerprint}), "
        f"not of {given}; use that model or a new store"
    )


def embed_new(
    encoder: Embedder,
    claims: Sequence[Claim],
    root: Path,
    current: Manifest | None,
    progress: Progress | None,
) -> tuple[np.ndarray, np.ndarray, int]:
    """Rows for the claims: texts already in the store are reused, only the rest is embedded."""
    texts = [claim_text(claim) for claim in claims]
    hashes = np.array([segments.text_hash(text) for text in texts], dtype=np.uint64)
    known = _known_rows(root, current, hashes)
    missing = sorted({text for text, h in zip(texts, hashes.tolist(), strict=True) if h not in known})
    hook = (lambda done, total: progress("embedding", done, total)) if progress else None
    fresh = embed_texts(encoder, missing, progress=hook) if missing else np.zeros((0, 0), np.float32)
    rows = {segments.text_hash(text): fresh[i] for i, text in enumerate(missing)}
    rows.update(known)
    dim = dimension(encoder)
    emb = np.stack([rows[h] for h in hashes.tolist()]) if len(claims) else np.zeros((0, dim), np.float32)
    return emb.astype(np.float32), hashes, len(missing)


def _known_rows(root: Path, current: Manifest | None, hashes: np.ndarray) -> dict[int, np.ndarray]:
    """Stored rows of the texts among ``hashes``, segment by segment (memory: the matches only)."""
    found: dict[int, np.ndarray] = {}
    for segment in current.segments if current else ():
        stored = segments.hashes(root, segment)
        hit = np.flatnonzero(np.isin(stored, hashes))
        if len(hit):
            emb = segments.embeddings(root, segment)
            found.update({int(stored[i]): np.array(emb[i]) for i in hit})
    return found


def next_segment(current: Manifest | None) -> int:
    return max((segment.number for segment in current.segments), default=0) + 1 if current else 1


def commit(
    root: Path,
    current: Manifest | None,
    info: ModelInfo,
    new: Sequence[Segment],
    table: Table,
    k: int,
    *,
    generation: int | None = None,
    last_added: tuple[int, ...] | None = None,
) -> Manifest:
    """Write the neighbour table, the findings and the manifest, then switch CURRENT to them.

    Args:
        generation: the new generation's number (default: the current one's + 1).
        last_added: the segments of the latest add (default: ``new``).
    """
    number = generation or (current.generation if current else 0) + 1
    ids, scores = table
    manifest = Manifest(
        generation=number,
        model=info,
        k=k,
        segments=(*(current.segments if current else ()), *new),
        last_added=tuple(segment.number for segment in new) if last_added is None else last_added,
        sizes={},
    )
    table_path = generation_path(root, number, TABLE_SUFFIX)
    findings_path = generation_path(root, number, FINDINGS_SUFFIX)
    sizes = {table_path.name: files.save_table(table_path, ids, scores)}
    sizes[findings_path.name] = files.write_parquet(findings_path, _findings(root, manifest, table))
    manifest = dataclasses.replace(manifest, sizes=sizes)
    files.write_text(generation_path(root, number, MANIFEST_SUFFIX), manifest_json(manifest))
    files.write_text(root / POINTER, f"{number}\n")
    return manifest


def _findings(root: Path, manifest: Manifest, table: Table) -> object:
    """The generation's findings at the default --min-score, as `Result.conflicts` lists them."""
    contents = read_records(root, manifest, table)
    pairs, quote_pairs = stored_pairs(contents.claims, table)
    run = check_paired(
        contents.articles, contents.claims, pairs, model=manifest.model.name,
        frames=contents.frames, quote_pairs=quote_pairs,
    )  # fmt: skip
    # The stable ids `check_store` shows (checker.identity), until compare.find_conflicts gives them itself.
    run = dataclasses.replace(run, conflicts=with_stable_ids(run.conflicts))
    return tables.findings_table(conflicts_frame(run).itertuples(index=False))


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
