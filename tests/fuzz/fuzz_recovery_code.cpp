// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery codes as typed: normalisation is idempotent.
#include "vault/RecoveryCode.h"

#include <cstdlib>

using namespace custodia::vault;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto code = recovery::normalize(std::string_view(reinterpret_cast<const char*>(data), size));
    if (code) {
        const auto again = recovery::normalize(code->view());
        if (!again || again->view() != code->view()) {
            std::abort();
        }
    }
    return 0;
}
