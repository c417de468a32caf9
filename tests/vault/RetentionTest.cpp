// SPDX-License-Identifier: GPL-3.0-or-later
// R11: destruction after the retention period, legal holds, certificates,
// the unattended purge, and proof that crypto-shredding really shreds.
#include "crypto/Age.h"
#include "crypto/Encoding.h"
#include "crypto/Stream.h"
#include "support/TestVault.h"
#include "vault/Blob.h"
#include "vault/Cases.h"
#include "vault/Catalog.h"
#include "vault/Certificates.h"
#include "vault/Error.h"
#include "vault/Holds.h"
#include "vault/Ingest.h"
#include "vault/Items.h"
#include "vault/Retention.h"
#include "vault/RetentionIndex.h"
#include "vault/Time.h"
#include "vault/Verify.h"

#include <openssl/evp.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <set>

using namespace custodia;
using namespace custodia::vault;
using namespace std::chrono;
namespace fs = std::filesystem;

namespace {

using test::codeOf;

Acquisition details() {
    Acquisition a;
    a.consent = "yes";
    a.platform = "WhatsApp";
    a.place = "Gruppo 3B";
    a.postedAt = "2026-01-14T20:00:00Z";
    a.description = "Chat";
    return a;
}

// A vault with one case; items are ingested at the manual clock's time.
struct Fixture {
    test::TestVault tv;
    std::int64_t caseId = 0;
    int files = 0;

    Fixture() {
        auto v = tv.unlock();
        caseId = cases::create(v, {"Caso", std::nullopt, std::nullopt, false, std::nullopt}).id;
    }
    Item ingest(Vault& v) {
        const fs::path p = tv.tmp / ("evidence-" + std::to_string(++files) + ".bin");
        test::writeFile(p, test::randomBytes(5000));
        return ingestFile(v, caseId, p, details(), R6Answer::NotSexualContentOfMinors, {});
    }
    Item ingestAt(Seconds at) {
        tv.clock.set(at);
        auto v = tv.unlock();
        return ingest(v);
    }
    bool exists(const std::string& id) {
        auto v = tv.unlock();
        try {
            (void)items::get(v, id);
            return true;
        } catch (const Error&) {
            return false;
        }
    }
    Seconds dueOf(const Item& i) { return *time::parseUtc(*i.destroyAfter); }
};

Seconds at(int y, unsigned m, unsigned d, int h = 0) {
    return sys_days{year{y} / month{m} / day{d}} + hours{h};
}

}  // namespace

TEST_CASE("six calendar months, the last day of a shorter month kept", "[retention]") {
    // 10:00 in Rome in January (CET) is 10:00 in Rome in July (CEST): 08:00 UTC.
    CHECK(retention::addMonths(at(2026, 1, 15, 9), 6) == at(2026, 7, 15, 8));
    CHECK(retention::addMonths(at(2026, 8, 31, 23), 6) == at(2027, 2, 28, 23));
    CHECK(retention::addMonths(at(2027, 8, 31), 6) == at(2028, 2, 29));
    CHECK(retention::addMonths(at(2026, 10, 1), 3) == at(2027, 1, 1));
    // 31 March 00:30 in Rome is still 30 March in UTC: the Rome calendar's
    // 30 September comes first, never six months and a day.
    CHECK(retention::addMonths(at(2026, 3, 30, 22) + minutes{30}, 6) == at(2026, 9, 29, 22) + minutes{30});
}

TEST_CASE("every item gets its destruction date at acquisition", "[retention]") {
    Fixture f;
    const Item file = f.ingestAt(test::testEpoch());
    CHECK(file.destroyAfter == std::optional<std::string>("2026-07-15T08:00:00Z"));
    auto v = f.tv.unlock();
    const Item physical = items::addPhysical(v, f.caseId, {"Biglietto", "B-1", "Cassaforte", "ds", std::nullopt});
    CHECK(physical.destroyAfter == file.destroyAfter);
    CHECK(items::get(v, file.id).destroyAfter == file.destroyAfter);
}

