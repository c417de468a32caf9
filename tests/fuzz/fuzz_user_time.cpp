// SPDX-License-Identifier: GPL-3.0-or-later
// Times people type and times the catalog stores.
#include "vault/Time.h"

#include <cstdlib>

using namespace custodia::vault;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto t = time::parseUtc(text)) {
        if (time::formatUtc(*t) != text) {
            std::abort();
        }
    }
    if (const auto t = time::parseUserTime(text)) {
        if (time::parseUtc(time::formatUtc(*t)) != t) {
            std::abort();
        }
        (void)time::formatRome(*t);
    }
    return 0;
}
