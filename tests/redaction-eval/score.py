#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Score redacted images and videos against the truth of a generate.py set.

For each item of SET/index.json the output OUTDIR/<same file name> is
compared with the original: recall of identifying regions (a region counts as
hidden when >= 90 % of its box is changed), OCR leaks of roster strings, and
over-redaction (changed area outside the truth boxes). See README.md.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

import cv2
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalcommon import find_terms, roster_terms  # noqa: E402

# Change-mask thresholds (max abs difference over the 3 channels, 0..255).
CLEAN_THRESHOLD = 40   # lossless screenshots: raw pixels
CLEAN_FLAT = 12        # ... or this much where the output is a flat fill (3x3 range <= FLAT_RANGE)
FLAT_RANGE = 3
PHOTO_THRESHOLD = 24   # re-photographed JPEGs: after a 3x3 box blur of both images
VIDEO_THRESHOLD = 28   # H.264 frames: after a 3x3 box blur of both frames
COVERED = 0.90         # share of a truth box that must be changed
CLOSE_KERNEL = 7       # morphological closing of the change mask before filling holes
OVER_MARGIN = 8        # truth boxes are dilated by this much for over-redaction
UNIFORM_TOL = 12       # a box is uniform when >= UNIFORM_SHARE of its pixels are
UNIFORM_SHARE = 0.95   # within UNIFORM_TOL of the box's median colour
PSMS = (11, 3)
ROUND_KINDS = ("avatar", "face")


# ------------------------------------------------------------------ masks
def change_mask(orig, out, lossy, threshold):
    if lossy:
        orig, out = cv2.blur(orig, (3, 3)), cv2.blur(out, (3, 3))
    diff = cv2.absdiff(orig, out).max(axis=2)
    mask = diff > threshold
    if not lossy:
        # An opaque fill close to the background colour (a black box on a
        # #262626 dark-mode bubble) differs by less than the threshold; count
        # it where the output is flat.
        k = np.ones((3, 3), np.uint8)
        flat = (cv2.dilate(out, k) - cv2.erode(out, k)).max(axis=2) <= FLAT_RANGE
        mask |= (diff > CLEAN_FLAT) & flat
    return mask


def covered_mask(mask):
    """Close the change mask and fill its holes (a box with a label inside is covered)."""
    m = cv2.morphologyEx(mask.astype(np.uint8) * 255, cv2.MORPH_CLOSE,
                         np.ones((CLOSE_KERNEL, CLOSE_KERNEL), np.uint8))
    pad = cv2.copyMakeBorder(m, 1, 1, 1, 1, cv2.BORDER_CONSTANT, value=0)
    flood = pad.copy()
    cv2.floodFill(flood, np.zeros((pad.shape[0] + 2, pad.shape[1] + 2), np.uint8), (0, 0), 255)
    holes = (flood == 0)[1:-1, 1:-1]
    return (m > 0) | holes


def box_slices(box, shape, margin=0):
    x, y, w, h = box
    return (slice(max(0, y - margin), min(shape[0], y + h + margin)),
            slice(max(0, x - margin), min(shape[1], x + w + margin)))


def ellipse_mask(h, w):
    yy, xx = np.mgrid[0:h, 0:w]
    return ((xx + 0.5 - w / 2) / (w / 2)) ** 2 + ((yy + 0.5 - h / 2) / (h / 2)) ** 2 <= 1


def flat_share(pix):
    """Share of the pixels within UNIFORM_TOL of their median colour."""
    pix = pix.reshape(-1, 3).astype(np.int16)
    return float((np.abs(pix - np.median(pix, axis=0)).max(axis=1) <= UNIFORM_TOL).mean())


def score_regions(regions, covered, orig=None, out=None):
    """Coverage of every region (None when no output is available). Round
    things (avatars, faces) are measured on the ellipse inscribed in the box.
    A region is also hidden when its box is uniform in the output but was not
    in the original (a fill in the background's own colour changes few pixels)."""
    res = []
    for r in regions:
        cov, uniform = None, False
        if covered is not None:
            sl = box_slices(r["box"], covered.shape)
            sub = covered[sl]
            if sub.size and r["kind"] in ROUND_KINDS:
                sub = sub[ellipse_mask(*sub.shape)]
            cov = float(sub.mean()) if sub.size else 0.0
            if sub.size and out is not None:
                uniform = flat_share(out[sl]) >= UNIFORM_SHARE and flat_share(orig[sl]) < UNIFORM_SHARE
        res.append({**r, "coverage": cov, "uniform": uniform,
                    "hidden": cov is not None and (cov >= COVERED or uniform)})
    return res


