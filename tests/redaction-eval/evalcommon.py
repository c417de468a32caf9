# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers shared by generate.py, score.py and the stand-in redactors.

The important part is the definition of a "roster string" and how it is
matched in free text (OCR output, or text the generator is about to draw as
non-identifying): case- and accent-folded, whole words, multi-word strings
as a phrase; phone numbers as digit strings.
"""
import re
import unicodedata

# Longest first: the prefix that is stripped to get a school's proper name.
SCHOOL_PREFIXES = [
    "scuola secondaria di primo grado", "istituto comprensivo", "istituto tecnico",
    "liceo scientifico", "liceo classico", "liceo linguistico", "scuola secondaria",
    "scuola media", "istituto", "liceo", "itis", "i c", "ic",
]


def fold(text):
    """Lower-case, accent-free word tokens ("D'Amico" -> ["d", "amico"])."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", t).split()


def national_digits(phone):
    """Digits of an Italian phone number without the +39 / 0039 prefix."""
    d = re.sub(r"\D", "", phone)
    if d.startswith("0039"):
        d = d[4:]
    elif d.startswith("39") and len(d) == 12:
        d = d[2:]
    return d


def digit_runs(text):
    """Digit strings of number-like runs ("+39 347-123 4567" -> "393471234567")."""
    runs = []
    for line in text.splitlines():
        for m in re.finditer(r"\d[\d \-./()]*\d|\d", line):
            runs.append(re.sub(r"\D", "", m.group()))
    return runs


def class_pattern(cls):
    """A regex for a class like "3B": also matches "3 B" and "3^B", but only
    with a capital letter, so that "alle 12 e" does not count as class 2E."""
    m = re.fullmatch(r"\s*(\d)\s*\^?\s*([A-Za-z])\s*", cls)
    if not m:
        return None
    return rf"(?<![0-9A-Za-z]){m.group(1)}\s?\^?\s?{m.group(2).upper()}(?![0-9A-Za-z])"


def roster_terms(roster):
    """The strings whose presence in an image counts as an OCR leak.

    Returns dicts {"text", "kind", "phrases"} (token tuples), for phones
    {"text", "kind", "digits"}, for classes like "3B" {"text", "kind",
    "regex"} (matched on the raw text). Names shorter than 3 letters are
    skipped.
    """
    terms, seen = [], set()

    def add(text, kind, phrases=None, digits=None, regex=None):
        key = (kind, tuple(phrases or ()), tuple(digits or ()), regex)
        if key in seen or not (phrases or digits or regex):
            return
        seen.add(key)
        t = {"text": text, "kind": kind}
        if digits:
            t["digits"] = digits
        elif regex:
            t["regex"] = regex
        else:
            t["phrases"] = phrases
        terms.append(t)

    for p in roster.get("people", []):
        for kind, values in (("name", [p.get("name", "")]), ("surname", [p.get("surname", "")]),
                             ("nickname", p.get("nicknames", []))):
            for v in values:
                toks = fold(v)
                if len("".join(toks)) >= 3:
                    add(v, kind, [tuple(toks)])
        for h in p.get("handles", []):
            toks = fold(h.lstrip("@"))
            if len("".join(toks)) >= 3:
                add(h, "handle", [tuple(toks)])
        if p.get("class"):
            rx = class_pattern(p["class"])
            toks = fold(p["class"])
            add(p["class"], "class", None if rx else [tuple(toks)], regex=rx)
        school = p.get("school", "")
        if school:
            toks = fold(school)
            add(school, "school", [tuple(toks)])
            flat = " ".join(toks)
            for pre in SCHOOL_PREFIXES:
                if flat.startswith(pre + " "):
                    proper = flat[len(pre) + 1:].split()
                    if len("".join(proper)) >= 4:
                        add(" ".join(proper), "school", [tuple(proper)])
                    break
        for ph in p.get("phones", []):
            d = national_digits(ph)
            if len(d) >= 6:
                add(ph, "phone", digits=[d])
    return terms


def _contains(tokens, phrase):
    n = len(phrase)
    first = phrase[0]
    for i, t in enumerate(tokens):
        if t == first and tuple(tokens[i:i + n]) == phrase:
            return True
    return False


def find_terms(text, terms):
    """The roster terms (their "text") that can be read in `text`."""
    tokens = fold(text)
    runs = [r for r in digit_runs(text) if len(r) >= 6]
    found = []
    for t in terms:
        if "digits" in t:
            hit = any(r in d or d in r for r in runs for d in t["digits"])
        elif "regex" in t:
            hit = re.search(t["regex"], text) is not None
        else:
            hit = any(_contains(tokens, ph) for ph in t["phrases"])
        if hit:
            found.append(t["text"])
    return found
