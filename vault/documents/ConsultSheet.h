// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace custodia::documents {

// The consult sheet of a consult copy (R7): pseudonymised persons, the items
// with date, platform and description (already pseudonymised by the vault),
// what was hidden and why. {created_at, case, recipient, purpose,
// incident_date, people [label], items [{file, number, date, platform,
// description, regions, hidden {label: n}}], skipped, export_id}.
[[nodiscard]] std::vector<std::uint8_t> renderConsultSheet(const nlohmann::json& sheet);

}  // namespace custodia::documents
