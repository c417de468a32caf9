// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChaCha20Poly1305.h"
#include "SecureBuffer.h"
#include "Stream.h"

#include <array>
#include <cstdint>
#include <vector>

namespace custodia::crypto::age {

// The age v1 payload (age spec, "Payload"): 64 KiB chunks sealed with
// ChaCha20-Poly1305 under the payload key; the 12-byte nonce is an 11-byte
// big-endian counter and a final-chunk flag.
inline constexpr std::size_t kChunkSize = 64 * 1024;
inline constexpr std::size_t kTagSize = 16;
inline constexpr std::size_t kEncryptedChunkSize = kChunkSize + kTagSize;
inline constexpr std::size_t kNonceSize = 16;

// The nonce of chunk `counter`: 11-byte big-endian counter, then 1 for the final chunk.
[[nodiscard]] ChaCha20Poly1305::Nonce chunkNonce(std::uint64_t counter, bool last);

// The payload key: HKDF-SHA-256(ikm = file key, salt = nonce, info = "payload").
[[nodiscard]] SecureBuffer payloadKey(const SecureBuffer& fileKey, std::span<const std::uint8_t> nonce);

// Encrypts a stream into chunks; write() may be called with any sizes.
// Output is written to `dst` in batches of several chunks to keep system
// calls few. finish() seals the final chunk (possibly the only, empty one).
class PayloadWriter {
public:
    PayloadWriter(ByteSink& dst, SecureBuffer key);
    void write(std::span<const std::uint8_t> plaintext);
    void finish();
    // Writes the chunks sealed so far to `dst` now rather than in a batch
    // (a live recording: what a crash can lose is then one chunk, not 16).
    void flush();

private:
    void sealChunk(std::span<const std::uint8_t> plaintext, bool last);

    ByteSink& dst_;
    ChaCha20Poly1305 aead_;
    SecureBuffer chunk_;  // plaintext being collected: guarded memory
    std::size_t filled_ = 0;
    std::uint64_t counter_ = 0;
    std::vector<std::uint8_t> out_;
    bool finished_ = false;
};

// Decrypts chunk by chunk, releasing a chunk's plaintext only after its tag
// verifies. Detects a missing final chunk, an empty non-first final chunk,
// truncation and trailing data (Error::Code::PayloadInvalid).
class PayloadReader final : public ByteSource {
public:
    PayloadReader(ByteSource& src, SecureBuffer key);
    [[nodiscard]] std::size_t read(std::span<std::uint8_t> out) override;

private:
    void readChunk();

    ByteSource& src_;
    ChaCha20Poly1305 aead_;
    std::vector<std::uint8_t> in_;  // ciphertext of one chunk, plus one byte of lookahead
    std::size_t inFilled_ = 0;
    SecureBuffer plain_;
    std::size_t plainPos_ = 0;
    std::size_t plainLen_ = 0;
    std::uint64_t counter_ = 0;
    bool done_ = false;
    bool trailingData_ = false;  // the final chunk was followed by more bytes
    bool failed_ = false;
};

}  // namespace custodia::crypto::age
