// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestVault.h"
#include "vault/Error.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

using namespace custodia;
using namespace custodia::vault;
namespace fs = std::filesystem;

namespace {
Error::Code codeOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("no error");
    return Error::Code::InvalidInput;
}
}  // namespace

TEST_CASE("a new vault has exactly the layout of DESIGN.md", "[vault]") {
    test::TestVault tv;
    CHECK(fs::is_regular_file(tv.dir / "custodia.json"));
    CHECK(fs::is_regular_file(tv.dir / "keys" / "ref.age"));
    CHECK(fs::is_regular_file(tv.dir / "keys" / "ds.age"));
    CHECK(fs::is_regular_file(tv.dir / "keys" / "recovery.age"));
    CHECK(fs::is_regular_file(tv.dir / "catalog.db"));
    CHECK(fs::is_directory(tv.dir / "blobs"));
    const auto h = VaultHeader::read(tv.dir);
    CHECK(h.school == "Istituto Comprensivo di Prova");
    CHECK(h.vaultId.size() == 32);
    REQUIRE(h.users.size() == 2);
    CHECK(h.users[0].id == "ref");
    CHECK(h.users[1].role == Role::Dirigente);
}

TEST_CASE("the passphrase unlocks, a wrong one says so and changes nothing", "[vault]") {
    test::TestVault tv;
    const auto before = test::readAll(tv.dir / "catalog.db");
    CHECK(codeOf([&] {
              (void)Vault::unlock(tv.dir, "ref", crypto::SecureBuffer::copyOf("wrong"), Vault::Secret::Passphrase,
                                  tv.clock);
          }) == Error::Code::WrongPassphrase);
    CHECK(test::readAll(tv.dir / "catalog.db") == before);
    auto v = tv.unlock();
    CHECK(v.actor().id == "ref");
    CHECK(v.actor().displayName == "Maria Rossi");
}

TEST_CASE("an unknown user or a folder that is not a vault is a clear error", "[vault]") {
    test::TestVault tv;
    CHECK(codeOf([&] {
              (void)Vault::unlock(tv.dir, "nobody", crypto::SecureBuffer::copyOf("x"), Vault::Secret::Passphrase,
                                  tv.clock);
          }) == Error::Code::NotFound);
    CHECK(codeOf([&] {
              (void)Vault::unlock(tv.tmp.path(), "ref", crypto::SecureBuffer::copyOf("x"),
                                  Vault::Secret::Passphrase, tv.clock);
          }) == Error::Code::NotFound);
}

TEST_CASE("a second process cannot open a vault that is open", "[vault]") {
    test::TestVault tv;
    auto v = tv.unlock();
    CHECK(codeOf([&] { (void)tv.unlock("ds"); }) == Error::Code::Busy);
    v.close();
    CHECK_NOTHROW(tv.unlock("ds"));
}

TEST_CASE("the recovery code unlocks as a user, is logged, and resets the passphrase", "[vault]") {
    test::TestVault tv;
    {
        std::string typed = tv.recoveryCode;
        for (char& c : typed) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        auto v = Vault::unlock(tv.dir, "ds", crypto::SecureBuffer::copyOf(typed), Vault::Secret::RecoveryCode,
                               tv.clock);
        CHECK(v.log().last()->action == "vault.recovery_unlock");
        v.changePassphrase(crypto::SecureBuffer::copyOf("a brand new passphrase"), test::kTestWorkFactor);
    }
    CHECK(codeOf([&] { (void)tv.unlock("ds"); }) == Error::Code::WrongPassphrase);
    CHECK_NOTHROW(Vault::unlock(tv.dir, "ds", crypto::SecureBuffer::copyOf("a brand new passphrase"),
                                Vault::Secret::Passphrase, tv.clock));
    CHECK(codeOf([&] {
              (void)Vault::unlock(tv.dir, "ds", crypto::SecureBuffer::copyOf("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"),
                                  Vault::Secret::RecoveryCode, tv.clock);
          }) == Error::Code::WrongPassphrase);
}

