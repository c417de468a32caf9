#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate a synthetic evaluation set for Custodia's image/video redaction.

Renders Italian chat screenshots in WhatsApp, Telegram and Instagram styles,
re-photographed variants of some of them and short scrolling screen
recordings, with one roster per case and pixel boxes of every identifying
token. Output is deterministic for a given --seed. See README.md.
"""
import argparse
import json
import math
import os
import random
import shutil
import subprocess
import sys
import unicodedata
from functools import lru_cache
from types import SimpleNamespace

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalcommon import find_terms, national_digits, roster_terms  # noqa: E402

# ------------------------------------------------------------------ data
# First names with the nicknames friends use. Names that are ordinary words
# (Rosa, Viola, Serena, ...) are left out so that plain text never contains one.
FIRST_NAMES = {
    "Giulia": ["Giuly", "Giuli"], "Marco": ["Marchino"], "Matteo": ["Teo", "Matte"],
    "Niccolò": ["Nico", "Nicco"], "Nicolò": ["Nicky", "Nico"], "Mattia": ["Mattiuz"],
    "Sofia": ["Sofi"], "Alessandro": ["Alex", "Ale"], "Francesco": ["Checco", "Cesco"],
    "Lorenzo": ["Lollo", "Lori"], "Federico": ["Fede"], "Tommaso": ["Tommy", "Tommi"],
    "Riccardo": ["Ricky"], "Gabriele": ["Gabri"], "Edoardo": ["Edo"], "Chiara": ["Chiari", "Kiki"],
    "Martina": ["Marti"], "Alessia": ["Ale", "Alessietta"], "Giorgia": ["Giorgi", "Gio"],
    "Elisa": ["Eli"], "Noemi": ["Noe"], "Greta": ["Gretina"], "Ilaria": ["Ila"],
    "Federica": ["Fede", "Fefe"], "Beatrice": ["Bea"], "Ludovica": ["Ludo"], "Camilla": ["Cami"],
    "Emma": ["Emmy"], "Davide": ["Dado", "Dave"], "Simone": ["Simo"], "Samuele": ["Samu"],
    "Pietro": ["Pietrino"], "Filippo": ["Pippo"], "Jacopo": ["Jack"], "Michele": ["Miki"],
    "Noè": [], "Zoè": ["Zoe"], "Andrea": ["Andre"], "Gioele": ["Gioe"], "Christian": ["Chri"],
    "Aurora": ["Auri"], "Kevin": ["Kevo"], "Ginevra": ["Gine"], "Arianna": ["Ari"],
}
GENERIC_NICKS = ["ilbomber", "Pulce", "Rambo", "Spillo", "Ninja", "Zorro", "Bibi",
                 "reginetta", "Shadow", "xSniperx", "Lulu", "Kobra"]
SURNAMES = [
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Greco",
    "De Luca", "Mancini", "Lombardi", "Moretti", "Barbieri", "Santoro", "Mariani", "Rinaldi",
    "Caruso", "Ferrara", "Galli", "Martini", "Longo", "Martinelli", "Vitale", "Lombardo",
    "Coppola", "De Santis", "D'Angelo", "D'Amico", "Marchetti", "Parisi", "Ferraro", "Fabbri",
    "Marini", "Valentini", "Messina", "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna",
    "Rizzi", "Cattaneo", "Morelli", "Silvestri", "Giuliani", "Benedetti", "Rossetti", "Caputo",
    "Montanari", "Palmieri", "Bernardi", "De Rosa", "Ferretti", "Bellini", "Basile", "Donati",
    "Piras", "Sartori", "Costantini", "Milani", "Pagano", "Ruggiero", "Sorrentino",
    "D'Alessandro", "Orlando", "Fumagalli", "Brambilla", "Dell'Acqua", "Lo Russo", "Cantù", "Pirrò",
]
SCHOOL_NAMES = ["Manzoni", "Alfieri", "Galilei", "Marconi", "Carducci", "Foscolo", "Montale",
                "Ungaretti", "Rodari", "Collodi", "Pirandello", "Don Milani", "Dante Alighieri",
                "Da Vinci", "Mazzini", "Garibaldi", "Cavour", "Majorana", "Einaudi", "Salvemini",
                "De Amicis", "Deledda", "Morante", "Caravaggio"]
SCHOOL_TYPES = ["IC", "I.C.", "Istituto Comprensivo", "Scuola media", "Scuola secondaria",
                "Liceo", "Liceo Scientifico", "Liceo Classico", "ITIS"]
MOBILE_PREFIXES = ["320", "324", "327", "328", "329", "330", "333", "334", "335", "338", "339",
                   "340", "342", "345", "346", "347", "348", "349", "350", "351", "366", "377",
                   "380", "388", "389", "391", "392", "393"]
MAIL_DOMAINS = ["gmail.com", "gmail.com", "hotmail.it", "libero.it", "icloud.com", "outlook.it",
                "yahoo.it"]
OTHER_FIRST = ["luca", "sara", "paolo", "anna", "giovanni", "elena", "stefano", "valentina"]
OTHER_LAST = ["bianco", "neri", "ricci", "conte", "gallo", "fontana", "serra", "leone"]

PLAIN = [
    "nessuno ti vuole nel gruppo", "domani a ricreazione vedi", "hai visto la foto?",
    "sei proprio uno sfigato", "ahahah ma l'hai vista?", "ma chi ti credi di essere",
    "stai zitto che è meglio", "non venire alla festa sabato, non sei invitato",
    "tutti ridono di te lo sai vero", "esci dal gruppo", "ti aspettiamo fuori da scuola",
    "se lo dici alla prof sei finito", "guarda che lo mando a tutti", "ho fatto lo screen ahahah",
    "mettiamo la foto nella storia", "nessuno si siede vicino a te in mensa", "che schifo",
    "sei ridicolo", "basta vi prego smettetela", "perché fate così?", "lasciatemi in pace",
    "io non ho fatto niente", "ok", "ahahahahah", "raga avete visto?",
    "domani tutti vestiti di nero tranne lui", "mandala anche nell'altro gruppo",
    "cancella subito quel messaggio", "non rispondere più",
    "ti abbiamo tolto dal gruppo del calcetto", "sei stato tu a dirlo alla prof?",
    "ci vediamo all'uscita, vieni da solo", "ma come ti vesti", "nessuno ti sopporta",
    "te la sei cercata", "ora lo sanno tutti", "fai schifo a calcio", "lo sa tutta la scuola ormai",
    "ho paura di tornare a scuola lunedì", "non dirlo ai tuoi genitori",
    "se parli è peggio per te", "ahah ha pianto davanti a tutti", "chi viene al campetto dopo?",
    "mia mamma non mi fa uscire", "ma quindi la verifica di mate è domani?",
    "qualcuno ha i compiti di inglese?", "votate il sondaggio", "ahah l'ho messa come sfondo",
    "stasera in call tutti tranne lei", "ha bloccato tutti, che sfigata", "mandami il vocale",
    "non è divertente", "raga basta però", "sì vabbè", "ma smettila",
    "guardate che faccia nella foto di gruppo", "nessuno ti ha chiesto niente",
    "vai a piangere dalla mamma", "lo abbiamo votato il più brutto della scuola",
    "se domani viene in gita io non vengo", "facciamo finta che non esiste",
    "chi ha il video di ieri?", "è uno scherzo dai", "non fa ridere per niente", "già fatto",
]
SLOTTED = [
    "{N} sei uno sfigato", "{N} ti sei guardato allo specchio stamattina?",
    "qualcuno ha il numero di {N}? mi sa che è {P}", "scrivimi a {E}",
    "il numero di {K} è {P}, chiamatelo tutti stanotte",
    "seguite {H} e scrivetegli quello che pensate", "{N} {S} è il più sfigato della {C}",
    "in {C} nessuno parla con {N}", "domani all'uscita del {SC} aspettiamo {K}",
    "ahah {K} ha pianto in bagno", "{N} {S} non lo invita nessuno",
    "mandate tutti un messaggio a {P}", "ho fatto un profilo finto, {H}",
    "quelli della {C} del {SC} sono tutti scemi",
    "la mail di {N} è {E}, iscrivetela a tutte le newsletter",
    "{K} sei ridicolo, lo sa tutto il {SC}", "ho messo la foto di {N} su {H}",
    "ditelo anche a {N}", "hai visto cosa ha scritto {K}?", "taggate {H} sotto il post",
    "se {N} torna in {C} ce ne andiamo", "{S} sei finito", "ma {N} è quello della {C}?",
    "chiamami al {P}", "numero nuovo {P} salvatelo", "il mio insta è {H}",
    "anche {K} della {C} lo dice", "{N} domani non venire al {SC}",
    "raga {N} ha cambiato numero, adesso è {P}", "{K} {K} ahahah",
    "scrivete a {E} tanto non risponde mai", "a ricreazione {N} sta sempre da solo",
    "la {C} del {SC} è la classe peggiore", "{N} lo sanno tutti che copi",
    "ciao sono {N} della {C}, mi aggiungete?", "{N} {S} della {C} al {SC}, lo conoscete?",
]
DATES = ["Oggi", "Ieri", "12 marzo 2026", "Lunedì", "Sabato", "3 febbraio 2026",
         "27 gennaio 2026", "Martedì", "18 aprile 2026"]
STATUS_LINES = ["online", "ultimo accesso oggi alle {t}", "sta scrivendo...",
                "ultimo accesso ieri alle {t}", "online"]
GROUP_NAMES = ["{C} {SN}", "{C} {SN} ufficiale", "Calcetto {C}", "Gita {C} {SN}",
               "Quelli della {C}", "Ragazzi {C}", "Classe {C}", "{SC} {C}"]

FONT_FAMILIES = {
    "Roboto": ("/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
               "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf"),
    "Noto Sans": ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                  "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
    "DejaVu Sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "Liberation Sans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
}


@lru_cache(maxsize=None)
def font(path, size):
    return ImageFont.truetype(path, max(8, int(round(size))))


def hexrgb(h):
    return tuple(int(h[i:i + 2], 16) for i in (1, 3, 5))


# ------------------------------------------------------------------ rosters
def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return [f"+39 {a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}", f"0039 {a} {b}{c}",
            f"{a} {b}{c}", f"+39{a}{b}{c}", f"+39 {a} {b}{c}", f"{a} {b} {c}"][style]


def random_mobile(rng):
    return rng.choice(MOBILE_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(7))


def ascii_lower(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and ord(c) < 128).lower()


def fmt_class(grade, letter, style):
    return [f"{grade}{letter}", f"{grade}^{letter}", f"{grade} {letter}"][style]


def make_roster(rng):
    n = rng.randint(3, 5)
    firsts = rng.sample(sorted(FIRST_NAMES), n)
    lasts = rng.sample(SURNAMES, n)
    grade, letter = rng.randint(1, 3), rng.choice("ABCDEFGH")
    stype, sname = rng.choice(SCHOOL_TYPES), rng.choice(SCHOOL_NAMES)
    people, used_nicks = [], set()
    for first, last in zip(firsts, lasts):
        nicks = []
        for nk in FIRST_NAMES[first][:1] + ([rng.choice(GENERIC_NICKS)] if rng.random() < 0.3 else []):
            if nk.lower() not in used_nicks and rng.random() < 0.85:
                nicks.append(nk)
                used_nicks.add(nk.lower())
        g, l = (grade, letter) if rng.random() < 0.75 else (rng.randint(1, 3), rng.choice("ABCDEFGH"))
        school = f"{stype} {sname}" if rng.random() < 0.8 else f"{rng.choice(SCHOOL_TYPES)} {sname}"
        phones = [fmt_phone(random_mobile(rng), rng.randrange(8))
                  for _ in range(rng.choice([0, 1, 1, 1, 1, 2]))]
        handles = []
        for _ in range(rng.choice([0, 1, 1, 2])):
            base = ascii_lower(rng.choice(nicks + [first]))
            h = "@" + rng.choice([f"{base}_{rng.randint(5, 13):02d}", f"{base}.{ascii_lower(last)}",
                                  f"{base}{rng.randint(1, 99)}", f"{base}_{ascii_lower(last)}_",
                                  f"{base}.{rng.randint(2009, 2014)}"])
            if h not in handles:
                handles.append(h)
        people.append({"name": first, "surname": last, "nicknames": nicks,
                       "class": fmt_class(g, l, rng.randrange(3)), "school": school,
                       "phones": phones, "handles": handles,
                       "_grade": g, "_letter": l, "_school": (stype, sname)})
    return people


def public_roster(people):
    keys = ["name", "surname", "nicknames", "class", "school", "phones", "handles"]
    return {"people": [{k: p[k] for k in keys} for p in people]}


# ------------------------------------------------------------------ chat content
class Content:
    """Draws identifying values (names, phones, ...) for one chat."""

    def __init__(self, rng, people):
        self.rng, self.people = rng, people
        self.terms = roster_terms(public_roster(people))

    def person(self):
        return self.rng.choice(self.people)

    def nick(self, p):
        return self.rng.choice(p["nicknames"]) if p["nicknames"] else p["name"]

    def phone(self):
        rng = self.rng
        cands = [national_digits(x) for p in self.people for x in p["phones"]]
        d = rng.choice(cands) if cands and rng.random() < 0.65 else random_mobile(rng)
        return fmt_phone(d, rng.randrange(8))

    def handle(self):
        rng = self.rng
        cands = [h for p in self.people for h in p["handles"]]
        if cands and rng.random() < 0.7:
            return rng.choice(cands)
        return "@" + rng.choice(OTHER_FIRST) + rng.choice(["_", ".", ""]) + str(rng.randint(1, 99))

    def email(self):
        rng = self.rng
        if rng.random() < 0.5:
            p = self.person()
            first, last = ascii_lower(rng.choice([p["name"]] + p["nicknames"])), ascii_lower(p["surname"])
        else:
            first, last = rng.choice(OTHER_FIRST), rng.choice(OTHER_LAST)
        local = rng.choice([f"{first}.{last}{rng.randint(1, 14):02d}", f"{first}_{last}",
                            f"{first}{last}{rng.randint(2008, 2014)}", f"{first[0]}{last}"])
        return f"{local}@{rng.choice(MAIL_DOMAINS)}"

    def klass(self):
        rng = self.rng
        if rng.random() < 0.65:
            p = self.person()
            g, l = p["_grade"], p["_letter"]
        else:
            g, l = rng.randint(1, 3), rng.choice("ABCDEFGH")
        return fmt_class(g, l, rng.randrange(3))

    def school(self):
        rng = self.rng
        stype, sname = self.person()["_school"]
        r = rng.random()
        if r < 0.45:
            return f"{stype} {sname}"
        if r < 0.65:
            return sname
        return f"{rng.choice(SCHOOL_TYPES)} {rng.choice(SCHOOL_NAMES)}"

    def slot(self, name):
        """[(text, kind)] for a template slot."""
        p = self.person()
        if name == "N":
            return [(p["name"], "name")]
        if name == "S":
            return [(p["surname"], "surname")]
        if name == "K":
            return [(self.nick(p), "nickname" if p["nicknames"] else "name")]
        return [({"P": self.phone, "H": self.handle, "E": self.email, "C": self.klass,
                  "SC": self.school}[name](),
                 {"P": "phone", "H": "handle", "E": "email", "C": "class", "SC": "school"}[name])]

    def clean(self, text):
        return not find_terms(text, self.terms)

    def sentence(self):
        rng = self.rng
        while True:
            if rng.random() < 0.5:
                spans = [(rng.choice(PLAIN), None)]
            else:
                spans = []
                tpl = rng.choice(SLOTTED)
                for i, part in enumerate(tpl.replace("}", "{").split("{")):
                    if i % 2:
                        spans += self.slot(part)
                    elif part:
                        spans.append((part, None))
            if all(k or self.clean(t) for t, k in spans):
                return spans

    def message_text(self):
        rng = self.rng
        spans = self.sentence()
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            end = spans[-1][0][-1:]
            spans = spans + [(" " if end in "?!." else rng.choice([", ", " ", ". "]), None)] + self.sentence()
        return spans


def group_title(rng, ct):
    p = ct.person()
    stype, sname = p["_school"]
    t = rng.choice(GROUP_NAMES)
    return t.replace("{C}", fmt_class(p["_grade"], p["_letter"], rng.choice([0, 0, 1])))\
            .replace("{SN}", sname).replace("{SC}", f"{stype} {sname}")


def saved_name(rng, p):
    return rng.choice([f"{p['name']} {p['surname']}", p["name"], f"{p['name']} {p['surname'][0]}.",
                       p["nicknames"][0] if p["nicknames"] else p["name"],
                       f"{p['name']} {p['_grade']}{p['_letter']}"])


def make_chat(rng, people, app):
    """Who is in the chat and what the header shows."""
    ct = Content(rng, people)
    group = rng.random() < (0.5 if app != "ig" else 0.2)
    members = []
    for p in rng.sample(people, min(len(people), rng.randint(2, 4)) if group else 1):
        m = {"person": p, "avatar": avatar_spec(rng, p["name"] + " " + p["surname"])}
        if group and app != "ig" and rng.random() < 0.3:   # an unsaved number
            m["number"] = fmt_phone(national_digits(p["phones"][0]) if p["phones"] else random_mobile(rng),
                                    rng.choice([0, 6]))
            m["tilde"] = "~" + (p["nicknames"][0] if p["nicknames"] else p["name"])
        elif app == "ig":
            m["display"] = rng.choice([f"{p['name']} {p['surname']}", p["name"]] + p["nicknames"][:1])
        else:
            m["display"] = saved_name(rng, p)
        members.append(m)
    chat = SimpleNamespace(group=group, members=members, content=ct)
    if group:
        chat.title = group_title(rng, ct)
        chat.avatar = avatar_spec(rng, chat.title, group=True)
    else:
        m = members[0]
        chat.title = m.get("display") or m["number"]
        chat.avatar = m["avatar"]
        if app != "ig" and rng.random() < 0.12:
            chat.title = fmt_phone(national_digits(m["person"]["phones"][0]) if m["person"]["phones"]
                                   else random_mobile(rng), 0)
        if app == "ig":
            p = m["person"]
            chat.handle = (rng.choice(p["handles"]).lstrip("@") if p["handles"] else
                           ascii_lower(p["name"]) + rng.choice(["_", "."]) + ascii_lower(p["surname"]))
    return chat


def make_messages(rng, chat, n, photos=True):
    msgs, minute = [], rng.randint(7 * 60, 22 * 60)
    sender = None
    for _ in range(n):
        out = rng.random() < 0.35
        if not out and (sender is None or rng.random() < 0.55):
            sender = rng.choice(chat.members)
        minute = min(minute + rng.choice([0, 0, 1, 1, 2, 3, 5, 9]), 23 * 60 + 59)
        m = SimpleNamespace(out=out, sender=None if out else sender,
                            time=f"{minute // 60:02d}:{minute % 60:02d}", photo=False, spans=None)
        if photos and rng.random() < 0.07:
            m.photo = True
            m.spans = chat.content.message_text() if rng.random() < 0.4 else None
        else:
            m.spans = chat.content.message_text()
        msgs.append(m)
    return msgs


# ------------------------------------------------------------------ styles
def make_style(rng, app, dark, W, H):
    s = W / 1080
    fam = rng.choice(sorted(FONT_FAMILIES))
    reg, bold = FONT_FAMILIES[fam]
    b = rng.uniform(26, 44) * s
    st = SimpleNamespace(app=app, dark=dark, W=W, H=H, s=s, fam=fam, reg=reg, bold=bold, b=b,
                         ios=(W == 1170), sb_h=int((130 if W == 1170 else 84) * s))
    st.nav_h = int((70 if st.ios else rng.choice([48, 48, 126])) * s)
    st.hd_h = int(rng.uniform(150, 170) * s)
    st.in_h = int(rng.uniform(130, 150) * s)
    st.time_size = max(b * 0.66, 20 * s)
    st.ui = rng.uniform(38, 44) * s   # header title size
    C = hexrgb
    if app == "wa":
        teal = not dark and rng.random() < 0.35
        st.senders = [C(x) for x in (["#e542a3", "#1f7aec", "#d3396d", "#029d00", "#ba33dc", "#c75300"]
                                    if not dark else ["#f15c6d", "#53bdeb", "#fc9775", "#25d366", "#a791ff", "#ffd279"])]
        if dark:
            st.__dict__.update(bg=C("#0b141a"), doodle=C("#131d24"), bin=C("#202c33"), bout=C("#005c4b"),
                               fg=C("#e9edef"), tm=C("#8696a0"), tm_out=C("#99beb7"), tick=C("#53bdeb"),
                               hd=C("#1f2c34"), hd_fg=C("#e9edef"), hd_sub=C("#8696a0"), sb=C("#1f2c34"),
                               sb_fg=C("#e9edef"), chip=C("#182229"), chip_fg=C("#8696a0"),
                               pill=C("#1f2c34"), ph=C("#8696a0"), accent=C("#00a884"), link=C("#53bdeb"),
                               nav=C("#0b141a"), icon=C("#aebac1"))
        else:
            st.__dict__.update(bg=C("#efeae2"), doodle=C("#e3dcd2"), bin=C("#ffffff"), bout=C("#d9fdd3"),
                               fg=C("#111b21"), tm=C("#667781"), tm_out=C("#667781"), tick=C("#53bdeb"),
                               hd=C("#008069") if teal else C("#ffffff"),
                               hd_fg=C("#ffffff") if teal else C("#111b21"),
                               hd_sub=C("#d9f2ec") if teal else C("#667781"),
                               sb=C("#017561") if teal else C("#ffffff"),
                               sb_fg=C("#ffffff") if teal else C("#111b21"), chip=C("#ffffff"),
                               chip_fg=C("#54656f"), pill=C("#ffffff"), ph=C("#8696a0"),
                               accent=C("#00a884"), link=C("#027eb5"), nav=C("#efeae2"),
                               icon=C("#ffffff") if teal else C("#54656f"))
        st.radius, st.maxw, st.tail = int(0.3 * b), 0.8, True
    elif app == "tg":
        st.senders = [C(x) for x in (["#d1453d", "#2e8ec7", "#3e9d3c", "#c56d12", "#8e52c8", "#c73c8f"]
                                    if not dark else ["#ff8e86", "#6ec9ff", "#7ad66f", "#f9a94b", "#b999ff", "#ff7eb8"])]
        if dark:
            st.__dict__.update(bg=C("#0e1621"), bg2=C("#0e1621"), doodle=C("#132031"), bin=C("#182533"),
                               bout=C("#2b5278"), fg=C("#f5f5f5"), tm=C("#6d7f8f"), tm_out=C("#7da8d3"),
                               tick=C("#7da8d3"), hd=C("#17212b"), hd_fg=C("#ffffff"), hd_sub=C("#7a8a99"),
                               sb=C("#17212b"), sb_fg=C("#ffffff"), chip=C("#1e2c3a"), chip_fg=C("#e0e6ec"),
                               pill=C("#17212b"), ph=C("#6d7f8f"), accent=C("#5eb5f7"), link=C("#6ab3f3"),
                               nav=C("#17212b"), icon=C("#8a9aa9"))
        else:
            st.__dict__.update(bg=C("#a9c58f"), bg2=C("#d6dfa9"), doodle=C("#9dbb84"), bin=C("#ffffff"),
                               bout=C("#effdde"), fg=C("#000000"), tm=C("#a1aab3"), tm_out=C("#5fb454"),
                               tick=C("#4fae4e"), hd=C("#517da2"), hd_fg=C("#ffffff"), hd_sub=C("#d5e3ef"),
                               sb=C("#446c8d"), sb_fg=C("#ffffff"), chip=C("#7d9a6a"), chip_fg=C("#ffffff"),
                               pill=C("#ffffff"), ph=C("#a1aab3"), accent=C("#3d8fd6"), link=C("#2481cc"),
                               nav=C("#ffffff"), icon=C("#ffffff"))
        st.radius, st.maxw, st.tail = int(0.42 * b), 0.78, True
    else:  # Instagram
        st.senders = [C("#8e8e8e")] if not dark else [C("#a8a8a8")]
        out = rng.choice([C("#3797f0"), C("#7f3df5"), C("#a033e0")])
        if dark:
            st.__dict__.update(bg=C("#000000"), bin=C("#262626"), bout=out, fg=C("#f5f5f5"), fg_out=C("#ffffff"),
                               tm=C("#a8a8a8"), hd=C("#000000"), hd_fg=C("#f5f5f5"), hd_sub=C("#a8a8a8"),
                               sb=C("#000000"), sb_fg=C("#ffffff"), chip_fg=C("#a8a8a8"), pill=C("#262626"),
                               ph=C("#a8a8a8"), accent=C("#3797f0"), link=C("#e0f1ff"), nav=C("#000000"),
                               icon=C("#f5f5f5"), line=C("#262626"))
        else:
            st.__dict__.update(bg=C("#ffffff"), bin=C("#efefef"), bout=out, fg=C("#000000"), fg_out=C("#ffffff"),
                               tm=C("#737373"), hd=C("#ffffff"), hd_fg=C("#000000"), hd_sub=C("#737373"),
                               sb=C("#ffffff"), sb_fg=C("#000000"), chip_fg=C("#737373"), pill=C("#ffffff"),
                               ph=C("#737373"), accent=C("#3797f0"), link=C("#00376b"), nav=C("#ffffff"),
                               icon=C("#000000"), line=C("#dbdbdb"))
        st.radius, st.maxw, st.tail = int(0.9 * b), 0.7, False
    return st


# ------------------------------------------------------------------ drawing
class Painter:
    """A PIL image, its ImageDraw and the truth regions drawn on it."""

    def __init__(self, img):
        self.img, self.d, self.regions = img, ImageDraw.Draw(img), []

    def region(self, box, kind, text):
        x0, y0, x1, y1 = [int(round(v)) for v in box]
        self.regions.append({"box": [x0, y0, x1 - x0, y1 - y0], "kind": kind, "text": text})

    def text(self, xy, s, fnt, fill, kind=None, anchor="ls"):
        self.d.text(xy, s, font=fnt, fill=fill, anchor=anchor)
        box = self.d.textbbox(xy, s, font=fnt, anchor=anchor)
        if kind:
            self.region(box, kind, s)
        return box


def avatar_spec(rng, label, group=False):
    hue = rng.random()
    kind = "initials" if group or rng.random() < 0.45 else rng.choice(["head", "face"])
    initials = "".join(w[0] for w in label.replace("'", " ").split()[:2] if w[0].isalnum()).upper() or "?"
    return SimpleNamespace(kind=kind, hue=hue, initials=initials, skin=rng.choice(
        [(241, 194, 167), (224, 172, 138), (198, 134, 96), (141, 85, 60)]),
        hair=rng.choice([(40, 28, 20), (90, 60, 30), (160, 120, 60), (20, 20, 20), (120, 40, 20)]),
        shirt=tuple(int(v) for v in np.array(hsv(rng.random(), 0.5, 0.7))))


def hsv(h, s, v):
    rgb = cv2.cvtColor(np.uint8([[[h * 179, s * 255, v * 255]]]), cv2.COLOR_HSV2RGB)[0, 0]
    return tuple(int(c) for c in rgb)


def gradient(w, h, c1, c2, vertical=True):
    t = np.linspace(0, 1, h if vertical else w)[:, None] if vertical else np.linspace(0, 1, w)[None, :]
    a = np.array(c1, float) * (1 - t[..., None]) + np.array(c2, float) * t[..., None]
    return Image.fromarray(np.broadcast_to(a, (h, w, 3)).astype(np.uint8))


def draw_person(d, box, spec, shoulders=True):
    """A simple head-and-shoulders figure inside box; returns the head box."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx = x0 + w / 2
    if shoulders:
        d.ellipse((x0 + 0.12 * w, y0 + 0.72 * h, x1 - 0.12 * w, y0 + 1.4 * h), fill=spec.shirt)
        d.rectangle((cx - 0.08 * w, y0 + 0.55 * h, cx + 0.08 * w, y0 + 0.8 * h), fill=spec.skin)
    head = (cx - 0.2 * w, y0 + 0.2 * h, cx + 0.2 * w, y0 + 0.68 * h)
    d.ellipse((head[0] - 0.02 * w, head[1] - 0.04 * h, head[2] + 0.02 * w, head[1] + 0.24 * h), fill=spec.hair)
    d.ellipse(head, fill=spec.skin)
    d.chord((head[0], head[1] - 0.03 * h, head[2], head[1] + 0.18 * h), 180, 360, fill=spec.hair)
    ey = y0 + 0.42 * h
    for ex in (cx - 0.08 * w, cx + 0.08 * w):
        r = 0.022 * w
        d.ellipse((ex - r, ey - r, ex + r, ey + r), fill=(40, 30, 30))
    d.arc((cx - 0.08 * w, y0 + 0.47 * h, cx + 0.08 * w, y0 + 0.6 * h), 20, 160, fill=(150, 60, 60),
          width=max(1, int(0.015 * w)))
    return (head[0] - 0.02 * w, head[1] - 0.04 * h, head[2] + 0.02 * w, head[3])


