#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (CMake preset "fuzz", clang) and runs each one
# for SECONDS (default 20) from the checked-in corpus in tests/fuzz/corpus.
# A crash, a leak, a sanitizer report or a failed round-trip check stops the
# script with a non-zero status and leaves the input in build/fuzz/artifacts.
set -euo pipefail
seconds="${1:-20}"
cd "$(dirname "$0")/.."
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
mkdir -p build/fuzz/artifacts
for target in build/fuzz/tests/fuzz/fuzz_*; do
  name="$(basename "$target")"
  work="$(mktemp -d)"
  echo "fuzz: $name for ${seconds}s"
  status=0
  "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="build/fuzz/artifacts/$name-" "$work" "tests/fuzz/corpus/$name" \
            >"$work.log" 2>&1 || status=$?
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==|SUMMARY|Test unit written)" "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$work.log" >&2
  fi
  rm -rf "$work" "$work.log"
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $name FAILED (status $status); see build/fuzz/artifacts/" >&2
    exit 1
  fi
done
echo "fuzz: all targets ran without findings"
