// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace custodia::crypto {

// A move-only buffer for secrets (passphrases, master keys, item identities).
//
// The bytes live in libsodium guarded memory (sodium_malloc: locked with
// mlock, guard pages on both sides, a canary before the data) and are wiped
// with sodium_memzero when the buffer is destroyed, moved from or shrunk.
// There is no copy constructor: a copy must be made on purpose with copyOf(),
// so a secret is never duplicated by accident into ordinary memory.
//
// Invariant: size() <= capacity(); bytes beyond size() are zero.
// Overwrites memory that held a secret outside a SecureBuffer (a UI
// toolkit's copy of a typed passphrase) so the compiler cannot skip it.
void secureWipe(void* data, std::size_t size) noexcept;

class SecureBuffer {
public:
    SecureBuffer() noexcept = default;
    // Allocates `size` zeroed bytes; throws std::bad_alloc if libsodium cannot
    // allocate or lock the memory.
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    [[nodiscard]] static SecureBuffer copyOf(std::span<const std::uint8_t> bytes);
    [[nodiscard]] static SecureBuffer copyOf(std::string_view text);

    [[nodiscard]] std::uint8_t* data() noexcept { return data_; }
    [[nodiscard]] const std::uint8_t* data() const noexcept { return data_; }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] std::size_t capacity() const noexcept { return capacity_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }

    [[nodiscard]] std::span<std::uint8_t> span() noexcept { return {data_, size_}; }
    [[nodiscard]] std::span<const std::uint8_t> span() const noexcept { return {data_, size_}; }
    // The bytes as text, for secrets that are text (a passphrase, a Bech32 key).
    [[nodiscard]] std::string_view view() const noexcept;

    // Shrinks the logical size, wiping the bytes that fall off the end.
    void truncate(std::size_t newSize) noexcept;
    // Grows the logical size within capacity; returns false if it does not fit.
    [[nodiscard]] bool grow(std::size_t newSize) noexcept;

    // Constant-time comparison (sodium_memcmp) of equal-length contents.
    [[nodiscard]] bool equals(std::span<const std::uint8_t> other) const noexcept;

private:
    void release() noexcept;

    std::uint8_t* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

}  // namespace custodia::crypto