TEST_CASE("nothing is destroyed one second before the date, everything one second after", "[retention]") {
    Fixture f;
    const Item item = f.ingestAt(test::testEpoch());
    const fs::path blob = f.tv.dir / "blobs" / item.id.substr(0, 2) / (item.id + ".age");

    f.tv.clock.set(f.dueOf(item) - seconds{1});
    {
        auto v = f.tv.unlock();
        CHECK(v.purgedAtUnlock().destroyed.empty());
        CHECK(retention::purgeDue(v, retention::How::Manual, false).destroyed.empty());
        CHECK(retention::outlook(v).dueSoon.size() == 1);
    }
    CHECK(fs::exists(blob));
    CHECK(f.exists(item.id));

    f.tv.clock.set(f.dueOf(item) + seconds{1});
    {
        auto v = f.tv.unlock();
        const auto& r = v.purgedAtUnlock();
        REQUIRE(r.destroyed.size() == 1);
        CHECK(r.destroyed[0].itemId == item.id);
        CHECK(r.destroyed[0].how == "automatic");
        CHECK(r.destroyed[0].destroyedBy == "ref");
        REQUIRE(r.certificateId);
        CHECK(codeOf([&] { (void)items::get(v, item.id); }) == Error::Code::NotFound);
        crypto::MemorySink sink;
        CHECK(codeOf([&] { (void)extract(v, item.id, sink, "test", nullptr); }) == Error::Code::NotFound);
        const auto ts = retention::tombstones(v);
        REQUIRE(ts.size() == 1);
        CHECK(ts[0].sha256 == item.sha256);
        CHECK(ts[0].size == item.size);
        CHECK(ts[0].acquiredAt == item.acquiredAt);
        CHECK(ts[0].blobRemoved);
        CHECK(ts[0].certificateId == r.certificateId);
        const auto log = v.log().entries(std::nullopt);
        CHECK(std::any_of(log.begin(), log.end(),
                          [&](const LogEntry& e) { return e.action == "item.destroyed" && e.itemId == item.id; }));
        const auto report = verify(v, {});
        INFO(report.toJson().dump(2));
        CHECK(report.ok());
    }
    CHECK_FALSE(fs::exists(blob));
}

TEST_CASE("a dry run says what would go and destroys nothing", "[retention]") {
    Fixture f;
    const Item item = f.ingestAt(test::testEpoch());
    f.tv.clock.set(f.dueOf(item) + hours{1});
    auto v = Vault::unlock(f.tv.dir, "ref", crypto::SecureBuffer::copyOf(test::kPassphrase), Vault::Secret::Passphrase,
                           f.tv.clock, false);
    const auto r = retention::purgeDue(v, retention::How::Manual, true);
    REQUIRE(r.destroyed.size() == 1);
    CHECK_FALSE(r.certificateId);
    CHECK_NOTHROW(items::get(v, item.id));
    CHECK(retention::tombstones(v).empty());
}

TEST_CASE("a legal hold keeps due items, releasing it makes them due at once", "[retention][hold]") {
    Fixture f;
    const Item item = f.ingestAt(test::testEpoch());
    std::int64_t holdId = 0;
    f.tv.clock.set(at(2026, 6, 1));
    {
        auto ds = f.tv.unlock("ds");
        const Hold h = holds::place(ds, f.caseId, std::nullopt, "Materiale consegnato alla Polizia Postale",
                                    "prot. 1234/2026", at(2026, 11, 30));
        holdId = h.id;
        CHECK(h.active());
        CHECK(codeOf([&] {
                  (void)holds::place(ds, f.caseId, std::nullopt, "ancora", "prot. 1234/2026", at(2026, 11, 30));
              }) == Error::Code::AlreadyExists);
        CHECK(holds::covers(ds, item));
    }
    f.tv.clock.set(f.dueOf(item) + days{10});
    {
        auto v = f.tv.unlock();
        CHECK(v.purgedAtUnlock().destroyed.empty());
        REQUIRE(v.purgedAtUnlock().held.size() == 1);
        CHECK(v.purgedAtUnlock().held[0].id == item.id);
    }
    CHECK(f.exists(item.id));
    {
        auto ds = f.tv.unlock("ds");
        const Hold renewed = holds::renew(ds, holdId, at(2026, 12, 31), std::string("procedimento in corso"));
        CHECK(renewed.renewals == 1);
        holds::release(ds, holdId, std::string("archiviato"));
        CHECK_FALSE(holds::covers(ds, items::get(ds, item.id)));
        const auto log = ds.log().entries(std::nullopt);
        for (const char* action : {"hold.place", "hold.renew", "hold.release"}) {
            CHECK(std::count_if(log.begin(), log.end(), [&](const LogEntry& e) { return e.action == action; }) == 1);
        }
    }
    // Released: overdue, so the very next unlock destroys it.
    auto v = f.tv.unlock();
    REQUIRE(v.purgedAtUnlock().destroyed.size() == 1);
    CHECK(v.purgedAtUnlock().destroyed[0].itemId == item.id);
}

