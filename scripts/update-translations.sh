#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the app's translation sources from gui/ (C++, QML, JS): Italian is
# the source language, custodia_en.ts the English translation. Run it after
# changing user-facing text, translate what lupdate marks "unfinished" (Qt
# Linguist, or by hand), and commit both .ts files; the build compiles them.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -silent -no-obsolete -I . -locations relative -source-language it_IT -target-language en_GB gui -ts gui/i18n/custodia_en.ts
"$lupdate" -silent -no-obsolete -I . -locations relative -source-language it_IT -target-language it_IT gui -ts gui/i18n/custodia_it.ts
# Italian is the source language: its .ts carries the source text as the
# translation, so that it is complete too; counted messages (%n) get their
# singular form from the table below (the source text is the plural).
python3 - <<'PY'
import xml.etree.ElementTree as E
SINGULAR = {
    "All'apertura sono state distrutte %n prove giunte alla scadenza (R11).":
        "All'apertura è stata distrutta %n prova giunta alla scadenza (R11).",
    "%n buste sigillate sono da distruggere a mano: vedere Conservazione.":
        "%n busta sigillata è da distruggere a mano: vedere Conservazione.",
    "%n prove in scadenza entro 30 giorni": "%n prova in scadenza entro 30 giorni",
    "Importa e cifra %n file": "Importa e cifra %n file",
    "%n file acquisiti e cifrati. L'impronta SHA-256 di ciascuno è firmata nel registro.":
        "%n file acquisito e cifrato. La sua impronta SHA-256 è firmata nel registro.",
    "%n prove acquisite": "%n prova acquisita",
    "Verbale n. %1 del %2 · %n prove": "Verbale n. %1 del %2 · %n prova",
    "Prove importate, ma %n originali non sono stati cancellati (R5).":
        "Prove importate, ma %n originale non è stato cancellato (R5).",
    "%n file sono stati importati prima dell'interruzione; gli altri no. ":
        "%n file è stato importato prima dell'interruzione; gli altri no. ",
    "Verifica NON superata: %n problemi. Non modifichi nulla e avvisi il Dirigente.":
        "Verifica NON superata: %n problema. Non modifichi nulla e avvisi il Dirigente.",
}
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
        if source not in SINGULAR:
            raise SystemExit(f"update-translations: add the Italian singular of {source!r}")
        E.SubElement(tr, "numerusform").text = SINGULAR[source]
        E.SubElement(tr, "numerusform").text = source
    else:
        tr.text = source
tree.write(path, encoding="utf-8", xml_declaration=True)
PY
