// SPDX-License-Identifier: GPL-3.0-or-later
// A custody log row's details (JSON text as stored in the catalog): the
// canonical encoding is stable under parse -> encode -> parse, so the entry
// hash a verifier recomputes is the one that was signed.
#include "vault/CustodyLog.h"

#include <cstdlib>

using namespace custodia::vault;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    LogEntry e;
    try {
        e.details = nlohmann::json::parse(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const nlohmann::json::exception&) {
        return 0;
    }
    e.seq = 1;
    e.time = "2026-01-01T00:00:00Z";
    e.actor = "fuzz";
    e.action = "fuzz.test";
    std::string canonical;
    try {
        canonical = canonicalEntry(e);
    } catch (const nlohmann::json::exception&) {
        return 0;  // e.g. invalid UTF-8 in a string: refused, never hashed
    }
    LogEntry again = e;
    again.details = nlohmann::json::parse(canonical).at("details");
    if (canonicalEntry(again) != canonical || computeEntryHash(again) != computeEntryHash(e)) {
        std::abort();
    }
    return 0;
}
