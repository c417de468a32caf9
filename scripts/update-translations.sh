#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the app's translation sources from gui/ (C++, QML, JS): Italian is
# the source language, custodia_en.ts the English translation. Run it after
# changing user-facing text, translate what lupdate marks "unfinished" (Qt
# Linguist, or by hand), and commit both .ts files; the build compiles them.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -silent -I . -locations relative -source-language it_IT -target-language en_GB gui -ts gui/i18n/custodia_en.ts
"$lupdate" -silent -I . -locations relative -source-language it_IT -target-language it_IT gui -ts gui/i18n/custodia_it.ts
# Italian is the source language: its .ts carries the source text as the
# translation (two plural forms for %n), so that it is complete too.
python3 - <<'PY'
import xml.etree.ElementTree as E
path = "gui/i18n/custodia_it.ts"
tree = E.parse(path)
for m in tree.iter("message"):
    tr = m.find("translation")
    if tr.get("type") in ("vanished", "obsolete"):
        continue
    source = m.find("source").text or ""
    tr.attrib.pop("type", None)
    for child in list(tr):
        tr.remove(child)
    if m.get("numerus") == "yes":
        tr.text = None
        for _ in range(2):
            E.SubElement(tr, "numerusform").text = source
    else:
        tr.text = source
tree.write(path, encoding="utf-8", xml_declaration=True)
PY
