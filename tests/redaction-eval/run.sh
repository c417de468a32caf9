#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Redaction evaluation: generate the synthetic set, run the tool under test
# once per case, time every call and score the outputs. Usage:
#   tests/redaction-eval/run.sh [--images N] [--videos N] [--seed N]
#       [--custodia PATH] [--out DIR] [--no-ocr] [--jobs N]
# Defaults: 45 images, 3 videos, seed 7, build/default/vault/custodia,
# build/redaction-eval. The tool is called as
#   "$CUSTODIA" redact --roster SET/cases/caseNN.json --to OUT/redacted --json FILE...
# Stand-ins for testing the scorer: --custodia tests/redaction-eval/oracle_redact.py
# (should score ~100 %) or tests/redaction-eval/noop_redact.py (~0 %).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py=/usr/bin/python3
images=45 videos=3 seed=7
custodia="$root/build/default/vault/custodia"
out="$root/build/redaction-eval"
score_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --images) images="$2"; shift 2 ;;
    --videos) videos="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --custodia) custodia="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-ocr) score_args+=(--no-ocr); shift ;;
    --jobs) score_args+=(--jobs "$2"); shift 2 ;;
    -h | --help) sed -n '3,11p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done
if [ ! -x "$custodia" ]; then
  echo "run.sh: $custodia is not executable (build it, or pass --custodia)" >&2
  exit 2
fi
custodia="$(cd "$(dirname "$custodia")" && pwd)/$(basename "$custodia")"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
set_dir="$out/set" red="$out/redacted" logs="$out/logs"

echo "== generating $images images and $videos videos (seed $seed) in $set_dir" >&2
"$py" "$here/generate.py" --seed "$seed" --out "$set_dir" --images "$images" --videos "$videos" >&2
rm -rf "$red" "$logs"
mkdir -p "$red" "$logs"

# One tab-separated line per case: case file, condition, seconds of video, input files.
cases="$("$py" -c '
import json, os, sys
d = sys.argv[1]
idx = json.load(open(os.path.join(d, "index.json")))
items = {i["id"]: i for i in idx["items"]}
for c in idx["cases"]:
    its = [items[i] for i in c["items"]]
    print("\t".join([c["case"], c["condition"], str(sum(i.get("duration", 0) for i in its))]
                    + [os.path.join(d, i["file"]) for i in its]))
' "$set_dir")"

echo "== running $custodia once per case" >&2
calls="$logs/calls.tsv"
: >"$calls"
while IFS=$'\t' read -r -a f; do
  case_file="${f[0]}" cond="${f[1]}" vsec="${f[2]}"
  files=("${f[@]:3}")
  name="$(basename "$case_file" .json)"
  rc=0
  t0="$(date +%s.%N)"
  "$custodia" redact --roster "$set_dir/$case_file" --to "$red" --json "${files[@]}" \
    >"$logs/$name.json" 2>"$logs/$name.log" || rc=$?
  t1="$(date +%s.%N)"
  secs="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$cond" "${#files[@]}" "$vsec" "$secs" "$rc" >>"$calls"
  echo "   $name: $cond, ${#files[@]} file(s), ${secs} s, exit $rc" >&2
done <<<"$cases"

"$py" -c '
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1]), delimiter="\t"))
calls = [{"case": r[0], "condition": r[1], "files": int(r[2]), "video_seconds": float(r[3]),
          "seconds": float(r[4]), "exit": int(r[5])} for r in rows]
def per(cond, unit):
    cs = [c for c in calls if c["condition"] == cond]
    n = sum(unit(c) for c in cs)
    return sum(c["seconds"] for c in cs) / n if n else None
json.dump({"calls": calls,
           "seconds_per_clean_image": per("clean", lambda c: c["files"]),
           "seconds_per_photo": per("photo", lambda c: c["files"]),
           "seconds_per_video_minute": per("video", lambda c: c["video_seconds"] / 60),
           "nonzero_exit": [{"case": c["case"], "exit": c["exit"]} for c in calls if c["exit"]]},
          open(sys.argv[2], "w"), indent=1)
' "$calls" "$out/timing.json"

echo "== scoring" >&2
"$py" "$here/score.py" --set "$set_dir" --redacted "$red" --json "$out/score.json" \
  --timing "$out/timing.json" --markdown "${score_args[@]}" | tee "$out/report.md"
echo "== report: $out/report.md, numbers: $out/score.json, tool logs: $logs" >&2