def draw_avatar(p, x, y, dia, spec, bold):
    """A round avatar at (x, y) with diameter dia, recorded as an 'avatar' region."""
    S = 3
    D = dia * S
    big = Image.new("RGB", (D, D))
    d = ImageDraw.Draw(big)
    if spec.kind == "initials":
        d.rectangle((0, 0, D, D), fill=hsv(spec.hue, 0.45, 0.75))
        f = font(bold, D * 0.38)
        d.text((D / 2, D / 2), spec.initials, font=f, fill=(255, 255, 255), anchor="mm")
    else:
        big.paste(gradient(D, D, hsv(spec.hue, 0.35, 0.95), hsv((spec.hue + 0.1) % 1, 0.6, 0.6)))
        if spec.kind == "head":
            gray = SimpleNamespace(skin=(235, 238, 240), hair=(235, 238, 240), shirt=(235, 238, 240))
            d.ellipse((0.3 * D, 0.18 * D, 0.7 * D, 0.58 * D), fill=gray.skin)
            d.ellipse((0.12 * D, 0.64 * D, 0.88 * D, 1.3 * D), fill=gray.shirt)
        else:
            draw_person(d, (0, 0, D, D), spec)
    mask = Image.new("L", (D, D), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, D - 1, D - 1), fill=255)
    p.img.paste(big.resize((dia, dia), Image.LANCZOS), (int(x), int(y)), mask.resize((dia, dia), Image.LANCZOS))
    p.region((x, y, x + dia, y + dia), "avatar", "avatar " + spec.initials)


