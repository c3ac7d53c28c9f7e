"""Share of claims that find a partner in another article, per similarity threshold.

Related news (../shared/eval/news) vs unrelated articles (the first 120 of ../shared/eval/gnad):
a good threshold keeps most related claims and few chance pairs. Results: docs/pairing.md.

    .venv/bin/python benchmarks/pairing_threshold.py
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

import checker
from checker.embedding import load_model
from checker.pairing import embed_claims

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
THRESHOLDS = (0.84, 0.86, 0.88, 0.90, 0.92, 0.94)


def best_partner_scores(claims: list[checker.Claim], emb: np.ndarray) -> np.ndarray:
    scores = emb @ emb.T
    articles = np.array([claim.article_id for claim in claims])
    scores[articles[:, None] == articles[None, :]] = -1.0
    return scores.max(axis=1)


def main() -> None:
    model = load_model()
    news = checker.extract(EVAL / "news" / "articles.jsonl")
    with open(EVAL / "gnad" / "articles.jsonl", encoding="utf-8") as f:
        gnad = checker.extract([json.loads(line) for line in f][:120])
    related = best_partner_scores(news, embed_claims(model, news))
    unrelated = best_partner_scores(gnad, embed_claims(model, gnad))
    print("| threshold | news claims with a partner | GNAD claims with a partner |")
    print("|---|---|---|")
    for t in THRESHOLDS:
        print(f"| {t:.2f} | {(related >= t).mean():.3f} | {(unrelated >= t).mean():.3f} |")


if __name__ == "__main__":
    main()
