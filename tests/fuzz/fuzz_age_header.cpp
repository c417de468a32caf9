// SPDX-License-Identifier: GPL-3.0-or-later
// The age header parser: never crashes; a header it accepts re-encodes to
// exactly the bytes it consumed (no malleability, as age's FuzzMalleability).
#include "crypto/AgeHeader.h"
#include "crypto/Encoding.h"
#include "crypto/Error.h"

#include <cstdlib>

using namespace custodia::crypto;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    MemorySource raw({data, size});
    age::BufferedSource src(raw);
    age::Header h;
    try {
        h = age::parseHeader(src);
    } catch (const Error&) {
        return 0;
    }
    const std::string again = age::encodeHeader(h.stanzas, h.mac);
    if (again.size() > size || std::string(reinterpret_cast<const char*>(data), again.size()) != again ||
        age::encodeHeaderWithoutMac(h.stanzas) != h.macInput) {
        std::abort();
    }
    MemorySource raw2(asBytes(again));
    age::BufferedSource src2(raw2);
    if (!(age::parseHeader(src2).stanzas == h.stanzas)) {
        std::abort();
    }
    return 0;
}
