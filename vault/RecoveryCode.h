// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"

#include <optional>
#include <string_view>

// The recovery code printed once when a vault is created, for the DS: 160
// random bits as 32 Crockford base32 characters in 8 groups of 4
// ("7KQ2-M9XD-..."). keys/recovery.age wraps the master key with it as an age
// scrypt passphrase, in exactly the canonical form generate() returns.
namespace custodia::vault::recovery {

[[nodiscard]] crypto::SecureBuffer generate();

// The canonical form of what a person typed: case, spaces and dashes are
// ignored, O reads as 0, I and L as 1. nullopt if it cannot be a code.
[[nodiscard]] std::optional<crypto::SecureBuffer> normalize(std::string_view typed);

}  // namespace custodia::vault::recovery
