// SPDX-License-Identifier: GPL-3.0-or-later
#include "Install.h"

#include "ConsultSheet.h"
#include "DestructionCertificate.h"
#include "PoliceExport.h"
#include "RecoverySheet.h"

#include "vault/Renderers.h"

namespace custodia::documents {

void installRenderers() {
    vault::renderers::install("destruction-certificate", renderDestructionCertificate);
    vault::renderers::install("segnalazione", renderSegnalazione);
    vault::renderers::install("verbale-consegna", renderVerbaleConsegna);
    vault::renderers::install("memorie-colloqui", renderMemorieColloqui);
    vault::renderers::install("recovery-code", renderRecoverySheet);
    vault::renderers::install("consult-sheet", renderConsultSheet);
}

}  // namespace custodia::documents
