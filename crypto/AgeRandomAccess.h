// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Age.h"
#include "ChaCha20Poly1305.h"
#include "SecureBuffer.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

// Random access to the plaintext of an age file, for a viewer that seeks in
// a video without a decrypted copy anywhere (issue 5). The age STREAM has
// fixed-size chunks, so byte N of the plaintext lives in chunk N / 64 KiB at
// a known place in the file; each chunk is authenticated on its own, and
// only authenticated plaintext is returned.
namespace custodia::crypto::age {

// A file that can be read at any offset (pread).
class PositionalSource {
public:
    virtual ~PositionalSource() = default;
    [[nodiscard]] virtual std::uint64_t size() const = 0;
    // Reads up to out.size() bytes at `offset`; fewer only at the end.
    [[nodiscard]] virtual std::size_t readAt(std::uint64_t offset, std::span<std::uint8_t> out) = 0;
};

class FdPositionalSource final : public PositionalSource {
public:
    // Does not own `fd`. Throws Error(Io) if its size cannot be read.
    explicit FdPositionalSource(int fd);
    [[nodiscard]] std::uint64_t size() const override { return size_; }
    [[nodiscard]] std::size_t readAt(std::uint64_t offset, std::span<std::uint8_t> out) override;

private:
    int fd_;
    std::uint64_t size_;
};

class MemoryPositionalSource final : public PositionalSource {
public:
    explicit MemoryPositionalSource(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}
    [[nodiscard]] std::uint64_t size() const override { return bytes_.size(); }
    [[nodiscard]] std::size_t readAt(std::uint64_t offset, std::span<std::uint8_t> out) override;

private:
    std::span<const std::uint8_t> bytes_;
};

// The header of an age file read through a PositionalSource: the payload
// key (an identity must open the header: parse, unwrap, MAC) and the offset
// of the first chunk. Errors as Decryptor's; HeaderInvalid also when the
// payload nonce is missing or cut short.
struct PositionalPayload {
    SecureBuffer key;
    std::uint64_t start = 0;
};
[[nodiscard]] PositionalPayload openPositionalPayload(PositionalSource& src,
                                                      std::span<const Identity* const> identities);

class RandomAccessDecryptor {
public:
    // Reads and checks the header (as Decryptor does) and authenticates the
    // final chunk, so that size() is the true plaintext size of an untruncated
    // file. Errors: NoMatch, HeaderInvalid, HeaderMac, PayloadInvalid, Io.
    RandomAccessDecryptor(PositionalSource& src, std::span<const Identity* const> identities);

    [[nodiscard]] std::uint64_t size() const { return size_; }
    // Copies plaintext from `offset` into `out`; returns the bytes copied (0
    // at or past the end). Throws Error(PayloadInvalid) for a chunk that does
    // not authenticate (the file was altered), Error(Io) for a failing read.
    [[nodiscard]] std::size_t readAt(std::uint64_t offset, std::span<std::uint8_t> out);

private:
    void load(std::uint64_t chunk);

    PositionalSource& src_;
    std::optional<ChaCha20Poly1305> aead_;
    std::uint64_t payloadStart_ = 0;  // offset of the first chunk
    std::uint64_t chunks_ = 0;
    std::uint64_t size_ = 0;
    std::vector<std::uint8_t> sealed_;
    SecureBuffer plain_;  // the cached chunk's plaintext, in guarded memory
    std::optional<std::uint64_t> cached_;
    std::size_t cachedLength_ = 0;
};

}  // namespace custodia::crypto::age
