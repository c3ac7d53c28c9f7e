"""A lasting store of articles, claims, embeddings and their neighbour table, added to incrementally.

Layout of a store folder (every file is written once and never changed afterwards)::

    CURRENT                    the number of the current generation (switched with os.replace)
    segments/000001/           what one `add_to_store` brought: articles.jsonl, claims.jsonl,
                               embeddings.npy (float32, one row per claim), hashes.npy (text hashes)
    generations/000001.json    manifest: model (name, dimension, fingerprint), k, segments, articles
    generations/000001.npz     the neighbour table of all claims: ids and scores (n x k)

An add writes a new segment and a new generation and only then switches ``CURRENT``: a run killed
at any moment leaves the previous generation readable and complete. Leftovers of a killed run are
removed by the next add. The neighbour table is the FAISS search result over all claims; an add
searches only new claims against all and all against the new, so it costs a fraction of a rebuild.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .api import ArticlesOrPaths, to_articles
from .compare import find_conflicts
from .config import DEFAULT_MODEL
from .embedding import DEFAULT_PRECISION, Embedder, dimension, embed_texts, load_model, model_fingerprint
from .errors import StoreError
from .pairing import MIN_SCORE, NEIGHBOURS, Candidates, claim_text, neighbours, pairs_from_neighbours, search
from .pipeline import CheckRun, Progress, extract_all
from .result import Result
from .types import Article, Claim, Figure, Pair, Quote

log = logging.getLogger(__name__)

VERSION = 1
POINTER = "CURRENT"
# Called after each file an add writes, with the file's name: tests kill a real add between writes.
after_write: Callable[[str], None] | None = None


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """The embedding model a store's vectors come from; vectors of different models never mix."""

    name: str
    dim: int
    fingerprint: str
    precision: str = "float32"  # stores written before int8 embedding hold float32 vectors


@dataclass(frozen=True, slots=True)
class Manifest:
    """One generation of a store: what it holds and where."""

    generation: int
    model: ModelInfo
    k: int
    segments: tuple[int, ...]
    articles: dict[str, dict[str, Any]]  # id -> {"hash", "segment", "published", "added"}
    last_added: tuple[str, ...]  # article ids brought by the latest add


@dataclass(frozen=True, slots=True)
class AddSummary:
    """What one `add_to_store` did."""

    added: tuple[str, ...]
    skipped: int
    claims: int
    embedded: int  # distinct texts sent to the model (the others were found in the store)
    generation: int


def add_to_store(
    inputs: ArticlesOrPaths,
    store_dir: str | Path,
    *,
    model: str | None = None,
    precision: str | None = None,
    progress: Progress | None = None,
) -> AddSummary:
    """Add articles to a store, embedding only what is new; the same article twice changes nothing.

    Args:
        inputs: paths or article objects, as for `checker.check`.
        store_dir: the store folder (created on first use).
        model: the embedding model; default: the store's own, else multilingual-e5-small.
        precision: "int8" or "float32"; default: the store's own, else int8.

    Raises:
        StoreError: the store was built with another model, or an article id is already in the
            store with a different text.

    Example:
        >>> add_to_store("data/", "store/").added
        ('000_1715942c77dba495', ...)
    """
    root = Path(store_dir)
    current = open_manifest(root) if (root / POINTER).exists() else None
    given = to_articles(inputs)
    articles = _new_articles(given, current)
    if not articles:
        gen = current.generation if current else 0
        return AddSummary(added=(), skipped=len(given), claims=0, embedded=0, generation=gen)
    encoder, info = _model(model, precision, current)
    claims = extract_all(articles, progress=progress)
    emb, hashes, embedded = _embed(encoder, claims, root, current, progress)
    manifest = _write_generation(root, current, info, articles, claims, emb, hashes)
    return AddSummary(
        added=tuple(a.id for a in articles),
        skipped=len(given) - len(articles),
        claims=len(claims),
        embedded=embedded,
        generation=manifest.generation,
    )


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
        since: keep findings involving an article published on or after this ISO date (partial
            dates compare at their common precision; an article without a date counts by the
            day it was added to the store).
        new_only: keep findings involving an article brought by the latest add.

    Example:
        >>> check_store("store/", new_only=True).conflicts
    """
    manifest = open_manifest(store_dir)
    articles, claims = _read_records(Path(store_dir), manifest)
    ids, scores = _read_neighbours(Path(store_dir), manifest)
    found = pairs_from_neighbours(scores, ids, [c.article_id for c in claims], min_score=min_score)
    pairs = _pairs(claims, found)
    conflicts, links = find_conflicts(claims, pairs, {a.id: a for a in articles})
    run = CheckRun(
        articles=tuple(articles),
        claims=tuple(claims),
        pairs=tuple(pairs),
        conflicts=tuple(conflicts),
        links=tuple(links),
        model=manifest.model.name,
    )
    chosen = _chosen_articles(manifest, since=since, new_only=new_only)
    return Result(run if chosen is None else _restrict(run, chosen))


def open_manifest(store_dir: str | Path) -> Manifest:
    """The current generation's manifest; a clear error when the folder is not a store."""
    root = Path(store_dir)
    pointer = root / POINTER
    if not pointer.is_file():
        raise StoreError(
            f"{root}: not a store (no {POINTER} file); create one with `checker add PATH --store DIR`"
        )
    generation = int(pointer.read_text(encoding="utf-8").strip())
    data = json.loads(_generation_path(root, generation, ".json").read_text(encoding="utf-8"))
    if data.get("version") != VERSION:
        raise StoreError(
            f"{root}: store version {data.get('version')!r}; this checker reads version {VERSION}"
        )
    return Manifest(
        generation=generation,
        model=ModelInfo(**data["model"]),
        k=int(data["k"]),
        segments=tuple(data["segments"]),
        articles=data["articles"],
        last_added=tuple(data["last_added"]),
    )