def draw_ticks(d, x, y, size, color, double=True):
    """WhatsApp/Telegram read ticks with bottom-left at (x, y)."""
    w = max(2, int(size * 0.12))
    for k in range(2 if double else 1):
        ox = x + k * size * 0.35
        d.line([(ox, y - size * 0.35), (ox + size * 0.25, y - size * 0.1), (ox + size * 0.7, y - size * 0.75)],
               fill=color, width=w)


def words_of(spans):
    """Split spans into words (lists of pieces (text, kind, span index))."""
    words = [[]]
    for sid, (text, kind) in enumerate(spans):
        for i, part in enumerate(text.split(" ")):
            if i:
                words.append([])
            if part:
                words[-1].append((part, kind, sid))
    return [w for w in words if w]


def wrap(words, fnt, maxw):
    sp = fnt.getlength(" ")
    lines, cur, curw = [], [], 0.0
    for w in words:
        ww = sum(fnt.getlength(t) for t, _, _ in w)
        if cur and curw + sp + ww > maxw:
            lines.append((cur, curw))
            cur, curw = [], 0.0
        curw = curw + (sp if cur else 0) + ww
        cur.append(w)
    if cur:
        lines.append((cur, curw))
    return lines


def draw_lines(p, lines, x, y0, lh, asc, fnt, fill, link):
    """Draw wrapped lines; identifying pieces become regions (merged per span and line)."""
    sp = fnt.getlength(" ")
    for li, (line, _) in enumerate(lines):
        base, cx, boxes = y0 + li * lh + asc, x, {}
        for w in line:
            for text, kind, sid in w:
                col = link if kind in ("phone", "email", "handle") and link else fill
                box = p.text((cx, base), text, fnt, col)
                if kind:
                    b = boxes.setdefault(sid, [box[0], box[1], box[2], box[3], kind, []])
                    b[0], b[1], b[2], b[3] = min(b[0], box[0]), min(b[1], box[1]), max(b[2], box[2]), max(b[3], box[3])
                    b[5].append(text)
                cx += fnt.getlength(text)
            cx += sp
        for b in boxes.values():
            p.region(b[:4], b[4], " ".join(b[5]))