TEST_CASE("a hold on one item keeps that item only", "[retention][hold]") {
    Fixture f;
    const Item kept = f.ingestAt(test::testEpoch());
    const Item other = f.ingestAt(test::testEpoch() + minutes{5});
    f.tv.clock.set(test::testEpoch() + days{30});
    {
        auto ds = f.tv.unlock("ds");
        (void)holds::place(ds, std::nullopt, kept.id, "Indagini", "RG 55/2026", test::testEpoch() + days{180});
        // In the signed index at once, while the session is still open.
        const auto idx = retention_index::readVerified(f.tv.dir).index;
        const auto it =
            std::find_if(idx.items.begin(), idx.items.end(), [&](const auto& e) { return e.itemId == kept.id; });
        REQUIRE(it != idx.items.end());
        CHECK(it->held);
    }
    f.tv.clock.set(f.dueOf(other) + seconds{1});
    auto v = f.tv.unlock();
    REQUIRE(v.purgedAtUnlock().destroyed.size() == 1);
    CHECK(v.purgedAtUnlock().destroyed[0].itemId == other.id);
    CHECK_NOTHROW(items::get(v, kept.id));
}

TEST_CASE("only a dirigente holds, with a reason, a reference and a review date within 6 months", "[retention][hold]") {
    Fixture f;
    (void)f.ingestAt(test::testEpoch());
    auto ref = f.tv.unlock();
    const Seconds review = test::testEpoch() + days{90};
    CHECK(codeOf([&] { (void)holds::place(ref, f.caseId, std::nullopt, "x", "y", review); }) ==
          Error::Code::PermissionDenied);
    const auto log = ref.log().entries(std::nullopt);
    CHECK(log.back().action == "access.denied");
    ref.close();
    auto ds = f.tv.unlock("ds");
    CHECK(codeOf([&] { (void)holds::place(ds, f.caseId, std::nullopt, "", "y", review); }) ==
          Error::Code::InvalidInput);
    CHECK(codeOf([&] { (void)holds::place(ds, f.caseId, std::nullopt, "x", " ", review); }) ==
          Error::Code::InvalidInput);
    CHECK(codeOf([&] {
              (void)holds::place(ds, f.caseId, std::nullopt, "x", "y",
                                 retention::addMonths(test::testEpoch(), 6) + days{1});
          }) == Error::Code::InvalidInput);
    CHECK(codeOf([&] { (void)holds::place(ds, f.caseId, std::nullopt, "x", "y", test::testEpoch() - days{1}); }) ==
          Error::Code::InvalidInput);
    CHECK(codeOf([&] { (void)holds::place(ds, 99, std::nullopt, "x", "y", review); }) == Error::Code::NotFound);
    CHECK(holds::list(ds, true).empty());
}

TEST_CASE("a shorter retention period applies to every item, longer is refused", "[retention]") {
    Fixture f;
    const Item item = f.ingestAt(test::testEpoch());
    {
        auto ref = f.tv.unlock();
        CHECK(codeOf([&] { retention::setMonths(ref, 3); }) == Error::Code::PermissionDenied);
    }
    auto ds = f.tv.unlock("ds");
    CHECK(codeOf([&] { retention::setMonths(ds, 7); }) == Error::Code::InvalidInput);
    CHECK(codeOf([&] { retention::setMonths(ds, 0); }) == Error::Code::InvalidInput);
    retention::setMonths(ds, 3);
    CHECK(retention::months(ds) == 3);
    CHECK(items::get(ds, item.id).destroyAfter == std::optional<std::string>("2026-04-15T08:00:00Z"));
    const Item later = f.ingest(ds);
    CHECK(later.destroyAfter == std::optional<std::string>("2026-04-15T08:00:00Z"));
}

TEST_CASE("a sealed envelope is destroyed by a person, who confirms it", "[retention][r9]") {
    Fixture f;
    f.tv.clock.set(test::testEpoch());
    std::string id;
    {
        auto v = f.tv.unlock();
        id = items::addPhysical(v, f.caseId, {"Biglietto", "B-7", "Cassaforte DS", "ds", std::nullopt}).id;
        CHECK(codeOf([&] { (void)retention::confirmPhysicalDestroyed(v, id); }) == Error::Code::InvalidInput);
    }
    f.tv.clock.set(retention::addMonths(test::testEpoch(), 6) + hours{1});
    auto v = f.tv.unlock();
    CHECK(v.purgedAtUnlock().destroyed.empty());
    REQUIRE(v.purgedAtUnlock().physicalToDestroy.size() == 1);
    CHECK(retention::outlook(v).physicalToDestroy.size() == 1);
    const Tombstone t = retention::confirmPhysicalDestroyed(v, id);
    CHECK(t.sealNumber == std::optional<std::string>("B-7"));
    CHECK(t.how == "manual");
    CHECK(t.certificateId);
    CHECK(retention::outlook(v).physicalToDestroy.empty());
    CHECK(verify(v, {}).ok());
}

