// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace custodia::documents {

// The sheet with a vault's recovery code, printed once when the vault is
// created (or the code renewed) and kept by the Dirigente in the school's
// safe: {school, vault_id, created_at (as a person reads it), code}.
[[nodiscard]] std::vector<std::uint8_t> renderRecoverySheet(const nlohmann::json& sheet);

}  // namespace custodia::documents