# ------------------------------------------------------------------ chat blocks
def sender_label(st, m):
    """[(text, kind, colour)] of a sender line."""
    col = st.senders[hash_index(m["person"]["name"], len(st.senders))]
    if "number" in m:
        return [(m["number"], col), (m["tilde"], st.tm)]
    return [(m["display"], col)]


def hash_index(s, n):
    return sum(ord(c) for c in s) % n


def message_block(st, msg, show_sender, show_avatar, avatar_slot, first_of_run, rng):
    """Measure a message bubble; returns (height, draw(p, y))."""
    W, b, s = st.W, st.b, st.s
    f = font(st.reg, b)
    asc, desc = f.getmetrics()
    lh = int((asc + desc) * 1.06)
    padx, pady = int(0.45 * b), int(0.3 * b)
    av = int(0.08 * W) if avatar_slot else 0
    margin = int(0.035 * W)
    x_left = margin + (av + int(0.02 * W) if av else 0)
    maxw = int(st.maxw * W) - 2 * padx - (av if av else 0)
    lines = wrap(words_of(msg.spans), f, maxw) if msg.spans else []
    tw = max([w for _, w in lines], default=0)
    ft = font(st.reg, st.time_size)
    tm_w = ft.getlength(msg.time) + (st.time_size * 1.15 if msg.out and st.app != "ig" else 0)
    tm_h = int(st.time_size * 1.2)
    sender = sender_label(st, msg.sender) if show_sender and msg.sender else None
    ig_sender = sender if st.app == "ig" else None
    if st.app == "ig":   # Instagram shows the sender's name above the bubble
        sender = None
    fs = font(st.bold, b * 0.88)
    sl_h = int(b * 1.25) if sender else 0
    sender_w = sum(fs.getlength(t) for t, _ in sender) + b * len(sender) if sender else 0
    ph_w = ph_h = 0
    if msg.photo:
        ph_w = int(min(0.62 * W, maxw + 2 * padx - 8 * s))
        ph_h = int(ph_w * rng.uniform(0.75, 1.1))
    if st.app == "ig":   # no time stamps in Instagram bubbles
        inner_w, text_h = tw, len(lines) * lh
    elif lines and lines[-1][1] + b * 0.6 + tm_w <= maxw:   # time fits after the last line
        inner_w, text_h = max(tw, lines[-1][1] + b * 0.6 + tm_w), len(lines) * lh
    else:   # time on a line of its own
        inner_w, text_h = max(tw, tm_w), len(lines) * lh + (tm_h if lines else 0)
    inner_w = max(inner_w, sender_w, ph_w - 2 * padx)
    bw = int(inner_w + 2 * padx)
    # vertical layout: [sender line] [photo] [text lines (+ time line)]
    head_h = pady + sl_h if sender or not msg.photo else int(4 * s)
    body_h = text_h + 2 * pady if lines else (0 if msg.photo else 2 * pady)
    bh = head_h + ph_h + body_h + (int(4 * s) if msg.photo and not lines else 0)
    if not msg.photo:
        bh = sl_h + text_h + 2 * pady
    ig_sender_h = int(b * 0.9) if ig_sender else 0
    height = bh + ig_sender_h

    def draw(p, y):
        d = p.d
        x = W - margin - bw if msg.out else x_left
        top = y + ig_sender_h
        if st.app == "ig":
            fill = st.bout if msg.out else st.bin
            if ig_sender_h:
                p.text((x + padx, y + ig_sender_h * 0.75), ig_sender[0][0], font(st.reg, b * 0.7), st.tm, "sender")
        else:
            fill = st.bout if msg.out else st.bin
            if not st.dark and st.app == "wa":
                d.rounded_rectangle((x, top + 2 * s, x + bw, top + bh + 2 * s), st.radius, fill=st.doodle)
        d.rounded_rectangle((x, top, x + bw, top + bh), st.radius, fill=fill)
        if st.tail and first_of_run:
            t = int(0.35 * b)
            if msg.out:
                d.polygon([(x + bw - st.radius, top), (x + bw + t, top), (x + bw - 2, top + t * 1.4)], fill=fill)
            else:
                d.polygon([(x + st.radius, top), (x - t, top), (x + 2, top + t * 1.4)], fill=fill)
        cy = top + pady
        if sender:
            sx = x + padx
            base = cy + fs.getmetrics()[0]
            for i, (t, col) in enumerate(sender):
                if i and "number" in msg.sender:  # "~nick" right-aligned, smaller
                    fsm = font(st.reg, b * 0.78)
                    p.text((x + bw - padx - fsm.getlength(t), base), t, fsm, col, "sender")
                else:
                    p.text((sx, base), t, fs, col, "sender")
                    sx += fs.getlength(t) + b
            cy += sl_h
        if msg.photo:
            py0 = top + head_h
            px0 = x + int(4 * s)
            pw = bw - int(8 * s)
            pic = gradient(pw, ph_h, hsv(rng.random(), 0.25, 0.9), hsv(rng.random(), 0.4, 0.55))
            hx0, hy0, hx1, hy1 = draw_person(ImageDraw.Draw(pic), (pw * 0.1, ph_h * 0.12, pw * 0.9, ph_h),
                                             avatar_spec(rng, "x"))
            p.img.paste(pic, (int(px0), int(py0)))
            p.region((int(px0) + hx0, int(py0) + hy0, int(px0) + hx1, int(py0) + hy1), "face", "face in photo")
            cy = py0 + ph_h + pady
        if lines:
            fg = st.fg_out if msg.out and st.app == "ig" else st.fg
            link = st.link if st.app != "ig" else None
            draw_lines(p, lines, x + padx, cy, lh, asc, f, fg, link)
        if st.app != "ig":
            tx = x + bw - padx - tm_w
            ty = top + bh - pady * 0.7
            if msg.photo and not lines:
                ty = top + bh - 16 * s
            col = st.tm_out if msg.out else st.tm
            p.text((tx, ty), msg.time, ft, col if not (msg.photo and not lines) else (255, 255, 255))
            if msg.out:
                draw_ticks(d, tx + ft.getlength(msg.time) + st.time_size * 0.25, ty, st.time_size, st.tick)
        if show_avatar and msg.sender:
            ay = top if st.app == "wa" else top + bh - av
            draw_avatar(p, margin, ay, av, msg.sender["avatar"], st.bold)

    return height, draw