TEST_CASE("the certificate lists exactly what was destroyed, with the signed tree head", "[retention][certificate]") {
    Fixture f;
    const Item a = f.ingestAt(test::testEpoch());
    const Item b = f.ingestAt(test::testEpoch() + minutes{1});
    const Item c = f.ingestAt(test::testEpoch() + days{20});  // not yet due
    f.tv.clock.set(f.dueOf(b) + hours{1});
    auto v = f.tv.unlock();
    const auto& r = v.purgedAtUnlock();
    REQUIRE(r.certificateId);
    const Certificate cert = certificates::get(v, *r.certificateId);
    std::set<std::string> listed;
    for (const auto& i : cert.content["items"]) {
        listed.insert(i["item"].get<std::string>());
        CHECK(i["sha256"] == (i["item"] == a.id ? *a.sha256 : *b.sha256));
    }
    CHECK(listed == std::set<std::string>{a.id, b.id});
    CHECK(cert.content["school"] == "Istituto Comprensivo di Prova");
    CHECK(cert.content["vault_id"] == v.header().vaultId);
    const auto head = cert.content["tree_head"];
    // The head commits to both destruction entries.
    const auto log = v.log().entries(std::nullopt);
    std::int64_t lastDestroyed = 0;
    for (const auto& e : log) {
        if (e.action == "item.destroyed") {
            lastDestroyed = e.seq;
        }
    }
    CHECK(head["tree_size"].get<std::int64_t>() >= lastDestroyed);
    CHECK(log.back().action == "certificate.create");
    CHECK(verify(v, {}).ok());
    CHECK_NOTHROW(items::get(v, c.id));
    CHECK(certificates::list(v).size() == 1);
}

TEST_CASE("log verify notices a certificate or tombstone changed behind Custodia's back", "[retention][verify]") {
    Fixture f;
    const Item item = f.ingestAt(test::testEpoch());
    f.tv.clock.set(f.dueOf(item) + hours{1});
    auto v = f.tv.unlock();
    REQUIRE(v.purgedAtUnlock().certificateId);
    SECTION("certificate") {
        v.db().exec("UPDATE certificates SET json = replace(json, 'Prova', 'Altra')");
        const auto r = verify(v, {});
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].kind == VerifyReport::Kind::AlteredCertificate);
    }
    SECTION("tombstone hash") {
        v.db().exec("UPDATE tombstones SET sha256 = '00'");
        const auto r = verify(v, {});
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].kind == VerifyReport::Kind::AlteredItem);
    }
    SECTION("tombstone removed: the item is missing") {
        v.db().exec("DELETE FROM tombstones");
        const auto r = verify(v, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.problems[0].kind == VerifyReport::Kind::AlteredItem);
    }
}

TEST_CASE("an item deleted from the catalog without a signed destruction is still missing", "[retention][verify]") {
    Fixture f;
    const Item item = f.ingestAt(test::testEpoch());
    auto v = f.tv.unlock();
    v.db().exec(
        "INSERT INTO tombstones (item_id, case_id, kind, acquired_at, acquired_by, destroyed_at, how, "
        "destroyed_by) SELECT id, case_id, kind, acquired_at, acquired_by, acquired_at, 'manual', 'ref' "
        "FROM items");
    v.db().exec("DELETE FROM items");
    const auto r = verify(v, {});
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].kind == VerifyReport::Kind::MissingItem);
    CHECK(r.problems[0].itemId == item.id);
}

// ---- the unattended purge ---------------------------------------------------

