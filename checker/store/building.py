"""What every add does, whether one process or a cluster builds its segments: the model it embeds
with (checked against the store's), the vectors of new texts (stored ones reused), and the commit
of a new generation (neighbour table, findings, manifest, then ``CURRENT``).

`adding` (the single-process add) and `distributed` (the add on a Dask cluster) both build on it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..config import DEFAULT_MODEL
from ..embedding import DEFAULT_PRECISION, Embedder, dimension, embed_texts, load_model, model_fingerprint
from ..errors import StoreError
from ..frames import conflicts_frame
from ..identity import with_stable_ids
from ..pairing import claim_text
from ..pipeline import Progress, check_paired
from ..types import Claim
from . import files, segments, tables
from .contents import read_records
from .layout import (
    FINDINGS_SUFFIX,
    MANIFEST_SUFFIX,
    POINTER,
    TABLE_SUFFIX,
    Manifest,
    ModelInfo,
    Segment,
    generation_path,
    manifest_json,
)
from .neighbours import Table, stored_pairs


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
