"""Pairing at scale on synthetic vectors: time, recall@10 against exact search, peak memory, growth.

Each size runs in a fresh process, so that its peak memory (ru_maxrss) is its own:

    .venv/bin/python benchmarks/bench_pairing.py 10000 100000 1000000
    .venv/bin/python benchmarks/bench_pairing.py --growth 125000 250000 500000 1000000
    .venv/bin/python benchmarks/bench_pairing.py --crossover 10000 25000 50000 100000

Prints one JSON object a line; with --growth also the exponent of time against size.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic_embeddings, synthetic_groups

from checker import pairing

SAMPLE = 1000  # rows whose recall is measured against exact search


def measure(n: int, exact: bool | None) -> dict[str, object]:
    """Pair ``n`` synthetic rows (search + pairs, as `pair_arrays`); recall@10 on SAMPLE rows."""
    emb = synthetic_embeddings(n)
    groups = synthetic_groups(n)
    started = time.perf_counter()
    scores, ids = pairing.neighbours(emb, pairing.NEIGHBOURS + 1, exact=exact)
    search_secs = time.perf_counter() - started
    found = pairing.pairs_from_neighbours(scores, ids, groups)
    pair_secs = time.perf_counter() - started
    ids = ids[:, : pairing.NEIGHBOURS]  # recall@10: the row itself is its first neighbour either way
    rows = np.linspace(0, n - 1, min(SAMPLE, n)).astype(np.int64)
    truth = pairing.search(emb, emb[rows], pairing.NEIGHBOURS)[1]
    return {
        "rows": n,
        "search": "exact" if (exact or (exact is None and n <= pairing.EXACT_MAX_ROWS)) else "clustered",
        "pair_seconds": round(pair_secs, 1),
        "search_seconds": round(search_secs, 1),
        "pairs": len(found),
        "recall_at_10": round(pairing.recall_at(ids[rows], truth), 4),
        "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2),
    }


def in_child(n: int, exact: bool | None) -> dict[str, object]:
    args = [sys.executable, __file__, "--one", str(n), "--exact", str(exact)]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def exponent(results: list[dict[str, object]]) -> float:
    """Least-squares slope of log(pair time) against log(rows)."""
    x = np.log([float(r["rows"]) for r in results])  # type: ignore[arg-type]
    y = np.log([float(r["pair_seconds"]) for r in results])  # type: ignore[arg-type]
    return float(np.polyfit(x, y, 1)[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=int)
    ap.add_argument("--growth", action="store_true", help="also print the growth exponent")
    ap.add_argument("--crossover", action="store_true", help="exact and clustered search at each size")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--exact", default="None", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, {"None": None, "True": True, "False": False}[args.exact])))
        return
    results = []
    for n in args.sizes:
        for exact in (True, False) if args.crossover else (None,):
            results.append(in_child(n, exact))
            print(json.dumps(results[-1]), flush=True)
    if args.growth and len(results) > 1:
        steps = [
            round(math.log(float(b["pair_seconds"]) / float(a["pair_seconds"]), 2), 2)  # type: ignore[arg-type]
            for a, b in itertools.pairwise(results)
        ]
        print(
            json.dumps(
                {"growth_exponent": round(exponent(results), 3), "log2_time_ratio_per_doubling": steps}
            )
        )


if __name__ == "__main__":
    main()
