// SPDX-License-Identifier: GPL-3.0-or-later
// The ASCII armor reader: what it decodes re-armors and decodes to the same bytes.
#include "crypto/AgeArmor.h"
#include "crypto/Encoding.h"
#include "crypto/Error.h"

#include <cstdlib>

using namespace custodia::crypto;

namespace {
bool dearmor(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out) {
    MemorySource raw(in);
    age::ArmorReader reader(raw);
    try {
        std::uint8_t buf[4096];
        for (std::size_t n; (n = reader.read(buf)) > 0;) {
            out.insert(out.end(), buf, buf + n);
        }
        return true;
    } catch (const Error&) {
        return false;
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::uint8_t> decoded;
    if (!dearmor({data, size}, decoded)) {
        return 0;
    }
    const std::string again = age::armor(decoded);
    std::vector<std::uint8_t> twice;
    if (!dearmor(asBytes(again), twice) || twice != decoded) {
        std::abort();
    }
    return 0;
}
