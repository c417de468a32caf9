// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBuffer.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace custodia::crypto {

// HKDF-SHA-256 (RFC 5869) with a 32-byte output, through OpenSSL's EVP_KDF.
// Used by age (header, payload and X25519 wrap keys) and for the catalog key.
[[nodiscard]] SecureBuffer hkdfSha256(std::span<const std::uint8_t> ikm, std::span<const std::uint8_t> salt,
                                      std::string_view info);

// HMAC-SHA-256 with a 32-byte key (libsodium crypto_auth_hmacsha256).
[[nodiscard]] std::array<std::uint8_t, 32> hmacSha256(std::span<const std::uint8_t> key,
                                                      std::span<const std::uint8_t> message);

// scrypt (RFC 7914) with r = 8, p = 1 and N = 2^logN, 32-byte output
// (libsodium crypto_pwhash_scryptsalsa208sha256_ll). Throws Error(Internal)
// if the memory (128 * 8 * 2^logN bytes) cannot be allocated.
[[nodiscard]] SecureBuffer scrypt(std::span<const std::uint8_t> passphrase, std::span<const std::uint8_t> salt,
                                  int logN);

}  // namespace custodia::crypto
