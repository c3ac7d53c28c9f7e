"""How far direct quotation + speaker F1 can go with the spans the checker finds, and why speakers fail.

    .venv/bin/python benchmarks/quote_ceiling.py [--split dev|train] [--data FILE.jsonl] [--show N]

Runs the quotation stage on ../shared/eval/wikinews_quotes (or ``--data``, e.g.
../shared/eval/polnear/dev.jsonl, in the same format), matches direct quotations with the scorer's
own rules (`match_quotes`, `speaker_ok` from ../shared/eval/score.py; quoted pieces of a gold
"Mixed" attribution count neither way, as the scorer has it) and sorts the matched quotations by
why their speaker counts as wrong. The ceiling is the F1 if every matched speaker were right; the
second one leaves out the gold quotations without a speaker (a system that names the speaker its
sentence gives cannot score those). Prints one JSON object; with ``--show N`` first the context of
N matched quotations whose speaker is wrong or missing (for reading, never for copying).
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
    parser.add_argument("--data", help="a JSONL file of articles with gold quotes (PolNeAR, Wikinews)")
    parser.add_argument("--show", type=int, default=0, help="print N wrong speakers in context")
    args = parser.parse_args()
    sys.path.insert(0, str(EVAL))
    from score import chars, match_quotes, speaker_ok  # the scorer's own rules, outside the project

    path = Path(args.data) if args.data else EVAL / "wikinews_quotes" / f"{args.split}.jsonl"
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    kinds: Counter[str] = Counter()
    predicted = gold_total = shown = 0
    for item in articles:
        text = item["text"]
        article = Article(id=item["id"], text=text, lang=item["lang"])
        mixed = chars([span for q in item["quotes"] if q["type"] == "Mixed" for span in q["quote"]])
        found = [
            asdict(q)
            for q in extract_quotes(build_doc(article))
            if q.direct and len(mixed & set(range(q.start, q.end))) * 2 < max(q.end - q.start, 1)
        ]
        gold = [q for q in item["quotes"] if q["type"] == "Direct"]
        predicted += len(found)
        gold_total += len(gold)
        for g, p in match_quotes(gold, found):
            if speaker_ok(g, p, text):
                kind = "speaker right"
            elif not g["speaker"]:
                kind = "gold has no speaker"
            elif not p.get("speaker_mention"):
                kind = "no speaker found"
            else:
                kind = "another speaker"
            kinds[kind] += 1
            if kind in ("no speaker found", "another speaker") and shown < args.show:
                shown += 1
                before = text[max(0, p["start"] - 120) : p["start"]].replace("\n", " ")
                print(
                    f"[{kind}] gold {g['speaker_text']!r}, found {p['speaker_mention']!r} -> {p['speaker']!r}"
                )
                print(f"    …{before} «{text[p['start'] : p['end']][:60]}…»")
    matched = sum(kinds.values())
    both = predicted + gold_total
    print(
        json.dumps(
            {
                "data": path.name if args.data else args.split,
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
