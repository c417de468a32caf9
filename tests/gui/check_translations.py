#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every .ts file given is complete: no unfinished or empty
translation, the same %1/%2/%n placeholders as the source, two plural forms
where the source counts with %n. Exit 1 and a list of problems otherwise."""
import re
import sys
import xml.etree.ElementTree as ET

problems = []
for path in sys.argv[1:]:
    tree = ET.parse(path)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            count += 1
            source = m.findtext("source") or ""
            forms = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
            where = f"{path}: {name}: {source[:60]!r}"
            if tr.get("type") == "unfinished" or any(not f.strip() for f in forms):
                problems.append(f"{where}: not translated")
                continue
            if m.get("numerus") == "yes" and len(forms) != 2:
                problems.append(f"{where}: {len(forms)} plural forms, expected 2")
            wanted = sorted(set(re.findall(r"%(?:\d|n)", source)))
            for f in forms:
                if sorted(set(re.findall(r"%(?:\d|n)", f))) != wanted:
                    problems.append(f"{where}: placeholders differ in {f[:60]!r}")
    if count == 0:
        problems.append(f"{path}: no messages")
    print(f"{path}: {count} messages")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
