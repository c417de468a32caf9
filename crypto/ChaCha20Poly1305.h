// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBuffer.h"

#include <array>
#include <cstdint>
#include <memory>
#include <span>

namespace custodia::crypto {

// ChaCha20-Poly1305 (RFC 8439) with one key and many 12-byte nonces, for the
// age payload. Backed by OpenSSL's EVP implementation, whose vectorised code
// runs about three times faster than libsodium's on this class of CPU
// (docs/performance.md); the key schedule is done once per file.
class ChaCha20Poly1305 {
public:
    static constexpr std::size_t kTagSize = 16;
    using Nonce = std::array<std::uint8_t, 12>;

    explicit ChaCha20Poly1305(const SecureBuffer& key);
    ~ChaCha20Poly1305();
    ChaCha20Poly1305(const ChaCha20Poly1305&) = delete;
    ChaCha20Poly1305& operator=(const ChaCha20Poly1305&) = delete;

    // Writes plaintext.size() + 16 bytes (ciphertext then tag) to `out`.
    void seal(const Nonce& nonce, std::span<const std::uint8_t> plaintext, std::uint8_t* out);
    // Opens ciphertext||tag into `out` (ciphertext.size() - 16 bytes); false if
    // the tag does not verify, in which case `out` must be discarded.
    [[nodiscard]] bool open(const Nonce& nonce, std::span<const std::uint8_t> sealed, std::uint8_t* out);

private:
    struct Ctx;
    std::unique_ptr<Ctx> enc_;
    std::unique_ptr<Ctx> dec_;
};

}  // namespace custodia::crypto
