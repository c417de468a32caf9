#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Stand-in "do nothing" redactor that tests the scorer, not Custodia.

Same command line as the tool under test:
    noop_redact.py redact --roster ROSTER --to OUTDIR [--json] FILE...
It re-encodes every input unchanged (PNG losslessly, JPEG at quality 90,
video with H.264), like a tool that found nothing would. A correct scorer
must give it ~0 % recall, ~0 % over-redaction and OCR leaks > 0.
"""
import os
import sys

import cv2

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_redact import cli, transcode_video, write_image  # noqa: E402


def redact_file(path, outdir):
    dst = os.path.join(outdir, os.path.basename(path))
    if path.lower().endswith(".mp4"):
        fps = cv2.VideoCapture(path).get(cv2.CAP_PROP_FPS) or 30
        transcode_video(path, dst, round(fps), lambda i, frame: frame)
    else:
        write_image(dst, cv2.imread(path, cv2.IMREAD_COLOR))
    return dst, 0


if __name__ == "__main__":
    cli(redact_file)