def chip_block(st, text):
    b, s = st.b, st.s
    f = font(st.reg if st.app != "tg" else st.bold, max(b * 0.72, 22 * s))
    w = f.getlength(text) + b * 1.2
    h = int(b * 1.5)

    def draw(p, y):
        x = (st.W - w) / 2
        if st.app == "ig":
            p.text((st.W / 2, y + h * 0.7), text, f, st.chip_fg, anchor="ms")
            return
        p.d.rounded_rectangle((x, y, x + w, y + h), int(h * 0.35 if st.app == "wa" else h / 2), fill=st.chip)
        p.text((st.W / 2, y + h / 2), text, f, st.chip_fg, anchor="mm")
    return h, draw


def build_blocks(st, chat, msgs, rng):
    """[(height, gap_before, draw)] for the date chip and messages."""
    ch, cdraw = chip_block(st, rng.choice(DATES) if st.app != "ig" else rng.choice(DATES[:3]) + " " + msgs[0].time)
    blocks = [(ch, int(st.b * 0.6), cdraw)]
    runs_start = [i == 0 or msgs[i - 1].out != m.out or msgs[i - 1].sender is not m.sender
                  for i, m in enumerate(msgs)]
    runs_end = runs_start[1:] + [True]
    avatars = chat.group or st.app == "ig"
    for i, m in enumerate(msgs):
        if st.app == "wa":
            show_av = runs_start[i]
        else:
            show_av = runs_end[i]
        show_sender = chat.group and runs_start[i]
        h, draw = message_block(st, m, show_sender, avatars and show_av and not m.out,
                                avatars and not m.out, runs_start[i], rng)
        blocks.append((h, int(st.b * (0.55 if runs_start[i] else 0.12)), draw))
        if st.app == "ig" and m.out and i == len(msgs) - 1:
            f = font(st.reg, st.b * 0.62)
            blocks.append((int(st.b * 0.9), int(st.b * 0.2), lambda p, y, f=f: p.text(
                (st.W - 0.04 * st.W, y + st.b * 0.7), "Visualizzato", f, st.tm, anchor="rs")))
    return blocks


def draw_background(p, st, y0, y1, rng):
    W = st.W
    if st.app == "tg" and not st.dark:
        p.img.paste(gradient(W, y1 - y0, st.bg, st.bg2), (0, y0))
    else:
        p.d.rectangle((0, y0, W, y1), fill=st.bg)
    if st.app in ("wa", "tg"):   # faint doodle wallpaper
        d, s = p.d, st.s
        for _ in range(int(W * (y1 - y0) / (70 * s) ** 2)):
            x, y = rng.uniform(0, W), rng.uniform(y0, y1)
            r = rng.uniform(8, 22) * s
            k = rng.randrange(4)
            wd = max(1, int(2.5 * s))
            if k == 0:
                d.ellipse((x - r, y - r, x + r, y + r), outline=st.doodle, width=wd)
            elif k == 1:
                d.arc((x - r, y - r, x + r, y + r), rng.randint(0, 180), rng.randint(200, 360), fill=st.doodle, width=wd)
            elif k == 2:
                d.rounded_rectangle((x - r, y - r * 0.7, x + r, y + r * 0.7), r * 0.3, outline=st.doodle, width=wd)
            else:
                d.line([(x - r, y), (x, y - r), (x + r, y)], fill=st.doodle, width=wd)


def draw_status_bar(p, st, rng, clock):
    W, s, d = st.W, st.s, p.d
    d.rectangle((0, 0, W, st.sb_h), fill=st.sb)
    f = font(st.bold if st.ios else st.reg, (36 if st.ios else 30) * s)
    cy = st.sb_h * (0.62 if st.ios else 0.55)
    p.text((60 * s if st.ios else 40 * s, cy), clock, f, st.sb_fg, anchor="lm")
    if not st.ios:   # a couple of notification icons
        x = 40 * s + f.getlength(clock) + 22 * s
        for _ in range(rng.randint(0, 3)):
            d.rounded_rectangle((x, cy - 13 * s, x + 26 * s, cy + 13 * s), 6 * s, outline=st.sb_fg, width=max(1, int(3 * s)))
            x += 40 * s
    x = W - (60 if st.ios else 40) * s
    pct = rng.randint(8, 100)
    if not st.ios:
        fp = font(st.reg, 28 * s)
        p.text((x, cy), f"{pct}%", fp, st.sb_fg, anchor="rm")
        x -= fp.getlength(f"{pct}%") + 10 * s
    bw, bh = 46 * s, 24 * s
    d.rounded_rectangle((x - bw, cy - bh / 2, x, cy + bh / 2), 5 * s, outline=st.sb_fg, width=max(1, int(2.5 * s)))
    d.rectangle((x - bw + 4 * s, cy - bh / 2 + 4 * s, x - bw + 4 * s + (bw - 8 * s) * pct / 100, cy + bh / 2 - 4 * s),
                fill=st.sb_fg)
    x -= bw + 24 * s
    d.pieslice((x - 36 * s, cy - 22 * s, x, cy + 14 * s), 225, 315, fill=st.sb_fg)   # wifi
    x -= 52 * s
    for i in range(4):   # signal bars
        h = (8 + 7 * i) * s
        d.rectangle((x - (4 - i) * 9 * s, cy + 12 * s - h, x - (4 - i) * 9 * s + 6 * s, cy + 12 * s), fill=st.sb_fg)


