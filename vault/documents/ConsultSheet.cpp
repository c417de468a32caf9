// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsultSheet.h"

#include "PdfDocument.h"
#include "Text.h"

namespace custodia::documents {

namespace {

QString orDash(const QString& s) {
    return s.trimmed().isEmpty() ? QStringLiteral("—") : s;
}

QString hiddenText(const nlohmann::json& hidden) {
    QStringList parts;
    if (hidden.is_object()) {
        for (const auto& [label, n] : hidden.items())
            parts << QStringLiteral("%1 × %2").arg(n.is_number() ? n.get<int>() : 0).arg(q(label));
    }
    return parts.isEmpty() ? QStringLiteral("nessuna area") : parts.join(QStringLiteral(", "));
}

}  // namespace

std::vector<std::uint8_t> renderConsultSheet(const nlohmann::json& sheet) {
    PdfDocument pdf(QStringLiteral("Scheda per consulto esterno"),
                    QStringLiteral("Custodia · copia per consulto esterno (R7) · %1").arg(str(sheet, "export_id")));
    pdf.title(QStringLiteral("SCHEDA PER CONSULTO ESTERNO"),
              QStringLiteral("Copia con l'identità dei minori oscurata (Allegato 1 bis, R7)"));
    pdf.field(QStringLiteral("Caso"), QStringLiteral("n. %1").arg(sheet.value("case", 0)));
    pdf.field(QStringLiteral("Copia preparata il"), rome(sheet, "created_at"));
    pdf.field(QStringLiteral("Destinatario"), orDash(str(sheet, "recipient").replace(QStringLiteral("—"), QString())));
    pdf.field(QStringLiteral("Finalità del consulto"),
              orDash(str(sheet, "purpose").replace(QStringLiteral("—"), QString())));
    const std::string incident = sheet.value("incident_date", std::string());
    if (incident.size() == 10 && incident[4] == '-' && incident[7] == '-')  // YYYY-MM-DD
        pdf.field(QStringLiteral("Data dei fatti"),
                  q(incident.substr(8, 2) + "/" + incident.substr(5, 2) + "/" + incident.substr(0, 4)));
    else if (!incident.empty())
        pdf.field(QStringLiteral("Data dei fatti"), rome(sheet, "incident_date", false));

    pdf.heading(QStringLiteral("Persone coinvolte"));
    pdf.paragraph(QStringLiteral(
        "Le persone sono indicate solo con uno pseudonimo, lo stesso in tutta la copia; gli adulti solo con il "
        "ruolo."));
    std::vector<QStringList> people;
    for (const auto& p : sheet.value("people", nlohmann::json::array()))
        people.push_back({p.is_string() ? q(p.get<std::string>()) : QStringLiteral("—")});
    if (people.empty())
        pdf.paragraph(QStringLiteral("Nessuna persona registrata nel caso."));
    else
        pdf.table({QStringLiteral("Pseudonimo e ruolo")}, people, {1.0});

    pdf.heading(QStringLiteral("Elementi"));
    std::vector<QStringList> rows;
    for (const auto& it : sheet.value("items", nlohmann::json::array())) {
        rows.push_back({q(it.value("file", std::string())), rome(it, "date", false), orDash(str(it, "platform")),
                        orDash(str(it, "description")), hiddenText(it.value("hidden", nlohmann::json::object()))});
    }
    pdf.table({QStringLiteral("File"), QStringLiteral("Data"), QStringLiteral("Piattaforma"),
               QStringLiteral("Descrizione"), QStringLiteral("Aree oscurate")},
              rows, {1.3, 0.9, 0.9, 2.4, 1.6});
    const int skipped = sheet.value("skipped", 0);
    if (skipped > 0) {
        pdf.paragraph(QStringLiteral("Elementi del caso non inclusi in questa copia: %1. Non erano ancora stati "
                                     "revisionati, oppure il controllo finale vi leggeva ancora dati identificativi.")
                          .arg(skipped));
    }

    pdf.heading(QStringLiteral("Che cosa è stato oscurato e perché"));
    pdf.paragraph(QStringLiteral(
        "Il regolamento d'istituto (Allegato 1 bis) prevede che una copia destinata a un consulto esterno nasconda "
        "tutto ciò che rende riconoscibili i minori, mentre la copia per le autorità resta completa. In queste "
        "immagini sono stati coperti con rettangoli pieni nomi, cognomi, soprannomi, numeri di telefono, profili "
        "social, indirizzi e-mail, classe, scuola, il nome della chat e dei mittenti, le immagini del profilo e i "
        "volti. Le aree sono state proposte dal programma e controllate da una persona della scuola; dopo la "
        "copertura il programma ha riletto ogni immagine per verificare che nulla di identificativo fosse ancora "
        "leggibile."));
    pdf.paragraph(QStringLiteral(
        "I rettangoli sono scritti nei pixel dell'immagine: non sono livelli sovrapposti e non si possono togliere. "
        "Le immagini sono state ricreate dai soli pixel: non contengono dati EXIF, posizione GPS né altri "
        "metadati. Nel testo di questa scheda nomi, numeri, profili, classe e scuola sono sostituiti da pseudonimi "
        "o da parole tra parentesi quadre."));
    pdf.paragraph(QStringLiteral(
        "Questa copia serve solo per il consulto indicato: non va diffusa né usata per altri scopi. L'originale "
        "completo è custodito dalla scuola e viene trasmesso solo alle autorità competenti (R8). Il file "
        "SHA256SUMS elenca l'impronta di ogni file della copia."));
    pdf.signatureLine(QStringLiteral("Il referente per il bullismo e il cyberbullismo"));
    return pdf.finish();
}

}  // namespace custodia::documents
