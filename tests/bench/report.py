#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns tests/bench/run.sh measurements into the table of docs/performance.md."""
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys

results, openlist, notes = sys.argv[1:4]
write = "--write" in sys.argv[4:]

times, rss = {}, {}
for line in open(results):
    if len(line.split()) != 3:
        sys.exit(f"a benchmark command failed: {line.strip()}")
    name, secs, kb = line.split()
    times.setdefault(name, []).append(float(secs))
    rss.setdefault(name, []).append(int(kb))
med = {k: statistics.median(v) for k, v in times.items()}
ol = ([dict(kv.split("=") for kv in l.split()) for l in open(openlist) if l.startswith("items=")]
      if os.path.exists(openlist) else [])
open_list = statistics.median(float(d["open_and_list_ms"]) for d in ol) if ol else None
kdf = statistics.median(float(d["kdf_ms"]) for d in ol) if ol else None
note_text = open(notes).read().strip() if os.path.exists(notes) else ""

def ratio(a, b):
    return med[a] / med[b]

rows = []
row_makers = [
    lambda: ("Ingest 1 GiB vs `age -e -r`", f"{med['ingest']:.2f} s vs {med['age_encrypt']:.2f} s",
     f"{ratio('ingest', 'age_encrypt'):.2f}x", "<= 1.0x", ratio('ingest', 'age_encrypt') <= 1.0),
    lambda: ("Ingest 1 GiB vs `cp` (no fsync)", f"{med['ingest']:.2f} s vs {med['cp']:.2f} s",
     f"{ratio('ingest', 'cp'):.2f}x", "<= 1.3x", ratio('ingest', 'cp') <= 1.3),
    lambda: ("Ingest 1 GiB vs `dd conv=fsync` (copy made durable, as ingest is)",
     f"{med['ingest']:.2f} s vs {med['cp_fsync']:.2f} s", f"{ratio('ingest', 'cp_fsync'):.2f}x", "(context)", None),
    lambda: ("Peak RSS, ingest of 2 GiB", f"{max(rss['ingest_2g_rss']) / 1024:.1f} MiB", "", "<= 64 MiB",
     max(rss['ingest_2g_rss']) / 1024 <= 64),
    lambda: ("Open a vault of 10,000 items and list them, KDF excluded (in process)", f"{open_list:.0f} ms", "",
     "< 300 ms", open_list < 300),
    lambda: ("`custodia --json list` of 10,000 items, whole command", f"{med['cli_list_10k'] * 1000:.0f} ms",
     f"(scrypt work factor 10: {kdf:.0f} ms)", "(context)", None),
    lambda: ("`custodia log verify --quick` of 100,000 entries, whole command", f"{med['log_verify_100k']:.2f} s", "",
     "< 3 s", med['log_verify_100k'] < 3),
    lambda: ("`custodia log verify` (full: integrity_check instead of quick_check) of the same log",
     f"{med['log_verify_100k_full']:.2f} s", "", "(context)", None),
    lambda: ("`custodia purge --due` of 10,000 due items, whole command (tombstones, log entries, blobs, "
     "certificate PDF) vs `find -delete` of their blobs", f"{med['purge_10k']:.2f} s vs {med['rm_10k']:.2f} s",
     f"{ratio('purge_10k', 'rm_10k'):.1f}x", "< 10 s", med['purge_10k'] < 10),
    lambda: ("Extract 1 GiB to stdout vs `age -d`", f"{med['extract_stdout']:.2f} s vs {med['age_decrypt']:.2f} s",
     f"{ratio('extract_stdout', 'age_decrypt'):.2f}x", "(context)", None),
    lambda: ("Police export of a 4 GiB case (4 x 1 GiB, evidence decrypted, checked, written and fsynced; "
             "PDFs, manifest, signatures) vs `age -d` of the same blobs into files",
             f"{med['export_4g']:.2f} s vs {med['age_decrypt_4g']:.2f} s",
             f"{med['age_decrypt_4g'] / med['export_4g']:.2f}x the speed", ">= 0.8x",
             med['age_decrypt_4g'] / med['export_4g'] >= 0.8),
    lambda: ("The same vs `age -d` followed by `sync` (made durable, as the export is)",
             f"{med['export_4g']:.2f} s vs {med['age_decrypt_4g_sync']:.2f} s",
             f"{med['age_decrypt_4g_sync'] / med['export_4g']:.2f}x the speed", "(context)", None),
    lambda: ("Record 60 s of 720p30 into a vault (synthetic source paced like a camera, x264 veryfast): "
             "frames dropped", f"{max(times['capture_720p30_dropped_pct']):.2f} %", "", "<= 1 %",
             max(times['capture_720p30_dropped_pct']) <= 1.0),
    lambda: ("Peak RSS, the same", f"{max(rss['capture_720p30']) / 1024:.0f} MiB", "", "<= 300 MiB",
             max(rss['capture_720p30']) <= 300 * 1024),
    lambda: ("CPU and bitrate, the same", f"{med['capture_720p30_cpu_pct']:.0f} % of one core, "
             f"{med['capture_720p30_kbps']:.0f} kbit/s", "", "(context)", None),
    lambda: ("A 1280x720 photo in the vault after the shutter (JPEG, encrypted, committed; worst of 20)",
             f"{med['capture_photo_max_ms']:.0f} ms", "", "<= 500 ms", med['capture_photo_max_ms'] <= 500),
    lambda: ("Screen recording 1080p at 15 fps for 20 s (Xvfb, x11grab, x264 ultrafast): frames dropped",
             f"{max(times['capture_screen_dropped_pct']):.2f} % ({med['capture_screen_cpu_pct']:.0f} % of one core, "
             f"{max(rss['capture_screen_1080p15']) / 1024:.0f} MiB RSS)", "", "real time (<= 1 % dropped)",
             max(times['capture_screen_dropped_pct']) <= 1.0),
]
for make in row_makers:
    try:
        rows.append(make())
    except (KeyError, TypeError):
        pass  # a section that was not run (ONLY=...)

cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read())
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
table = ["| Measure | Result | Ratio | Target | Met |", "|---|---|---|---|---|"]
for name, result, r, target, met in rows:
    table.append(f"| {name} | {result} | {r} | {target} | {'yes' if met else ('no' if met is False else '')} |")
body = "\n".join(table)
print(body)
print(note_text)

if write:
    path = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "performance.md")
    text = open(path).read() if os.path.exists(path) else ""
    start, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    block = (f"{start}\nMeasured {datetime.date.today()} at commit {commit} on {cpu.group(1) if cpu else '?'}, "
             f"{os.cpu_count()} cores, {platform.system()} {platform.release()}; medians of "
             f"{max(len(v) for v in times.values())} runs, warm page cache, files on the machine's disk.\n\n{body}\n\n"
             f"Set-up times (not targets): {note_text.replace(chr(10), '; ')}.\n{end}")
    if start in text:
        text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    else:
        text += "\n" + block + "\n"
    open(path, "w").write(text)
    print(f"wrote {path}")
