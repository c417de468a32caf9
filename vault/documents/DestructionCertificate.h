// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace custodia::documents {

// The *verbale di distruzione* (R11) as a PDF in Italian, from the JSON that
// vault/Certificates.cpp keeps: school, vault, who destroyed what and how,
// every item with its SHA-256 and dates, the signed tree head after the
// purge, and the signature lines for the DS.
[[nodiscard]] std::vector<std::uint8_t> renderDestructionCertificate(const nlohmann::json& certificate);

}  // namespace custodia::documents