def draw_header(p, st, chat, rng):
    W, s, d = st.W, st.s, p.d
    y0, h = st.sb_h, st.hd_h
    d.rectangle((0, y0, W, y0 + h), fill=st.hd)
    if st.app == "ig":
        d.line((0, y0 + h - 1, W, y0 + h - 1), fill=st.line, width=max(1, int(s)))
    cy = y0 + h / 2
    lw = max(2, int(4 * s))
    ax = 40 * s
    if st.app == "ig":   # chevron
        d.line([(ax + 22 * s, cy - 22 * s), (ax, cy), (ax + 22 * s, cy + 22 * s)], fill=st.hd_fg, width=lw)
    else:
        d.line([(ax, cy), (ax + 44 * s, cy)], fill=st.icon if st.app == "wa" else st.hd_fg, width=lw)
        d.line([(ax, cy), (ax + 20 * s, cy - 20 * s)], fill=st.icon if st.app == "wa" else st.hd_fg, width=lw)
        d.line([(ax, cy), (ax + 20 * s, cy + 20 * s)], fill=st.icon if st.app == "wa" else st.hd_fg, width=lw)
    dia = int(h * rng.uniform(0.55, 0.62))
    axx = int(110 * s)
    draw_avatar(p, axx, int(cy - dia / 2), dia, chat.avatar, st.bold)
    tx = axx + dia + 26 * s
    right = W - (250 if st.app != "tg" else 150) * s
    ft = font(st.bold, st.ui)
    fsub = font(st.reg, st.ui * 0.72)
    title = chat.title
    while ft.getlength(title) > right - tx and len(title) > 4:
        title = title[:-1]
    p.text((tx, cy - 6 * s), title, ft, st.hd_fg, "header")
    base = cy + st.ui * 0.95
    if chat.group and st.app == "wa":   # member list; only whole names, then ", Tu"
        x = tx
        names = [m.get("display") or m["number"] for m in chat.members]
        for i, n in enumerate(names):
            if x + fsub.getlength(n + ", Tu") > right:
                p.text((x, base), "…", fsub, st.hd_sub)
                break
            p.text((x, base), n, fsub, st.hd_sub, "header")
            x += fsub.getlength(n)
            p.text((x, base), ", ", fsub, st.hd_sub)
            x += fsub.getlength(", ")
        else:
            p.text((x, base), "Tu", fsub, st.hd_sub)
    elif st.app == "ig":
        p.text((tx, base), chat.handle, fsub, st.hd_sub, "header") if not chat.group else \
            p.text((tx, base), "Attivi ora", fsub, st.hd_sub)
    elif chat.group:
        n = len(chat.members) + rng.randint(1, 20)
        p.text((tx, base), rng.choice([f"{n} membri", f"{n} membri, {rng.randint(1, 4)} online"]), fsub, st.hd_sub)
    else:
        p.text((tx, base), rng.choice(STATUS_LINES).replace("{t}", f"{rng.randint(7, 22)}:{rng.randint(10, 59)}"),
               fsub, st.hd_sub)
    # right-hand icons
    col = st.icon if st.app != "ig" else st.hd_fg
    x = W - 44 * s
    for k in range(3):   # three dots
        d.ellipse((x - 4 * s, cy - 22 * s + k * 20 * s, x + 4 * s, cy - 14 * s + k * 20 * s), fill=col)
    if st.app != "tg":
        x -= 110 * s
        d.text((x, cy), "\u2706", font=font(FONT_FAMILIES["DejaVu Sans"][0], 50 * s), fill=col, anchor="mm")
        x -= 110 * s
        d.rounded_rectangle((x - 26 * s, cy - 16 * s, x + 10 * s, cy + 16 * s), 6 * s, outline=col, width=lw)
        d.polygon([(x + 12 * s, cy), (x + 28 * s, cy - 12 * s), (x + 28 * s, cy + 12 * s)], fill=col)


def draw_input_bar(p, st, y0):
    W, s, d = st.W, st.s, p.d
    h = st.in_h
    lw = max(2, int(3.5 * s))
    fph = font(st.reg, max(st.b * 0.95, 30 * s))
    if st.app == "wa":
        d.rectangle((0, y0, W, y0 + h), fill=st.bg if not st.dark else st.bg)
        bh = int(h * 0.72)
        cy = y0 + h / 2
        d.rounded_rectangle((18 * s, cy - bh / 2, W - 40 * s - bh, cy + bh / 2), bh / 2, fill=st.pill)
        d.ellipse((W - 22 * s - bh, cy - bh / 2, W - 22 * s, cy + bh / 2), fill=st.accent)
        mx = W - 22 * s - bh / 2
        d.rounded_rectangle((mx - 8 * s, cy - 22 * s, mx + 8 * s, cy + 6 * s), 8 * s, fill=(255, 255, 255))
        d.arc((mx - 15 * s, cy - 10 * s, mx + 15 * s, cy + 16 * s), 0, 180, fill=(255, 255, 255), width=lw)
        d.ellipse((50 * s, cy - 22 * s, 94 * s, cy + 22 * s), outline=st.ph, width=lw)
        p.text((120 * s, cy), "Messaggio", fph, st.ph, anchor="lm")
        x = W - 70 * s - bh
        d.rounded_rectangle((x - 40 * s, cy - 16 * s, x, cy + 16 * s), 6 * s, outline=st.ph, width=lw)
        d.ellipse((x - 27 * s, cy - 7 * s, x - 13 * s, cy + 7 * s), outline=st.ph, width=lw)
        d.line((x - 100 * s, cy + 18 * s, x - 80 * s, cy - 22 * s), fill=st.ph, width=lw)
    elif st.app == "tg":
        d.rectangle((0, y0, W, y0 + h), fill=st.pill)
        cy = y0 + h / 2
        d.ellipse((36 * s, cy - 24 * s, 84 * s, cy + 24 * s), outline=st.ph, width=lw)
        p.text((120 * s, cy), "Messaggio", fph, st.ph, anchor="lm")
        d.line((W - 180 * s, cy + 20 * s, W - 160 * s, cy - 24 * s), fill=st.ph, width=lw)
        d.rounded_rectangle((W - 70 * s, cy - 26 * s, W - 50 * s, cy + 6 * s), 10 * s, outline=st.ph, width=lw)
        d.arc((W - 78 * s, cy - 12 * s, W - 42 * s, cy + 16 * s), 0, 180, fill=st.ph, width=lw)
    else:
        d.rectangle((0, y0, W, y0 + h), fill=st.bg)
        bh = int(h * 0.7)
        cy = y0 + h / 2
        d.rounded_rectangle((24 * s, cy - bh / 2, W - 24 * s, cy + bh / 2), bh / 2, fill=st.pill,
                            outline=st.line, width=max(1, int(2 * s)))
        r = bh / 2 - 8 * s
        d.ellipse((32 * s, cy - r, 32 * s + 2 * r, cy + r), fill=st.accent)
        d.rounded_rectangle((32 * s + r - 16 * s, cy - 12 * s, 32 * s + r + 16 * s, cy + 12 * s), 4 * s, fill=(255, 255, 255))
        p.text((32 * s + 2 * r + 24 * s, cy), "Messaggio...", fph, st.ph, anchor="lm")
        for k in range(3):
            x = W - (70 + 80 * k) * s
            d.rounded_rectangle((x - 18 * s, cy - 18 * s, x + 18 * s, cy + 18 * s), 8 * s, outline=st.icon, width=lw)


