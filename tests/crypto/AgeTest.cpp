// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Age.h"
#include "crypto/AgeArmor.h"
#include "crypto/Encoding.h"
#include "crypto/Error.h"
#include "crypto/Random.h"

#include <catch2/catch.hpp>

using namespace custodia::crypto;

namespace {

std::vector<std::uint8_t> encrypt(const std::vector<std::uint8_t>& plain, const age::Recipient& r,
                                  std::size_t pieceSize = 1000) {
    MemorySink sink;
    const age::Recipient* rs[] = {&r};
    age::Encryptor enc(sink, rs);
    for (std::size_t i = 0; i < plain.size(); i += pieceSize) {
        enc.write(std::span(plain).subspan(i, std::min(pieceSize, plain.size() - i)));
    }
    enc.finish();
    return sink.data;
}

std::vector<std::uint8_t> decrypt(const std::vector<std::uint8_t>& file, const age::Identity& id) {
    MemorySource src(file);
    const age::Identity* ids[] = {&id};
    age::Decryptor dec(src, ids);
    std::vector<std::uint8_t> out, buf(7000);
    for (std::size_t n; (n = dec.read(buf)) > 0;) {
        out.insert(out.end(), buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(n));
    }
    return out;
}

std::vector<std::uint8_t> randomData(std::size_t n) {
    std::vector<std::uint8_t> v(n);
    randomBytes(v);
    return v;
}

Error::Code failureOf(const std::vector<std::uint8_t>& file, const age::Identity& id) {
    try {
        (void)decrypt(file, id);
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("decryption unexpectedly succeeded");
    return Error::Code::Internal;
}

}  // namespace

TEST_CASE("X25519 round trip at every chunk boundary", "[age]") {
    const auto id = age::X25519Identity::generate();
    for (std::size_t size : {std::size_t{0}, std::size_t{1}, age::kChunkSize - 1, age::kChunkSize, age::kChunkSize + 1,
                             3 * age::kChunkSize, 3 * age::kChunkSize + 17}) {
        INFO("size " << size);
        const auto plain = randomData(size);
        const auto file = encrypt(plain, id.recipient(), 4096);
        const std::size_t chunks = size == 0 ? 1 : (size + age::kChunkSize - 1) / age::kChunkSize;
        CHECK(decrypt(file, id) == plain);
        // header + 16-byte nonce + one tag per chunk: the format adds nothing else.
        CHECK(file.size() > size + 16 + 16 * chunks);
    }
}

TEST_CASE("scrypt round trip, and a wrong passphrase is 'no match', not corruption", "[age]") {
    const auto plain = randomData(100000);
    const age::ScryptRecipient r(SecureBuffer::copyOf("passphrase one"), 10);
    const auto file = encrypt(plain, r);
    CHECK(decrypt(file, age::ScryptIdentity(SecureBuffer::copyOf("passphrase one"))) == plain);
    CHECK(failureOf(file, age::ScryptIdentity(SecureBuffer::copyOf("passphrase two"))) == Error::Code::NoMatch);
}

TEST_CASE("a different X25519 identity gets 'no match'", "[age]") {
    const auto file = encrypt(randomData(10), age::X25519Identity::generate().recipient());
    CHECK(failureOf(file, age::X25519Identity::generate()) == Error::Code::NoMatch);
}

TEST_CASE("damage is reported by where it is", "[age]") {
    const auto id = age::X25519Identity::generate();
    const auto plain = randomData(3 * age::kChunkSize);
    auto file = encrypt(plain, id.recipient());
    const std::string text(file.begin(), file.end());
    const std::size_t macPos = text.find("\n--- ") + 5;
    const std::size_t payload = text.find('\n', macPos) + 1;

    SECTION("a changed header argument breaks the MAC or the stanza") {
        auto bad = file;
        bad[text.find("X25519 ") + 10] ^= 0x01;
        const auto code = failureOf(bad, id);
        CHECK((code == Error::Code::NoMatch || code == Error::Code::HeaderInvalid));
    }
    SECTION("a changed MAC is a MAC failure") {
        auto bad = file;
        bad[macPos + 3] = bad[macPos + 3] == 'A' ? 'B' : 'A';
        CHECK(failureOf(bad, id) == Error::Code::HeaderMac);
    }
    SECTION("a flipped byte in any chunk is a payload failure") {
        for (std::size_t at : {payload + 20, payload + 16 + age::kEncryptedChunkSize + 5, file.size() - 1}) {
            auto bad = file;
            bad[at] ^= 0x80;
            CHECK(failureOf(bad, id) == Error::Code::PayloadInvalid);
        }
    }
    SECTION("truncation at a chunk boundary is a payload failure") {
        auto bad = file;
        bad.resize(payload + 16 + age::kEncryptedChunkSize);
        CHECK(failureOf(bad, id) == Error::Code::PayloadInvalid);
    }
    SECTION("trailing bytes are a payload failure") {
        auto bad = file;
        bad.push_back(0);
        CHECK(failureOf(bad, id) == Error::Code::PayloadInvalid);
    }
    SECTION("a missing nonce is a header failure") {
        auto bad = file;
        bad.resize(payload + 5);
        CHECK(failureOf(bad, id) == Error::Code::HeaderInvalid);
    }
}

TEST_CASE("plaintext of a chunk is released only after its tag verifies", "[age]") {
    const auto id = age::X25519Identity::generate();
    auto file = encrypt(randomData(2 * age::kChunkSize + 10), id.recipient());
    file[file.size() - 3] ^= 1;  // damage the last chunk
    MemorySource src(file);
    const age::Identity* ids[] = {&id};
    age::Decryptor dec(src, ids);
    std::vector<std::uint8_t> buf(age::kChunkSize);
    std::size_t released = 0;
    try {
        for (std::size_t n; (n = dec.read(buf)) > 0;) {
            released += n;
        }
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == Error::Code::PayloadInvalid);
    }
    CHECK(released == 2 * age::kChunkSize);
}