namespace {

std::string readText(const fs::path& p) {
    std::ifstream in(p);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("the unattended purge destroys due blobs without a passphrase, the next unlock completes it",
          "[retention][unattended]") {
    Fixture f;
    const Item due = f.ingestAt(test::testEpoch());
    const Item notYet = f.ingestAt(test::testEpoch() + days{40});
    REQUIRE(fs::exists(f.tv.dir / retention_index::kIndexFile));
    const Seconds now = f.dueOf(due) + days{1};

    const auto dry = retention_index::purgeUnattended(f.tv.dir, now, true);
    CHECK(dry.destroyed == std::vector<std::string>{due.id});
    CHECK(fs::exists(f.tv.dir / "blobs" / due.id.substr(0, 2) / (due.id + ".age")));

    const auto r = retention_index::purgeUnattended(f.tv.dir, now, false);
    CHECK(r.destroyed == std::vector<std::string>{due.id});
    CHECK(r.pinned);
    CHECK_FALSE(fs::exists(f.tv.dir / "blobs" / due.id.substr(0, 2) / (due.id + ".age")));
    CHECK(fs::exists(f.tv.dir / "blobs" / notYet.id.substr(0, 2) / (notYet.id + ".age")));
    CHECK(fs::exists(f.tv.dir / retention_index::kJournalFile));
    // Run again: nothing more to do.
    CHECK(retention_index::purgeUnattended(f.tv.dir, now, false).destroyed.empty());

    f.tv.clock.set(now + hours{2});
    auto v = f.tv.unlock();
    CHECK_FALSE(fs::exists(f.tv.dir / retention_index::kJournalFile));
    const auto ts = retention::tombstones(v);
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].itemId == due.id);
    CHECK(ts[0].how == "unattended");
    CHECK(ts[0].destroyedBy == "scheduler");
    CHECK(ts[0].certificateId);
    CHECK_NOTHROW(items::get(v, notYet.id));
    const auto report = verify(v, {});
    INFO(report.toJson().dump(2));
    CHECK(report.ok());
}

TEST_CASE("the unattended purge refuses a forged, altered or replayed index and deletes nothing",
          "[retention][unattended]") {
    Fixture f;
    const Item item = f.ingestAt(test::testEpoch());
    const fs::path blob = f.tv.dir / "blobs" / item.id.substr(0, 2) / (item.id + ".age");
    const fs::path index = f.tv.dir / retention_index::kIndexFile;
    const Seconds early = test::testEpoch() + days{10};
    const std::string original = readText(index);

    SECTION("a date moved earlier") {
        std::string forged = original;
        const auto pos = forged.find(*item.destroyAfter);
        REQUIRE(pos != std::string::npos);
        forged.replace(pos, item.destroyAfter->size(), "2026-01-16T00:00:00Z");
        test::writeFile(index, forged);
        CHECK(codeOf([&] { (void)retention_index::purgeUnattended(f.tv.dir, early, false); }) ==
              Error::Code::Integrity);
    }
    SECTION("re-signed by a key that is not a user's") {
        auto idx = retention_index::Index::parse(original);
        idx.items[0].destroyAfter = "2026-01-16T00:00:00Z";
        const auto key = crypto::Ed25519KeyPair::generate();
        idx.signatureHex = crypto::toHex(key.sign(crypto::asBytes(idx.signedText())));
        test::writeFile(index, idx.toJson());
        CHECK(codeOf([&] { (void)retention_index::purgeUnattended(f.tv.dir, early, false); }) ==
              Error::Code::Integrity);
    }
    SECTION("custodia.json given a new key for the signer: this computer knows the old one") {
        const auto key = crypto::Ed25519KeyPair::generate();
        auto header = VaultHeader::read(f.tv.dir);
        std::string text = readText(f.tv.dir / "custodia.json");
        const std::string oldKey = crypto::toHex(header.findUser("ref")->publicKey);
        text.replace(text.find(oldKey), oldKey.size(), crypto::toHex(key.publicKey()));
        test::writeFile(f.tv.dir / "custodia.json", text);
        auto idx = retention_index::Index::parse(original);
        idx.items[0].destroyAfter = "2026-01-16T00:00:00Z";
        idx.signatureHex = crypto::toHex(key.sign(crypto::asBytes(idx.signedText())));
        test::writeFile(index, idx.toJson());
        CHECK(codeOf([&] { (void)retention_index::purgeUnattended(f.tv.dir, early, false); }) ==
              Error::Code::Integrity);
    }
    SECTION("an older index replayed to undo a hold") {
        f.tv.clock.set(test::testEpoch() + days{30});
        {
            auto ds = f.tv.unlock("ds");
            (void)holds::place(ds, f.caseId, std::nullopt, "Indagini", "RG 1/2026", test::testEpoch() + days{170});
        }
        CHECK(readText(index) != original);
        CHECK(retention_index::purgeUnattended(f.tv.dir, f.dueOf(item) + days{1}, false).held ==
              std::vector<std::string>{item.id});
        test::writeFile(index, original);
        CHECK(codeOf([&] { (void)retention_index::purgeUnattended(f.tv.dir, f.dueOf(item) + days{1}, false); }) ==
              Error::Code::Integrity);
    }
    SECTION("not JSON at all") {
        test::writeFile(index, std::string("{\"format\": "));
        CHECK(codeOf([&] { (void)retention_index::purgeUnattended(f.tv.dir, early, false); }) ==
              Error::Code::Integrity);
    }
    SECTION("an item id that would leave the vault folder") {
        auto idx = retention_index::Index::parse(original);
        idx.items[0].itemId = "../../../../../../../../etc/xx";
        CHECK_THROWS_AS(retention_index::Index::parse(idx.toJson()), Error);
    }
    CHECK(fs::exists(blob));
    CHECK_FALSE(fs::exists(f.tv.dir / retention_index::kJournalFile));
}

