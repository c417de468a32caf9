// SPDX-License-Identifier: GPL-3.0-or-later
#include "Random.h"

#include "Encoding.h"
#include "Error.h"

#include <sodium.h>

#include <vector>

namespace custodia::crypto {

void initialize() {
    if (sodium_init() < 0) {
        throw Error(Error::Code::Internal, "libsodium could not be initialised");
    }
}

void randomBytes(std::span<std::uint8_t> out) noexcept {
    if (!out.empty()) {  // randombytes_buf is declared nonnull
        randombytes_buf(out.data(), out.size());
    }
}

std::string randomHex(std::size_t bytes) {
    std::vector<std::uint8_t> buf(bytes);
    randomBytes(buf);
    return toHex(buf);
}

}  // namespace custodia::crypto