def over_redaction(mask, regions):
    keep = np.zeros(mask.shape, bool)
    for r in regions:
        keep[box_slices(r["box"], mask.shape, OVER_MARGIN)] = True
    outside = ~keep
    return float(mask[outside].mean()) if outside.any() else 0.0


# ------------------------------------------------------------------ OCR
class Ocr:
    """Tesseract over several variants of an image, cached by file content."""

    def __init__(self, cache_dir):
        self.cache_dir = cache_dir
        os.makedirs(cache_dir, exist_ok=True)
        self.version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
        self.seconds = 0.0

    def texts(self, path, photo):
        data = open(path, "rb").read()
        key = hashlib.sha1(data + self.version.encode() + (b"photo" if photo else b"")).hexdigest()
        cache = os.path.join(self.cache_dir, key + ".json")
        if os.path.exists(cache):
            return json.load(open(cache, encoding="utf-8"))
        t0 = time.monotonic()
        img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
        variants = {"gray": img, "inv": 255 - img}
        if photo:
            up = cv2.resize(img, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
            variants.update({"gray2x": up, "inv2x": 255 - up})
        out = {}
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        with tempfile.TemporaryDirectory() as tmp:
            for name, v in variants.items():
                f = os.path.join(tmp, name + ".png")
                cv2.imwrite(f, v)
                for psm in PSMS:
                    r = subprocess.run(["tesseract", f, "stdout", "-l", "ita+eng", "--psm", str(psm)],
                                       capture_output=True, text=True, env=env)
                    out[f"{name}/psm{psm}"] = r.stdout
        json.dump(out, open(cache, "w", encoding="utf-8"), ensure_ascii=False)
        self.seconds += time.monotonic() - t0
        return out

    def read_terms(self, path, photo, terms):
        found = set()
        for text in self.texts(path, photo).values():
            found.update(find_terms(text, terms))
        return sorted(found)


# ------------------------------------------------------------------ items
def load(path):
    return cv2.imread(path, cv2.IMREAD_COLOR) if os.path.exists(path) else None


def score_image(setdir, outdir, item, truth):
    orig = load(os.path.join(setdir, item["file"]))
    out_path = os.path.join(outdir, os.path.basename(item["file"]))
    out = load(out_path)
    photo = item["condition"] == "photo"
    res = {"id": item["id"], "condition": item["condition"], "case": item["case"], "output": out_path}
    regions = truth["regions"]
    if out is None or out.shape != orig.shape:
        res["missing"] = "no output" if out is None else f"size {out.shape[1]}x{out.shape[0]} differs"
        res["regions"] = score_regions([r for r in regions if not r.get("partial")], None)
        return res
    mask = change_mask(orig, out, photo, PHOTO_THRESHOLD if photo else CLEAN_THRESHOLD)
    res["regions"] = score_regions([r for r in regions if not r.get("partial")], covered_mask(mask), orig, out)
    res["over_redaction"] = over_redaction(mask, regions)
    res["changed"] = float(mask.mean())
    return res


def video_frames(path):
    cap = cv2.VideoCapture(path)
    while True:
        ok, frame = cap.read()
        if not ok:
            break
        yield frame
    cap.release()


def probe_duration(path):
    try:
        r = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path],
                           capture_output=True, text=True, timeout=60)
        return float(r.stdout.strip())
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return None


