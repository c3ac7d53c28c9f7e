"""The sharded neighbour join (store/sharded.py on a local Dask cluster) against the single index.

    .venv/bin/python benchmarks/bench_sharded_join.py 100000 1000000 [--workers 2]

For each size: synthetic 384-dim float32 claim vectors (benchmarks/synthetic.py) are written as
segments of 10,000 rows; then, each in its own process so that peak memory is its own,
- single: all rows in one array, `pairing.neighbours` (the one-process search: exact up to
  50,000 rows, clustered beyond);
- sharded: `sharded.sharded_table` on a LocalCluster of N workers of one thread each (the
  client holds only the table; the workers read the rows they need from the segments);
- exact: the 10 nearest rows of 1,000 evenly spaced query rows by exact search (an exact
  search of all 1M rows is too expensive on 2 cores), for recall@10 of both.
Prints one JSON object a line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic_embeddings

from checker import pairing
from checker.store.layout import Segment, segment_path

SEGMENT_ROWS = 10_000
SAMPLE = 1000
K = pairing.NEIGHBOURS + 1


def write_segments(root: Path, n: int) -> list[Segment]:
    emb = synthetic_embeddings(n)
    out = []
    for number, start in enumerate(range(0, n, SEGMENT_ROWS), 1):
        folder = segment_path(root, number)
        folder.mkdir(parents=True)
        rows = emb[start : start + SEGMENT_ROWS]
        np.save(folder / "embeddings.npy", rows)
        out.append(Segment(number, 0, len(rows), {}))
    return out


def sample_rows(n: int) -> np.ndarray:
    return np.linspace(0, n - 1, min(SAMPLE, n)).astype(np.int64)


def load_all(root: Path, segments: list[Segment]) -> np.ndarray:
    return np.concatenate([np.load(segment_path(root, s.number) / "embeddings.npy") for s in segments])


def run_single(root: Path, segments: list[Segment]) -> dict[str, object]:
    emb = load_all(root, segments)
    started = time.perf_counter()
    ids = pairing.neighbours(emb, K)[1]
    secs = time.perf_counter() - started
    np.save(root / "single.npy", ids[sample_rows(len(emb))])
    return {"seconds": round(secs, 1), "peak_rss_gb": _rss_gb()}


def run_sharded(root: Path, segments: list[Segment], workers: int) -> dict[str, object]:
    from checker.store.distributed import cluster, mapper_of
    from checker.store.sharded import sharded_table

    with cluster(workers=workers, scheduler=None) as client:
        started = time.perf_counter()
        ids, _ = sharded_table(root, segments, K, mapper_of(client))
        secs = time.perf_counter() - started
        per_worker = client.run(_rss_gb)
    np.save(root / "sharded.npy", ids[sample_rows(len(ids))])
    return {
        "seconds": round(secs, 1),
        "peak_rss_gb_per_worker": sorted(per_worker.values()),
        "client_peak_rss_gb": _rss_gb(),
    }


def run_exact(root: Path, segments: list[Segment]) -> dict[str, object]:
    emb = load_all(root, segments)
    truth = pairing.search(emb, emb[sample_rows(len(emb))], pairing.NEIGHBOURS)[1]
    out = {}
    for name in ("single", "sharded"):
        ids = np.load(root / f"{name}.npy")[:, : pairing.NEIGHBOURS]
        out[f"{name}_recall_at_10"] = round(pairing.recall_at(ids, truth), 4)
    return out


def _rss_gb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss it does not carry over the
    parent's peak through fork and exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 2**20, 2)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)


def in_child(step: str, root: Path, n: int, workers: int) -> dict[str, object]:
    args = [
        sys.executable,
        __file__,
        "--step",
        step,
        "--root",
        str(root),
        "--one",
        str(n),
        "--workers",
        str(workers),
    ]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=int)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--step", help=argparse.SUPPRESS)
    ap.add_argument("--root", help=argparse.SUPPRESS)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.step:
        root = Path(args.root)
        segments = [
            Segment(i + 1, 0, min(SEGMENT_ROWS, args.one - s), {})
            for i, s in enumerate(range(0, args.one, SEGMENT_ROWS))
        ]
        steps = {
            "single": lambda: run_single(root, segments),
            "sharded": lambda: run_sharded(root, segments, args.workers),
            "exact": lambda: run_exact(root, segments),
        }
        print(json.dumps(steps[args.step]()))
        return
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            write_segments(Path(tmp), n)
            result: dict[str, object] = {
                "rows": n,
                "dim": 384,
                "workers": args.workers,
                "load_before": os.getloadavg()[0],
            }
            result["single"] = in_child("single", Path(tmp), n, args.workers)
            result["sharded"] = in_child("sharded", Path(tmp), n, args.workers)
            result.update(in_child("exact", Path(tmp), n, args.workers))
            result["load_after"] = os.getloadavg()[0]
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
