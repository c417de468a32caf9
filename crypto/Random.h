// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace custodia::crypto {

// Initialises libsodium. Call once at start-up, before any other function of
// this library; safe to call again. Throws Error if the library cannot start.
void initialize();

// Fills `out` with bytes from the operating system CSPRNG (randombytes_buf).
void randomBytes(std::span<std::uint8_t> out) noexcept;

// `bytes` random bytes as lower-case hex: identifiers, never secrets.
[[nodiscard]] std::string randomHex(std::size_t bytes);

}  // namespace custodia::crypto