TEST_CASE("identities and recipients survive their Bech32 text forms", "[age]") {
    const auto id = age::X25519Identity::generate();
    const SecureBuffer text = id.toString();
    CHECK(text.view().rfind("AGE-SECRET-KEY-1", 0) == 0);
    const auto again = age::X25519Identity::parse(text.view());
    CHECK(again.recipient().publicKey() == id.recipient().publicKey());
    const std::string r = id.recipient().toString();
    CHECK(r.rfind("age1", 0) == 0);
    CHECK(age::X25519Recipient::parse(r).publicKey() == id.recipient().publicKey());
    CHECK_THROWS_AS(age::X25519Recipient::parse("age1notakey"), Error);
    CHECK_THROWS_AS(age::X25519Identity::parse(r), Error);
}

TEST_CASE("the age spec's example identity gives its example recipient", "[age]") {
    const auto id =
        age::X25519Identity::parse("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX");
    CHECK(id.recipient().toString() == "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj");
}

TEST_CASE("armor round trip", "[age][armor]") {
    const auto id = age::X25519Identity::generate();
    const auto plain = randomData(5000);
    const auto file = encrypt(plain, id.recipient());
    const std::string armored = age::armor(file);
    CHECK(armored.rfind("-----BEGIN AGE ENCRYPTED FILE-----\n", 0) == 0);
    MemorySource src(asBytes(armored));
    age::ArmorReader reader(src);
    std::vector<std::uint8_t> back(file.size() + 10);
    back.resize(readFull(reader, back));
    CHECK(back == file);
}

TEST_CASE("small secrets stay in guarded memory through encryptSecret/decryptSecret", "[age]") {
    SecureBuffer key(32);
    randomBytes(key.span());
    const age::ScryptRecipient r(SecureBuffer::copyOf("pw"), 10);
    const auto file = age::encryptSecret(key, r);
    const SecureBuffer back = age::decryptSecret(file, age::ScryptIdentity(SecureBuffer::copyOf("pw")), 32);
    CHECK(back.equals(key.span()));
    CHECK_THROWS_AS(age::decryptSecret(file, age::ScryptIdentity(SecureBuffer::copyOf("pw")), 16), Error);
}

TEST_CASE("the scrypt work factor is bounded", "[age]") {
    CHECK_THROWS_AS(age::ScryptRecipient(SecureBuffer::copyOf("x"), 0), Error);
    CHECK_THROWS_AS(age::ScryptRecipient(SecureBuffer::copyOf("x"), 23), Error);
}
