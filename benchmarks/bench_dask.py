"""Add throughput: single-process `checker add`, `--workers 2`, and 1 and 2 workers of one core each.

    .venv/bin/python benchmarks/bench_dask.py [--limit N] [--repeat 3] [--modes single,2,pinned1,pinned2]

Every run adds the articles to a new store in a fresh process, timed from start to exit (imports,
model load and, for the Dask runs, the cluster's start included: what a user waits for):
- single: `checker add ARTICLES --store NEW -q` (embeds two texts at a time on the two cores);
- 2 (or any number): `checker add ... --workers 2`, the product's local cluster (workers of one
  thread; the operating system places them on the cores);
- pinned1, pinned2: a local cluster of 1 or 2 workers of one thread, each worker process pinned
  to its own core (so that "one thread" is one core: the tokenizer and NumPy would otherwise use
  more), used through `add_to_store(..., scheduler=ADDRESS)`: how the Dask path scales.
The modes alternate within each round; the medians and the ratios are printed. Afterwards
`checker check --store` of the first single and the first `--workers 2` store are compared:
their report.json must be byte-identical.
Articles: ../shared/eval/gnad/articles.jsonl (the first N with --limit). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GNAD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gnad" / "articles.jsonl"
CHECKER = str(Path(sys.executable).with_name("checker"))


def run_add(articles: Path, store: Path, mode: str) -> dict[str, float]:
    args = [CHECKER, "add", str(articles), "--store", str(store), "-q"]
    if mode.startswith("pinned"):
        args = [sys.executable, __file__, "--pinned", mode.removeprefix("pinned"), str(articles), str(store)]
    elif mode != "single":
        args += ["--workers", mode]
    started = time.perf_counter()
    subprocess.run(args, check=True)
    secs = time.perf_counter() - started
    manifest = json.loads(next((store / "generations").glob("*.json")).read_text(encoding="utf-8"))
    claims = sum(segment["claims"] for segment in manifest["segments"])
    return {"seconds": round(secs, 1), "claims": claims, "claims_per_s": round(claims / secs, 1)}


def pin(dask_worker: object) -> None:
    """Pin every thread of this worker process to core (worker number mod cores)."""
    cores = sorted(os.sched_getaffinity(0))
    core = {cores[int(getattr(dask_worker, "name", 0)) % len(cores)]}
    for thread in os.listdir("/proc/self/task"):
        with contextlib.suppress(OSError):  # a thread that ended meanwhile
            os.sched_setaffinity(int(thread), core)


def add_pinned(workers: int, articles: str, store: str) -> None:
    import logging

    from distributed import Client, LocalCluster

    from checker.store import add_to_store

    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False}, silence_logs=logging.ERROR,
    )  # fmt: skip
    with cluster, Client(cluster) as client:
        client.run(pin)
        add_to_store(articles, store, scheduler=cluster.scheduler_address)


def report(store: Path, out: Path) -> bytes:
    subprocess.run(
        [CHECKER, "check", "--store", str(store), "--out", str(out), "--format", "json", "-q"], check=True
    )
    return (out / "report.json").read_bytes()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--modes", default="single,2,pinned1,pinned2")
    ap.add_argument("--pinned", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.pinned:
        add_pinned(int(args.pinned[0]), args.pinned[1], args.pinned[2])
        return
    modes = args.modes.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        articles = GNAD
        if args.limit:
            articles = Path(tmp) / "articles.jsonl"
            lines = GNAD.read_text(encoding="utf-8").splitlines()[: args.limit]
            articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
        runs: dict[str, list[dict[str, float]]] = {mode: [] for mode in modes}
        loads = [os.getloadavg()[0]]
        for r in range(args.repeat):
            for mode in modes[r % len(modes) :] + modes[: r % len(modes)]:
                runs[mode].append(run_add(articles, Path(tmp) / f"store-{mode}-{r}", mode))
                loads.append(os.getloadavg()[0])
        same = None
        if "single" in modes and "2" in modes:
            single = report(Path(tmp) / "store-single-0", Path(tmp) / "report-single")
            workers = report(Path(tmp) / "store-2-0", Path(tmp) / "report-2")
            same = single == workers
    median = {mode: statistics.median(run["claims_per_s"] for run in runs[mode]) for mode in modes}
    result: dict[str, object] = {
        "articles": str(articles.name if not args.limit else f"first {args.limit} of {GNAD.name}"),
        "claims": runs[modes[0]][0]["claims"],
        "runs": runs,
        "median_claims_per_s": median,
        "load_average_1min": [round(x, 1) for x in loads],
        "same_report_json_single_vs_workers_2": same,
    }
    if "single" in median and "2" in median:
        result["workers_2_over_single"] = round(median["2"] / median["single"], 3)
    if "pinned1" in median and "pinned2" in median:
        result["pinned2_over_pinned1"] = round(median["pinned2"] / median["pinned1"], 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
