// SPDX-License-Identifier: GPL-3.0-or-later
// Bech32 and the age key parsers built on it.
#include "crypto/Age.h"
#include "crypto/Bech32.h"
#include "crypto/Error.h"

#include <cctype>
#include <cstdlib>

using namespace custodia::crypto;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto d = bech32Decode(text)) {
        const bool upper = text.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos;
        const SecureBuffer again = bech32Encode(d->hrp, d->data.span(), upper);
        auto twice = bech32Decode(again.view());
        if (!twice || twice->hrp != d->hrp || !twice->data.equals(d->data.span())) {
            std::abort();
        }
    }
    try {
        (void)age::X25519Identity::parse(text);
    } catch (const Error&) {
    }
    try {
        const auto r = age::X25519Recipient::parse(text);
        if (age::X25519Recipient::parse(r.toString()).publicKey() != r.publicKey()) {
            std::abort();
        }
    } catch (const Error&) {
    }
    return 0;
}
