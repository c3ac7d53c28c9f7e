"""`checker check` on many small generated articles: does the run grow linearly with the corpus?

    .venv/bin/python benchmarks/bench_many_articles.py [--sizes 500 5000] [--stages]

Writes N template articles (benchmarks/small_articles.py) to a JSONL file and times `checker
check FILE --out DIR --quiet` as a separate process (wall time and peak resident memory), for
each size; then prints time(largest) / time(smallest). With ``--stages`` it runs the stages in
this process instead (model loaded once) and times each: extraction, embedding, comparison,
each report.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from small_articles import small_articles

CHECKER = Path(sys.executable).with_name("checker")


def run_cli(n: int, tmp: Path) -> dict[str, object]:
    path = tmp / f"small{n}.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in small_articles(n)))
    started = time.perf_counter()
    subprocess.run([str(CHECKER), "check", str(path), "--out", str(tmp / f"out{n}"), "--quiet"], check=True)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report = json.loads((tmp / f"out{n}" / "report.json").read_text(encoding="utf-8"))
    return {
        "articles": n,
        "seconds": round(seconds, 1),
        "peak_mb_so_far": round(peak_mb),
        "claims": len(report["claims"]),
        "findings": len(report["conflicts"]),
    }


def run_stages(n: int) -> dict[str, object]:
    from checker.api import to_articles
    from checker.embedding import load_model
    from checker.pairing import embed_claims
    from checker.pipeline import check_embedded, embed_frames, extract_all
    from checker.report import WRITERS

    model = load_model()
    articles = to_articles(small_articles(n))
    times: dict[str, float] = {}
    started = time.perf_counter()
    claims = extract_all(articles)
    times["extract"] = time.perf_counter() - started
    started = time.perf_counter()
    emb = embed_claims(model, claims)
    frames = embed_frames(model, claims)  # as run_check does: figures are matched by their frames
    times["embed"] = time.perf_counter() - started
    started = time.perf_counter()
    run = check_embedded(articles, claims, emb, model="m", frames=frames)
    times["compare"] = time.perf_counter() - started
    for fmt, (_, render) in WRITERS.items():
        started = time.perf_counter()
        render(run)
        times[fmt] = time.perf_counter() - started
    return {
        "articles": n,
        "claims": len(claims),
        "pairs": len(run.pairs),
        "links": len(run.links),
        "findings": len(run.conflicts),
        **{k: round(v, 2) for k, v in times.items()},
        "seconds": round(sum(times.values()), 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    ap.add_argument("--stages", action="store_true", help="time each stage in this process")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            row = run_stages(n) if args.stages else run_cli(n, Path(tmp))
            rows.append(row)
            print(json.dumps(row), flush=True)
    first, last = rows[0], rows[-1]
    ratio = float(last["seconds"]) / max(float(first["seconds"]), 1e-9)  # type: ignore[arg-type]
    print(json.dumps({"ratio": round(ratio, 1), "size_ratio": last["articles"] / first["articles"]}))  # type: ignore[operator]


if __name__ == "__main__":
    main()
