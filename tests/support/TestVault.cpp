// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestVault.h"

#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace custodia::test {

namespace fs = std::filesystem;

TempDir::TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "custodia-test-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    path_ = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
}

vault::Seconds testEpoch() {
    using namespace std::chrono;
    return sys_days{year{2026} / January / 15} + hours{9};
}

TestVault::TestVault(bool withDs) : dir(tmp / "vault"), clock(testEpoch()) {
    auto created =
        vault::Vault::create({dir, "Istituto Comprensivo di Prova", "ref", "Maria Rossi", vault::Role::Referente,
                              crypto::SecureBuffer::copyOf(kPassphrase), kTestWorkFactor},
                             clock);
    recoveryCode = std::string(created.recoveryCode.view());
    if (withDs) {
        created.vault.addUser("ds", "Giuseppe Bianchi", vault::Role::Dirigente,
                              crypto::SecureBuffer::copyOf(kDsPassphrase), kTestWorkFactor);
    }
}

vault::Vault TestVault::unlock(const std::string& user) {
    return vault::Vault::unlock(dir, user, crypto::SecureBuffer::copyOf(user == "ds" ? kDsPassphrase : kPassphrase),
                                vault::Vault::Secret::Passphrase, clock);
}

vault::Error::Code codeOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const vault::Error& e) {
        return e.code();
    }
    FAIL("no error");
    return vault::Error::Code::InvalidInput;
}

std::vector<std::uint8_t> randomBytes(std::size_t n) {
    std::vector<std::uint8_t> v(n);
    crypto::randomBytes(v);
    return v;
}

void writeFile(const fs::path& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

void writeFile(const fs::path& path, const std::string& text) {
    writeFile(path, std::vector<std::uint8_t>(text.begin(), text.end()));
}

std::vector<std::uint8_t> readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string sha256Hex(const std::vector<std::uint8_t>& bytes) {
    return crypto::toHex(crypto::Sha256::of(bytes));
}

}  // namespace custodia::test
