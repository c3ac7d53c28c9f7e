"""Stores built without the model, for the store's and the desk's tests: the articles' real claims
and figure frames, vectors from hashed words (texts that share words score high), written through
the store's own functions as `checker add` writes them."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from checker.compare.figures import frame_text
from checker.pairing import claim_text
from checker.pipeline import extract_all, framed_claims
from checker.store import building, neighbours, segments
from checker.store.contents import open_manifest
from checker.store.layout import ModelInfo
from checker.types import Article

DIM = 384
MODEL = ModelInfo("test/bag-of-words", DIM, "test/bag-of-words/384/none/float32/000000000000", "float32")
K = 11  # the neighbours a new store keeps (pairing.NEIGHBOURS + 1)
# Four short articles of one story, German and English: id -> (published, text).
ARTICLES: dict[str, tuple[str | None, str]] = {
    "a-de": (
        "2024-10-23",
        "Nach Angaben des südkoreanischen Geheimdienstes sind etwa 3.000 nordkoreanische Soldaten in "
        "Russland. „Das ist eine gefährliche Eskalation“, sagte Außenminister Antony Blinken am Mittwoch.",
    ),
    "b-en": (
        "2024-10-28",
        "About 10,000 North Korean troops are in Russia, the Pentagon said on Monday. "
        'Secretary of State Antony Blinken said: "This is a dangerous escalation."',
    ),
    "c-de": (
        "2024-11-04",
        "Rund 8.000 nordkoreanische Soldaten sind nach US-Angaben in der Region Kursk eingetroffen. "
        "Die Ukraine meldete am Montag erste Gefechte mit den Truppen.",
    ),
    "d-en": (
        None,
        "Roughly 8,000 North Korean soldiers have arrived in the Kursk region, US officials said. "
        "Ukraine reported first clashes with the troops on Monday.",
    ),
}


def word_vectors(texts: list[str]) -> np.ndarray:
    """A unit vector per text from hashed lower-case words: texts sharing words score high."""
    emb = np.zeros((len(texts), DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().split():
            emb[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % DIM] += 1.0
    norms = np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-12)
    return (emb / norms).astype(np.float32)


def add_without_model(root: Path, articles: Sequence[Article], *, with_frames: bool = True) -> None:
    """What an add writes (one segment, the neighbour table, a new generation), with
    `word_vectors` instead of the model. Without ``with_frames`` the segment has no figure frames,
    as a store migrated from format 1, and its figures are matched by subject key."""
    current = open_manifest(root) if (root / "CURRENT").exists() else None
    claims = extract_all(articles)
    texts = [claim_text(c) for c in claims]
    emb = word_vectors(texts)
    hashes = np.array([segments.text_hash(t) for t in texts], dtype=np.uint64)
    frames = word_vectors([frame_text(c) for c in framed_claims(claims)]) if with_frames else None
    number = building.next_segment(current)
    segment = segments.write_segment(root, number, articles, claims, emb, hashes, frames=frames)
    k = current.k if current else K
    if current is None:
        table = neighbours.first_table(emb, k)
    else:
        old = neighbours.read_table(root, current)
        table = neighbours.updated_table(root, current, old, [segment], k, neighbours.run_in_turn)
    building.commit(root, current, MODEL, [segment], table, k)
