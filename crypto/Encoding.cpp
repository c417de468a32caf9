// SPDX-License-Identifier: GPL-3.0-or-later
#include "Encoding.h"

#include <sodium.h>

namespace custodia::crypto {

std::string toHex(std::span<const std::uint8_t> bytes) {
    if (bytes.empty()) {
        return {};  // libsodium's functions are declared nonnull
    }
    std::string out(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes.data(), bytes.size());
    out.pop_back();
    return out;
}

std::optional<Bytes> fromHex(std::string_view hex) {
    if (hex.size() % 2 != 0) {
        return std::nullopt;
    }
    if (hex.empty()) {
        return Bytes{};
    }
    Bytes out(hex.size() / 2);
    std::size_t written = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &written, &end) != 0 ||
        written != out.size() || end != hex.data() + hex.size()) {
        return std::nullopt;
    }
    return out;
}

namespace {

std::string encode(std::span<const std::uint8_t> bytes, int variant) {
    if (bytes.empty()) {
        return {};
    }
    std::string out(sodium_base64_encoded_len(bytes.size(), variant), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), variant);
    out.pop_back();  // the terminating NUL
    return out;
}

// libsodium's decoder rejects characters outside the alphabet and, since
// 1.0.17, non-zero unused bits; `end` tells whether all input was consumed.
std::optional<Bytes> decode(std::string_view text, int variant) {
    Bytes out(text.size() / 4 * 3 + 3);
    std::size_t written = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &written, &end, variant) != 0 ||
        end != text.data() + text.size()) {
        return std::nullopt;
    }
    out.resize(written);
    // Belt and braces for canonicity: the re-encoding must be the input.
    if (encode(out, variant) != text) {
        return std::nullopt;
    }
    return out;
}

}  // namespace

std::string toBase64Raw(std::span<const std::uint8_t> bytes) {
    return encode(bytes, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
}

std::optional<Bytes> fromBase64Raw(std::string_view text) {
    return decode(text, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
}

std::string toBase64Padded(std::span<const std::uint8_t> bytes) {
    return encode(bytes, sodium_base64_VARIANT_ORIGINAL);
}

std::optional<Bytes> fromBase64Padded(std::string_view text) {
    return decode(text, sodium_base64_VARIANT_ORIGINAL);
}

}  // namespace custodia::crypto
