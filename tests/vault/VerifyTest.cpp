// SPDX-License-Identifier: GPL-3.0-or-later
// Tampering of every kind is found by verify(), which names the first bad
// entry or the item, and why.
#include "crypto/Age.h"
#include "support/TestVault.h"
#include "vault/Cases.h"
#include "vault/Error.h"
#include "vault/Ingest.h"
#include "vault/Verify.h"

#include <catch2/catch.hpp>

using namespace custodia;
using namespace custodia::vault;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    test::TestVault tv;
    std::string itemId;
    Fixture() {
        auto v = tv.unlock();
        const auto c = cases::create(v, {"Caso", std::nullopt, std::nullopt, false, std::nullopt});
        test::writeFile(tv.tmp / "photo.jpg", test::randomBytes(200000));
        Acquisition a;
        a.consent = "yes";
        itemId = ingestFile(v, c.id, tv.tmp / "photo.jpg", a, R6Answer::NotSexualContentOfMinors, {}).id;
        for (int i = 0; i < 5; ++i) {
            (void)v.record({"test.filler", c.id, std::nullopt, {{"i", i}}});
        }
    }
    VerifyReport verify(bool decrypt = true) {
        auto v = tv.unlock();
        return vault::verify(v, {decrypt, nullptr});
    }
    void sql(const std::string& statement) {
        auto v = tv.unlock();
        v.db().exec(statement);
    }
};

}  // namespace

TEST_CASE("an untouched vault verifies", "[verify]") {
    Fixture f;
    const auto r = f.verify();
    CHECK(r.ok());
    CHECK(r.blobsChecked == 1);
    CHECK(r.entries > 8);
}

TEST_CASE("an edited log entry is reported with its number", "[verify]") {
    Fixture f;
    f.sql("UPDATE log_entries SET details = '{\"i\":99}' WHERE seq = 8");
    const auto r = f.verify();
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.front().kind == VerifyReport::Kind::AlteredEntry);
    CHECK(r.problems.front().seq == 8);
}

TEST_CASE("an entry re-hashed after editing fails its signature", "[verify]") {
    Fixture f;
    {
        auto v = f.tv.unlock();
        auto e = *v.log().entry(8);
        e.details = {{"i", 42}};
        e.rawDetails = e.details.dump();
        const auto h = computeEntryHash(e);
        v.db()
            .prepare("UPDATE log_entries SET details = ?1, entry_hash = ?2 WHERE seq = 8")
            .bind(1, e.details.dump())
            .bindBlob(2, h)
            .run();
    }
    const auto r = f.verify();
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.front().kind == VerifyReport::Kind::BadSignature);
    CHECK(r.problems.front().seq == 8);
    // ...and the next entry no longer chains to it.
    CHECK(std::any_of(r.problems.begin(), r.problems.end(),
                      [](const auto& p) { return p.kind == VerifyReport::Kind::BrokenChain && p.seq == 9; }));
}

TEST_CASE("a deleted entry in the middle breaks the chain", "[verify]") {
    Fixture f;
    f.sql("DELETE FROM log_entries WHERE seq = 6");
    const auto r = f.verify();
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.front().kind == VerifyReport::Kind::BrokenChain);
    CHECK(r.problems.front().seq == 7);
}

TEST_CASE("entries cut from the end are caught by a signed tree head", "[verify]") {
    Fixture f;
    f.sql("DELETE FROM log_entries WHERE seq > 5");
    const auto r = f.verify();
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.front().kind == VerifyReport::Kind::BadTreeHead);
    CHECK(r.problems.front().message.find("removed") != std::string::npos);
}

TEST_CASE("an entry signed by nobody known is reported", "[verify]") {
    Fixture f;
    f.sql("UPDATE log_entries SET actor = 'intruder' WHERE seq = 9");
    const auto r = f.verify();
    REQUIRE_FALSE(r.ok());
    // Changing the actor changes the hash first: the entry is altered.
    CHECK(r.problems.front().seq == 9);
}

TEST_CASE("time going backwards between entries is reported", "[verify]") {
    Fixture f;
    {
        auto v = f.tv.unlock();
        auto e = *v.log().entry(9);
        e.time = "2020-01-01T00:00:00Z";
        v.db().prepare("UPDATE log_entries SET time = ?1 WHERE seq = 9").bind(1, e.time).run();
    }
    const auto r = f.verify();
    CHECK(std::any_of(r.problems.begin(), r.problems.end(),
                      [](const auto& p) { return p.kind == VerifyReport::Kind::TimeBackwards && p.seq == 9; }));
}

TEST_CASE("a flipped byte, a truncation or a deletion of a blob names the item", "[verify]") {
    Fixture f;
    const auto path = f.tv.dir / "blobs" / f.itemId.substr(0, 2) / (f.itemId + ".age");
    auto bytes = test::readAll(path);
    SECTION("flipped byte") {
        bytes[bytes.size() / 2] ^= 0x01;
        test::writeFile(path, bytes);
        const auto r = f.verify();
        REQUIRE_FALSE(r.ok());
        CHECK(r.problems.front().kind == VerifyReport::Kind::AlteredBlob);
        CHECK(r.problems.front().itemId == f.itemId);
    }
    SECTION("truncated") {
        bytes.resize(bytes.size() - 1000);
        test::writeFile(path, bytes);
        const auto r = f.verify(false);  // even the quick check sees the size
        REQUIRE_FALSE(r.ok());
        CHECK(r.problems.front().itemId == f.itemId);
    }
    SECTION("deleted") {
        fs::remove(path);
        const auto r = f.verify();
        REQUIRE_FALSE(r.ok());
        CHECK(r.problems.front().kind == VerifyReport::Kind::MissingBlob);
        CHECK(r.problems.front().message.find(f.itemId) != std::string::npos);
    }
}