# ---------------------------------------------------------------- adding


def _new_articles(articles: Sequence[Article], current: Manifest | None) -> list[Article]:
    """Articles not yet in the store; an id already stored with another text is an error."""
    known = current.articles if current else {}
    new = []
    for article in articles:
        entry = known.get(article.id)
        if entry is None:
            new.append(article)
        elif entry["hash"] != _article_hash(article):
            raise StoreError(
                f"article {article.id!r} is already in the store with a different text; "
                "give the new version its own id"
            )
    return new


def _article_hash(article: Article) -> str:
    record = json.dumps(dataclasses.asdict(article), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(record.encode()).hexdigest()[:16]


def _model(name: str | None, precision: str | None, current: Manifest | None) -> tuple[Embedder, ModelInfo]:
    """Load the model and make sure it is the one the store's vectors come from."""
    if current and name and name != current.model.name:
        raise StoreError(_mismatch(current.model, f"model {name!r}"))
    if current and precision and precision != current.model.precision:
        raise StoreError(_mismatch(current.model, f"{precision} vectors"))
    chosen = name or (current.model.name if current else DEFAULT_MODEL)
    encoder = load_model(chosen, precision or (current.model.precision if current else DEFAULT_PRECISION))
    info = ModelInfo(
        name=chosen,
        dim=dimension(encoder),
        fingerprint=model_fingerprint(encoder),
        precision=encoder.precision,
    )
    if current and info != current.model:
        raise StoreError(
            _mismatch(current.model, f"{info.name} (dim {info.dim}, fingerprint {info.fingerprint})")
        )
    return encoder, info


def _mismatch(stored: ModelInfo, given: str) -> str:
    return (
        f"the store holds {stored.precision} vectors of {stored.name} (dim {stored.dim}, "
        f"fingerprint {stored.fingerprint}), "
        f"not of {given}; use that model or a new store"
    )


def _embed(
    encoder: Embedder,
    claims: Sequence[Claim],
    root: Path,
    current: Manifest | None,
    progress: Progress | None,
) -> tuple[np.ndarray, np.ndarray, int]:
    """Rows for the claims: texts already in the store are reused, only the rest is embedded."""
    texts = [claim_text(claim) for claim in claims]
    hashes = np.array([_text_hash(text) for text in texts], dtype=np.uint64)
    known = _known_rows(root, current, hashes)
    missing = sorted({text for text, h in zip(texts, hashes.tolist(), strict=True) if h not in known})
    hook = (lambda done, total: progress("embedding", done, total)) if progress else None
    fresh = embed_texts(encoder, missing, progress=hook) if missing else np.zeros((0, 0), np.float32)
    rows = {_text_hash(text): fresh[i] for i, text in enumerate(missing)}
    rows.update(known)
    dim = current.model.dim if current else (fresh.shape[1] if missing else 0)
    emb = np.stack([rows[h] for h in hashes.tolist()]) if len(claims) else np.zeros((0, dim), np.float32)
    return emb.astype(np.float32), hashes, len(missing)


def _text_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def _known_rows(root: Path, current: Manifest | None, hashes: np.ndarray) -> dict[int, np.ndarray]:
    """Stored rows of the texts among ``hashes``, segment by segment (memory: the matches only)."""
    found: dict[int, np.ndarray] = {}
    for segment in current.segments if current else ():
        stored = np.load(_segment_path(root, segment) / "hashes.npy")
        hit = np.flatnonzero(np.isin(stored, hashes))
        if len(hit):
            emb = np.load(_segment_path(root, segment) / "embeddings.npy", mmap_mode="r")
            found.update({int(stored[i]): np.array(emb[i]) for i in hit})
    return found


def _write_generation(
    root: Path,
    current: Manifest | None,
    info: ModelInfo,
    articles: Sequence[Article],
    claims: Sequence[Claim],
    emb: np.ndarray,
    hashes: np.ndarray,
) -> Manifest:
    """Write the new segment, neighbour table and manifest, then switch CURRENT to them."""
    generation = (current.generation if current else 0) + 1
    _remove_leftovers(root, generation)
    _write_segment(root, generation, articles, claims, emb, hashes)
    segments = (*current.segments, generation) if current else (generation,)
    k = current.k if current else NEIGHBOURS + 1
    ids, scores = _updated_neighbours(root, current, segments, emb, k)
    _save_table(_generation_path(root, generation, ".npz"), ids, scores)
    manifest = Manifest(
        generation=generation,
        model=info,
        k=k,
        segments=segments,
        articles={**(current.articles if current else {}), **_entries(articles, generation)},
        last_added=tuple(a.id for a in articles),
    )
    _write_text(_generation_path(root, generation, ".json"), _manifest_json(manifest))
    _write_text(root / POINTER, f"{generation}\n")
    return manifest


def _entries(articles: Iterable[Article], segment: int) -> dict[str, dict[str, Any]]:
    today = dt.datetime.now(dt.UTC).date().isoformat()
    return {
        a.id: {"hash": _article_hash(a), "segment": segment, "published": a.published, "added": today}
        for a in articles
    }


def _manifest_json(manifest: Manifest) -> str:
    data = {"version": VERSION, **dataclasses.asdict(manifest)}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _write_segment(
    root: Path,
    segment: int,
    articles: Sequence[Article],
    claims: Sequence[Claim],
    emb: np.ndarray,
    hashes: np.ndarray,
) -> None:
    """Write into a temporary folder, then rename it: a segment folder is complete or absent."""
    final = _segment_path(root, segment)
    tmp = final.with_name(f".{final.name}.tmp")
    tmp.mkdir(parents=True)
    _write_text(tmp / "articles.jsonl", _jsonl(dataclasses.asdict(a) for a in articles))
    _write_text(tmp / "claims.jsonl", _jsonl(dataclasses.asdict(c) for c in claims))
    _save_npy(tmp / "embeddings.npy", emb)
    _save_npy(tmp / "hashes.npy", hashes)
    os.replace(tmp, final)
    _fsync_dir(final.parent)


def _remove_leftovers(root: Path, generation: int) -> None:
    """Files of a killed add (numbered from ``generation`` on, or temporary) are not part of the store."""
    for folder in (root / "segments", root / "generations"):
        for path in folder.glob("*") if folder.is_dir() else ():
            number = path.name.lstrip(".").split(".")[0]
            if path.name.startswith(".") or (number.isdigit() and int(number) >= generation):
                shutil.rmtree(path) if path.is_dir() else path.unlink()


def _updated_neighbours(
    root: Path, current: Manifest | None, segments: Sequence[int], new: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """The neighbour table with the new rows: new against all, old against new, merged."""
    if current is None:
        scores, ids = neighbours(new, min(k, len(new))) if len(new) else _empty_table(0, k)
        return _pad(ids, scores, k)
    old_ids, old_scores = _read_neighbours(root, current)
    n_old = len(old_ids)
    new_scores, new_ids = _empty_table(len(new), k)
    offset = 0
    for segment in segments:
        emb = new if segment == segments[-1] else _segment_emb(root, segment)
        if len(emb) and len(new):
            s, i = search(emb, new, k)
            new_scores, new_ids = _top(new_scores, new_ids, s, i + offset, k)
        offset += len(emb)
    start = 0
    for segment in segments[:-1] if len(new) else ():
        emb = _segment_emb(root, segment)
        if len(emb):
            rows = slice(start, start + len(emb))
            s, i = search(new, emb, k)
            old_scores[rows], old_ids[rows] = _top(old_scores[rows], old_ids[rows], s, i + n_old, k)
        start += len(emb)
    return np.concatenate([old_ids, new_ids]), np.concatenate([old_scores, new_scores])


def _empty_table(n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    return np.full((n, k), -np.inf, dtype=np.float32), np.full((n, k), -1, dtype=np.int64)


def _pad(ids: np.ndarray, scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    empty_scores, empty_ids = _empty_table(len(ids), k)
    empty_ids[:, : ids.shape[1]], empty_scores[:, : ids.shape[1]] = ids, scores
    return empty_ids, empty_scores


def _top(
    scores: np.ndarray, ids: np.ndarray, more_scores: np.ndarray, more_ids: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the k best of two neighbour lists (ties: the lower id first, as FAISS does)."""
    all_scores = np.concatenate([scores, more_scores], axis=1)
    all_ids = np.concatenate([ids, more_ids], axis=1)
    order = (
        np.lexsort((all_ids, -all_scores), axis=1)[:, :k] if all_ids.size else np.zeros((len(ids), 0), int)
    )
    return np.take_along_axis(all_scores, order, axis=1), np.take_along_axis(all_ids, order, axis=1)


# ---------------------------------------------------------------- reading


def _read_records(root: Path, manifest: Manifest) -> tuple[list[Article], list[Claim]]:
    articles: list[Article] = []
    claims: list[Claim] = []
    for segment in manifest.segments:
        folder = _segment_path(root, segment)
        articles.extend(Article(**d) for d in _read_jsonl(folder / "articles.jsonl"))
        claims.extend(claim_from_dict(d) for d in _read_jsonl(folder / "claims.jsonl"))
    return articles, claims


def claim_from_dict(data: dict[str, Any]) -> Claim:
    """Rebuild a claim written by the store (every field, the internal ones included)."""
    figure, quote = data.get("figure"), data.get("quote")
    return Claim(
        **{**data, "figure": Figure(**figure) if figure else None, "quote": Quote(**quote) if quote else None}
    )


def _read_neighbours(root: Path, manifest: Manifest) -> tuple[np.ndarray, np.ndarray]:
    with np.load(_generation_path(root, manifest.generation, ".npz")) as table:
        return table["ids"], table["scores"]


def _segment_emb(root: Path, segment: int) -> np.ndarray:
    return np.load(_segment_path(root, segment) / "embeddings.npy", mmap_mode="r")


def _pairs(claims: Sequence[Claim], found: Candidates) -> list[Pair]:
    pairs = []
    for i, j, score in zip(found.i.tolist(), found.j.tolist(), found.score.tolist(), strict=True):
        a, b = sorted((claims[i], claims[j]), key=lambda claim: claim.id)
        pairs.append(Pair(a=a.id, b=b.id, score=score, same_article=a.article_id == b.article_id))
    return sorted(pairs, key=lambda pair: (pair.a, pair.b))


def _chosen_articles(manifest: Manifest, *, since: str | None, new_only: bool) -> set[str] | None:
    """Ids of the articles whose findings are wanted; None: all."""
    if since is None and not new_only:
        return None
    chosen = set(manifest.articles)
    if new_only:
        chosen &= set(manifest.last_added)
    if since is not None:
        chosen &= {i for i, entry in manifest.articles.items() if _on_or_after(entry, since)}
    return chosen


def _on_or_after(entry: dict[str, Any], since: str) -> bool:
    date = entry.get("published") or entry["added"]
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
    return CheckRun(
        articles=tuple(a for a in run.articles if a.id in shown),
        claims=tuple(c for c in run.claims if c.article_id in shown),
        pairs=pairs,
        conflicts=conflicts,
        links=links,
        model=run.model,
    )


# ---------------------------------------------------------------- files


def _segment_path(root: Path, segment: int) -> Path:
    return root / "segments" / f"{segment:06d}"


def _generation_path(root: Path, generation: int, suffix: str) -> Path:
    return root / "generations" / f"{generation:06d}{suffix}"


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def _write_text(path: Path, text: str) -> None:
    _write_atomic(path, lambda f: f.write(text.encode("utf-8")))


def _save_npy(path: Path, array: np.ndarray) -> None:
    _write_atomic(path, lambda f: np.save(f, array, allow_pickle=False))


def _save_table(path: Path, ids: np.ndarray, scores: np.ndarray) -> None:
    _write_atomic(path, lambda f: np.savez(f, ids=ids, scores=scores))


def _write_atomic(path: Path, write: Callable[[Any], object]) -> None:
    """Write to a temporary name, flush to disk, rename: ``path`` is complete or absent."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as f:
        write(f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)
    if after_write:
        after_write(path.name)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
