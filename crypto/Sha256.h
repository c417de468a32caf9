// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace custodia::crypto {

using Digest = std::array<std::uint8_t, 32>;

// Streaming SHA-256 over OpenSSL EVP, which uses the CPU's SHA extensions
// where present (several times faster than a portable implementation). This
// is the hash of every evidence item: it must be exact and it must be cheap.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::span<const std::uint8_t> bytes);
    void update(std::string_view text);
    // Returns the digest; the object is then reset for a new message.
    [[nodiscard]] Digest finish();

    [[nodiscard]] static Digest of(std::span<const std::uint8_t> bytes);
    [[nodiscard]] static Digest of(std::string_view text);

private:
    struct Ctx;
    std::unique_ptr<Ctx> ctx_;
};

[[nodiscard]] std::string toHex(const Digest& d);

}  // namespace custodia::crypto
