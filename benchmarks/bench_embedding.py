"""Embedding speed on the claims of ../shared/eval/gnad (1,028 articles): sentences/s of the
float32 model (sentence-transformers on torch) and of its int8 graph (checker.int8: onnxruntime,
built locally from the same weights), and how far the int8 vectors move.

    .venv/bin/python benchmarks/bench_embedding.py [--limit N] [--repeat 3]

Prints one JSON object: model load time, extraction claims/s, distinct texts, sentences/s
(median of repeats) for float32 and int8, and the cosine between the two models' vectors.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import numpy as np
import torch

import checker
from checker.embedding import embed_texts, load_model
from checker.pairing import claim_text

GNAD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gnad" / "articles.jsonl"


def timed(fn, repeat: int) -> tuple[float, object]:
    """Median seconds of ``repeat`` calls, and the last result."""
    secs, out = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        out = fn()
        secs.append(time.perf_counter() - started)
    return statistics.median(secs), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N distinct texts")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    articles = [json.loads(line) for line in GNAD.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    claims = checker.extract(articles)
    extract_secs = time.perf_counter() - started
    texts = [claim_text(claim) for claim in claims]
    unique = sorted(set(texts))[: args.limit or None]
    started = time.perf_counter()
    model = load_model(precision="float32")
    load_secs = time.perf_counter() - started
    quantised = load_model(precision="int8")
    # Alternate the two, so that a change of load on the machine hits both alike.
    fp32_runs, int8_runs = [], []
    for _ in range(args.repeat):
        fp32_runs.append(timed(lambda: embed_texts(model, unique), 1))
        int8_runs.append(timed(lambda: embed_texts(quantised, unique), 1))
    fp32_secs, fp32 = statistics.median(t for t, _ in fp32_runs), fp32_runs[-1][1]
    int8_secs, int8 = statistics.median(t for t, _ in int8_runs), int8_runs[-1][1]
    cosine = np.sum(np.asarray(fp32) * np.asarray(int8), axis=1)
    print(json.dumps({
        "articles": len(articles), "claims": len(claims), "distinct_texts": len(set(texts)),
        "embedded_texts": len(unique), "torch_threads": torch.get_num_threads(),
        "model_load_seconds": round(load_secs, 1),
        "extract_claims_per_second": round(len(claims) / extract_secs, 1),
        "float32_sentences_per_second": round(len(unique) / fp32_secs, 1),
        "int8_sentences_per_second": round(len(unique) / int8_secs, 1),
        "int8_speed_ratio": round(fp32_secs / int8_secs, 2),
        "int8_vs_float32_cosine_min": round(float(cosine.min()), 4),
        "int8_vs_float32_cosine_median": round(float(np.median(cosine)), 4),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