def draw_nav(p, st, y0):
    W, s, d = st.W, st.s, p.d
    d.rectangle((0, y0, W, st.H), fill=st.nav if st.app != "wa" else st.bg)
    cy = (y0 + st.H) / 2
    col = (200, 200, 200) if st.dark else (60, 60, 60)
    if st.nav_h > 100 * s:   # three-button navigation
        for k, x in enumerate((W * 0.25, W * 0.5, W * 0.75)):
            if k == 0:
                d.rounded_rectangle((x - 16 * s, cy - 16 * s, x + 16 * s, cy + 16 * s), 4 * s, outline=col, width=int(3 * s))
            elif k == 1:
                d.ellipse((x - 18 * s, cy - 18 * s, x + 18 * s, cy + 18 * s), outline=col, width=int(3 * s))
            else:
                d.polygon([(x - 14 * s, cy), (x + 12 * s, cy - 16 * s), (x + 12 * s, cy + 16 * s)], outline=col)
    else:
        d.rounded_rectangle((W / 2 - 110 * s, cy - 5 * s, W / 2 + 110 * s, cy + 5 * s), 5 * s, fill=col)


# ------------------------------------------------------------------ screenshots
def clip_regions(regions, dy, top, bottom, W):
    """Shift regions by dy and clip them to the rows [top, bottom) of the chat
    area; regions less than half visible are kept with "partial": true."""
    out = []
    for r in regions:
        x, y, w, h = r["box"]
        y += dy
        x0, x1, y0, y1 = max(x, 0), min(x + w, W), max(y, top), min(y + h, bottom)
        if y1 <= y0 or x1 <= x0:
            continue
        reg = dict(r, box=[x0, y0, x1 - x0, y1 - y0])
        if y1 - y0 < 0.5 * h:
            reg["partial"] = True
        out.append(reg)
    return out


def render_screenshot(rng, people, W, H):
    app = rng.choices(["wa", "tg", "ig"], [0.5, 0.25, 0.25])[0]
    dark = rng.random() < 0.42
    st = make_style(rng, app, dark, W, H)
    chat = make_chat(rng, people, app)
    msgs = make_messages(rng, chat, 24)
    img = Image.new("RGB", (W, H), st.bg)
    p = Painter(img)
    top, bottom = st.sb_h + st.hd_h, H - st.nav_h - st.in_h
    draw_background(p, st, top, bottom, rng)
    blocks = build_blocks(st, chat, msgs, rng)
    chip, rest = blocks[0], blocks[1:]
    # Either the day starts on screen (date chip, then whole messages) or the
    # chat is scrolled and the oldest visible message is cut by the header.
    scrolled = rng.random() < 0.5
    avail = bottom - top - int(0.3 * st.b) - (0 if scrolled else chip[0] + chip[1])
    chosen, total = [], 0
    for i in range(len(rest) - 1, -1, -1):
        blk = rest[i]
        if total + blk[0] + blk[1] > avail:
            if scrolled:
                chosen.insert(0, blk)
                total += blk[0] + blk[1]
            break
        chosen.insert(0, blk)
        total += blk[0] + blk[1]
    if not scrolled:
        chosen.insert(0, chip)
        total += chip[0] + chip[1]
    y = bottom - int(0.3 * st.b) - total
    for h, gap, draw in chosen:
        y += gap
        draw(p, y)
        y += h
    p.regions = clip_regions(p.regions, 0, top, bottom, W)
    clock = f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}"
    draw_status_bar(p, st, rng, clock)
    draw_header(p, st, chat, rng)
    draw_input_bar(p, st, bottom)
    draw_nav(p, st, bottom + st.in_h)
    return img, p.regions, f"{app}_{'dark' if dark else 'light'}", st.fam


# ------------------------------------------------------------------ re-photographed screens
def desk(nrng, w, h):
    base = np.array([[150, 110, 75], [190, 160, 120], [120, 120, 125], [225, 222, 215], [70, 60, 55],
                     [95, 110, 130]][nrng.integers(6)], float)
    low = cv2.resize(nrng.normal(0, 1, (6, 8)), (w, h), interpolation=cv2.INTER_CUBIC)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grain = np.sin(xx * nrng.uniform(0.01, 0.04) + 6 * low + yy * 0.002) if nrng.random() < 0.5 else 0 * xx
    img = base[None, None, :] * (1 + 0.08 * low[..., None] + 0.06 * grain[..., None])
    img += 4 * nrng.standard_normal((h, w, 1), dtype=np.float32)
    return np.clip(img, 0, 255).astype(np.float32)


def photograph(img, regions, nrng):
    """Simulate a photo of the phone screen; returns (RGB uint8 array, mapped regions, jpeg quality)."""
    a = np.asarray(img)
    H, W = a.shape[:2]
    bz = int(W * nrng.uniform(0.03, 0.05))
    bt = int(bz * nrng.uniform(1.5, 2.5))
    PH, PW = H + 2 * bt, W + 2 * bz
    body = int(nrng.uniform(8, 35))
    phone = np.full((PH, PW, 3), body, np.uint8)
    phone[bt:bt + H, bz:bz + W] = a
    scr = Image.new("L", (PW, PH), 0)
    ImageDraw.Draw(scr).rounded_rectangle((bz, bt, bz + W - 1, bt + H - 1), int(0.05 * W), fill=255)
    phone[np.asarray(scr) == 0] = body
    alpha = Image.new("L", (PW, PH), 0)
    ImageDraw.Draw(alpha).rounded_rectangle((0, 0, PW - 1, PH - 1), int(0.1 * PW), fill=255)
    portrait = nrng.random() < 0.8
    CW, CH = (1536, 2048) if portrait else (2048, 1536)
    scale = min(nrng.uniform(0.8, 0.93) * CH / PH, 0.9 * CW / PW)
    if scale < 1:   # pre-filter against aliasing of the down-scaling warp
        phone = cv2.GaussianBlur(phone, (0, 0), 0.45 / scale)
    cx = CW / 2 + nrng.uniform(-0.03, 0.03) * CW
    cy = CH / 2 + nrng.uniform(-0.02, 0.02) * CH
    ang = math.radians(nrng.uniform(-8, 8))
    ca, sa = math.cos(ang), math.sin(ang)
    hw, hh = PW * scale / 2, PH * scale / 2
    dst = []
    for ux, uy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = ux * hw * (1 + nrng.uniform(-0.04, 0.04)), uy * hh * (1 + nrng.uniform(-0.025, 0.025))
        dst.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    src = np.float32([(0, 0), (PW, 0), (PW, PH), (0, PH)])
    M = cv2.getPerspectiveTransform(src, np.float32(dst))
    warped = cv2.warpPerspective(phone, M, (CW, CH), flags=cv2.INTER_LINEAR).astype(np.float32)
    m = cv2.warpPerspective(np.asarray(alpha), M, (CW, CH), flags=cv2.INTER_LINEAR).astype(np.float32)[..., None] / 255
    bg = desk(nrng, CW, CH)
    shadow = cv2.GaussianBlur(np.roll(m[..., 0], (int(25 * scale), int(15 * scale)), (0, 1)), (0, 0), 25)[..., None]
    bg *= 1 - 0.45 * shadow
    out = bg * (1 - m) + warped * m
    # uneven lighting: linear gradient times vignette, plus an occasional soft glare
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    xn, yn = xx / CW - 0.5, yy / CH - 0.5
    phi = nrng.uniform(0, 2 * math.pi)
    light = (1 + nrng.uniform(0.1, 0.35) * (math.cos(phi) * xn + math.sin(phi) * yn) * 2) \
        * (1 - nrng.uniform(0.15, 0.4) * (xn ** 2 + yn ** 2) * 2)
    out *= light[..., None]
    if nrng.random() < 0.35:
        gx, gy = nrng.uniform(0.2, 0.8) * CW, nrng.uniform(0.2, 0.8) * CH
        out += nrng.uniform(15, 40) * np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * (0.15 * CW) ** 2))[..., None] * m
    if nrng.random() < 0.5:   # faint moiré on the screen
        period, th = nrng.uniform(3, 7), nrng.uniform(0, math.pi)
        out += nrng.uniform(2, 6) * np.sin(2 * math.pi * (xx * math.cos(th) + yy * math.sin(th)) / period)[..., None] * m
    out *= nrng.uniform(0.94, 1.06, 3)[None, None, :]   # white balance
    gamma, contrast = nrng.uniform(0.8, 1.25), nrng.uniform(0.8, 1.05)
    out = 255 * (np.clip(out, 0, 255) / 255) ** gamma
    out = (out - 128) * contrast + 128 + nrng.uniform(-10, 10)
    out = cv2.GaussianBlur(out, (0, 0), nrng.uniform(0.6, 1.6))
    out += nrng.uniform(1.5, 4.5) * nrng.standard_normal((CH, CW, 1), dtype=np.float32) \
        + 1.5 * nrng.standard_normal((CH, CW, 3), dtype=np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    mapped = []
    for r in regions:
        x, y, w, h = r["box"]
        if r["kind"] in ("avatar", "face"):   # map the round outline, not the box corners
            t = np.linspace(0, 2 * math.pi, 48, endpoint=False)
            pts = np.float32([np.stack([x + bz + w / 2 * (1 + np.cos(t)), y + bt + h / 2 * (1 + np.sin(t))], 1)])
        else:
            pts = np.float32([[(x + bz, y + bt), (x + w + bz, y + bt), (x + w + bz, y + h + bt), (x + bz, y + h + bt)]])
        q = cv2.perspectiveTransform(pts, M)[0]
        x0, y0 = max(0, math.floor(q[:, 0].min())), max(0, math.floor(q[:, 1].min()))
        x1, y1 = min(CW, math.ceil(q[:, 0].max())), min(CH, math.ceil(q[:, 1].max()))
        if x1 > x0 and y1 > y0:
            mapped.append({**r, "box": [x0, y0, x1 - x0, y1 - y0]})
    return out, mapped, int(nrng.integers(80, 93))


# ------------------------------------------------------------------ videos
def scroll_offsets(rng, frames, maxoff):
    off = float(maxoff) if rng.random() < 0.5 else 0.0
    direction = -1 if off else 1
    jumps = sorted(rng.sample(range(int(frames * 0.25), int(frames * 0.85)), rng.randint(1, 2)))
    offs = []
    while len(offs) < frames:
        offs += [off] * rng.randint(10, 35)
        n = rng.randint(18, 45)
        target = off + direction * rng.uniform(250, 650)
        if not 0 <= target <= maxoff:
            direction = -direction
            target = min(max(off + direction * rng.uniform(250, 650), 0), maxoff)
        for k in range(1, n + 1):
            offs.append(off + (target - off) * (0.5 - 0.5 * math.cos(math.pi * k / n)))
        off = target
        if jumps and len(offs) >= jumps[0]:
            jumps.pop(0)
            t = off + direction * rng.uniform(500, 1100)
            off = min(max(t if 0 <= t <= maxoff else off - direction * rng.uniform(500, 1100), 0), maxoff)
    return [int(round(o)) for o in offs[:frames]]


def render_video(rng, people, path):
    W, H = 720, rng.choice([1560, 1280])
    app = rng.choices(["wa", "tg", "ig"], [0.5, 0.25, 0.25])[0]
    dark = rng.random() < 0.4
    st = make_style(rng, app, dark, W, H)
    chat = make_chat(rng, people, app)
    msgs = make_messages(rng, chat, rng.randint(32, 40))
    blocks = build_blocks(st, chat, msgs, rng)
    top, bottom = st.sb_h + st.hd_h, H - st.nav_h - st.in_h
    view = bottom - top
    CHh = int(sum(h + g for h, g, _ in blocks) + st.b)
    canvas = Painter(Image.new("RGB", (W, max(CHh, view + 600)), st.bg))
    draw_background(canvas, st, 0, canvas.img.height, rng)
    y = canvas.img.height - CHh
    for h, gap, draw in blocks:
        y += gap
        draw(canvas, y)
        y += h
    chrome = Painter(Image.new("RGB", (W, H), st.bg))
    draw_status_bar(chrome, st, rng, f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}")
    draw_header(chrome, st, chat, rng)
    draw_input_bar(chrome, st, bottom)
    draw_nav(chrome, st, bottom + st.in_h)
    frame = np.asarray(chrome.img).copy()
    cv = np.asarray(canvas.img)
    fps, frames = 30, rng.randint(8 * 30, 15 * 30)
    offs = scroll_offsets(rng, frames, cv.shape[0] - view)
    cmd = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24",
           "-s", f"{W}x{H}", "-r", str(fps), "-i", "-", "-c:v", "libx264", "-preset", "veryfast", "-crf", "18",
           "-pix_fmt", "yuv420p", "-movflags", "+faststart", path]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE)
    truth = {}
    for fi, off in enumerate(offs):
        frame[top:bottom] = cv[off:off + view]
        proc.stdin.write(frame.tobytes())
        if fi % 5:
            continue
        regs = [dict(r, uid=f"h{i}") for i, r in enumerate(chrome.regions)]
        visible = clip_regions([dict(r, uid=f"c{i}") for i, r in enumerate(canvas.regions)], top - off, top, bottom, W)
        truth[str(fi)] = regs + visible
    proc.stdin.close()
    if proc.wait():
        raise SystemExit("ffmpeg failed")
    return {"fps": fps, "frames": frames, "width": W, "height": H, "frame_regions": truth,
            "style": f"{app}_{'dark' if dark else 'light'}", "font": st.fam}


