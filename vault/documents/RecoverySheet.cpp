// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoverySheet.h"

#include "PdfDocument.h"
#include "Text.h"

namespace custodia::documents {

std::vector<std::uint8_t> renderRecoverySheet(const nlohmann::json& sheet) {
    PdfDocument pdf(QStringLiteral("Codice di recupero dell'archivio Custodia"),
                    QStringLiteral("Custodia · codice di recupero · archivio %1").arg(str(sheet, "vault_id")));
    pdf.title(QStringLiteral("CODICE DI RECUPERO DELL'ARCHIVIO CUSTODIA"),
              QStringLiteral("Da custodire a cura del Dirigente Scolastico, in cassaforte o in un armadio chiuso"));
    pdf.field(QStringLiteral("Istituto"), str(sheet, "school"));
    pdf.field(QStringLiteral("Archivio"), str(sheet, "vault_id"), true);
    pdf.field(QStringLiteral("Creato il"), str(sheet, "created_at"));
    pdf.heading(QStringLiteral("Codice di recupero"));
    pdf.field(QStringLiteral("Codice"), str(sheet, "code"), true);
    pdf.paragraph(QStringLiteral(
        "Con questo codice si apre l'archivio quando tutte le passphrase sono perse: chi lo possiede può leggere "
        "tutte le prove. Non lo fotografi, non lo copi in un'e-mail o in un documento sul PC. Dopo averlo stampato, "
        "elimini questo file PDF dal computer. L'uso del codice resta registrato nel registro di custodia; dopo "
        "averlo usato, il Dirigente ne genera uno nuovo."));
    pdf.signatureLine(QStringLiteral("Il Dirigente Scolastico"));
    return pdf.finish();
}

}  // namespace custodia::documents
