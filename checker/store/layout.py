"""Where a store keeps what, and its manifest: the current generation's model, segments and files.

A manifest names every file of its generation with its size in bytes and every segment with its
row counts, so that a damaged store (a file truncated, deleted or replaced) is named as damaged
before anything reads it or an add builds on it.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StoreError

VERSION = 2  # 1: records as JSONL, articles listed in the manifest (read by `legacy`)
POINTER = "CURRENT"
LOCK = "LOCK"
SEGMENTS = "segments"
GENERATIONS = "generations"
ARTICLES_FILE = "articles.parquet"
CLAIMS_FILE = "claims.parquet"
EMBEDDINGS_FILE = "embeddings.npy"
HASHES_FILE = "hashes.npy"
SEGMENT_FILES = (ARTICLES_FILE, CLAIMS_FILE, EMBEDDINGS_FILE, HASHES_FILE)
# The embeddings of the figure claims' frames (what figures are matched by), one row per figure
# claim in the order of claims.parquet. Segments written before frames existed lack the file; a
# store with such a segment matches figures by subject key (`contents.Contents.frames` is None).
FRAMES_FILE = "frames.npy"
TABLE_SUFFIX = ".npz"  # the neighbour table: generations/000001.npz
FINDINGS_SUFFIX = ".findings.parquet"
MANIFEST_SUFFIX = ".json"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """The embedding model a store's vectors come from; vectors of different models never mix."""

    name: str
    dim: int
    fingerprint: str
    precision: str = "float32"  # stores written before int8 embedding hold float32 vectors


@dataclass(frozen=True, slots=True)
class Segment:
    """One partition of one add: its articles and claims, written once and never changed."""

    number: int
    articles: int
    claims: int
    sizes: dict[str, int]  # file name -> bytes


@dataclass(frozen=True, slots=True)
class Manifest:
    """One generation of a store: what it holds and where."""

    generation: int
    model: ModelInfo
    k: int
    segments: tuple[Segment, ...]
    last_added: tuple[int, ...]  # the segments the latest add brought
    sizes: dict[str, int]  # the generation's own files (neighbour table, findings) -> bytes

    @property
    def claims(self) -> int:
        return sum(segment.claims for segment in self.segments)


def segment_path(root: Path, number: int) -> Path:
    return root / SEGMENTS / f"{number:06d}"


def generation_path(root: Path, generation: int, suffix: str) -> Path:
    return root / GENERATIONS / f"{generation:06d}{suffix}"


def damaged(what: str) -> StoreError:
    return StoreError(f"store is damaged: {what}")


def read_pointer(root: Path) -> int:
    """The current generation's number; a clear error when the folder is no store or CURRENT is bad."""
    pointer = root / POINTER
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root} is a file, not a store folder")
    if not pointer.is_file():
        raise StoreError(
            f"{root}: not a store (no {POINTER} file); create one with `checker add PATH --store DIR`"
        )
    text = _read_text(pointer).strip()
    if not text.isdigit() or int(text) < 1:
        raise damaged(f"{pointer} holds {text[:40]!r}, not a generation number")
    return int(text)


def read_manifest_data(root: Path, generation: int) -> dict[str, Any]:
    """The manifest of a generation as JSON values: an object with a version, else damaged."""
    path = generation_path(root, generation, MANIFEST_SUFFIX)
    if not path.is_file():
        raise damaged(f"{POINTER} names generation {generation}, but {path} is missing")
    try:
        data = json.loads(_read_text(path))
    except (json.JSONDecodeError, RecursionError) as e:
        raise damaged(f"{path} is not valid JSON ({e})") from e
    if not isinstance(data, dict) or not isinstance(data.get("version"), int):
        raise damaged(f"{path} is not a manifest (no object with a version)")
    return data


def manifest_from(data: dict[str, Any], root: Path, generation: int) -> Manifest:
    """A version-2 manifest from its JSON values; any missing or mistyped field: damaged."""
    try:
        return Manifest(
            generation=generation,
            model=ModelInfo(**data["model"]),
            k=int(data["k"]),
            segments=tuple(
                Segment(int(s["number"]), int(s["articles"]), int(s["claims"]), _sizes(s["sizes"]))
                for s in data["segments"]
            ),
            last_added=tuple(int(n) for n in data["last_added"]),
            sizes=_sizes(data["sizes"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        path = generation_path(root, generation, MANIFEST_SUFFIX)
        raise damaged(f"{path} lacks or mistypes a field ({type(e).__name__}: {e})") from e


def _sizes(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise TypeError(f"sizes must be an object, not {type(value).__name__}")
    return {str(name): int(size) for name, size in value.items()}


def manifest_json(manifest: Manifest) -> str:
    data = {"version": VERSION, **dataclasses.asdict(manifest)}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def check_sizes(folder: Path, sizes: dict[str, int], names: tuple[str, ...] = ()) -> None:
    """Every file of ``sizes`` (and every name of ``names``) exists with the size recorded."""
    for name in sorted(set(sizes) | set(names)):
        path = folder / name
        if not path.is_file():
            raise damaged(f"{path} is missing")
        if name in sizes and path.stat().st_size != sizes[name]:
            raise damaged(f"{path} has {path.stat().st_size} bytes, the manifest says {sizes[name]}")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise damaged(f"{path} is not UTF-8 text ({e})") from e
    except OSError as e:
        raise StoreError(f"cannot read {path}: {e.strerror or e}") from e
