#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks of issue 2, each against the reference tool in the same run, and
# the table in docs/performance.md. Usage (after building the default preset):
#   tests/bench/run.sh [--write]      # --write replaces docs/performance.md
# BENCH_DIR (default /var/tmp/custodia-bench) must be on a real disk.
# ONLY="export" (or "ingest items purge log export capture", any of them) runs only
# those sections, to measure one change; the table then lists only them.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
bin="$root/build/default"
C="$bin/vault/custodia"
B="$bin/tests/bench/custodia_bench"
dir="${BENCH_DIR:-/var/tmp/custodia-bench}"
rounds="${ROUNDS:-3}"
pass="bench passphrase"
rm -rf "$dir"
mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT
results="$dir/results.txt"
: >"$results"

seconds() { /usr/bin/time -f "%e %M" -o "$dir/.t" "$@" >/dev/null 2>&1; cat "$dir/.t"; }
record() { echo "$1 $2" >>"$results"; }
cli() { echo "$pass" | "$C" --passphrase-fd 0 -u bench "$@"; }
section() { [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]; }
newvault() {
  rm -rf "$1"
  echo "$pass" | "$C" --passphrase-fd 0 --kdf-work-factor 10 -u bench init "$1" --school Bench >/dev/null 2>&1
  cli case new "$1" --title Bench >/dev/null 2>&1
}

if section ingest; then
echo "bench: 1 GiB file, warm cache, in $dir" >&2
head -c 1G /dev/urandom >"$dir/big.bin"
cat "$dir/big.bin" >/dev/null
key="$(age-keygen 2>/dev/null | grep -o 'AGE-SECRET-KEY-1.*')"
recipient="$(echo "$key" | age-keygen -y)"
for r in $(seq "$rounds"); do
  sync
  record age_encrypt "$(seconds age -e -r "$recipient" -o "$dir/out.age" "$dir/big.bin")"
  sync; rm -f "$dir/out.age"; sync
  record cp "$(seconds cp "$dir/big.bin" "$dir/out.cp")"
  sync; rm -f "$dir/out.cp"; sync
  record cp_fsync "$(seconds dd if="$dir/big.bin" of="$dir/out.dd" bs=1M conv=fsync status=none)"
  sync; rm -f "$dir/out.dd"; sync
  newvault "$dir/v$r"; sync
  record ingest "$(seconds sh -c "echo '$pass' | '$C' --passphrase-fd 0 -u bench ingest '$dir/v$r' 1 '$dir/big.bin' --consent yes --no-sexual-content-of-minors")"
  sync
done
item="$(cli --json list "$dir/v1" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
age -e -r "$recipient" -o "$dir/ref.age" "$dir/big.bin"
for r in $(seq "$rounds"); do
  record age_decrypt "$(seconds bash -c "age -d -i <(echo '$key') '$dir/ref.age' > /dev/null")"
  record extract_stdout "$(seconds sh -c "echo '$pass' | '$C' --passphrase-fd 0 -u bench extract '$dir/v1' '$item' --stdout > /dev/null")"
done
rm -rf "$dir"/v* "$dir/ref.age"

echo "bench: peak memory of ingesting 2 GiB" >&2
head -c 2G /dev/urandom >"$dir/big2.bin"
newvault "$dir/m"
record ingest_2g_rss "$(seconds sh -c "echo '$pass' | '$C' --passphrase-fd 0 -u bench ingest '$dir/m' 1 '$dir/big2.bin' --consent yes --no-sexual-content-of-minors")"
rm -rf "$dir/m" "$dir/big2.bin" "$dir/big.bin"
fi

if section items; then
echo "bench: a vault with 10,000 items" >&2
"$B" items "$dir/items" 10000 | tee -a "$dir/notes.txt" >&2
for r in $(seq "$rounds"); do
  "$B" open-list "$dir/items" | tee -a "$dir/openlist.txt" >&2
  record cli_list_10k "$(seconds sh -c "echo '$pass' | '$C' --passphrase-fd 0 -u bench --json list '$dir/items'")"
done
rm -rf "$dir/items"
fi

if section purge; then
echo "bench: purging 10,000 due items (R11)" >&2
"$B" due-items "$dir/due0" 10000 | sed 's/^ingested/due: ingested/' | tee -a "$dir/notes.txt" >&2
for r in $(seq "$rounds"); do
  rm -rf "$dir/due"; cp -a "$dir/due0" "$dir/due"; sync
  record purge_10k "$(seconds sh -c "echo '$pass' | '$C' --passphrase-fd 0 -u bench purge '$dir/due' --due")"
  rm -rf "$dir/due"; cp -a "$dir/due0" "$dir/due"; sync
  record rm_10k "$(seconds sh -c "find '$dir/due/blobs' -name '*.age' -delete && sync -f '$dir/due/blobs'")"
done
rm -rf "$dir/due" "$dir/due0"
fi

