// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace custodia::documents {

// Installs every PDF renderer of this library into the vault library
// (vault/Renderers.h): the destruction certificate, the Segnalazione, the
// verbale di consegna and the interview memos. The CLI calls it at start-up;
// the desktop app must too.
void installRenderers();

}  // namespace custodia::documents
