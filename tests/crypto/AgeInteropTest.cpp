// SPDX-License-Identifier: GPL-3.0-or-later
// Interoperability with the reference `age` CLI (Debian package age), both ways.
#include "crypto/Age.h"
#include "crypto/AgeArmor.h"
#include "support/Process.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace custodia;
using custodia::test::run;

TEST_CASE("files Custodia encrypts are decrypted by age -d", "[age][interop]") {
    test::TempDir tmp;
    const auto id = crypto::age::X25519Identity::generate();
    test::writeFile(tmp / "key.txt", std::string(id.toString().view()) + "\n");
    for (std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{65536}, std::size_t{1000000}}) {
        const auto plain = test::randomBytes(size);
        crypto::MemorySink sink;
        const auto recipient = id.recipient();
        const crypto::age::Recipient* rs[] = {&recipient};
        crypto::age::Encryptor enc(sink, rs);
        enc.write(plain);
        enc.finish();
        test::writeFile(tmp / "file.age", sink.data);
        const auto r = run({"/usr/bin/age", "-d", "-i", (tmp / "key.txt").string(), "-o", (tmp / "out").string(),
                            (tmp / "file.age").string()});
        INFO("size " << size << ": " << r.err);
        REQUIRE(r.exitCode == 0);
        CHECK(test::readAll(tmp / "out") == plain);
        std::filesystem::remove(tmp / "out");
    }
}

TEST_CASE("files age -e -r encrypts are decrypted by Custodia", "[age][interop]") {
    test::TempDir tmp;
    const auto gen = run({"/usr/bin/age-keygen", "-o", (tmp / "key.txt").string()});
    REQUIRE(gen.exitCode == 0);
    const auto keyFile = test::readAll(tmp / "key.txt");
    const std::string keyText(keyFile.begin(), keyFile.end());
    const auto secretLine = keyText.substr(keyText.find("AGE-SECRET-KEY-1"));
    const auto identity = crypto::age::X25519Identity::parse(secretLine.substr(0, secretLine.find('\n')));
    for (std::size_t size : {std::size_t{0}, std::size_t{5}, std::size_t{65536}, std::size_t{300000}}) {
        const auto plain = test::randomBytes(size);
        test::writeFile(tmp / "plain", plain);
        const auto r = run({"/usr/bin/age", "-e", "-r", identity.recipient().toString(), "-o",
                            (tmp / "file.age").string(), (tmp / "plain").string()});
        REQUIRE(r.exitCode == 0);
        const auto file = test::readAll(tmp / "file.age");
        crypto::MemorySource src(file);
        const crypto::age::Identity* ids[] = {&identity};
        crypto::age::Decryptor dec(src, ids);
        std::vector<std::uint8_t> out(size + 1);
        out.resize(crypto::readFull(dec, out));
        INFO("size " << size);
        CHECK(out == plain);
    }
}

TEST_CASE("armored files of age -a are read by Custodia", "[age][interop][armor]") {
    test::TempDir tmp;
    const auto identity = crypto::age::X25519Identity::generate();
    const auto plain = test::randomBytes(100000);
    test::writeFile(tmp / "plain", plain);
    REQUIRE(run({"/usr/bin/age", "-a", "-e", "-r", identity.recipient().toString(), "-o", (tmp / "f.age").string(),
                 (tmp / "plain").string()})
                .exitCode == 0);
    const auto file = test::readAll(tmp / "f.age");
    crypto::MemorySource src(file);
    crypto::age::ArmorReader armor(src);
    const crypto::age::Identity* ids[] = {&identity};
    crypto::age::Decryptor dec(armor, ids);
    std::vector<std::uint8_t> out(plain.size() + 1);
    out.resize(crypto::readFull(dec, out));
    CHECK(out == plain);
}
