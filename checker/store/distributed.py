"""The add on a Dask cluster: partitions of the input become segments, the neighbour join runs sharded.

`checker add PATHS --store DIR --workers N` starts a local cluster of N worker processes (one
thread each, on 127.0.0.1 only); ``--scheduler ADDRESS`` uses an existing cluster,
whose workers must see the store folder at the same path (a shared file system). The client
reads the inputs and keeps the store's lock; each worker loads the model once, extracts and
embeds a partition of the new articles and writes it as a segment; then the neighbour table is
updated segment by segment (exact, as the single-process add does, while the store is small or
the add is small) or rebuilt over cells of one trained quantizer (`sharded`, for large adds to
large stores); the client writes the generation. Dask is imported here only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import math
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..config import DEFAULT_MODEL
from ..embedding import DEFAULT_PRECISION, Embedder, load_model
from ..errors import StoreError
from ..pairing import EXACT_MAX_ROWS, NEIGHBOURS, PROBES, ROWS_PER_LIST
from ..pipeline import Progress, extract_all, frame_rows
from ..types import Article
from . import files, segments
from .building import (
    AddSummary,
    check_model,
    check_model_request,
    commit,
    embed_new,
    model_info,
    next_segment,
)
from .layout import Manifest, ModelInfo, Segment
from .neighbours import Mapper, Table, read_table, updated_table
from .sharded import sharded_table

PARTITIONS_PER_WORKER = 16  # small partitions keep every worker busy to the end
PARTITION_MAX_ARTICLES = 5000  # and a segment of a very large add stays a manageable file


def add_distributed(
    root: Path,
    current: Manifest | None,
    articles: Sequence[Article],
    *,
    model: str | None,
    precision: str | None,
    workers: int | None,
    scheduler: str | None,
    progress: Progress | None = None,
) -> AddSummary:
    """The new ``articles`` added on a cluster (the caller holds the store's lock)."""
    check_model_request(model, precision, current)
    name = model or (current.model.name if current else DEFAULT_MODEL)
    chosen = precision or (current.model.precision if current else DEFAULT_PRECISION)
    with cluster(workers=workers, scheduler=scheduler) as client:
        for info in _on_every_worker(client, worker_model_info, name, chosen):  # all load at once
            check_model(info, current)
        parts = partitions(articles, _worker_count(client))
        new = _build_segments(client, root, current, parts, name, chosen, progress)
        k = current.k if current else NEIGHBOURS + 1
        with files.writing(root):
            table = neighbour_table(root, current, [segment for segment, _ in new], k, mapper_of(client))
            manifest = commit(root, current, info, [segment for segment, _ in new], table, k)
    claims = sum(segment.claims for segment, _ in new)
    embedded = sum(count for _, count in new)
    added = tuple(a.id for a in articles)
    return AddSummary(added, 0, claims, embedded, manifest.generation, len(new))


def partitions(articles: Sequence[Article], workers: int) -> list[list[Article]]:
    """Consecutive runs of articles, about PARTITIONS_PER_WORKER per worker (input order kept)."""
    size = math.ceil(len(articles) / max(1, workers * PARTITIONS_PER_WORKER))
    size = max(1, min(size, PARTITION_MAX_ARTICLES))
    return [list(articles[i : i + size]) for i in range(0, len(articles), size)]


def _build_segments(
    client: Any,
    root: Path,
    current: Manifest | None,
    parts: Sequence[Sequence[Article]],
    model: str,
    precision: str,
    progress: Progress | None,
) -> list[tuple[Segment, int]]:
    from distributed import as_completed

    first = next_segment(current)
    futures = [
        client.submit(build_segment, str(root), first + i, part, current, model, precision, pure=False)
        for i, part in enumerate(parts)
    ]
    for done, _ in enumerate(as_completed(futures), 1):
        if progress:
            progress("partitions", done, len(futures))
    try:
        return [future.result() for future in futures]
    except OSError as e:  # a worker's write failed: the same line as for the single-process add
        raise StoreError(files.failure(e, root)) from e


def build_segment(
    root: str,
    number: int,
    articles: Sequence[Article],
    current: Manifest | None,
    model: str,
    precision: str,
) -> tuple[Segment, int]:
    """On a worker: extract and embed one partition and write it as a segment (the model is loaded
    once per worker process). Returns the segment and the number of texts embedded."""
    encoder = worker_model(model, precision)
    claims = extract_all(articles)
    emb, hashes, embedded = embed_new(encoder, claims, Path(root), current, None)
    frames = frame_rows(encoder, claims)
    segment = segments.write_segment(Path(root), number, articles, claims, emb, hashes, frames=frames)
    return segment, embedded


def worker_model_info(model: str, precision: str) -> ModelInfo:
    """On each worker, before any partition: load the model (once per process), and say which it is."""
    return model_info(model, worker_model(model, precision))


@functools.lru_cache(maxsize=4)
def worker_model(model: str, precision: str) -> Embedder:
    """The model, embedding as many texts side by side as the worker has threads (a worker of one
    thread uses one core; `checker.int8` alone would use every core of the machine). A text's
    vector does not depend on how many run beside it."""
    encoder = load_model(model, precision)
    threads = _worker_threads()
    if encoder.int8 is None or encoder.int8.workers == threads:
        return encoder
    return dataclasses.replace(encoder, int8=dataclasses.replace(encoder.int8, workers=threads))


def _worker_threads() -> int:
    from distributed import get_worker

    try:
        return max(1, int(get_worker().state.nthreads))
    except (ValueError, AttributeError):  # not inside a task: the machine's cores
        return len(os.sched_getaffinity(0))


def neighbour_table(
    root: Path, current: Manifest | None, new: Sequence[Segment], k: int, mapper: Mapper
) -> Table:
    """Exact and incremental while it is cheaper, else rebuilt over the cells of one quantizer.

    The exact update searches the new rows against all rows and all rows against the new ones
    (2 x new x all); the lists cost about all x PROBES x ROWS_PER_LIST (and k-means).
    """
    old_rows = current.claims if current else 0
    new_rows = sum(segment.claims for segment in new)
    total = old_rows + new_rows
    if total <= EXACT_MAX_ROWS or 2 * new_rows <= PROBES * ROWS_PER_LIST:
        old_table = read_table(root, current) if current else None
        return updated_table(root, current, old_table, new, k, mapper)
    return sharded_table(root, (*(current.segments if current else ()), *new), k, mapper)


def mapper_of(client: Any) -> Mapper:
    """A `Mapper` that runs each call as a task on the cluster (results in order)."""

    def run(
        function: Callable[..., Any], arguments: Sequence[tuple[Any, ...]], shared: tuple[Any, ...] = ()
    ) -> list[Any]:
        sent = client.scatter(list(shared), broadcast=True, hash=False) if shared else []
        futures = [client.submit(function, *sent, *args, pure=False) for args in arguments]
        return list(client.gather(futures))

    return run


@contextlib.contextmanager
def cluster(*, workers: int | None, scheduler: str | None) -> Iterator[Any]:
    """A Dask client: of a new local cluster of ``workers`` processes, or of the one at ``scheduler``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise StoreError(
            "--workers and --scheduler need Dask: pip install 'checker[dask]' (dask[distributed])"
        ) from e
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError, ValueError) as e:
            raise StoreError(f"cannot reach the Dask scheduler at {scheduler!r} ({e})") from e
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers or 1,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # the scheduler's HTTP server: a free loopback port
            scheduler_kwargs={"dashboard": False},
            silence_logs=logging.ERROR,
        ) as local,
        Client(local) as client,
    ):
        yield client


def _on_every_worker(client: Any, function: Callable[..., Any], *args: Any) -> list[Any]:
    """``function(*args)`` as one task on each worker, side by side."""
    workers = list(client.scheduler_info().get("workers", {}))
    futures = [
        client.submit(function, *args, workers=[w], allow_other_workers=False, pure=False) for w in workers
    ]
    return list(client.gather(futures))


def _worker_count(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))
