// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ed25519.h"

#include "Error.h"

#include <sodium.h>

namespace custodia::crypto {

Ed25519KeyPair Ed25519KeyPair::generate() {
    Ed25519KeyPair kp;
    kp.secret_ = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(kp.public_.data(), kp.secret_.data());
    return kp;
}

Ed25519KeyPair Ed25519KeyPair::fromSeed(std::span<const std::uint8_t> seed) {
    if (seed.size() != crypto_sign_SEEDBYTES) {
        throw Error(Error::Code::InvalidKey, "an Ed25519 seed must be 32 bytes");
    }
    Ed25519KeyPair kp;
    kp.secret_ = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(kp.public_.data(), kp.secret_.data(), seed.data());
    return kp;
}

SecureBuffer Ed25519KeyPair::seed() const {
    SecureBuffer s(crypto_sign_SEEDBYTES);
    crypto_sign_ed25519_sk_to_seed(s.data(), secret_.data());
    return s;
}

Ed25519Signature Ed25519KeyPair::sign(std::span<const std::uint8_t> message) const {
    Ed25519Signature sig{};
    if (crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), secret_.data()) != 0) {
        throw Error(Error::Code::Internal, "Ed25519 signing failed");
    }
    return sig;
}

bool ed25519Verify(const Ed25519PublicKey& key, std::span<const std::uint8_t> message,
                   const Ed25519Signature& signature) noexcept {
    return crypto_sign_verify_detached(signature.data(), message.data(), message.size(), key.data()) == 0;
}

}  // namespace custodia::crypto
