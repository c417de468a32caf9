// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"

#include <catch2/catch.hpp>

using namespace custodia::crypto;

TEST_CASE("RFC 8032 test 1: the key pair and signature of the empty message", "[ed25519]") {
    const auto seed = *fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const auto kp = Ed25519KeyPair::fromSeed(seed);
    CHECK(toHex(kp.publicKey()) == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const auto sig = kp.sign({});
    CHECK(toHex(sig) ==
          "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b"
          "d25bf5f0595bbe24655141438e7a100b");
    CHECK(ed25519Verify(kp.publicKey(), {}, sig));
    CHECK(kp.seed().equals(seed));
}

TEST_CASE("a signature fails on another message, key or a flipped bit", "[ed25519]") {
    const auto kp = Ed25519KeyPair::generate();
    const std::string msg = "custody entry";
    const auto sig = kp.sign(asBytes(msg));
    CHECK(ed25519Verify(kp.publicKey(), asBytes(msg), sig));
    CHECK_FALSE(ed25519Verify(kp.publicKey(), asBytes(std::string("custody entrY")), sig));
    CHECK_FALSE(ed25519Verify(Ed25519KeyPair::generate().publicKey(), asBytes(msg), sig));
    auto bad = sig;
    bad[10] ^= 4;
    CHECK_FALSE(ed25519Verify(kp.publicKey(), asBytes(msg), bad));
    CHECK_THROWS(Ed25519KeyPair::fromSeed(std::vector<std::uint8_t>(31)));
}
