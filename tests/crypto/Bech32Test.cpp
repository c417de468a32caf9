// SPDX-License-Identifier: GPL-3.0-or-later
// BIP 173 test vectors, and the age extension (no length limit).
#include "crypto/Bech32.h"

#include <catch2/catch.hpp>

using namespace custodia::crypto;

TEST_CASE("BIP 173 valid strings decode, with their human-readable part", "[bech32]") {
    const std::pair<const char*, const char*> valid[] = {
        {"A12UEL5L", "a"},
        {"a12uel5l", "a"},
        {"an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
         "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio"},
        {"abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw", "abcdef"},
        {"split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w", "split"},
    };
    for (const auto& [s, hrp] : valid) {
        INFO(s);
        const auto d = bech32Decode(s);
        REQUIRE(d);
        CHECK(d->hrp == hrp);
    }
}

TEST_CASE("BIP 173 invalid strings are rejected", "[bech32]") {
    for (const char* s : {"pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3", "de1lg7wt\xff", "A1G7SGD8",
                          "10a06t8", "1qzzfhee", "a12UEL5L"}) {
        INFO(s);
        CHECK_FALSE(bech32Decode(s));
    }
}

TEST_CASE("long data round trips (age has no length limit)", "[bech32]") {
    std::vector<std::uint8_t> data(200);
    for (std::size_t i = 0; i < data.size(); ++i) {
        data[i] = static_cast<std::uint8_t>(i * 7);
    }
    const SecureBuffer text = bech32Encode("age", data, false);
    CHECK(text.size() > 90);
    const auto d = bech32Decode(text.view());
    REQUIRE(d);
    CHECK(d->hrp == "age");
    CHECK(d->data.equals(data));
}

TEST_CASE("one changed character breaks the checksum", "[bech32]") {
    std::string s = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";
    REQUIRE(bech32Decode(s));
    s[10] = s[10] == 'q' ? 'p' : 'q';
    CHECK_FALSE(bech32Decode(s));
}
