// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

// R7: the copy of a case for an external consult (a psychologist, a
// helpline, the consultorio, a lawyer asked for advice), in which nothing
// identifies the minors: every picture and video redacted by its approved
// plan and leak-checked, under neutral names (elemento-01.png, -02.mp4); a consult sheet
// (PDF, Italian) that names persons only by pseudonym ("Minore A –
// vittima"); manifest.json and SHA256SUMS. The layout is in
// docs/formats.md "Consult export". The custody log records it
// ("export.consult"): recipient, purpose, items, the hash of every file and
// the regions of each picture.
namespace custodia::vault {

class Vault;

namespace exports {

inline constexpr const char* kConsultFormat = "custodia-consult-export/1";
inline constexpr const char* kConsultSheet = "scheda-consulto.pdf";

struct ConsultExportOptions {
    std::int64_t caseId = 0;
    std::filesystem::path to;          // a new folder
    std::vector<std::string> itemIds;  // empty: every picture of the case
    bool acceptDetected = false;       // export unreviewed plans (planning where none exists)
    std::optional<std::string> recipient;
    std::optional<std::string> purpose;
    bool zip = false;
    // Rounds of the leak check (read again, box what is readable) before an
    // item that still shows something is left out for a person to review.
    int maxLeakRounds = 3;
    bool keepAudio = false;  // videos: voices identify, so audio is dropped unless asked
};

struct ConsultItem {
    std::string itemId;
    std::string file;  // empty when not exported
    std::string sha256;
    std::size_t regions = 0;
    std::size_t leaksFixed = 0;
    std::string skipped;  // why it is not in the copy (empty when it is)
};

struct ConsultExportResult {
    std::string exportId;
    std::filesystem::path dir;
    std::optional<std::filesystem::path> zip;
    std::string manifestSha256;
    std::vector<ConsultItem> items;
    std::int64_t logSeq = 0;
    std::vector<std::string> warnings;

    [[nodiscard]] std::size_t exported() const;
};

// Writes the consult copy into a new folder `o.to` (built under a temporary
// name beside it and renamed when complete). Only items whose plan is
// approved go in, unless acceptDetected; an item still readable after the
// leak check never goes in (its plan returns to "proposed"). Explicitly
// named items that cannot go in are an error, and nothing is written.
// dirigente and referente only.
ConsultExportResult exportForConsult(Vault& v, ConsultExportOptions o, Progress* progress);

}  // namespace exports

}  // namespace custodia::vault