# ------------------------------------------------------------------ main
def chunks(rng, n):
    out = []
    while n > 0:
        k = n if n <= 6 else rng.randint(4, 6)
        if 0 < n - k < 3:
            k = n - 3
        out.append(k)
        n -= k
    return out


def debug_image(img, regions, path):
    im = img.convert("RGB").copy()
    d = ImageDraw.Draw(im)
    cols = {"avatar": "blue", "face": "blue", "header": "magenta", "sender": "orange"}
    for r in regions:
        x, y, w, h = r["box"]
        d.rectangle((x, y, x + w, y + h), outline=cols.get(r["kind"], "red"), width=2)
    im.save(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    ap.add_argument("--images", type=int, default=45)
    ap.add_argument("--videos", type=int, default=3)
    ap.add_argument("--photo-share", type=float, default=0.33)
    ap.add_argument("--debug", action="store_true", help="also write debug/<id>.png with truth boxes")
    args = ap.parse_args()
    out = args.out
    for sub in ("cases", "images", "truth", "videos", "debug"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        if sub != "debug" or args.debug:
            os.makedirs(os.path.join(out, sub))
    rng = random.Random(args.seed)
    n_photo = round(args.images * args.photo_share)
    plan = [("photo", k) for k in chunks(rng, n_photo)] + [("clean", k) for k in chunks(rng, args.images - n_photo)]
    rng.shuffle(plan)
    plan += [("video", 1)] * args.videos
    items, cases, img_no, vid_no = [], [], 0, 0
    for ci, (cond, count) in enumerate(plan, 1):
        crng = random.Random(f"{args.seed}/case{ci}")
        people = make_roster(crng)
        case = f"cases/case{ci:02d}.json"
        with open(os.path.join(out, case), "w", encoding="utf-8") as f:
            json.dump(public_roster(people), f, ensure_ascii=False, indent=2)
        ids = []
        for _ in range(count):
            if cond == "video":
                vid_no += 1
                iid = f"vid{vid_no:02d}"
                irng = random.Random(f"{args.seed}/{iid}")
                rel = f"videos/{iid}.mp4"
                info = render_video(irng, people, os.path.join(out, rel))
                truth = {"video": rel, "case": case, "condition": "video", **info}
                items.append({"id": iid, "kind": "video", "condition": "video", "case": case, "file": rel,
                              "truth": f"truth/{iid}.json", "duration": info["frames"] / info["fps"]})
                if args.debug:
                    for fk in ("0", str((info["frames"] // 10) * 5)):
                        cap = cv2.VideoCapture(os.path.join(out, rel))
                        cap.set(cv2.CAP_PROP_POS_FRAMES, int(fk))
                        ok, fr = cap.read()
                        if ok:
                            debug_image(Image.fromarray(fr[..., ::-1]), info["frame_regions"][fk],
                                        os.path.join(out, "debug", f"{iid}_f{fk}.png"))
            else:
                img_no += 1
                iid = f"img{img_no:03d}"
                irng = random.Random(f"{args.seed}/{iid}")
                nrng = np.random.default_rng([args.seed, img_no])
                W, H = irng.choices([(1080, 2340), (720, 1600), (1170, 2532)], [0.7, 0.15, 0.15])[0]
                img, regions, style, fam = render_screenshot(irng, people, W, H)
                if cond == "photo":
                    arr, regions, q = photograph(img, regions, nrng)
                    rel = f"images/{iid}.jpg"
                    cv2.imwrite(os.path.join(out, rel), arr[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, q])
                    img = Image.fromarray(arr)
                else:
                    rel = f"images/{iid}.png"
                    img.save(os.path.join(out, rel))
                truth = {"image": rel, "case": case, "condition": cond, "width": img.width,
                         "height": img.height, "style": style, "font": fam, "regions": regions}
                items.append({"id": iid, "kind": "image", "condition": cond, "case": case, "file": rel,
                              "truth": f"truth/{iid}.json"})
                if args.debug:
                    debug_image(img, regions, os.path.join(out, "debug", f"{iid}.png"))
            with open(os.path.join(out, "truth", f"{iid}.json"), "w", encoding="utf-8") as f:
                json.dump(truth, f, ensure_ascii=False, indent=1)
            ids.append(iid)
        cases.append({"case": case, "condition": cond, "items": ids})
    with open(os.path.join(out, "index.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": args.seed, "items": items, "cases": cases}, f, ensure_ascii=False, indent=1)
    print(f"{len(items)} items in {len(cases)} cases written to {out}")


if __name__ == "__main__":
    main()