TEST_CASE("a flipped byte inside a blob is caught by the full check, --quick checks presence and size", "[verify]") {
    Fixture f;
    const auto path = f.tv.dir / "blobs" / f.itemId.substr(0, 2) / (f.itemId + ".age");
    auto bytes = test::readAll(path);
    bytes[bytes.size() - 10] ^= 0x04;
    test::writeFile(path, bytes);
    CHECK(f.verify(false).ok());
    const auto r = f.verify(true);
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.front().kind == VerifyReport::Kind::AlteredBlob);
    CHECK(r.problems.front().itemId == f.itemId);
}

TEST_CASE("a catalog whose item hash was edited disagrees with the signed acquisition", "[verify]") {
    Fixture f;
    f.sql("UPDATE items SET sha256 = '" + std::string(64, 'a') + "'");
    for (bool decrypt : {false, true}) {
        const auto r = f.verify(decrypt);
        REQUIRE_FALSE(r.ok());
        CHECK(r.problems.front().kind == VerifyReport::Kind::AlteredItem);
        CHECK(r.problems.front().itemId == f.itemId);
    }
}

TEST_CASE("evidence replaced together with every catalog field is caught by the signed acquisition entry", "[verify]") {
    Fixture f;
    // Replace the evidence: a new file encrypted to a new key, and a catalog
    // row rewritten to match it, as someone holding the master key could.
    crypto::MemorySink sink;
    const auto fake = test::randomBytes(1234);
    const auto id = crypto::age::X25519Identity::generate();
    {
        const auto recipient = id.recipient();
        const crypto::age::Recipient* rs[] = {&recipient};
        crypto::age::Encryptor enc(sink, rs);
        enc.write(fake);
        enc.finish();
    }
    const auto path = f.tv.dir / "blobs" / f.itemId.substr(0, 2) / (f.itemId + ".age");
    test::writeFile(path, sink.data);
    {
        auto v = f.tv.unlock();
        v.db()
            .prepare("UPDATE items SET sha256 = ?1, size = ?2, blob_size = ?3, age_identity = ?4")
            .bind(1, test::sha256Hex(fake))
            .bind(2, std::int64_t{1234})
            .bind(3, static_cast<std::int64_t>(sink.data.size()))
            .bind(4, id.toString().view())
            .run();
    }
    const auto r = f.verify();
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.front().kind == VerifyReport::Kind::AlteredItem);
    CHECK(r.problems.front().message.find("signed at acquisition") != std::string::npos);
}

TEST_CASE("an item added to the catalog by hand, or removed from it, is reported", "[verify]") {
    Fixture f;
    SECTION("added") {
        f.sql(
            "INSERT INTO items (id, case_id, kind, acquired_at, acquired_by, method, consent) VALUES "
            "('ffffffffffffffffffffffffffffffff', 1, 'physical', '2026-01-15T09:00:00Z', 'ref', 'physical', "
            "'not-applicable')");
        const auto r = f.verify();
        REQUIRE_FALSE(r.ok());
        CHECK(r.problems.front().kind == VerifyReport::Kind::UnsignedItem);
    }
    SECTION("removed") {
        f.sql("DELETE FROM items");
        const auto r = f.verify();
        REQUIRE_FALSE(r.ok());
        CHECK(r.problems.front().kind == VerifyReport::Kind::MissingItem);
        CHECK(r.problems.front().itemId == f.itemId);
    }
}

TEST_CASE("a damaged catalog page is never reported as verified", "[verify]") {
    Fixture f;
    const auto db = f.tv.dir / "catalog.db";
    auto bytes = test::readAll(db);
    REQUIRE(bytes.size() > 8 * 1024);
    bytes[bytes.size() - 1024 - 200] ^= 0x40;  // inside the last page but one
    test::writeFile(db, bytes);
    try {
        const auto r = f.verify();
        REQUIRE_FALSE(r.ok());
        CHECK(std::any_of(r.problems.begin(), r.problems.end(),
                          [](const auto& p) { return p.kind == VerifyReport::Kind::CatalogDamaged; }));
    } catch (const Error& e) {
        CHECK(e.code() == Error::Code::Integrity);  // or it cannot even be opened
    }
}

TEST_CASE("a role raised in the catalog behind Custodia's back is caught by the signed user.add", "[verify]") {
    Fixture f;
    f.sql("UPDATE users SET role = 'dirigente' WHERE id = 'ref'");
    const auto r = f.verify();
    REQUIRE_FALSE(r.ok());
    CHECK(std::any_of(r.problems.begin(), r.problems.end(), [](const auto& p) {
        return p.kind == VerifyReport::Kind::AlteredUser && p.message.find("'ref'") != std::string::npos;
    }));
}

TEST_CASE("a damaged leftover import is set aside, logged, and shown by verify, the vault still opens",
          "[verify][crash]") {
    Fixture f;
    {
        auto v = f.tv.unlock();
        auto bytes = test::readAll(v.blobPath(f.itemId));
        bytes[bytes.size() - 3] ^= 1;
        test::writeFile(v.incomingPath(f.itemId), bytes);
        fs::remove(v.blobPath(f.itemId));
    }
    auto v = f.tv.unlock();
    CHECK(fs::exists(f.tv.dir / "blobs" / ".incoming" / (f.itemId + ".age.damaged")));
    CHECK(v.log().last()->action == "blob.incomplete_damaged");
    const auto r = vault::verify(v, {true, nullptr});
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.front().kind == VerifyReport::Kind::MissingBlob);
}
