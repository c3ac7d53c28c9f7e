"""A lasting store of articles, claims, embeddings and their neighbour table, added to incrementally.

Layout of a store folder (every file is written once and never changed afterwards)::

    CURRENT                             the number of the current generation (switched with os.replace)
    LOCK                                held by the add that is writing (`lock`)
    segments/000001/                    one partition of one add (`segments`): articles.parquet,
                                        claims.parquet (every field, one column each),
                                        embeddings.npy (float32, one row per claim), hashes.npy
    generations/000001.json             manifest: model, k, segments with row counts and file sizes
    generations/000001.npz              the neighbour table of all claims: ids and scores (n x k)
    generations/000001.findings.parquet the generation's findings (as `Result.conflicts`)

The Parquet tables open without the checker: ``duckdb -c "select * from
'store/segments/*/claims.parquet'"``. Modules, one job each: `layout` (paths, manifest), `files`
(atomic writes), `tables` (records <-> Arrow), `segments`, `neighbours` (the table, updated
segment by segment), `sharded` (the approximate join over cells for large distributed adds),
`lock`, `contents` (opening a store, checked), `legacy` (format 1), `adding`, `checking`, and
`distributed` (the Dask path, imported only when asked for).
"""

from __future__ import annotations

from .adding import AddSummary, add_to_store, migrate_store
from .checking import check_store, describe_filter, parse_since
from .contents import open_manifest, read_contents, store_format
from .layout import Manifest, ModelInfo, Segment

__all__ = [
    "AddSummary",
    "Manifest",
    "ModelInfo",
    "Segment",
    "add_to_store",
    "check_store",
    "describe_filter",
    "migrate_store",
    "open_manifest",
    "parse_since",
    "read_contents",
    "store_format",
]