TEST_CASE("the unattended purge never destroys before the date or what is held", "[retention][unattended]") {
    Fixture f;
    const Item item = f.ingestAt(test::testEpoch());
    CHECK(retention_index::purgeUnattended(f.tv.dir, f.dueOf(item) - seconds{1}, false).destroyed.empty());
    f.tv.clock.set(test::testEpoch() + days{1});
    {
        auto ds = f.tv.unlock("ds");
        (void)holds::place(ds, std::nullopt, item.id, "Indagini", "RG 9/2026", test::testEpoch() + days{100});
    }
    const auto r = retention_index::purgeUnattended(f.tv.dir, f.dueOf(item) + days{1}, false);
    CHECK(r.destroyed.empty());
    CHECK(r.held == std::vector<std::string>{item.id});
    CHECK(f.exists(item.id));
}

TEST_CASE("the unattended purge on a vault without an index says what to do", "[retention][unattended]") {
    Fixture f;
    fs::remove(f.tv.dir / retention_index::kIndexFile);
    CHECK(codeOf([&] { (void)retention_index::purgeUnattended(f.tv.dir, test::testEpoch(), false); }) ==
          Error::Code::NotFound);
}

TEST_CASE("vaults are found in the given media folders", "[retention][unattended]") {
    Fixture f;
    const auto found = retention_index::findVaults({f.tv.tmp.path()});
    REQUIRE(found.size() == 1);
    CHECK(fs::equivalent(found[0], f.tv.dir));
    CHECK(retention_index::findVaults({f.tv.dir / "blobs"}).empty());
}

// ---- crypto-shredding -------------------------------------------------------

namespace {

// Every page of a SQLCipher 3 database file decrypted with its raw key, free
// pages included: 1024-byte pages, AES-256-CBC, a 48-byte reserve at the end
// of each page holding the IV (16 bytes) and the HMAC; page 1 begins with the
// 16-byte salt. (The HMAC is not checked: this looks for bytes, it does not
// trust them.)
std::string decryptPage(EVP_CIPHER_CTX* ctx, const std::uint8_t* page, bool first, const crypto::SecureBuffer& key) {
    constexpr std::size_t kPage = 1024, kReserve = 48;
    const std::size_t skip = first ? 16 : 0;
    const std::size_t len = kPage - kReserve - skip;
    std::string out(len, '\0');
    int n = 0;
    REQUIRE(EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key.data(), page + kPage - kReserve) == 1);
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    REQUIRE(EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &n, page + skip,
                              static_cast<int>(len)) == 1);
    return out;
}

std::string decryptAllPages(const fs::path& file, const crypto::SecureBuffer& key) {
    constexpr std::size_t kPage = 1024;
    const auto bytes = test::readAll(file);
    REQUIRE(bytes.size() % kPage == 0);
    std::string plain;
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    for (std::size_t off = 0; off < bytes.size(); off += kPage) {
        plain += decryptPage(ctx, bytes.data() + off, off == 0, key);
    }
    // The write-ahead log: a 32-byte header, then frames of a 24-byte header
    // (page number first, big-endian) and the page as in the database file.
    std::error_code ec;
    const fs::path wal = file.string() + "-wal";
    if (fs::exists(wal, ec)) {
        const auto w = test::readAll(wal);
        for (std::size_t off = 32; off + 24 + kPage <= w.size(); off += 24 + kPage) {
            const std::uint32_t pageNo = (std::uint32_t{w[off]} << 24) | (std::uint32_t{w[off + 1]} << 16) |
                                         (std::uint32_t{w[off + 2]} << 8) | std::uint32_t{w[off + 3]};
            plain += decryptPage(ctx, w.data() + off + 24, pageNo == 1, key);
        }
    }
    EVP_CIPHER_CTX_free(ctx);
    return plain;
}

crypto::SecureBuffer catalogKeyOf(const fs::path& dir) {
    const auto slot = test::readAll(dir / "keys" / "ref.age");
    const crypto::age::ScryptIdentity id(crypto::SecureBuffer::copyOf(test::kPassphrase));
    return catalogKey(crypto::age::decryptSecret(slot, id, 1024));
}

