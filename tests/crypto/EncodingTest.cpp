// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Encoding.h"

#include <catch2/catch.hpp>

using namespace custodia::crypto;

TEST_CASE("hex is lower-case and strict", "[encoding]") {
    const Bytes b{0x00, 0xab, 0xff};
    CHECK(toHex(b) == "00abff");
    CHECK(fromHex("00abff") == b);
    CHECK(fromHex("00ABFF") == b);
    CHECK_FALSE(fromHex("0ab"));
    CHECK_FALSE(fromHex("zz"));
    CHECK_FALSE(fromHex("00 a"));
}

TEST_CASE("raw base64 rejects padding and non-canonical encodings (age spec)", "[encoding]") {
    CHECK(toBase64Raw(asBytes(std::string("ab"))) == "YWI");
    CHECK(fromBase64Raw("YWI") == Bytes{'a', 'b'});
    CHECK_FALSE(fromBase64Raw("YWI="));  // padding
    CHECK_FALSE(fromBase64Raw("YWJ"));   // non-zero unused bits
    CHECK_FALSE(fromBase64Raw("YW I"));
    CHECK_FALSE(fromBase64Raw("Y"));
    CHECK(fromBase64Raw("") == Bytes{});
}

TEST_CASE("padded base64 requires its padding", "[encoding]") {
    CHECK(toBase64Padded(asBytes(std::string("ab"))) == "YWI=");
    CHECK(fromBase64Padded("YWI=") == Bytes{'a', 'b'});
    CHECK_FALSE(fromBase64Padded("YWI"));
    CHECK_FALSE(fromBase64Padded("YWJ="));
}
