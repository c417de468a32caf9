// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Encoding.h"
#include "crypto/Kdf.h"

#include <catch2/catch.hpp>

using namespace custodia::crypto;

TEST_CASE("HKDF-SHA-256 matches RFC 5869 test case 1 (first 32 bytes)", "[kdf]") {
    const Bytes ikm(22, 0x0b);
    const auto salt = *fromHex("000102030405060708090a0b0c");
    const std::string info(reinterpret_cast<const char*>(fromHex("f0f1f2f3f4f5f6f7f8f9")->data()), 10);
    const SecureBuffer okm = hkdfSha256(ikm, salt, info);
    CHECK(toHex(okm.span()) == "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
}

TEST_CASE("HKDF-SHA-256 matches RFC 5869 test case 3 (empty salt and info)", "[kdf]") {
    const Bytes ikm(22, 0x0b);
    CHECK(toHex(hkdfSha256(ikm, {}, "").span()) == "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d");
}

TEST_CASE("HMAC-SHA-256 matches RFC 4231 test case 1", "[kdf]") {
    const Bytes key(20, 0x0b);
    CHECK(toHex(hmacSha256(key, asBytes(std::string("Hi There")))) ==
          "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
}

TEST_CASE("scrypt is deterministic and depends on every input", "[kdf]") {
    const auto a = scrypt(asBytes(std::string("pw")), asBytes(std::string("salt")), 10);
    CHECK(a.equals(scrypt(asBytes(std::string("pw")), asBytes(std::string("salt")), 10).span()));
    CHECK_FALSE(a.equals(scrypt(asBytes(std::string("pW")), asBytes(std::string("salt")), 10).span()));
    CHECK_FALSE(a.equals(scrypt(asBytes(std::string("pw")), asBytes(std::string("salT")), 10).span()));
    CHECK_FALSE(a.equals(scrypt(asBytes(std::string("pw")), asBytes(std::string("salt")), 11).span()));
}