def score_video(setdir, outdir, item, truth):
    src = os.path.join(setdir, item["file"])
    out_path = os.path.join(outdir, os.path.basename(item["file"]))
    res = {"id": item["id"], "condition": "video", "case": item["case"], "output": out_path,
           "frames_in": 0, "frames_out": 0, "duration_in": probe_duration(src)}
    fr = truth["frame_regions"]
    scored, overs = [], []
    outs = video_frames(out_path) if os.path.exists(out_path) else iter(())
    for fi, a in enumerate(video_frames(src)):
        b = next(outs, None)
        res["frames_in"] += 1
        res["frames_out"] += b is not None
        if str(fi) not in fr:
            continue
        regions = fr[str(fi)]
        live = [dict(r, frame=fi) for r in regions if not r.get("partial")]
        if b is None or b.shape != a.shape:
            scored += score_regions(live, None)
            continue
        mask = change_mask(a, b, True, VIDEO_THRESHOLD)
        scored += score_regions(live, covered_mask(mask), a, b)
        overs.append(over_redaction(mask, regions))
    res["frames_out"] += sum(1 for _ in outs)
    if not os.path.exists(out_path):
        res["missing"] = "no output"
    res["duration_out"] = probe_duration(out_path) if os.path.exists(out_path) else None
    res["frames_match"] = abs(res["frames_in"] - res["frames_out"]) <= 1
    res["regions"] = scored
    if overs:
        res["over_redaction"] = float(np.mean(overs))
    return res


# ------------------------------------------------------------------ report
def pct(a, b):
    return 100.0 * a / b if b else float("nan")


def summarize(results, ocr_on):
    s = {"recall": {}, "recall_by_kind": defaultdict(dict), "over_redaction": {}, "missing_outputs": []}
    by_cond = defaultdict(list)
    for r in results:
        by_cond[r["condition"]].append(r)
        if r.get("missing"):
            s["missing_outputs"].append({"id": r["id"], "why": r["missing"]})
    for cond in ("clean", "photo", "video"):
        regs = [g for r in by_cond.get(cond, []) for g in r["regions"]]
        if not regs:
            continue
        hid = sum(g["hidden"] for g in regs)
        s["recall"][cond] = {"hidden": hid, "total": len(regs), "recall": pct(hid, len(regs))}
        kinds = defaultdict(lambda: [0, 0])
        for g in regs:
            kinds[g["kind"]][0] += g["hidden"]
            kinds[g["kind"]][1] += 1
        for k, (h, t) in kinds.items():
            s["recall_by_kind"][k][cond] = {"hidden": h, "total": t, "recall": pct(h, t)}
        ov = [r["over_redaction"] for r in by_cond[cond] if "over_redaction" in r]
        if ov:
            s["over_redaction"][cond] = {"mean": float(np.mean(ov)) * 100, "max": float(np.max(ov)) * 100}
    allr = [g for r in results for g in r["regions"]]
    s["recall"]["all"] = {"hidden": sum(g["hidden"] for g in allr), "total": len(allr),
                          "recall": pct(sum(g["hidden"] for g in allr), len(allr))}
    if ocr_on:
        imgs = [r for r in results if r["condition"] != "video"]
        s["ocr"] = {"strings_read_before": sum(len(r.get("ocr_before", [])) for r in imgs),
                    "images_with_strings_before": sum(bool(r.get("ocr_before")) for r in imgs),
                    "leaks": sum(len(r.get("leaks", [])) for r in imgs),
                    "images_with_leaks": sum(bool(r.get("leaks")) for r in imgs),
                    "leaks_read_before": sum(len(set(r.get("leaks", [])) & set(r.get("ocr_before", [])))
                                             for r in imgs)}
    s["recall_by_kind"] = dict(s["recall_by_kind"])
    return s


def fmt_rec(d):
    return f"{d['recall']:5.1f} % ({d['hidden']}/{d['total']})" if d else "-"


