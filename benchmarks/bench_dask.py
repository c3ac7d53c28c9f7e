"""Add throughput: the single-process `checker add` against `--workers 1` and `--workers 2`.

    .venv/bin/python benchmarks/bench_dask.py [--limit N] [--repeat 3] [--modes single,1,2]

Each run is `checker add ARTICLES --store NEW_STORE -q [--workers N]` in a fresh process, timed
from start to exit (imports, model load and, for the Dask runs, the cluster's start included: what
a user waits for). A worker of a local cluster has one thread and embeds one text at a time; the
single-process add embeds on both cores. The modes alternate within each round; the medians and
the ratios are printed. Afterwards `checker check --store` of the first single and the first
`--workers 2` store are compared: their report.json must be byte-identical.
Articles: ../shared/eval/gnad/articles.jsonl (the first N with --limit). Prints one JSON object.
"""

from __future__ import annotations

import argparse
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
    if mode != "single":
        args += ["--workers", mode]
    started = time.perf_counter()
    subprocess.run(args, check=True)
    secs = time.perf_counter() - started
    manifest = json.loads(next((store / "generations").glob("*.json")).read_text(encoding="utf-8"))
    claims = sum(segment["claims"] for segment in manifest["segments"])
    return {"seconds": round(secs, 1), "claims": claims, "claims_per_s": round(claims / secs, 1)}


def report(store: Path, out: Path) -> bytes:
    subprocess.run(
        [CHECKER, "check", "--store", str(store), "--out", str(out), "--format", "json", "-q"], check=True
    )
    return (out / "report.json").read_bytes()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--modes", default="single,2,1")
    args = ap.parse_args()
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
    if "1" in median and "2" in median:
        result["workers_2_over_workers_1"] = round(median["2"] / median["1"], 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
