"""Synthetic claim embeddings for the pairing benchmarks: clustered, anisotropic, with near-copies.

Real e5 embeddings of news claims are not uniform on the sphere: all cosines sit high (a shared
direction), claims of one story cluster, and syndicated copies are near-duplicates. Uniform random
vectors would be the hardest (and an unrealistic) case for an approximate index, so the vectors
here imitate that structure: row = normalise(shared + topic centre + noise), 1 in 20 a near-copy.
"""

from __future__ import annotations

import numpy as np

DIM = 384
ROWS_PER_TOPIC = 200


def synthetic_embeddings(n: int, *, dim: int = DIM, seed: int = 0, chunk: int = 100_000) -> np.ndarray:
    """``n`` L2-normalised float32 rows, generated chunk by chunk (memory: the result only)."""
    rng = np.random.default_rng(seed)
    shared = _unit(rng.standard_normal((1, dim), dtype=np.float32))
    topics = _unit(rng.standard_normal((max(1, n // ROWS_PER_TOPIC), dim), dtype=np.float32))
    out = np.empty((n, dim), dtype=np.float32)
    for start in range(0, n, chunk):
        m = min(chunk, n - start)
        topic = rng.integers(0, len(topics), m)
        spread = rng.uniform(0.6, 1.2, (m, 1)).astype(np.float32)
        noise = rng.standard_normal((m, dim), dtype=np.float32) / np.float32(np.sqrt(dim))
        rows = 0.8 * shared + topics[topic] + spread * noise
        out[start : start + m] = _unit(rows)
    copies = rng.choice(n, n // 20, replace=False)
    sources = rng.integers(0, n, len(copies))
    jitter = 0.05 * rng.standard_normal((len(copies), dim), dtype=np.float32) / np.float32(np.sqrt(dim))
    out[copies] = _unit(out[sources] + jitter)
    return out


def synthetic_groups(n: int, *, rows_per_article: int = 30, seed: int = 1) -> np.ndarray:
    """An article code for each row (about ``rows_per_article`` rows an article)."""
    rng = np.random.default_rng(seed)
    return rng.integers(0, max(1, n // rows_per_article), n).astype(np.int64)


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)
