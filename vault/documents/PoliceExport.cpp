// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoliceExport.h"

#include "PdfDocument.h"
#include "Text.h"

#include <QLocale>
#include <QStringList>

#include <map>
#include <set>

namespace custodia::documents {

namespace {

// A value for a form field: the text, or empty (a line to write on).
QString val(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
        return {};
    }
    if (it->is_string()) {
        return q(it->get<std::string>());
    }
    return q(it->dump());
}

QString list(const nlohmann::json& j, const char* key, const QString& sep = QStringLiteral(", ")) {
    QStringList out;
    const auto it = j.find(key);
    if (it != j.end() && it->is_array()) {
        for (const auto& v : *it) {
            if (v.is_string() && !v.get<std::string>().empty()) {
                out << q(v.get<std::string>());
            }
        }
    }
    return out.join(sep);
}

QStringList nonEmpty(const QStringList& parts) {
    QStringList out;
    for (const auto& p : parts) {
        if (!p.isEmpty()) {
            out << p;
        }
    }
    return out;
}

QString box(bool checked) {
    return checked ? QStringLiteral("☒") : QStringLiteral("☐");
}

QString roleText(const std::string& role) {
    static const std::map<std::string, QString> names = {
        {"dirigente", QStringLiteral("Dirigente Scolastico")},
        {"referente", QStringLiteral("Referente per il bullismo e il cyberbullismo")},
        {"docente", QStringLiteral("Docente")}};
    const auto it = names.find(role);
    return it != names.end() ? it->second : q(role);
}

QString personRole(const std::string& role) {
    static const std::map<std::string, QString> names = {{"vittima", QStringLiteral("vittima")},
                                                         {"presunto-autore", QStringLiteral("presunto autore")},
                                                         {"testimone", QStringLiteral("testimone")},
                                                         {"altro", QStringLiteral("altro")}};
    const auto it = names.find(role);
    return it != names.end() ? it->second : q(role);
}

QString fullName(const nlohmann::json& p) {
    QStringList parts;
    for (const char* k : {"name", "surname"}) {
        if (const QString v = val(p, k); !v.isEmpty()) {
            parts << v;
        }
    }
    QString s = parts.join(QChar(' '));
    if (const QString nick = list(p, "nicknames"); !nick.isEmpty()) {
        s += (s.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(detto/a: %1)").arg(nick);
    }
    return s;
}

QString birth(const nlohmann::json& p) {
    QStringList parts;
    if (const QString place = val(p, "birth_place"); !place.isEmpty()) {
        parts << place;
    }
    if (const QString date = val(p, "birth_date"); !date.isEmpty()) {
        parts << date;
    }
    return parts.join(QStringLiteral(", "));
}

QString contacts(const nlohmann::json& p) {
    QStringList parts;
    if (const QString phones = list(p, "phones"); !phones.isEmpty()) {
        parts << QStringLiteral("tel. ") + phones;
    }
    if (const QString handles = list(p, "handles"); !handles.isEmpty()) {
        parts << QStringLiteral("profili: ") + handles;
    }
    return parts.join(QStringLiteral("; "));
}

QString guardians(const nlohmann::json& p, bool withContacts) {
    QStringList out;
    for (const auto& g : p.value("guardians", nlohmann::json::array())) {
        QString s = val(g, "name");
        if (const QString rel = val(g, "relation"); !rel.isEmpty()) {
            s += QStringLiteral(" (%1)").arg(rel);
        }
        if (withContacts) {
            QStringList c;
            for (const char* k : {"phone", "email"}) {
                if (const QString v = val(g, k); !v.isEmpty()) {
                    c << v;
                }
            }
            s = val(g, "name") + QStringLiteral(": ") +
                (c.isEmpty() ? QStringLiteral("—") : c.join(QStringLiteral(", ")));
        }
        out << s;
    }
    return out.join(QStringLiteral("; "));
}

std::vector<nlohmann::json> withRole(const nlohmann::json& persons, const std::set<std::string>& roles) {
    std::vector<nlohmann::json> out;
    for (const auto& p : persons) {
        if (roles.count(p.value("role", "")) != 0) {
            out.push_back(p);
        }
    }
    return out;
}

QString personById(const nlohmann::json& persons, const nlohmann::json& id) {
    for (const auto& p : persons) {
        if (!id.is_null() && p.value("id", nlohmann::json()) == id) {
            return fullName(p);
        }
    }
    return {};
}

QString itemLine(const nlohmann::json& item) {
    QStringList parts;
    parts << kindText(item.value("kind", ""));
    if (const QString platform = val(item, "platform"); !platform.isEmpty()) {
        parts << platform;
    }
    if (const QString place = val(item, "place"); !place.isEmpty()) {
        parts << QStringLiteral("«%1»").arg(place);
    }
    if (item.contains("posted_at") && item["posted_at"].is_string()) {
        parts << QStringLiteral("pubblicato il ") + rome(item, "posted_at");
    }
    QString s = parts.join(QStringLiteral(", "));
    if (const QString d = val(item, "description"); !d.isEmpty()) {
        s += QStringLiteral(": ") + d;
    }
    return s;
}

QString methodText(const std::string& method) {
    static const std::map<std::string, QString> names = {
        {"import", QStringLiteral("copia di file")},
        {"camera-photo", QStringLiteral("foto con la fotocamera")},
        {"camera-video", QStringLiteral("video con la fotocamera")},
        {"screenshot", QStringLiteral("schermata del PC")},
        {"screen-recording", QStringLiteral("registrazione dello schermo")},
        {"physical", QStringLiteral("oggetto fisico in busta sigillata")}};
    const auto it = names.find(method);
    return it != names.end() ? it->second : q(method);
}

QString consentText(const std::string& consent) {
    if (consent == "yes") {
        return QStringLiteral("con il consenso dello studente");
    }
    if (consent == "no") {
        return QStringLiteral("senza il consenso dello studente");
    }
    if (consent == "device-withheld") {
        return QStringLiteral("dispositivo trattenuto");
    }
    return {};
}

QString footerFor(const nlohmann::json& c) {
    return QStringLiteral("Custodia — caso n. %1 — export %2")
        .arg(c["case"].value("id", 0))
        .arg(q(c.value("export_id", "")));
}

void victimCard(PdfDocument& pdf, const nlohmann::json& p) {
    pdf.field(QStringLiteral("Nome Cognome"), fullName(p));
    const std::string sex = p.value("sex", nlohmann::json()).is_string() ? p["sex"].get<std::string>() : "";
    pdf.field(QStringLiteral("Sesso"),
              p.empty() ? QString() : QStringLiteral("%1 M   %2 F").arg(box(sex == "M"), box(sex == "F")));
    pdf.field(QStringLiteral("Luogo e data di nascita"), p.empty() ? QString() : birth(p));
    pdf.field(QStringLiteral("Indirizzo"), p.empty() ? QString() : val(p, "address"));
    pdf.field(QStringLiteral("Recapiti tel."), p.empty() ? QString() : contacts(p));
    pdf.field(QStringLiteral("Classe / scuola"),
              p.empty() ? QString() : nonEmpty({val(p, "class"), val(p, "school")}).join(QStringLiteral(", ")));
    pdf.field(QStringLiteral("Composizione nucleo familiare"), QString());
    pdf.field(QStringLiteral("Generalità dei genitori/tutori"), p.empty() ? QString() : guardians(p, false));
    pdf.field(QStringLiteral("Recapiti tel. dei genitori/tutori"), p.empty() ? QString() : guardians(p, true));
    bool parent = false;
    bool relative = false;
    bool other = false;
    for (const auto& g : p.value("guardians", nlohmann::json::array())) {
        const QString rel = val(g, "relation").toLower();
        if (rel.isEmpty()) {
            continue;
        }
        if (rel.contains(QStringLiteral("madre")) || rel.contains(QStringLiteral("padre")) ||
            rel.contains(QStringLiteral("genitore"))) {
            parent = true;
        } else if (rel.contains(QStringLiteral("nonn")) || rel.contains(QStringLiteral("zi")) ||
                   rel.contains(QStringLiteral("fratel")) || rel.contains(QStringLiteral("sorell")) ||
                   rel.contains(QStringLiteral("cugin"))) {
            relative = true;
        } else {
            other = true;
        }
    }
    pdf.field(QStringLiteral("Figura di riferimento per il minorenne (vittima)"),
              QStringLiteral("%1 Genitore    %2 Parenti (specificare): ________    %3 Altro: ________")
                  .arg(box(parent), box(relative), box(other)));
}

}  // namespace

std::vector<std::uint8_t> renderSegnalazione(const nlohmann::json& c) {
    const nlohmann::json& kase = c["case"];
    const nlohmann::json& persons = c["persons"];
    const nlohmann::json& interviews = c["interviews"];
    const nlohmann::json& items = c["items"];
    PdfDocument pdf(QStringLiteral("Segnalazione — caso n. %1").arg(kase.value("id", 0)), footerFor(c));
    pdf.title(QStringLiteral("SEGNALAZIONE DI EVENTO O SITUAZIONE A RISCHIO A FORZE DI POLIZIA/GIUDIZIARIA"),
              QStringLiteral("(artt. 331 e 332 c.p.p.)"));
    pdf.paragraph(
        QStringLiteral(
            "Bozza precompilata da Custodia con i dati registrati nel caso n. %1 «%2»: va riletta, completata dove le "
            "righe sono vuote e firmata. La presente scheda può essere compilata anche solo parzialmente con le "
            "informazioni a conoscenza del compilante.")
            .arg(kase.value("id", 0))
            .arg(val(kase, "title")));
    pdf.field(QStringLiteral("Data"), rome(c, "created_at", false));
    pdf.field(QStringLiteral("Luogo"), QString());
    pdf.field(QStringLiteral("Prot. n. (facoltativo)"), val(kase, "protocol"));

    pdf.heading(QStringLiteral("Destinatario"));
    const auto authors = withRole(persons, {"presunto-autore"});
    bool minorAuthor = false;
    bool adultAuthor = false;
    for (const auto& a : authors) {
        (a.value("minor", true) ? minorAuthor : adultAuthor) = true;
    }
    pdf.paragraph(
        QStringLiteral("%1 Spett.le Polizia Postale, Polizia di Stato, Carabinieri / Procura della Repubblica "
                       "presso il Tribunale ordinario (se il reato/presunto reato è commesso da un adulto)")
            .arg(box(adultAuthor)));
    pdf.paragraph(
        QStringLiteral("%1 Procura della Repubblica presso il Tribunale per i Minorenni (se il reato/presunto "
                       "reato è commesso da un minore)")
            .arg(box(minorAuthor)));
    if (!authors.empty()) {
        pdf.paragraph(
            QStringLiteral("(Casella proposta da Custodia in base all'età registrata dei presunti autori: "
                           "verificare.)"));
    }

    pdf.heading(QStringLiteral("Dati del denunciante"));
    const nlohmann::json& exporter = c["exporter"];
    pdf.field(QStringLiteral("Nome Cognome"), val(exporter, "name"));
    pdf.field(QStringLiteral("Luogo e data di nascita"), QString());
    pdf.field(QStringLiteral("Indirizzo"), QString());
    pdf.field(QStringLiteral("Recapiti tel."), QString());
    pdf.field(QStringLiteral("In servizio presso"), val(c, "school"));
    pdf.field(QStringLiteral("Plesso di appartenenza"), QString());
    pdf.field(QStringLiteral("Ruolo/funzione"), roleText(exporter.value("role", "")));

    pdf.heading(QStringLiteral("Circostanze/modalità di acquisizione del fatto o situazione di rischio"));
    pdf.paragraph(QStringLiteral("(modalità, luogo, data, testimoni con nome e cognome)"));
    for (const auto& i : interviews) {
        QString s = QStringLiteral("Colloquio del %1 tenuto da %2").arg(rome(i, "held_at"), val(i, "held_by"));
        if (const QString adults = list(i, "adults_present"); !adults.isEmpty()) {
            s += QStringLiteral(", presenti: ") + adults;
        }
        if (const QString student = personById(persons, i.value("student_person", nlohmann::json()));
            !student.isEmpty()) {
            s += QStringLiteral(", con lo studente ") + student;
        }
        if (const QString prot = val(i, "protocol"); !prot.isEmpty()) {
            s += QStringLiteral(" (memoria prot. %1)").arg(prot);
        }
        pdf.paragraph(s + QChar('.'));
    }
    std::map<QString, int> methods;
    for (const auto& item : items) {
        QString m = methodText(item.value("method", ""));
        if (const QString consent = consentText(item.value("consent", "")); !consent.isEmpty()) {
            m += QStringLiteral(", ") + consent;
        }
        ++methods[m];
    }
    if (!items.empty()) {
        QStringList parts;
        for (const auto& [m, n] : methods) {
            parts << QStringLiteral("%1 × %2").arg(n).arg(m);
        }
        pdf.paragraph(QStringLiteral("Materiale acquisito dalla scuola (%1 reperti): %2. Date e dettagli di ogni "
                                     "acquisizione nell'elenco degli allegati e nei metadati dell'export.")
                          .arg(items.size())
                          .arg(parts.join(QStringLiteral("; "))));
    }
    const auto witnesses = withRole(persons, {"testimone"});
    QStringList witnessNames;
    for (const auto& w : witnesses) {
        witnessNames << fullName(w);
    }
    pdf.field(QStringLiteral("Testimoni"), witnessNames.join(QStringLiteral(", ")));
    pdf.writeIn(QStringLiteral("Altre circostanze:"), interviews.empty() ? 3 : 1);

    pdf.heading(QStringLiteral("Esposizione degli elementi fondamentali del fatto"));
    pdf.paragraph(QStringLiteral(
        "Descrizione oggettiva di quello che si è osservato (in caso di foto o video la descrizione dettagliata dei "
        "contenuti visti) o di quello che è stato riferito (nessun commento o giudizio):"));
    if (const QString notes = val(kase, "notes"); !notes.isEmpty()) {
        pdf.paragraph(notes);
    }
    int n = 0;
    for (const auto& item : items) {
        pdf.paragraph(QStringLiteral("Reperto %1 — %2").arg(++n).arg(itemLine(item)));
    }
    for (const auto& i : interviews) {
        for (const auto& quote : i.value("quotes", nlohmann::json::array())) {
            if (quote.is_string()) {
                pdf.paragraph(QStringLiteral("Riferito testualmente al colloquio del %1: «%2»")
                                  .arg(rome(i, "held_at", false), q(quote.get<std::string>())));
            }
        }
    }
    pdf.writeIn(QStringLiteral("Descrizione (da completare):"), 4);
    QString firstNews = val(kase, "opened_at");
    QString firstNewsText = rome(kase, "opened_at", false);
    for (const auto& i : interviews) {
        if (i.contains("held_at") && i["held_at"].is_string() && q(i["held_at"].get<std::string>()) < firstNews) {
            firstNews = q(i["held_at"].get<std::string>());
            firstNewsText = rome(i, "held_at", false);
        }
    }
    pdf.field(QStringLiteral("Giorno dell'acquisizione della «notizia»"), firstNewsText);
    QStringList sources;
    if (!witnesses.empty()) {
        sources << QStringLiteral("persone informate: ") + witnessNames.join(QStringLiteral(", "));
    }
    std::map<QString, int> kinds;
    for (const auto& item : items) {
        ++kinds[kindText(item.value("kind", ""))];
    }
    for (const auto& [k, count] : kinds) {
        sources << QStringLiteral("%1 %2").arg(count).arg(k);
    }
    if (!interviews.empty()) {
        sources << (interviews.size() == 1 ? QStringLiteral("1 memoria scritta di colloquio")
                                           : QStringLiteral("%1 memorie scritte di colloquio").arg(interviews.size()));
    }
    pdf.field(QStringLiteral("Fonti di prova già note"), sources.join(QStringLiteral("; ")));

    pdf.heading(QStringLiteral("Scheda di segnalazione riguardo al minorenne (vittima)"));
    const auto victims = withRole(persons, {"vittima"});
    if (victims.empty()) {
        victimCard(pdf, nlohmann::json::object());
    }
    for (std::size_t i = 0; i < victims.size(); ++i) {
        if (i > 0) {
            pdf.space(4);
        }
        victimCard(pdf, victims[i]);
    }

    pdf.heading(QStringLiteral("Generalità dei presunti autori e di altre persone in grado di riferire"));
    pdf.paragraph(QStringLiteral(
        "Generalità della persona/delle persone alla quale/alle quali il fatto può essere attribuito (autore/autori) e "
        "di eventuali altre persone in grado di riferire su circostanze rilevanti per la ricostruzione dei fatti (con "
        "recapiti telefonici). Lo spazio rimane vuoto se la denuncia viene sporta contro ignoti."));
    const auto others = withRole(persons, {"presunto-autore", "testimone", "altro"});
    if (others.empty()) {
        pdf.writeIn(QString(), 4);
    } else {
        std::vector<QStringList> rows;
        for (const auto& p : others) {
            QStringList details;
            details << (p.value("minor", true) ? QStringLiteral("minorenne") : QStringLiteral("maggiorenne"));
            if (const QString cls = val(p, "class"); !cls.isEmpty()) {
                details << QStringLiteral("classe ") + cls;
            }
            if (const QString b = birth(p); !b.isEmpty()) {
                details << QStringLiteral("nato/a ") + b;
            }
            if (const QString a = val(p, "address"); !a.isEmpty()) {
                details << a;
            }
            if (const QString g = guardians(p, true); !g.isEmpty()) {
                details << QStringLiteral("genitori/tutori: ") + g;
            }
            rows.push_back({fullName(p).isEmpty() ? QStringLiteral("—") : fullName(p), personRole(p.value("role", "")),
                            details.join(QStringLiteral("; ")),
                            contacts(p).isEmpty() ? QStringLiteral("—") : contacts(p)});
        }
        pdf.table(
            {QStringLiteral("Nome"), QStringLiteral("Ruolo"), QStringLiteral("Generalità"), QStringLiteral("Recapiti")},
            rows, {0.22, 0.14, 0.36, 0.28});
    }

    pdf.heading(QStringLiteral("Allegati"));
    pdf.paragraph(
        QStringLiteral("(relazioni, segnalazioni pregresse, elaborati dello studente riconducibili alla "
                       "vicenda, comunicazioni scuola/famiglia, eventuali certificati medici e quanto altro "
                       "utile alla ricostruzione dei fatti)"));
    std::vector<QStringList> rows;
    n = 0;
    for (const auto& item : items) {
        const bool file = item.contains("export_file") && item["export_file"].is_string();
        rows.push_back(
            {QString::number(++n),
             file ? val(item, "export_file")
                  : QStringLiteral("busta sigillata n. %1, custodita presso %2")
                        .arg(val(item, "seal_number"), val(item, "kept_at")),
             kindText(item.value("kind", "")) + QStringLiteral(", acquisito il ") + rome(item, "acquired_at"),
             file ? split(val(item, "sha256"), 32) : QStringLiteral("—")});
    }
    if (!rows.empty()) {
        pdf.table({QStringLiteral("N."), QStringLiteral("File / reperto"), QStringLiteral("Tipo e acquisizione"),
                   QStringLiteral("SHA-256 del contenuto")},
                  rows, {0.06, 0.38, 0.26, 0.30}, {false, false, false, true});
    }
    if (!interviews.empty()) {
        pdf.paragraph(QStringLiteral("Memorie scritte dei colloqui: documenti/memorie-colloqui.pdf (%1).")
                          .arg(interviews.size() == 1 ? QStringLiteral("1 colloquio")
                                                      : QStringLiteral("%1 colloqui").arg(interviews.size())));
    }
    pdf.paragraph(
        QStringLiteral("Registro di custodia del caso con prove di integrità, manifest firmato e verbale di "
                       "consegna: nella stessa cartella di export (LEGGIMI.txt spiega come verificarli)."));
    pdf.writeIn(QStringLiteral("Altri allegati:"), 2);

    pdf.heading(QStringLiteral("Firme"));
    pdf.signatureLine(QStringLiteral("Il/la denunciante"));
    pdf.signatureLine(QStringLiteral("Il Dirigente Scolastico"));
    return pdf.finish();
}

std::vector<std::uint8_t> renderVerbaleConsegna(const nlohmann::json& c) {
    const nlohmann::json& kase = c["case"];
    const nlohmann::json& officer = c["officer"];
    const nlohmann::json& exporter = c["exporter"];
    PdfDocument pdf(QStringLiteral("Verbale di consegna — export %1").arg(q(c.value("export_id", ""))), footerFor(c));
    pdf.title(QStringLiteral("VERBALE DI CONSEGNA DI MATERIALE PROBATORIO"),
              QStringLiteral("caso n. %1 «%2» — export %3")
                  .arg(kase.value("id", 0))
                  .arg(val(kase, "title"), q(c.value("export_id", ""))));
    pdf.paragraph(
        QStringLiteral("Export preparato il %1. Il giorno ____________ alle ore ______, presso %2, il/la "
                       "sottoscritto/a %3 (%4) consegna il materiale qui descritto a:")
            .arg(rome(c, "created_at"), val(c, "school"), val(exporter, "name"), roleText(exporter.value("role", ""))));
    pdf.field(QStringLiteral("Nome e cognome"), val(officer, "name"));
    pdf.field(QStringLiteral("Qualifica / grado"), val(officer, "rank"));
    pdf.field(QStringLiteral("Matricola / tessera"), val(officer, "badge"));
    pdf.field(QStringLiteral("Ufficio / comando"), val(officer, "office"));

    pdf.heading(QStringLiteral("Oggetto della consegna"));
    int files = 0;
    int physical = 0;
    qlonglong bytes = 0;
    for (const auto& item : c["items"]) {
        if (item.contains("export_file") && item["export_file"].is_string()) {
            ++files;
            bytes += item.value("size", qlonglong{0});
        } else {
            ++physical;
        }
    }
    const std::string protection = c.value("protection", "none");
    const bool memos = !c["interviews"].empty();
    pdf.paragraph(QStringLiteral("Export completo, non oscurato, del caso n. %1 prodotto da Custodia: %2 file di prova "
                                 "(%3 byte) con i loro metadati, %4la segnalazione precompilata e il registro di "
                                 "custodia del caso con le prove di integrità.")
                      .arg(kase.value("id", 0))
                      .arg(files)
                      .arg(QLocale(QLocale::Italian).toString(bytes))
                      .arg(memos ? QStringLiteral("le memorie dei colloqui, ") : QString()));
    pdf.paragraph(protection == "none"
                      ? QStringLiteral("I file di prova sono nei loro byte originali (non cifrati).")
                      : QStringLiteral("I file di prova sono cifrati con age (%1): la chiave o la passphrase è "
                                       "comunicata separatamente.")
                            .arg(protection == "age-recipient" ? QStringLiteral("per la chiave del destinatario")
                                                               : QStringLiteral("con passphrase")));
    if (physical > 0) {
        pdf.paragraph(
            QStringLiteral("Reperti fisici in busta sigillata, consegnati a parte: %1 (vedi la segnalazione).")
                .arg(physical));
    }
    pdf.field(QStringLiteral("Supporto"), val(c, "medium"));
    pdf.field(QStringLiteral("Cartella"), val(c, "destination"), true);

    pdf.heading(QStringLiteral("Impronte e firme digitali"));
    const QString manifestHash = val(c, "manifest_sha256");
    pdf.field(QStringLiteral("Manifest (SHA-256)"), manifestHash, true);
    pdf.qrCode(
        manifestHash, 32,
        QStringLiteral("Codice QR: lo SHA-256 di manifest.json, da confrontare con «sha256sum manifest.json». Il "
                       "manifest, firmato, elenca i file di prova, i metadati e il registro con i loro SHA-256; "
                       "VERIFICA.md nella cartella spiega i controlli."));
    const QString certificate = val(c, "certificate_subject");
    pdf.field(QStringLiteral("Firma del manifest"),
              c.value("signature", "") == "cms+ed25519"
                  ? QStringLiteral("CMS con il certificato X.509 della scuola (%1) e Ed25519 di %2")
                        .arg(certificate, val(exporter, "name"))
                  : QStringLiteral("Ed25519 di %1 (nessun certificato X.509 della scuola configurato)")
                        .arg(val(exporter, "name")));
    const nlohmann::json& handover = c["handover"];
    pdf.field(QStringLiteral("Voce di registro della consegna"),
              QStringLiteral("n. %1, hash %2").arg(handover.value("seq", 0)).arg(val(handover, "entry_hash")), true);
    const nlohmann::json& head = c["tree_head"];
    pdf.field(QStringLiteral("Testa d'albero firmata"),
              QStringLiteral("%1 voci, radice %2").arg(head.value("tree_size", 0)).arg(val(head, "root_hash")), true);

    pdf.heading(QStringLiteral("Elenco dei file"));
    std::vector<QStringList> rows;
    for (const auto& f : c["files"]) {
        rows.push_back(
            {val(f, "path"), QLocale(QLocale::Italian).toString(f.value("size", qlonglong{0})), val(f, "sha256")});
    }
    pdf.table({QStringLiteral("File"), QStringLiteral("Byte"), QStringLiteral("SHA-256")}, rows, {0.40, 0.12, 0.48},
              {false, false, true});
    pdf.paragraph(
        QStringLiteral("Il file SHA256SUMS della cartella, firmato da chi esporta, riporta le stesse impronte e "
                       "quella di questo verbale; «custodia verify-export» controlla tutto senza bisogno "
                       "dell'archivio."));

    pdf.heading(QStringLiteral("Firme"));
    pdf.signatureLine(QStringLiteral("Chi consegna"));
    pdf.signatureLine(QStringLiteral("Chi riceve"));
    return pdf.finish();
}

std::vector<std::uint8_t> renderMemorieColloqui(const nlohmann::json& c) {
    const nlohmann::json& kase = c["case"];
    const nlohmann::json& persons = c["persons"];
    PdfDocument pdf(QStringLiteral("Memorie dei colloqui — caso n. %1").arg(kase.value("id", 0)), footerFor(c));
    pdf.title(
        QStringLiteral("MEMORIE SCRITTE DEI COLLOQUI"),
        QStringLiteral("caso n. %1 «%2» — %3").arg(kase.value("id", 0)).arg(val(kase, "title"), val(c, "school")));
    bool first = true;
    for (const auto& i : c["interviews"]) {
        if (!first) {
            pdf.space(6);
        }
        first = false;
        pdf.heading(QStringLiteral("Colloquio n. %1 del %2").arg(i.value("id", 0)).arg(rome(i, "held_at")));
        pdf.field(QStringLiteral("Tenuto da"), val(i, "held_by"));
        pdf.field(QStringLiteral("Adulti presenti"), list(i, "adults_present"));
        pdf.field(QStringLiteral("Studente"), personById(persons, i.value("student_person", nlohmann::json())));
        pdf.field(QStringLiteral("Protocollo"), val(i, "protocol"));
        pdf.field(QStringLiteral("Memoria"), val(i, "memo"));
        QStringList quotes;
        for (const auto& quote : i.value("quotes", nlohmann::json::array())) {
            if (quote.is_string()) {
                quotes << QStringLiteral("«%1»").arg(q(quote.get<std::string>()));
            }
        }
        pdf.field(QStringLiteral("Parole testuali dello studente"),
                  quotes.isEmpty() ? QStringLiteral("—") : quotes.join(QChar('\n')));
        const nlohmann::json advice = i.value("r7b_advice", nlohmann::json::object());
        pdf.field(QStringLiteral("Indicazioni date allo studente"),
                  QStringLiteral("%1 non condividere né commentare il contenuto\n%2 rimuoverlo se possibile\n%3 non "
                                 "agire da solo")
                      .arg(box(advice.value("not_share_or_comment", false)),
                           box(advice.value("remove_if_possible", false)), box(advice.value("not_act_alone", false))));
        QStringList acquired;
        for (const auto& id : i.value("items", nlohmann::json::array())) {
            for (const auto& item : c["items"]) {
                if (item.value("id", "") == id) {
                    acquired << (item.contains("export_file") && item["export_file"].is_string()
                                     ? val(item, "export_file")
                                     : kindText(item.value("kind", "")) + QStringLiteral(" ") +
                                           q(id.get<std::string>().substr(0, 8)));
                }
            }
        }
        pdf.field(QStringLiteral("Materiale acquisito durante il colloquio"),
                  acquired.isEmpty() ? QStringLiteral("—") : acquired.join(QChar('\n')));
        pdf.signatureLine(QStringLiteral("Chi ha tenuto il colloquio"));
    }
    return pdf.finish();
}

}  // namespace custodia::documents
