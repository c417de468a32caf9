// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

// The PDFs of a police export (vault/Export.cpp describes each as JSON), in
// Italian, for printing: blank lines wherever the case has no data.
namespace custodia::documents {

// The *Segnalazione di evento o situazione a rischio a forze di
// polizia/giudiziaria (artt. 331 e 332 c.p.p.)*, every field of the school's
// form (end of Allegato 1), prefilled from the case (R13).
[[nodiscard]] std::vector<std::uint8_t> renderSegnalazione(const nlohmann::json& content);
// The *verbale di consegna*: what is handed over, by whom to whom, on which
// medium, the SHA-256 of every file and of the manifest (also as a QR code),
// the handover's custody log entry, and the signature lines.
[[nodiscard]] std::vector<std::uint8_t> renderVerbaleConsegna(const nlohmann::json& content);
// The written memos of the case's interviews (R1).
[[nodiscard]] std::vector<std::uint8_t> renderMemorieColloqui(const nlohmann::json& content);

}  // namespace custodia::documents
