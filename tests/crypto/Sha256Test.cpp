// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Encoding.h"
#include "crypto/Sha256.h"

#include <catch2/catch.hpp>

using namespace custodia::crypto;

TEST_CASE("SHA-256 known answers (FIPS 180-2)", "[sha256]") {
    CHECK(toHex(Sha256::of(std::string_view(""))) ==
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(toHex(Sha256::of(std::string_view("abc"))) ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(toHex(Sha256::of(std::string_view("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))) ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("streaming in any pieces gives the one-shot hash, and finish resets", "[sha256]") {
    std::string data(1000003, 'x');
    for (std::size_t i = 0; i < data.size(); ++i) {
        data[i] = static_cast<char>(i * 31);
    }
    const Digest whole = Sha256::of(std::string_view(data));
    Sha256 h;
    for (std::size_t i = 0; i < data.size(); i += 4097) {
        h.update(std::string_view(data).substr(i, 4097));
    }
    CHECK(h.finish() == whole);
    h.update(std::string_view("abc"));
    CHECK(toHex(h.finish()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
