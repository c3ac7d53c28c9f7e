#!/usr/bin/env bash
# Writes what the contract promises to keep (report.json and the extracted claims) for data/,
# the labelled stories and the quotation sets into OUTDIR, so two commits can be compared byte
# for byte: benchmarks/snapshot.sh /tmp/before; (change); benchmarks/snapshot.sh /tmp/after;
# diff -r /tmp/before /tmp/after. Run from the project root; uses ../shared.
set -e
out=${1:?usage: benchmarks/snapshot.sh OUTDIR}; mkdir -p "$out"
C=.venv/bin/checker
S=../shared
$C extract data/ --out $out/data.claims.jsonl
$C check data/ --out $out/data --format json >/dev/null
$C extract $S/eval/news/articles.jsonl --out $out/news.claims.jsonl
$C check $S/eval/news/articles.jsonl --out $out/news --format json >/dev/null
for s in $S/eval/stories/*/; do n=$(basename $s)
  $C extract $s/articles.jsonl --out $out/$n.claims.jsonl
  $C check $s/articles.jsonl --out $out/$n --format json > /dev/null
done
for sp in dev train; do
  python3 -c "
import json,sys
rows=[json.loads(l) for l in open('$S/eval/wikinews_quotes/$sp.jsonl')]
with open('$out/wq_$sp.in.jsonl','w') as f:
  for a in rows: f.write(json.dumps({k:a[k] for k in ('id','text','lang','source')},ensure_ascii=False)+'\n')
"
  $C extract $out/wq_$sp.in.jsonl --out $out/wq_$sp.claims.jsonl; rm $out/wq_$sp.in.jsonl
done
python3 -c "
import json
rows=[json.loads(l) for l in open('$S/eval/polnear/dev.jsonl')]
with open('$out/pn.in.jsonl','w') as f:
  for a in rows: f.write(json.dumps({k:a[k] for k in ('id','text','lang','source')},ensure_ascii=False)+'\n')
"
$C extract $out/pn.in.jsonl --out $out/pn.claims.jsonl; rm $out/pn.in.jsonl
echo SNAP DONE