def print_report(rep, markdown):
    s = rep["summary"]
    conds = [c for c in ("clean", "photo", "video") if c in s["recall"]]
    if markdown:
        print("### Redaction evaluation\n")
        print("| | " + " | ".join(conds + ["all"]) + " |")
        print("|---|" + "---|" * (len(conds) + 1))
        print("| recall (box ≥ 90 % changed) | " + " | ".join(fmt_rec(s["recall"][c]) for c in conds + ["all"]) + " |")
        print("| over-redaction, mean (max) | " + " | ".join(
            f"{s['over_redaction'][c]['mean']:.3f} % ({s['over_redaction'][c]['max']:.3f} %)"
            if c in s["over_redaction"] else "-" for c in conds) + " | |")
        if "ocr" in s:
            o = s["ocr"]
            print(f"\nOCR: {o['strings_read_before']} roster strings readable in the originals "
                  f"({o['images_with_strings_before']} images); **{o['leaks']} leaks** in the outputs "
                  f"({o['images_with_leaks']} images, {o['leaks_read_before']} of them also read before).")
        print("\n| kind | " + " | ".join(conds) + " |")
        print("|---|" + "---|" * len(conds))
        for k in sorted(s["recall_by_kind"]):
            print(f"| {k} | " + " | ".join(fmt_rec(s["recall_by_kind"][k].get(c)) for c in conds) + " |")
        if rep["videos"]:
            print("\n| video | frames in/out | duration in/out (s) | recall | over-redaction |")
            print("|---|---|---|---|---|")
            for v in rep["videos"]:
                n, h = len(v["regions"]), sum(g["hidden"] for g in v["regions"])
                du = "/".join(f"{x:.2f}" if x else "-" for x in (v["duration_in"], v["duration_out"]))
                print(f"| {v['id']} | {v['frames_in']}/{v['frames_out']}{'' if v['frames_match'] else ' ⚠'} | {du} | "
                      f"{pct(h, n):.1f} % | {v.get('over_redaction', float('nan')) * 100:.2f} % |")
        if "timing" in rep:
            t = rep["timing"]
            print("\n| tool time | value |\n|---|---|")
            for k in ("seconds_per_clean_image", "seconds_per_photo", "seconds_per_video_minute"):
                if t.get(k) is not None:
                    print(f"| {k.replace('_', ' ')} | {t[k]:.2f} s |")
        if s["missing_outputs"]:
            print("\n**Missing/unusable outputs:** " + ", ".join(f"{m['id']} ({m['why']})" for m in s["missing_outputs"]))
        if "timing" in rep and rep["timing"].get("nonzero_exit"):
            print("\n**Tool calls with a non-zero exit status** (5 = some output needs review): " + ", ".join(
                f"{c['case']} ({c['exit']})" for c in rep["timing"]["nonzero_exit"]))
        if rep["missed"]:
            print(f"\n<details><summary>{len(rep['missed'])} missed regions"
                  f"{' (first 300 listed, all in --json)' if len(rep['missed']) > 300 else ''}</summary>\n")
            print("| item | frame | kind | text | box | covered |\n|---|---|---|---|---|---|")
            for m in rep["missed"][:300]:
                cov = "-" if m["coverage"] is None else f"{m['coverage'] * 100:.0f} %"
                print(f"| {m['id']} | {m.get('frame', '')} | {m['kind']} | {m['text']} | {m['box']} | {cov} |")
            print("\n</details>")
        if rep["leaks"]:
            print(f"\n<details><summary>{len(rep['leaks'])} OCR leaks</summary>\n")
            print("| image | string |\n|---|---|")
            for lk in rep["leaks"]:
                print(f"| {lk['id']} | {lk['text']} |")
            print("\n</details>")
        return
    print(f"Redaction evaluation of {rep['redacted']} against {rep['set']}")
    for c in conds + ["all"]:
        print(f"  recall {c:6s} {fmt_rec(s['recall'][c])}")
    for c, o in s["over_redaction"].items():
        print(f"  over-redaction {c:6s} mean {o['mean']:.3f} %  max {o['max']:.3f} %")
    if "ocr" in s:
        o = s["ocr"]
        print(f"  OCR: {o['strings_read_before']} roster strings readable in originals, "
              f"{o['leaks']} leaks in outputs ({o['images_with_leaks']} images)")
    print("  recall per kind:")
    for k in sorted(s["recall_by_kind"]):
        print(f"    {k:9s} " + "  ".join(f"{c}: {fmt_rec(s['recall_by_kind'][k].get(c))}" for c in conds))
    for v in rep["videos"]:
        n, h = len(v["regions"]), sum(g["hidden"] for g in v["regions"])
        print(f"  video {v['id']}: frames {v['frames_in']}/{v['frames_out']}"
              f"{'' if v['frames_match'] else ' MISMATCH'}, duration {v['duration_in']}/{v['duration_out']} s, "
              f"recall {pct(h, n):.1f} %")
    if "timing" in rep:
        t = rep["timing"]
        for k in ("seconds_per_clean_image", "seconds_per_photo", "seconds_per_video_minute"):
            if t.get(k) is not None:
                print(f"  {k.replace('_', ' ')}: {t[k]:.2f} s")
    for m in s["missing_outputs"]:
        print(f"  MISSING {m['id']}: {m['why']}")
    if "timing" in rep and rep["timing"].get("nonzero_exit"):
        print("  tool calls with a non-zero exit status (5 = needs review): " + ", ".join(
            f"{c['case']} ({c['exit']})" for c in rep["timing"]["nonzero_exit"]))
    if rep["missed"]:
        print(f"  {len(rep['missed'])} missed regions (first 40):")
        for m in rep["missed"][:40]:
            cov = "-" if m["coverage"] is None else f"{m['coverage'] * 100:.0f}%"
            fr = f" frame {m['frame']}" if "frame" in m else ""
            print(f"    {m['id']}{fr} {m['kind']:8s} {m['text']!r} box {m['box']} covered {cov}")
    if rep["leaks"]:
        print(f"  {len(rep['leaks'])} OCR leaks:")
        for lk in rep["leaks"]:
            print(f"    {lk['id']}: {lk['text']!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", required=True, help="directory written by generate.py")
    ap.add_argument("--redacted", required=True, help="directory with the tool's outputs")
    ap.add_argument("--json", help="write all numbers to this file")
    ap.add_argument("--markdown", action="store_true", help="print markdown tables")
    ap.add_argument("--timing", help="timing.json written by run.sh, included in the report")
    ap.add_argument("--no-ocr", action="store_true", help="skip the (slow) OCR leak check")
    ap.add_argument("--ocr-cache", help="OCR cache directory (default SET/ocr-cache)")
    ap.add_argument("--jobs", type=int, default=2, help="parallel tesseract processes")
    args = ap.parse_args()
    index = json.load(open(os.path.join(args.set, "index.json"), encoding="utf-8"))
    truths = {it["id"]: json.load(open(os.path.join(args.set, it["truth"]), encoding="utf-8"))
              for it in index["items"]}
    results = []
    for it in index["items"]:
        fn = score_video if it["kind"] == "video" else score_image
        results.append(fn(args.set, args.redacted, it, truths[it["id"]]))
    if not args.no_ocr:
        ocr = Ocr(args.ocr_cache or os.path.join(args.set, "ocr-cache"))
        t0 = time.monotonic()
        images = [r for r in results if r["condition"] != "video"]
        items = {it["id"]: it for it in index["items"]}

        def run(r):
            it = items[r["id"]]
            terms = roster_terms(json.load(open(os.path.join(args.set, it["case"]), encoding="utf-8")))
            photo = it["condition"] == "photo"
            r["ocr_before"] = ocr.read_terms(os.path.join(args.set, it["file"]), photo, terms)
            if not r.get("missing"):
                r["leaks"] = ocr.read_terms(r["output"], photo, terms)
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            list(pool.map(run, images))
        ocr_wall = time.monotonic() - t0
    rep = {"set": args.set, "redacted": args.redacted,
           "thresholds": {"clean": CLEAN_THRESHOLD, "clean_flat": CLEAN_FLAT, "flat_range": FLAT_RANGE,
                          "photo_blurred": PHOTO_THRESHOLD,
                          "video_blurred": VIDEO_THRESHOLD, "covered": COVERED, "close_kernel": CLOSE_KERNEL,
                          "over_margin": OVER_MARGIN,
                          "uniform_tol": UNIFORM_TOL, "uniform_share": UNIFORM_SHARE},
           "summary": summarize(results, not args.no_ocr),
           "images": [r for r in results if r["condition"] != "video"],
           "videos": [r for r in results if r["condition"] == "video"],
           "missed": [{"id": r["id"], **({"frame": g["frame"]} if "frame" in g else {}), "kind": g["kind"],
                       "text": g["text"], "box": g["box"], "coverage": g["coverage"]}
                      for r in results for g in r["regions"] if not g["hidden"]],
           "leaks": [{"id": r["id"], "text": t} for r in results for t in r.get("leaks", [])]}
    if not args.no_ocr:
        rep["ocr_seconds"] = round(ocr_wall, 1)
    if args.timing and os.path.exists(args.timing):
        rep["timing"] = json.load(open(args.timing, encoding="utf-8"))
    print_report(rep, args.markdown)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(rep, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
