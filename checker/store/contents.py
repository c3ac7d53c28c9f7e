"""Opening a store: its current manifest, checked, and everything a check reads from it.

A store of format 1 (JSONL records, written before Parquet) is read by `legacy`, never misread as
format 2; a store of a newer format than this checker knows is refused with a clear error.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import StoreError
from ..types import Article, Claim
from . import legacy, segments
from .layout import (
    FINDINGS_SUFFIX,
    GENERATIONS,
    TABLE_SUFFIX,
    VERSION,
    Manifest,
    ModelInfo,
    check_sizes,
    damaged,
    manifest_from,
    read_manifest_data,
    read_pointer,
)
from .neighbours import Table, read_table

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Contents:
    """Everything a check reads from a store, in the order of the neighbour table's rows."""

    model: ModelInfo
    articles: list[Article]
    claims: list[Claim]
    added: dict[str, str]  # article id -> the day it was added to the store
    newest: frozenset[str]  # ids of the articles the latest add brought
    table: Table
    # claim id -> its figure frame's embedding; None when a segment was written without frames
    # (a store migrated from format 1): its figures are then matched by subject key.
    frames: dict[str, np.ndarray] | None = field(default=None, repr=False)


def store_format(root: Path) -> int:
    """The format of the store's current generation: 1 (JSONL) or `VERSION`; others are refused."""
    generation = read_pointer(root)
    version = read_manifest_data(root, generation)["version"]
    if version not in (legacy.VERSION, VERSION):
        raise StoreError(
            f"{root}: store format {version}; this checker reads formats {legacy.VERSION} and {VERSION} "
            "(a newer checker wrote it)"
        )
    return int(version)


def open_manifest(root: Path) -> Manifest:
    """The current generation's manifest, with every file it names checked (sizes, row counts)."""
    generation = read_pointer(root)
    data = read_manifest_data(root, generation)
    if data["version"] == legacy.VERSION:
        raise StoreError(legacy.old_format_message(root))
    if data["version"] != VERSION:
        store_format(root)  # raises with the message for a newer format
    manifest = manifest_from(data, root, generation)
    check_manifest(root, manifest)
    return manifest


def check_manifest(root: Path, manifest: Manifest) -> None:
    numbers = [segment.number for segment in manifest.segments]
    if len(set(numbers)) != len(numbers) or not set(manifest.last_added) <= set(numbers):
        raise damaged(f"generation {manifest.generation} lists segments {numbers} twice or unknown")
    for segment in manifest.segments:
        segments.check_segment(root, segment, manifest.model.dim)
    names = tuple(f"{manifest.generation:06d}{suffix}" for suffix in (TABLE_SUFFIX, FINDINGS_SUFFIX))
    check_sizes(root / GENERATIONS, manifest.sizes, names)


def read_contents(root: Path) -> Contents:
    """Every article, claim and the neighbour table of the current generation (any known format)."""
    if store_format(root) == legacy.VERSION:
        log.warning("%s", legacy.old_format_message(root))
        old = legacy.read_store(root)
        return Contents(old.model, old.articles, old.claims, old.added, old.newest, old.table)
    manifest = open_manifest(root)
    return read_records(root, manifest, read_table(root, manifest))


def read_records(root: Path, manifest: Manifest, table: Table) -> Contents:
    """The articles and claims of a manifest's segments (which may not be current yet), with ``table``."""
    articles: list[Article] = []
    claims: list[Claim] = []
    added: dict[str, str] = {}
    newest: set[str] = set()
    frames: dict[str, np.ndarray] | None = {}
    for segment in manifest.segments:
        these, days = segments.read_articles(root, segment)
        added.update(zip((a.id for a in these), days, strict=True))
        if segment.number in manifest.last_added:
            newest.update(a.id for a in these)
        articles.extend(these)
        these_claims = segments.read_claims(root, segment)
        claims.extend(these_claims)
        these_frames = segments.frames(root, segment, these_claims)
        frames = None if frames is None or these_frames is None else frames | these_frames
    if frames is None:
        log.warning("%s: segments written before figure frames: figures are matched by subject key", root)
    return Contents(manifest.model, articles, claims, added, frozenset(newest), table, frames)


def known_hashes(root: Path, manifest: Manifest) -> dict[str, str]:
    """Article id -> content hash of every article in the store (two columns read per segment)."""
    known: dict[str, str] = {}
    for segment in manifest.segments:
        entries = segments.article_entries(root, segment)
        known.update(zip(entries.column("id").to_pylist(), entries.column("hash").to_pylist(), strict=True))
    return known
