// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace custodia::crypto {

using Bytes = std::vector<std::uint8_t>;

// Lower-case hex, the form of every hash in Custodia's reports.
[[nodiscard]] std::string toHex(std::span<const std::uint8_t> bytes);
// Strict: even length, [0-9a-fA-F] only; nullopt otherwise.
[[nodiscard]] std::optional<Bytes> fromHex(std::string_view hex);

// Base64 (RFC 4648 section 4). The "raw" forms have no '=' padding (age
// header); the padded forms are for ASCII armor. Decoders are strict: they
// reject padding where none belongs, characters outside the alphabet, and
// non-canonical encodings (unused low bits not zero), as the age spec requires.
[[nodiscard]] std::string toBase64Raw(std::span<const std::uint8_t> bytes);
[[nodiscard]] std::optional<Bytes> fromBase64Raw(std::string_view text);
[[nodiscard]] std::string toBase64Padded(std::span<const std::uint8_t> bytes);
[[nodiscard]] std::optional<Bytes> fromBase64Padded(std::string_view text);

[[nodiscard]] inline std::span<const std::uint8_t> asBytes(std::string_view s) noexcept {
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

}  // namespace custodia::crypto
