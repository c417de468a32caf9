// SPDX-License-Identifier: GPL-3.0-or-later
// recoverPrefix: the authenticated prefix of an age file whose writer was
// cut off (issue 8). Every complete chunk is kept and nothing else; the file
// fixed in place is an ordinary age file that age -d opens; a complete file
// is left alone; altered or foreign bytes are not taken in.
#include "crypto/Age.h"
#include "crypto/AgeRecover.h"
#include "crypto/AgeStream.h"
#include "crypto/Encoding.h"
#include "crypto/Error.h"
#include "support/Process.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace custodia;
using namespace custodia::crypto;

namespace {

// What an interrupted writer leaves: the header and the chunks it sealed
// (flushed), the chunk being filled never written.
Bytes cutOff(const Bytes& plain, const age::X25519Identity& id) {
    MemorySink sink;
    const auto r = id.recipient();
    const age::Recipient* rs[] = {&r};
    age::Encryptor enc(sink, rs);
    enc.write(plain);
    enc.flush();
    return sink.data;
}

Bytes complete(const Bytes& plain, const age::X25519Identity& id) {
    MemorySink sink;
    const auto r = id.recipient();
    const age::Recipient* rs[] = {&r};
    age::Encryptor enc(sink, rs);
    enc.write(plain);
    enc.finish();
    return sink.data;
}

struct Recovered {
    age::RecoveredPrefix r;
    Bytes plain;  // what recoverPrefix released
    Bytes fixed;  // the file after the rewrite and the truncation
};

Recovered recover(const Bytes& file, const age::X25519Identity& id) {
    age::MemoryPositionalSource src(file);
    const age::Identity* ids[] = {&id};
    MemorySink out;
    Recovered x{age::recoverPrefix(src, ids, out), out.data, file};
    std::copy(x.r.rewrite.begin(), x.r.rewrite.end(), x.fixed.begin() + static_cast<std::ptrdiff_t>(x.r.rewriteAt));
    x.fixed.resize(x.r.keepBytes);
    return x;
}

Bytes decrypt(const Bytes& file, const age::X25519Identity& id) {
    MemorySource src(file);
    const age::Identity* ids[] = {&id};
    age::Decryptor dec(src, ids);
    Bytes out;
    std::uint8_t buf[65536];
    for (std::size_t n; (n = dec.read(buf)) > 0;)
        out.insert(out.end(), buf, buf + n);
    return out;
}

}  // namespace

TEST_CASE("a cut-off age file keeps every complete chunk and becomes a valid age file", "[age][recover]") {
    const auto id = age::X25519Identity::generate();
    test::TempDir tmp;
    test::writeFile(tmp / "key.txt", std::string(id.toString().view()) + "\n");
    const std::size_t chunk = age::kChunkSize;
    for (const std::size_t size : {chunk + 1, 2 * chunk, 2 * chunk + 7, 5 * chunk + 1000, 40 * chunk + 3}) {
        INFO("plaintext written " << size);
        const Bytes plain = test::randomBytes(size);
        const Bytes file = cutOff(plain, id);
        const Recovered x = recover(file, id);
        // The writer seals a full chunk only when more follows: the kept
        // prefix is the chunks sealed before the last byte arrived.
        const std::size_t sealed = ((size - 1) / chunk) * chunk;
        CHECK(x.r.plaintextSize == sealed);
        CHECK_FALSE(x.r.complete);
        REQUIRE(x.plain == Bytes(plain.begin(), plain.begin() + static_cast<std::ptrdiff_t>(sealed)));
        CHECK(x.r.discardedBytes == file.size() - x.r.keepBytes);
        CHECK(decrypt(x.fixed, id) == x.plain);
        // The standard tool agrees.
        test::writeFile(tmp / "fixed.age", x.fixed);
        const auto r = test::run({"/usr/bin/age", "-d", "-i", (tmp / "key.txt").string(), "-o", (tmp / "out").string(),
                                  (tmp / "fixed.age").string()});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        CHECK(test::readAll(tmp / "out") == x.plain);
        std::filesystem::remove(tmp / "out");
        // Cut again in the middle of a chunk (a write torn by the crash):
        // that chunk goes, the ones before stay.
        const Bytes torn(file.begin(), file.end() - 100);
        const Recovered y = recover(torn, id);
        CHECK(y.r.plaintextSize == sealed - chunk);
        if (y.r.plaintextSize > 0)
            CHECK(decrypt(y.fixed, id) == y.plain);
        // Recovering the fixed file again changes nothing.
        const Recovered z = recover(x.fixed, id);
        CHECK(z.r.complete);
        CHECK(z.r.rewrite.empty());
        CHECK(z.plain == x.plain);
        CHECK(z.fixed == x.fixed);
    }
}

TEST_CASE("recoverPrefix leaves a complete file alone and stops at an altered chunk", "[age][recover]") {
    const auto id = age::X25519Identity::generate();
    const Bytes plain = test::randomBytes(4 * age::kChunkSize + 10);
    const Bytes file = complete(plain, id);
    Recovered x = recover(file, id);
    CHECK(x.r.complete);
    CHECK(x.r.rewrite.empty());
    CHECK(x.r.keepBytes == file.size());
    CHECK(x.plain == plain);

    // One bit of the third chunk flipped: chunks 0 and 1 are kept, and the
    // second is sealed again as the final one.
    Bytes altered = file;
    const std::size_t payloadStart = file.size() - (4 * age::kEncryptedChunkSize + 10 + age::kTagSize);
    altered[payloadStart + 2 * age::kEncryptedChunkSize + 5] ^= 0x01;
    x = recover(altered, id);
    CHECK_FALSE(x.r.complete);
    CHECK(x.r.plaintextSize == 2 * age::kChunkSize);
    CHECK(x.r.rewriteAt == payloadStart + age::kEncryptedChunkSize);
    CHECK(decrypt(x.fixed, id) == Bytes(plain.begin(), plain.begin() + 2 * age::kChunkSize));

    // Less than one complete chunk: nothing to keep.
    const Bytes small = cutOff(test::randomBytes(1000), id);
    x = recover(small, id);
    CHECK(x.r.plaintextSize == 0);
    CHECK(x.r.keepBytes == 0);
    CHECK(x.r.discardedBytes == small.size());

    // Another key does not open the header: nothing is read as plaintext.
    const auto other = age::X25519Identity::generate();
    age::MemoryPositionalSource src(file);
    const age::Identity* ids[] = {&other};
    MemorySink out;
    CHECK_THROWS_AS(age::recoverPrefix(src, ids, out), Error);
    CHECK(out.data.empty());
}
