// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBuffer.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace custodia::crypto {

// Bech32 (BIP 173) as age uses it: no limit on the length of the data part,
// all-lowercase or all-uppercase (never mixed), checksum over the lowercase
// string. Secret keys (AGE-SECRET-KEY-1...) travel only in SecureBuffers,
// and every intermediate buffer here is guarded memory too.
struct Bech32Decoded {
    std::string hrp;    // human-readable part, lower-case
    SecureBuffer data;  // the decoded 8-bit payload
};

// Encodes `data` with `hrp`; `upper` gives the upper-case form (age secret keys).
[[nodiscard]] SecureBuffer bech32Encode(std::string_view hrp, std::span<const std::uint8_t> data, bool upper);
// nullopt when the string is not valid Bech32 (mixed case, bad character, bad checksum, padding).
[[nodiscard]] std::optional<Bech32Decoded> bech32Decode(std::string_view text);

}  // namespace custodia::crypto