std::vector<std::string> identitiesIn(const std::string& pages) {
    std::vector<std::string> out;
    for (auto at = pages.find("AGE-SECRET-KEY-1"); at != std::string::npos;
         at = pages.find("AGE-SECRET-KEY-1", at + 1)) {
        out.push_back(pages.substr(at, 74));
    }
    return out;
}

bool decrypts(const fs::path& blob, const std::string& identity) {
    try {
        const auto id = crypto::age::X25519Identity::parse(identity);
        const auto bytes = test::readAll(blob);
        crypto::MemorySource src(bytes);
        const crypto::age::Identity* ids[] = {&id};
        crypto::age::Decryptor d(src, ids);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace

TEST_CASE("crypto-shredding: after a purge no page of the catalog holds the item's key", "[retention][shred]") {
    Fixture f;
    const Item gone = f.ingestAt(test::testEpoch());
    const Item kept = f.ingestAt(test::testEpoch() + days{60});
    std::string goneKey, keptKey;
    {
        auto v = f.tv.unlock();
        goneKey = std::string(items::identityOf(v, gone.id).view());
        keptKey = std::string(items::identityOf(v, kept.id).view());
    }
    const fs::path blob = f.tv.dir / "blobs" / gone.id.substr(0, 2) / (gone.id + ".age");
    const fs::path saved = f.tv.tmp / "saved-copy.age";
    fs::copy_file(blob, saved);
    const auto key = catalogKeyOf(f.tv.dir);
    // The check can fail: before the purge the key is there to be found, in
    // the write-ahead log while a session is open, in the file after it.
    {
        auto v = f.tv.unlock();
        const Item fresh = f.ingest(v);
        const std::string freshKey(items::identityOf(v, fresh.id).view());
        REQUIRE(fs::file_size(f.tv.dir / "catalog.db-wal") > 0);
        REQUIRE(decryptAllPages(f.tv.dir / "catalog.db", key).find(freshKey) != std::string::npos);
    }
    {
        const std::string pages = decryptAllPages(f.tv.dir / "catalog.db", key);
        REQUIRE(pages.find(goneKey) != std::string::npos);
        REQUIRE(decrypts(saved, goneKey));
    }

    f.tv.clock.set(f.dueOf(gone) + seconds{1});
    {
        auto v = f.tv.unlock();
        REQUIRE(v.purgedAtUnlock().destroyed.size() == 1);
        // While the vault is still open too, the write-ahead log included.
        const std::string pages = decryptAllPages(f.tv.dir / "catalog.db", key);
        CHECK(pages.find(goneKey) == std::string::npos);
    }
    const std::string pages = decryptAllPages(f.tv.dir / "catalog.db", key);
    CHECK(pages.find(goneKey) == std::string::npos);
    CHECK(pages.find(goneKey.substr(16, 40)) == std::string::npos);
    // The other item's key is still found: the scan sees the keys that are there.
    CHECK(pages.find(keptKey) != std::string::npos);
    const auto found = identitiesIn(pages);
    CHECK_FALSE(found.empty());
    for (const auto& id : found) {
        CHECK_FALSE(decrypts(saved, id));
    }
    CHECK_FALSE(fs::exists(blob));
}

// ---- migration -----------------------------------------------------------------

TEST_CASE("a version 1 catalog gains destruction dates 6 months after acquisition, 30 days at the least",
          "[retention][migration]") {
    test::TempDir tmp;
    const auto key = crypto::SecureBuffer::copyOf(std::string(32, 'k'));
    const Seconds migratedAt = at(2027, 1, 1);
    {
        auto db = Database::open(tmp / "catalog.db", key, true);
        catalog::migrateTo(db, 1, migratedAt);
        CHECK(catalog::schemaVersion(db) == 1);
        db.exec(
            "INSERT INTO users (id, display_name, role, public_key, signing_seed, created_at) VALUES "
            "('ref', 'Maria', 'referente', zeroblob(32), zeroblob(32), '2026-01-01T00:00:00Z')");
        db.exec("INSERT INTO cases (id, title, opened_at, created_by) VALUES (1, 'C', '2026-01-01T00:00:00Z', 'ref')");
        db.exec(
            "INSERT INTO items (id, case_id, kind, acquired_at, acquired_by, method, consent) VALUES "
            "('0123456789abcdef0123456789abcdef', 1, 'photo', '2026-08-31T10:00:00Z', 'ref', 'import', 'yes')");
        // Eight months old when migrated: not destroyed at once.
        db.exec(
            "INSERT INTO items (id, case_id, kind, acquired_at, acquired_by, method, consent) VALUES "
            "('1123456789abcdef0123456789abcdef', 1, 'photo', '2026-05-01T10:00:00Z', 'ref', 'import', 'yes')");
    }
    auto db = Database::open(tmp / "catalog.db", key, false);
    catalog::migrate(db, migratedAt);
    CHECK(catalog::schemaVersion(db) == catalog::kSchemaVersion);
    auto st = db.prepare("SELECT destroy_after FROM items ORDER BY id");
    REQUIRE(st.step());
    CHECK(st.textAt(0) == "2027-02-28T10:00:00Z");
    REQUIRE(st.step());
    CHECK(st.textAt(0) == "2027-01-31T00:00:00Z");
    auto s2 = db.prepare("SELECT value FROM settings WHERE key = 'retention_months'");
    REQUIRE(s2.step());
    CHECK(s2.textAt(0) == "6");
}

TEST_CASE("a hold that cannot reach the retention index is not placed", "[retention][hold]") {
    Fixture f;
    const Item item = f.ingestAt(test::testEpoch());
    const fs::path index = f.tv.dir / retention_index::kIndexFile;
    {
        auto ds = f.tv.unlock("ds");
        // retention.json cannot be replaced (a folder stands in its way).
        fs::remove(index);
        fs::create_directory(index);
        test::writeFile(index / "x", std::string("x"));
        CHECK_THROWS_AS(holds::place(ds, std::nullopt, item.id, "Indagini", "RG 2/2026", test::testEpoch() + days{90}),
                        Error);
        CHECK(holds::list(ds, true).empty());
        CHECK(ds.log().entries(std::nullopt).back().action != "hold.place");
        fs::remove_all(index);
    }
    // The session's close wrote a fresh index without the hold: nothing was held.
    CHECK_FALSE(retention_index::readVerified(f.tv.dir).index.items.front().held);
}

TEST_CASE("the journal cannot destroy a sealed envelope, an item not yet due or a held one",
          "[retention][unattended]") {
    Fixture f;
    const Item notDue = f.ingestAt(test::testEpoch() + days{60});
    const Item held = f.ingestAt(test::testEpoch());
    std::string envelope;
    {
        auto v = f.tv.unlock();
        envelope = items::addPhysical(v, f.caseId, {"Biglietto", "B-9", "Cassaforte", "ds", std::nullopt}).id;
    }
    {
        auto ds = f.tv.unlock("ds");
        (void)holds::place(ds, std::nullopt, held.id, "Indagini", "RG 3/2026", test::testEpoch() + days{150});
    }
    const std::string removedAt = time::formatUtc(f.dueOf(held) + days{1});
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& id : {notDue.id, held.id, envelope}) {
        entries.push_back({{"id", id}, {"removed_at", removedAt}});
    }
    test::writeFile(f.tv.dir / retention_index::kJournalFile,
                    nlohmann::json{{"vault_id", VaultHeader::read(f.tv.dir).vaultId}, {"entries", entries}}.dump());
    f.tv.clock.set(f.dueOf(held) + days{2});
    auto v = Vault::unlock(f.tv.dir, "ref", crypto::SecureBuffer::copyOf(test::kPassphrase), Vault::Secret::Passphrase,
                           f.tv.clock, false);
    CHECK(retention::tombstones(v).empty());
    for (const auto& id : {notDue.id, held.id, envelope}) {
        CHECK_NOTHROW(items::get(v, id));
    }
    const auto log = v.log().entries(std::nullopt);
    CHECK(std::count_if(log.begin(), log.end(),
                        [](const LogEntry& e) { return e.action == "retention.journal_mismatch"; }) == 3);
}

TEST_CASE("the unattended purge does not follow a blobs folder that is a link", "[retention][unattended]") {
    Fixture f;
    const Item item = f.ingestAt(test::testEpoch());
    // Another "vault" whose blobs folder points at this one's.
    const fs::path other = f.tv.tmp / "other";
    fs::create_directory(other);
    fs::copy_file(f.tv.dir / "custodia.json", other / "custodia.json");
    fs::copy_file(f.tv.dir / retention_index::kIndexFile, other / retention_index::kIndexFile);
    fs::create_directory_symlink(f.tv.dir / "blobs", other / "blobs");
    CHECK(codeOf([&] { (void)retention_index::purgeUnattended(other, f.dueOf(item) + days{1}, false); }) ==
          Error::Code::Integrity);
    CHECK(fs::exists(f.tv.dir / "blobs" / item.id.substr(0, 2) / (item.id + ".age")));
}
