// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestVault.h"
#include "vault/Cases.h"
#include "vault/Error.h"
#include "vault/Ingest.h"
#include "vault/Interviews.h"
#include "vault/Items.h"
#include "vault/Persons.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

using namespace custodia;
using namespace custodia::vault;
namespace fs = std::filesystem;

using test::codeOf;

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
              (void)Vault::unlock(tv.tmp.path(), "ref", crypto::SecureBuffer::copyOf("x"), Vault::Secret::Passphrase,
                                  tv.clock);
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
        auto v =
            Vault::unlock(tv.dir, "ds", crypto::SecureBuffer::copyOf(typed), Vault::Secret::RecoveryCode, tv.clock);
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

TEST_CASE("only a dirigente or referente may add users, names are checked", "[vault]") {
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

TEST_CASE("users, roles and keys come from the catalog, an edited custodia.json is repaired and logged", "[vault]") {
    test::TestVault tv;
    {
        auto v = tv.unlock("ds");
        v.addUser("prof.verdi", "Luca Verdi", Role::Docente, crypto::SecureBuffer::copyOf("docente passphrase"),
                  test::kTestWorkFactor);
    }
    auto h = VaultHeader::read(tv.dir);
    // By id: the header lists users in the catalog's order once a session rewrote it.
    auto user = [&](const std::string& id) -> UserInfo& {
        return *std::find_if(h.users.begin(), h.users.end(), [&](const UserInfo& u) { return u.id == id; });
    };
    user("ref").publicKey[0] ^= 1;
    user("prof.verdi").role = Role::Dirigente;  // a docente promotes themself in the public file
    h.write(tv.dir);
    auto v = Vault::unlock(tv.dir, "prof.verdi", crypto::SecureBuffer::copyOf("docente passphrase"),
                           Vault::Secret::Passphrase, tv.clock);
    CHECK(v.actor().role == Role::Docente);
    CHECK(codeOf([&] { (void)items::exportIdentity(v, "00000000"); }) == Error::Code::PermissionDenied);
    const auto repaired = VaultHeader::read(tv.dir);
    CHECK(repaired.findUser("prof.verdi")->role == Role::Docente);
    CHECK(repaired.findUser("ref")->publicKey == v.header().findUser("ref")->publicKey);
    const auto all = v.log().entries();
    const auto entry =
        std::find_if(all.begin(), all.end(), [](const LogEntry& e) { return e.action == "vault.header_repaired"; });
    REQUIRE(entry != all.end());
    // In the catalog's order (created_at, then id: the test clock gives all three the same time).
    CHECK(entry->details["users"] == nlohmann::json({"prof.verdi", "ref"}));
}

TEST_CASE("a docente acquires and writes memos but sees no case contents, refusals are logged", "[vault][R2]") {
    test::TestVault tv;
    {
        auto v = tv.unlock("ds");
        v.addUser("prof.verdi", "Luca Verdi", Role::Docente, crypto::SecureBuffer::copyOf("docente passphrase"),
                  test::kTestWorkFactor);
        (void)cases::create(v, {"Caso", std::nullopt, std::nullopt, false, std::nullopt});
    }
    auto d = Vault::unlock(tv.dir, "prof.verdi", crypto::SecureBuffer::copyOf("docente passphrase"),
                           Vault::Secret::Passphrase, tv.clock);
    CHECK(cases::listForUser(d).size() == 1);
    test::writeFile(tv.tmp / "foto.jpg", test::randomBytes(1000));
    Acquisition a;
    a.consent = "si";
    const Item item = ingestFile(d, 1, tv.tmp / "foto.jpg", a, R6Answer::NotSexualContentOfMinors, {});
    CHECK(item.consent == "yes");
    Interview i;
    i.caseId = 1;
    i.heldAt = "2026-01-15T08:00:00Z";
    i.heldBy = "Luca Verdi";
    i.memo = "Lo studente racconta.";
    CHECK_NOTHROW(interviews::add(d, i));
    CHECK(codeOf([&] { (void)cases::view(d, 1); }) == Error::Code::PermissionDenied);
    CHECK(codeOf([&] { (void)persons::listForUser(d, 1); }) == Error::Code::PermissionDenied);
    CHECK(codeOf([&] { (void)items::listForUser(d, 1); }) == Error::Code::PermissionDenied);
    CHECK(codeOf([&] { (void)items::view(d, item.id); }) == Error::Code::PermissionDenied);
    CHECK(codeOf([&] { (void)d.viewLog(std::nullopt); }) == Error::Code::PermissionDenied);
    CHECK(codeOf([&] { cases::close(d, 1, std::nullopt); }) == Error::Code::PermissionDenied);
    const auto last = *d.log().last();
    CHECK(last.action == "access.denied");
    CHECK(last.details["what"] == "close cases");
}

TEST_CASE("the DS can replace the recovery code, the old one stops working", "[vault]") {
    test::TestVault tv;
    std::string fresh;
    {
        auto ref = tv.unlock();
        CHECK(codeOf([&] { (void)ref.renewRecoveryCode(test::kTestWorkFactor); }) == Error::Code::PermissionDenied);
    }
    {
        auto ds = tv.unlock("ds");
        fresh = std::string(ds.renewRecoveryCode(test::kTestWorkFactor).view());
    }
    CHECK(fresh != tv.recoveryCode);
    CHECK(codeOf([&] {
              (void)Vault::unlock(tv.dir, "ref", crypto::SecureBuffer::copyOf(tv.recoveryCode),
                                  Vault::Secret::RecoveryCode, tv.clock);
          }) == Error::Code::WrongPassphrase);
    CHECK_NOTHROW(
        Vault::unlock(tv.dir, "ref", crypto::SecureBuffer::copyOf(fresh), Vault::Secret::RecoveryCode, tv.clock));
}

TEST_CASE("a stray directory in blobs/.incoming does not stop the vault from opening", "[vault]") {
    test::TestVault tv;
    fs::create_directory(tv.dir / "blobs" / ".incoming" / "something");
    CHECK_NOTHROW(tv.unlock());
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