TEST_CASE("only a dirigente or referente may add users; names are checked", "[vault]") {
    test::TestVault tv;
    {
        auto v = tv.unlock("ds");
        v.addUser("prof.verdi", "Luca Verdi", Role::Docente, crypto::SecureBuffer::copyOf("docente passphrase"),
                  test::kTestWorkFactor);
        CHECK(codeOf([&] {
                  v.addUser("prof.verdi", "", Role::Docente, crypto::SecureBuffer::copyOf("x"), test::kTestWorkFactor);
              }) == Error::Code::AlreadyExists);
        CHECK(codeOf([&] {
                  v.addUser("Bad Name", "", Role::Docente, crypto::SecureBuffer::copyOf("x"), test::kTestWorkFactor);
              }) == Error::Code::InvalidInput);
        CHECK(codeOf([&] {
                  v.addUser("recovery", "", Role::Docente, crypto::SecureBuffer::copyOf("x"), test::kTestWorkFactor);
              }) == Error::Code::InvalidInput);
    }
    auto d = Vault::unlock(tv.dir, "prof.verdi", crypto::SecureBuffer::copyOf("docente passphrase"),
                           Vault::Secret::Passphrase, tv.clock);
    CHECK(codeOf([&] {
              d.addUser("other", "", Role::Docente, crypto::SecureBuffer::copyOf("x"), test::kTestWorkFactor);
          }) == Error::Code::PermissionDenied);
    CHECK_FALSE(fs::exists(tv.dir / "keys" / "other.age"));
}

TEST_CASE("a user added by a command cut off before custodia.json was rewritten reappears", "[vault]") {
    test::TestVault tv(false);
    const auto headerBefore = test::readAll(tv.dir / "custodia.json");
    {
        auto v = tv.unlock();
        v.addUser("ds", "DS", Role::Dirigente, crypto::SecureBuffer::copyOf(test::kDsPassphrase),
                  test::kTestWorkFactor);
    }
    test::writeFile(tv.dir / "custodia.json", headerBefore);  // as if the last write never happened
    auto v = tv.unlock();
    CHECK(v.header().findUser("ds") != nullptr);
    CHECK(VaultHeader::read(tv.dir).findUser("ds") != nullptr);
}

TEST_CASE("a key in custodia.json that differs from the catalog is refused", "[vault]") {
    test::TestVault tv;
    auto h = VaultHeader::read(tv.dir);
    h.users[0].publicKey[0] ^= 1;
    h.write(tv.dir);
    CHECK(codeOf([&] { (void)tv.unlock(); }) == Error::Code::Integrity);
}

TEST_CASE("creating a vault where one exists is refused", "[vault]") {
    test::TestVault tv;
    CHECK(codeOf([&] {
              (void)Vault::create({tv.dir, "School", "x", "", Role::Referente,
                                   crypto::SecureBuffer::copyOf("passphrase"), test::kTestWorkFactor},
                                  tv.clock);
          }) == Error::Code::AlreadyExists);
}

TEST_CASE("a damaged keyslot is an integrity error, not a wrong passphrase", "[vault]") {
    test::TestVault tv;
    auto slot = test::readAll(tv.dir / "keys" / "ref.age");
    slot[slot.size() - 5] ^= 0x20;
    test::writeFile(tv.dir / "keys" / "ref.age", slot);
    CHECK(codeOf([&] { (void)tv.unlock(); }) == Error::Code::Integrity);
    CHECK_NOTHROW(tv.unlock("ds"));
}

TEST_CASE("a catalog from another vault (wrong key) is reported as such", "[vault]") {
    test::TestVault a, b;
    fs::copy_file(b.dir / "catalog.db", a.dir / "catalog.db", fs::copy_options::overwrite_existing);
    try {
        (void)a.unlock();
        FAIL("opened");
    } catch (const Error& e) {
        CHECK(e.code() == Error::Code::Integrity);
        CHECK(std::string(e.what()).find("cannot be decrypted") != std::string::npos);
    }
}