if section log; then
echo "bench: a custody log of 100,000 entries" >&2
"$B" log "$dir/log" 100000 | tee -a "$dir/notes.txt" >&2
for r in $(seq "$rounds"); do
  record log_verify_100k "$(seconds sh -c "echo '$pass' | '$C' --passphrase-fd 0 -u bench log verify --quick '$dir/log'")"
  record log_verify_100k_full "$(seconds sh -c "echo '$pass' | '$C' --passphrase-fd 0 -u bench log verify '$dir/log'")"
done
rm -rf "$dir/log"
fi

if section export; then
echo "bench: police export of a 4 GiB case (4 files of 1 GiB) vs age -d of the same blobs" >&2
newvault "$dir/x"
for i in 1 2 3 4; do
  head -c 1G /dev/urandom >"$dir/in$i.bin"
  cli ingest "$dir/x" 1 "$dir/in$i.bin" --consent yes --no-sexual-content-of-minors >/dev/null 2>&1
  rm -f "$dir/in$i.bin"
done
: >"$dir/keys.txt"
for id in $(cli --json list "$dir/x" 2>/dev/null | python3 -c 'import json,sys; print(" ".join(i["id"] for i in json.load(sys.stdin)))'); do
  echo "$id $(cli key "$dir/x" "$id" --age-identity 2>/dev/null | grep -o 'AGE-SECRET-KEY-1.*')" >>"$dir/keys.txt"
done
cat > "$dir/age-d.sh" <<'SH'
#!/usr/bin/env bash
# age -d of every blob of the vault with its item's key, into files (as the export writes files).
set -euo pipefail
mkdir -p "$2"
while read -r id key; do
  age -d -i <(echo "$key") -o "$2/$id" "$1/blobs/${id:0:2}/$id.age"
done <"$3"
SH
chmod +x "$dir/age-d.sh"
for r in $(seq "$rounds"); do
  cat "$dir"/x/blobs/*/*.age >/dev/null
  sync
  record age_decrypt_4g "$(seconds "$dir/age-d.sh" "$dir/x" "$dir/ad" "$dir/keys.txt")"
  sync; rm -rf "$dir/ad"; sync
  record age_decrypt_4g_sync "$(seconds sh -c "'$dir/age-d.sh' '$dir/x' '$dir/ad' '$dir/keys.txt' && sync -f '$dir/ad'")"
  sync; rm -rf "$dir/ad"; sync
  record export_4g "$(seconds sh -c "echo '$pass' | '$C' --passphrase-fd 0 -u bench export police '$dir/x' 1 --to '$dir/ex'")"
  sync; rm -rf "$dir/ex"; sync
done
rm -rf "$dir/x" "$dir/keys.txt" "$dir/age-d.sh"
fi

if section capture; then
# Issue 8: live capture into a vault, from the synthetic source paced like a
# camera (frames dropped when the encoder falls behind) and from a 1080p
# Xvfb screen through x11grab, as `custodia capture screen` does it.
echo "bench: live capture" >&2
pct() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(f'{100*d[\"dropped\"]/max(1,d[\"frames\"]+d[\"dropped\"]):.3f} 0')" "$1"; }
cpu() { awk '{printf "%.1f 0", 100*($2+$3)/$1}' "$dir/.t"; }
for r in $(seq "$rounds"); do
  /usr/bin/time -f "%e %U %S %M" -o "$dir/.t" "$B" record "$dir/cap$r" 60 1280 720 30 veryfast >"$dir/cap.json"
  record capture_720p30 "$(awk '{print $1, $4}' "$dir/.t")"
  record capture_720p30_dropped_pct "$(pct "$dir/cap.json")"
  record capture_720p30_cpu_pct "$(cpu)"
  record capture_720p30_kbps "$(python3 -c "import json; d=json.load(open('$dir/cap.json')); print(f'{d[\"bytes\"]*8/1000/d[\"seconds\"]:.0f} 0')")"
  rm -rf "$dir/cap$r"
done
"$B" photo "$dir/photo" 20 >"$dir/photo.json"
record capture_photo_max_ms "$(python3 -c "import json; print(f'{json.load(open(\"$dir/photo.json\"))[\"max_ms\"]:.1f} 0')")"
newvault "$dir/scr"
for r in $(seq "$rounds"); do
  xvfb-run -a -s "-screen 0 1920x1080x24" /usr/bin/time -f "%e %U %S %M" -o "$dir/.t" \
    sh -c "echo '$pass' | '$C' --passphrase-fd 0 -u bench --json capture screen '$dir/scr' 1 --duration 20 --fps 15 --consent yes --no-sexual-content-of-minors" >"$dir/scr.json" 2>/dev/null
  record capture_screen_1080p15 "$(awk '{print $1, $4}' "$dir/.t")"
  record capture_screen_dropped_pct "$(python3 -c "import json; c=json.load(open('$dir/scr.json'))['capture']; print(f'{100*c[\"dropped_frames\"]/max(1,c[\"frames\"]+c[\"dropped_frames\"]):.3f} 0')")"
  record capture_screen_cpu_pct "$(cpu)"
done
fi

python3 "$root/tests/bench/report.py" "$results" "$dir/openlist.txt" "$dir/notes.txt" "$@"
