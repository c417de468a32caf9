// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBuffer.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace custodia::crypto {

using Ed25519PublicKey = std::array<std::uint8_t, 32>;
using Ed25519Signature = std::array<std::uint8_t, 64>;

// An Ed25519 signing key (libsodium crypto_sign_*). The 32-byte seed is the
// secret that gets stored; the 64-byte expanded key is kept in guarded memory.
class Ed25519KeyPair {
public:
    [[nodiscard]] static Ed25519KeyPair generate();
    // Rebuilds the key pair from its 32-byte seed; throws Error(InvalidKey) on a wrong size.
    [[nodiscard]] static Ed25519KeyPair fromSeed(std::span<const std::uint8_t> seed);

    [[nodiscard]] const Ed25519PublicKey& publicKey() const noexcept { return public_; }
    [[nodiscard]] SecureBuffer seed() const;
    [[nodiscard]] Ed25519Signature sign(std::span<const std::uint8_t> message) const;

private:
    Ed25519KeyPair() = default;
    SecureBuffer secret_;  // libsodium's 64-byte secret key: seed || public key
    Ed25519PublicKey public_{};
};

// True if `signature` is a valid signature of `message` under `key`.
[[nodiscard]] bool ed25519Verify(const Ed25519PublicKey& key, std::span<const std::uint8_t> message,
                                 const Ed25519Signature& signature) noexcept;

// The public key as a PEM SubjectPublicKeyInfo ("-----BEGIN PUBLIC KEY-----"),
// the form `openssl pkeyutl -verify -pubin -inkey KEY.pem -rawin` reads.
[[nodiscard]] std::string ed25519PublicKeyPem(const Ed25519PublicKey& key);
// The key of such a PEM text; nullopt if it is not an Ed25519 public key.
[[nodiscard]] std::optional<Ed25519PublicKey> ed25519PublicKeyFromPem(const std::string& pem);

}  // namespace custodia::crypto
