// SPDX-License-Identifier: GPL-3.0-or-later
#include "DestructionCertificate.h"

#include "PdfDocument.h"
#include "Text.h"

#include <QLocale>

#include <map>
#include "vault/Certificates.h"
#include "vault/Time.h"

namespace custodia::documents {

namespace {

QString howShort(const std::string& how) {
    if (how == "automatic") {
        return QStringLiteral("automatica");
    }
    if (how == "manual") {
        return QStringLiteral("su comando");
    }
    if (how == "unattended") {
        return QStringLiteral("pianificatore");
    }
    return q(how);
}

QString howText(const std::string& how) {
    if (how == "automatic") {
        return QStringLiteral("automatica, all'apertura dell'archivio");
    }
    if (how == "manual") {
        return QStringLiteral("su comando di un utente");
    }
    if (how == "unattended") {
        return QStringLiteral("automatica non presidiata (pianificatore), completata all'apertura successiva");
    }
    return QStringLiteral("mista (vedi la colonna «modalità»)");
}

}  // namespace

std::vector<std::uint8_t> renderDestructionCertificate(const nlohmann::json& c) {
    const QString number = QString::number(c.value("certificate", 0));
    PdfDocument pdf(
        QStringLiteral("Verbale di distruzione n. %1").arg(number),
        QStringLiteral("Custodia · verbale di distruzione n. %1 · archivio %2").arg(number, str(c, "vault_id")));
    pdf.title(QStringLiteral("VERBALE DI DISTRUZIONE DEL MATERIALE ACQUISITO"),
              QStringLiteral("Allegato 1 bis del Regolamento d'Istituto — regola R11: distruzione del materiale "
                             "quando non più utile, al più tardi dopo 6 mesi"));
    pdf.field(QStringLiteral("Istituto"), str(c, "school"));
    pdf.field(QStringLiteral("Verbale n."), number);
    pdf.field(QStringLiteral("Data della distruzione"), rome(c, "created_at"));
    const auto& by = c.value("created_by", nlohmann::json::object());
    pdf.field(QStringLiteral("Eseguita da"),
              QStringLiteral("%1 (utente «%2», %3)").arg(str(by, "name"), str(by, "id"), str(by, "role")));
    pdf.field(QStringLiteral("Modalità"), howText(c.value("how", "")));
    pdf.field(QStringLiteral("Periodo di conservazione"),
              QStringLiteral("%1 mesi dall'acquisizione").arg(c.value("retention_months", 6)));
    pdf.field(QStringLiteral("Archivio (vault)"), str(c, "vault_id"), true);

    const auto& items = c.value("items", nlohmann::json::array());
    pdf.heading(QStringLiteral("Elementi distrutti (%1)").arg(items.size()));
    pdf.paragraph(QStringLiteral(
        "Per ciascun file è stata cancellata dal catalogo cifrato la chiave con cui era cifrato (cancellazione "
        "crittografica: senza la chiave il file non è più leggibile da nessuno, nemmeno da eventuali copie del "
        "file cifrato; solo una copia completa dell'archivio fatta prima di oggi, che la scuola non deve "
        "conservare, conterrebbe ancora la chiave) e il file cifrato è stato rimosso dal supporto. Per gli oggetti "
        "fisici (regola R9) un utente ha confermato la "
        "distruzione della busta sigillata. Di ogni elemento restano soltanto i dati identificativi qui sotto, "
        "compresa l'impronta SHA-256 registrata all'acquisizione; nessun contenuto è stato conservato."));
    std::vector<QStringList> rows;
    int n = 0;
    for (const auto& it : items) {
        const QString seal = it.contains("seal_number") && it["seal_number"].is_string()
                                 ? QStringLiteral("\nbusta %1").arg(q(it["seal_number"].get<std::string>()))
                                 : QString();
        rows.push_back({QString::number(++n), split(str(it, "item"), 16),
                        QStringLiteral("caso %1\n").arg(it.value("case", 0)) + kindText(it.value("kind", "")) + seal +
                            QChar('\n') + bytes(it),
                        split(str(it, "sha256"), 32),
                        QStringLiteral("acquisito %1\nda %2\nscadenza %3\ndistrutto %4")
                            .arg(rome(it, "acquired_at"), str(it, "acquired_by"), rome(it, "destroy_after", false),
                                 rome(it, "destroyed_at")),
                        howShort(it.value("how", "")) + QChar('\n') + str(it, "destroyed_by")});
    }
    pdf.table(
        {QStringLiteral("N."), QStringLiteral("Elemento"), QStringLiteral("Caso, tipo, dimensione"),
         QStringLiteral("Impronta SHA-256 all'acquisizione"), QStringLiteral("Date"), QStringLiteral("Modalità, da")},
        rows, {0.4, 1.75, 1.5, 3.2, 2.9, 1.2}, {false, true, false, true, false, false});

    const auto& th = c.value("tree_head", nlohmann::json::object());
    pdf.heading(QStringLiteral("Registro di custodia dopo la distruzione"));
    pdf.paragraph(QStringLiteral(
        "Le distruzioni sono registrate nel registro di custodia, firmato e concatenato. La «testa firmata» qui "
        "sotto impegna il registro così com'era subito dopo la distruzione: chi conserva questo verbale può "
        "verificare in seguito, con una prova di consistenza (custodia log consistency), che il registro contiene "
        "ancora queste registrazioni e non è stato riscritto."));
    pdf.field(QStringLiteral("Voci del registro"), QString::number(th.value("tree_size", 0)));
    pdf.field(QStringLiteral("Radice (root hash)"), str(th, "root_hash"), true);
    pdf.field(QStringLiteral("Firmata da / il"), QStringLiteral("%1, %2").arg(str(th, "signer"), rome(th, "time")));
    pdf.field(QStringLiteral("Firma Ed25519"), split(str(th, "signature"), 64), true);

    pdf.heading(QStringLiteral("Firme"));
    pdf.signatureLine(QStringLiteral("Il Dirigente Scolastico"));
    pdf.signatureLine(QStringLiteral("Il Referente per il cyberbullismo"));
    return pdf.finish();
}

}  // namespace custodia::documents
