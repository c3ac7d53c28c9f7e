"""How far direct quotation + speaker F1 can go with the spans the checker finds.

    .venv/bin/python benchmarks/quote_ceiling.py [--split dev|train]

Runs the quotation stage on ../shared/eval/wikinews_quotes, matches direct quotations with the
scorer's own rules (`match_quotes`, `speaker_ok` from ../shared/eval/score.py) and sorts the
matched quotations by why their speaker counts as wrong. The ceiling is the F1 if every matched
speaker were right; the second one leaves out the gold quotations without a speaker (a system that
names the speaker its sentence gives cannot score those). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from checker.quotes import extract_quotes
from checker.text.doc import build_doc
from checker.types import Article

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    args = parser.parse_args()
    sys.path.insert(0, str(EVAL))
    from score import match_quotes, speaker_ok  # the scorer's own rules, outside the project

    path = EVAL / "wikinews_quotes" / f"{args.split}.jsonl"
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    kinds: Counter[str] = Counter()
    predicted = gold_total = 0
    for item in articles:
        article = Article(id=item["id"], text=item["text"], lang=item["lang"])
        found = [asdict(q) for q in extract_quotes(build_doc(article)) if q.direct]
        gold = [q for q in item["quotes"] if q["type"] == "Direct"]
        predicted += len(found)
        gold_total += len(gold)
        for g, p in match_quotes(gold, found):
            if speaker_ok(g, p, item["text"]):
                kinds["speaker right"] += 1
            elif not g["speaker"]:
                kinds["gold has no speaker"] += 1
            elif not p.get("speaker_mention"):
                kinds["no speaker found"] += 1
            else:
                kinds["another speaker"] += 1
    matched = sum(kinds.values())
    both = predicted + gold_total
    print(
        json.dumps(
            {
                "split": args.split,
                "predicted": predicted,
                "gold": gold_total,
                "matched": matched,
                **kinds,
                "direct_speaker_f1": round(2 * kinds["speaker right"] / both, 3),
                "ceiling_f1": round(2 * matched / both, 3),
                "ceiling_f1_without_gold_no_speaker": round(
                    2 * (matched - kinds["gold has no speaker"]) / both, 3
                ),
            }
        )
    )


if __name__ == "__main__":
    main()
