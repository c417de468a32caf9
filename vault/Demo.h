// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace custodia::vault {

// A vault with made-up sample data (a case, its people, an interview, two
// imported items) to try Custodia without real evidence. The people and the
// chat are fictional. Its passphrases are public, so it must never hold
// real material: the school name says so.
struct DemoVault {
    std::filesystem::path dir;
    std::string referente = "demo";
    std::string referentePassphrase = "demo-passphrase";
    std::string dirigente = "ds";
    std::string dirigentePassphrase = "ds-demo-passphrase";
    std::int64_t caseId = 0;
    std::vector<std::string> itemIds;
};

// Creates the demo vault in `dir` (new or empty).
DemoVault createDemoVault(const std::filesystem::path& dir, const Clock& clock);

}  // namespace custodia::vault
