"""An incremental `add` of 10 new articles to a store of ../shared/eval/gnad vs a full rebuild.

    .venv/bin/python benchmarks/bench_store.py [--new 10]

Builds a store of the first 1,028 - N articles, adds the last N (timed), then builds a store of
all 1,028 from scratch (timed), both in one process with the model already loaded, and checks
how far both stores' pairs and findings agree. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from checker.embedding import load_model
from checker.pipeline import CheckRun
from checker.store import add_to_store, check_store

GNAD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gnad" / "articles.jsonl"


def pair_agreement(incremental: CheckRun, rebuilt: CheckRun) -> dict[str, object]:
    """How far the two stores' pairs agree, and whether every difference is a tie.

    Identical texts (syndicated sentences) get identical vectors; when more copies tie for the
    last of a claim's k neighbour places, which copy gets it depends on the order of the search.
    """
    texts = {claim.id: claim.text for claim in rebuilt.claims}
    a = {(p.a, p.b) for p in incremental.pairs}
    b = {(p.a, p.b) for p in rebuilt.pairs}
    only_a, only_b = a - b, b - a
    as_texts = lambda pairs: sorted((texts[x], texts[y]) for x, y in pairs)  # noqa: E731
    return {
        "pairs": len(b),
        "pairs_in_both": len(a & b),
        "same_findings": [c.claim_ids for c in incremental.conflicts]
        == [c.claim_ids for c in rebuilt.conflicts],
        "differences_are_ties_of_identical_texts": as_texts(only_a) == as_texts(only_b),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--new", type=int, default=10)
    args = ap.parse_args()
    articles = [json.loads(line) for line in GNAD.read_text(encoding="utf-8").splitlines() if line.strip()]
    load_model()
    with tempfile.TemporaryDirectory() as tmp:
        base, full = Path(tmp) / "base", Path(tmp) / "full"
        add_to_store(articles[: -args.new], base)
        started = time.perf_counter()
        added = add_to_store(articles, base)
        incremental = time.perf_counter() - started
        started = time.perf_counter()
        add_to_store(articles, full)
        rebuild = time.perf_counter() - started
        started = time.perf_counter()
        incremental_run, rebuilt_run = check_store(base).run, check_store(full).run
        check_secs = (time.perf_counter() - started) / 2
        agreement = pair_agreement(incremental_run, rebuilt_run)
    print(json.dumps({
        "articles": len(articles), "new_articles": len(added.added), "new_claims": added.claims,
        "incremental_add_seconds": round(incremental, 2), "full_rebuild_seconds": round(rebuild, 1),
        "ratio": round(incremental / rebuild, 4), "check_store_seconds": round(check_secs, 1),
        **agreement,
        "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
