// SPDX-License-Identifier: GPL-3.0-or-later
// retention.json and retention-journal.json, read without a passphrase by
// the unattended purge: any input is refused with a vault::Error (index) or
// gives entries (journal); a parsed index survives toJson/parse unchanged
// and names only well-formed item ids.
#include "vault/Error.h"
#include "vault/RetentionIndex.h"

#include <cstdlib>

using namespace custodia::vault;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto& e : retention_index::parseJournal(text, "0123456789abcdef0123456789abcdef")) {
        (void)e;
    }
    retention_index::Index idx;
    try {
        idx = retention_index::Index::parse(text);
    } catch (const Error&) {
        return 0;
    }
    for (const auto& e : idx.items) {
        if (e.itemId.size() != 32 || e.itemId.find_first_not_of("0123456789abcdef") != std::string::npos) {
            std::abort();
        }
    }
    const auto again = retention_index::Index::parse(idx.toJson());
    if (again.toJson() != idx.toJson() || again.signedText() != idx.signedText()) {
        std::abort();
    }
    return 0;
}
