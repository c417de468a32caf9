// SPDX-License-Identifier: GPL-3.0-or-later
// custodia.json: any input is either refused with a vault::Error or parses
// into a header that survives toJson/fromJson unchanged.
#include "vault/Error.h"
#include "vault/VaultHeader.h"

#include <cstdlib>

using namespace custodia::vault;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    VaultHeader h;
    try {
        h = VaultHeader::fromJson(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const Error&) {
        return 0;
    }
    const VaultHeader again = VaultHeader::fromJson(h.toJson());
    if (again.toJson() != h.toJson() || again.users.size() != h.users.size()) {
        std::abort();
    }
    return 0;
}
