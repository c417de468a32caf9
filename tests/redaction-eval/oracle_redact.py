#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Stand-in "oracle" redactor that tests the scorer, not Custodia.

Same command line as the tool under test:
    oracle_redact.py redact --roster ROSTER --to OUTDIR [--json] FILE...
It cheats: it reads the truth of each FILE from ../truth/<id>.json and paints
an opaque gray rectangle (4 px margin) over every truth box. Videos are
re-encoded with H.264; frames between two truth frames get the boxes of both.
A correct scorer must give it ~100 % recall, no OCR leaks and small
over-redaction. noop_redact.py is its "do nothing" counterpart.
"""
import argparse
import json
import os
import subprocess
import sys

import cv2
import numpy as np

MARGIN = 4


def truth_for(path):
    base = os.path.splitext(os.path.basename(path))[0]
    t = os.path.join(os.path.dirname(os.path.abspath(path)), "..", "truth", base + ".json")
    return json.load(open(t, encoding="utf-8"))


def paint(img, regions):
    """Fill every truth box (plus margin) with an opaque gray. Overlapping boxes
    form one patch; each patch gets the gray level that differs most from
    what is underneath, so that the change is visible to the scorer."""
    h, w = img.shape[:2]
    mask = np.zeros((h, w), np.uint8)
    for r in regions:
        x, y, bw, bh = r["box"]
        mask[max(0, y - MARGIN):max(0, y + bh + MARGIN), max(0, x - MARGIN):max(0, x + bw + MARGIN)] = 1
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask)
    for k in range(1, n):
        x, y, bw, bh = stats[k, :4]
        sub, lab = img[y:y + bh, x:x + bw], labels[y:y + bh, x:x + bw]
        sel = lab == k
        pix = sub[sel].astype(np.int16)
        level = max((0, 64, 128, 192, 255), key=lambda v: (np.abs(pix - v).max(axis=1) > 60).mean())
        sub[sel] = level
    return img


def write_image(path, img):
    ext = os.path.splitext(path)[1].lower()
    params = [cv2.IMWRITE_JPEG_QUALITY, 90] if ext in (".jpg", ".jpeg") else []
    if not cv2.imwrite(path, img, params):
        raise SystemExit(f"cannot write {path}")


def transcode_video(src, dst, fps, edit):
    """Decode src, apply edit(frame_index, frame) and encode dst with H.264."""
    cap = cv2.VideoCapture(src)
    w, h = int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT))
    enc = subprocess.Popen(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "rawvideo",
                            "-pix_fmt", "bgr24", "-s", f"{w}x{h}", "-r", str(fps), "-i", "-",
                            "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p",
                            "-movflags", "+faststart", dst], stdin=subprocess.PIPE)
    n = 0
    while True:
        ok, frame = cap.read()
        if not ok:
            break
        enc.stdin.write(edit(n, frame).tobytes())
        n += 1
    enc.stdin.close()
    if enc.wait():
        raise SystemExit(f"ffmpeg failed for {dst}")
    return n


def redact_file(path, outdir):
    truth = truth_for(path)
    dst = os.path.join(outdir, os.path.basename(path))
    if "video" in truth:
        fr = truth["frame_regions"]

        def edit(i, frame):
            k = i - i % 5
            regs = fr.get(str(k), []) + ([] if i % 5 == 0 else fr.get(str(k + 5), []))
            return paint(frame, regs)
        transcode_video(path, dst, truth["fps"], edit)
        return dst, sum(len(v) for v in fr.values())
    img = cv2.imread(path, cv2.IMREAD_COLOR)
    write_image(dst, paint(img, truth["regions"]))
    return dst, len(truth["regions"])


def cli(redact_file):
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["redact"])
    ap.add_argument("--roster", required=True)
    ap.add_argument("--to", required=True)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    json.load(open(args.roster, encoding="utf-8"))   # must be readable, like for the real tool
    os.makedirs(args.to, exist_ok=True)
    report = []
    for f in args.files:
        out, n = redact_file(f, args.to)
        report.append({"input": f, "output": out, "regions": n})
    if args.json:
        json.dump({"files": report}, sys.stdout, indent=1)
        print()


if __name__ == "__main__":
    cli(redact_file)
