// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryCode.h"

#include "crypto/Random.h"

namespace custodia::vault::recovery {

namespace {
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford
constexpr std::size_t kChars = 32;
constexpr std::size_t kGroup = 4;
constexpr std::size_t kCanonicalSize = kChars + kChars / kGroup - 1;

crypto::SecureBuffer group(const crypto::SecureBuffer& chars) {
    crypto::SecureBuffer out(kCanonicalSize);
    std::size_t n = 0;
    for (std::size_t i = 0; i < kChars; ++i) {
        if (i > 0 && i % kGroup == 0) {
            out.data()[n++] = '-';
        }
        out.data()[n++] = chars.data()[i];
    }
    return out;
}
}  // namespace

crypto::SecureBuffer generate() {
    crypto::SecureBuffer random(20);  // 160 bits = 32 symbols of 5 bits
    crypto::randomBytes(random.span());
    crypto::SecureBuffer chars(kChars);
    for (std::size_t i = 0; i < kChars; ++i) {
        const std::size_t bit = i * 5;
        const unsigned hi = random.data()[bit / 8];
        const unsigned lo = bit / 8 + 1 < random.size() ? random.data()[bit / 8 + 1] : 0;
        const unsigned v = (((hi << 8) | lo) >> (11 - bit % 8)) & 31U;
        chars.data()[i] = static_cast<std::uint8_t>(kAlphabet[v]);
    }
    return group(chars);
}

std::optional<crypto::SecureBuffer> normalize(std::string_view typed) {
    crypto::SecureBuffer chars(kChars);
    std::size_t n = 0;
    for (char c : typed) {
        if (c == ' ' || c == '-' || c == '\t') {
            continue;
        }
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
        if (c == 'O') {
            c = '0';
        } else if (c == 'I' || c == 'L') {
            c = '1';
        }
        if (kAlphabet.find(c) == std::string_view::npos || n == kChars) {
            return std::nullopt;
        }
        chars.data()[n++] = static_cast<std::uint8_t>(c);
    }
    if (n != kChars) {
        return std::nullopt;
    }
    return group(chars);
}

}  // namespace custodia::vault::recovery
