// SPDX-License-Identifier: GPL-3.0-or-later
// Random access into age files: any offset and length gives the same bytes
// as decrypting from the start, for files made here and by the age tool;
// altered, truncated or extended files fail closed.
#include "crypto/Age.h"
#include "crypto/AgeRandomAccess.h"
#include "crypto/Encoding.h"
#include "crypto/Error.h"
#include "crypto/Random.h"
#include "support/Process.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <iterator>
#include <random>

using namespace custodia::crypto;

namespace {

Bytes encrypt(const Bytes& plain, const age::X25519Identity& id) {
    MemorySink sink;
    const auto r = id.recipient();
    const age::Recipient* rs[] = {&r};
    age::Encryptor enc(sink, rs);
    enc.write(plain);
    enc.finish();
    return sink.data;
}

void checkRandomReads(age::RandomAccessDecryptor& dec, const Bytes& plain) {
    REQUIRE(dec.size() == plain.size());
    std::mt19937_64 rng(plain.size());
    for (int i = 0; i < 200; ++i) {
        const std::uint64_t at = plain.empty() ? 0 : rng() % (plain.size() + 10);
        const std::size_t len = static_cast<std::size_t>(rng() % 200000);
        Bytes out(len);
        const std::size_t n = dec.readAt(at, out);
        const std::size_t want = at >= plain.size() ? 0 : std::min<std::uint64_t>(len, plain.size() - at);
        REQUIRE(n == want);
        REQUIRE(std::equal(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(n),
                           plain.begin() + static_cast<std::ptrdiff_t>(std::min<std::uint64_t>(at, plain.size()))));
    }
}

}  // namespace

TEST_CASE("random access reads give the plaintext at every offset and size", "[age][random-access]") {
    const auto id = age::X25519Identity::generate();
    const age::Identity* ids[] = {&id};
    for (const std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{65535}, std::size_t{65536},
                                   std::size_t{65537}, std::size_t{3 * 65536}, std::size_t{300001}}) {
        INFO("size " << size);
        const Bytes plain = custodia::test::randomBytes(size);
        const Bytes file = encrypt(plain, id);
        age::MemoryPositionalSource src(file);
        age::RandomAccessDecryptor dec(src, ids);
        checkRandomReads(dec, plain);
    }
}

TEST_CASE("random access reads a file made by the age tool, through a file descriptor",
          "[age][random-access][interop]") {
    custodia::test::TempDir tmp;
    const auto id = age::X25519Identity::generate();
    const age::Identity* ids[] = {&id};
    const Bytes plain = custodia::test::randomBytes(5 * 65536 + 123);
    {
        std::ofstream(tmp / "plain.bin", std::ios::binary)
            .write(reinterpret_cast<const char*>(plain.data()), static_cast<std::streamsize>(plain.size()));
    }
    const auto r = custodia::test::run({"/usr/bin/age", "-e", "-r", id.recipient().toString(), "-o",
                                        (tmp / "file.age").string(), (tmp / "plain.bin").string()});
    REQUIRE(r.exitCode == 0);
    const int fd = ::open((tmp / "file.age").c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    age::FdPositionalSource src(fd);
    age::RandomAccessDecryptor dec(src, ids);
    checkRandomReads(dec, plain);
    ::close(fd);
}

TEST_CASE("random access fails closed on altered, truncated or extended files", "[age][random-access]") {
    const auto id = age::X25519Identity::generate();
    const age::Identity* ids[] = {&id};
    const Bytes plain = custodia::test::randomBytes(3 * 65536 + 7);
    const Bytes file = encrypt(plain, id);
    auto code = [&](const Bytes& bytes, const std::function<void(age::RandomAccessDecryptor&)>& use) {
        try {
            age::MemoryPositionalSource src(bytes);
            age::RandomAccessDecryptor dec(src, ids);
            use(dec);
        } catch (const Error& e) {
            return e.code();
        }
        return Error::Code::Internal;  // no error: a test failure below
    };
    Bytes flipped = file;
    flipped[file.size() - 2 * 65552 - 13] ^= 0x01U;  // inside chunk 1
    CHECK(code(flipped, [&](age::RandomAccessDecryptor& d) {
              Bytes out(10);
              REQUIRE(d.readAt(0, out) == 10);  // chunk 0 is intact and readable
              (void)d.readAt(65536 + 5, out);
          }) == Error::Code::PayloadInvalid);
    const Bytes truncated(file.begin(), file.end() - 100);
    CHECK(code(truncated, [](age::RandomAccessDecryptor&) {}) == Error::Code::PayloadInvalid);
    const Bytes chunkLess(file.begin(), file.end() - 7 - 16);  // the final chunk removed entirely
    CHECK(code(chunkLess, [](age::RandomAccessDecryptor&) {}) == Error::Code::PayloadInvalid);
    Bytes extended = file;
    extended.push_back(0);
    CHECK(code(extended, [](age::RandomAccessDecryptor&) {}) == Error::Code::PayloadInvalid);
    const auto other = age::X25519Identity::generate();
    const age::Identity* otherIds[] = {&other};
    age::MemoryPositionalSource src(file);
    CHECK_THROWS_AS(age::RandomAccessDecryptor(src, otherIds), Error);
}
