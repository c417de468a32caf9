// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bech32.h"

#include <array>
#include <cctype>

namespace custodia::crypto {

namespace {

constexpr std::string_view kCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

std::uint32_t polymod(std::span<const std::uint8_t> values) {
    constexpr std::array<std::uint32_t, 5> gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    std::uint32_t chk = 1;
    for (std::uint8_t v : values) {
        const std::uint32_t top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i) {
            if (((top >> i) & 1U) != 0) {
                chk ^= gen[static_cast<std::size_t>(i)];
            }
        }
    }
    return chk;
}

// hrp-expanded prefix followed by `data5` (5-bit groups), in guarded memory.
SecureBuffer checksumInput(std::string_view hrpLower, std::span<const std::uint8_t> data5, std::size_t extra) {
    SecureBuffer v(hrpLower.size() * 2 + 1 + data5.size() + extra);
    std::size_t n = 0;
    for (char c : hrpLower) {
        v.data()[n++] = static_cast<std::uint8_t>(static_cast<unsigned char>(c) >> 5);
    }
    v.data()[n++] = 0;
    for (char c : hrpLower) {
        v.data()[n++] = static_cast<std::uint8_t>(static_cast<unsigned char>(c) & 31);
    }
    for (std::uint8_t d : data5) {
        v.data()[n++] = d;
    }
    return v;  // the last `extra` bytes are zero
}

// Regroups bits; returns an empty optional on non-zero or excess padding when decoding.
std::optional<SecureBuffer> convertBits(std::span<const std::uint8_t> in, int from, int to, bool pad) {
    SecureBuffer out(in.size() * static_cast<std::size_t>(from) / static_cast<std::size_t>(to) + 1);
    std::size_t n = 0;
    std::uint32_t acc = 0;
    int bits = 0;
    const std::uint32_t maxv = (1U << to) - 1;
    for (std::uint8_t value : in) {
        if ((value >> from) != 0) {
            return std::nullopt;
        }
        acc = ((acc << from) | value) & 0xffffff;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.data()[n++] = static_cast<std::uint8_t>((acc >> bits) & maxv);
        }
    }
    if (pad) {
        if (bits > 0) {
            out.data()[n++] = static_cast<std::uint8_t>((acc << (to - bits)) & maxv);
        }
    } else if (bits >= from || ((acc << (to - bits)) & maxv) != 0) {
        return std::nullopt;
    }
    acc = 0;
    out.truncate(n);
    return out;
}

}  // namespace

SecureBuffer bech32Encode(std::string_view hrp, std::span<const std::uint8_t> data, bool upper) {
    std::string hrpLower(hrp);
    for (char& c : hrpLower) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    auto data5 = convertBits(data, 8, 5, true);
    SecureBuffer values = checksumInput(hrpLower, data5->span(), 6);
    const std::uint32_t mod = polymod(values.span()) ^ 1;

    SecureBuffer out(hrpLower.size() + 1 + data5->size() + 6);
    std::size_t n = 0;
    auto put = [&](char c) {
        out.data()[n++] = static_cast<std::uint8_t>(upper ? std::toupper(static_cast<unsigned char>(c)) : c);
    };
    for (char c : hrpLower) {
        put(c);
    }
    put('1');
    for (std::uint8_t d : data5->span()) {
        put(kCharset[d]);
    }
    for (int i = 0; i < 6; ++i) {
        put(kCharset[(mod >> (5 * (5 - i))) & 31]);
    }
    return out;
}

std::optional<Bech32Decoded> bech32Decode(std::string_view text) {
    bool lower = false;
    bool upperSeen = false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 33 || u > 126) {
            return std::nullopt;
        }
        lower = lower || std::islower(u) != 0;
        upperSeen = upperSeen || std::isupper(u) != 0;
    }
    if (lower && upperSeen) {
        return std::nullopt;
    }
    const auto sep = text.rfind('1');
    if (sep == std::string_view::npos || sep == 0 || sep + 7 > text.size()) {
        return std::nullopt;
    }
    std::string hrp(text.substr(0, sep));
    for (char& c : hrp) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    const std::string_view rest = text.substr(sep + 1);
    SecureBuffer data5(rest.size());
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const auto pos = kCharset.find(static_cast<char>(std::tolower(static_cast<unsigned char>(rest[i]))));
        if (pos == std::string_view::npos) {
            return std::nullopt;
        }
        data5.data()[i] = static_cast<std::uint8_t>(pos);
    }
    SecureBuffer values = checksumInput(hrp, data5.span(), 0);
    if (polymod(values.span()) != 1) {
        return std::nullopt;
    }
    auto bytes = convertBits(data5.span().first(data5.size() - 6), 5, 8, false);
    if (!bytes) {
        return std::nullopt;
    }
    return Bech32Decoded{std::move(hrp), std::move(*bytes)};
}

}  // namespace custodia::crypto
