// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestVault.h"
#include "vault/Blob.h"
#include "vault/Cases.h"
#include "vault/Error.h"
#include "vault/Ingest.h"
#include "vault/Interviews.h"
#include "vault/Time.h"

#include <catch2/catch.hpp>

using namespace custodia;
using namespace custodia::vault;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    test::TestVault tv;
    Vault v = tv.unlock();
    std::int64_t caseId = cases::create(v, {"Caso", std::nullopt, std::nullopt, false, std::nullopt}).id;

    Acquisition details() const {
        Acquisition a;
        a.consent = "yes";
        a.platform = "WhatsApp";
        a.place = "Gruppo 3B";
        a.participants = {{"Luca", "+39 333 1", "@luca"}};
        a.profiles = {"luca.b"};
        a.postedAt = "2026-01-14T20:00:00Z";
        a.description = "Chat";
        return a;
    }
    Item ingest(const fs::path& p, IngestOptions o = {}) {
        return ingestFile(v, caseId, p, details(), R6Answer::NotSexualContentOfMinors, o);
    }
    std::vector<std::uint8_t> contentOf(const Item& i) {
        crypto::MemorySink sink;
        (void)extract(v, i.id, sink, "test", nullptr);
        return sink.data;
    }
    std::size_t incomingCount() const {
        return static_cast<std::size_t>(
            std::distance(fs::directory_iterator(tv.dir / "blobs" / ".incoming"), fs::directory_iterator()));
    }
};

// A 1x1 PNG, to check the MIME type comes from the content.
const std::vector<std::uint8_t> kPng = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00,
    0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x60, 0x60, 0x60, 0xf8, 0x0f, 0x00, 0x01, 0x04, 0x01, 0x00,
    0x5f, 0xe5, 0xc3, 0x4b, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

class CancelAfter final : public Progress {
public:
    explicit CancelAfter(std::uint64_t bytes) : limit_(bytes) {}
    void update(std::uint64_t done, std::uint64_t) override { done_ = done; }
    [[nodiscard]] bool cancelled() const override { return done_ >= limit_; }

private:
    std::uint64_t limit_;
    std::uint64_t done_ = 0;
};

}  // namespace

TEST_CASE("an ingested file comes back byte for byte, with its R4 details and hash", "[ingest]") {
    Fixture f;
    const auto data = test::randomBytes(3 * 1024 * 1024 + 123);
    test::writeFile(f.tv.tmp / "video.mp4", data);
    const Item item = f.ingest(f.tv.tmp / "video.mp4");
    CHECK(item.sha256 == test::sha256Hex(data));
    CHECK(item.size == static_cast<std::int64_t>(data.size()));
    CHECK(item.originalName == "video.mp4");
    CHECK(item.platform == "WhatsApp");
    CHECK(item.participants.size() == 1);
    CHECK(item.participants[0].phone == "+39 333 1");
    CHECK(item.acquiredBy == "ref");
    CHECK(item.acquiredAt == time::formatUtc(f.tv.clock.now()));
    CHECK_FALSE(item.sourceRemoved);
    CHECK(fs::exists(f.v.blobPath(item.id)));
    CHECK(f.incomingCount() == 0);
    CHECK(f.contentOf(item) == data);
    const auto entry = f.v.log().entries(f.caseId);
    CHECK(std::any_of(entry.begin(), entry.end(), [&](const LogEntry& e) {
        return e.action == "item.ingest" && e.itemId == item.id && e.details["sha256"] == *item.sha256;
    }));
    CHECK(fs::exists(f.tv.tmp / "video.mp4"));
}

TEST_CASE("the MIME type and kind come from the content", "[ingest]") {
    Fixture f;
    test::writeFile(f.tv.tmp / "no-extension", kPng);
    const Item png = f.ingest(f.tv.tmp / "no-extension");
    CHECK(png.mime == "image/png");
    CHECK(png.kind == "photo");
    test::writeFile(f.tv.tmp / "empty.txt", std::string());
    const Item empty = f.ingest(f.tv.tmp / "empty.txt");
    CHECK(empty.size == 0);
    CHECK(f.contentOf(empty).empty());
}

TEST_CASE("R6: a 'yes' stops the acquisition, stores nothing and logs no content", "[ingest][R6]") {
    Fixture f;
    test::writeFile(f.tv.tmp / "nome-della-vittima.jpg", kPng);
    try {
        (void)ingestFile(f.v, f.caseId, f.tv.tmp / "nome-della-vittima.jpg", f.details(),
                         R6Answer::SexualContentOfMinors, {});
        FAIL("not stopped");
    } catch (const Error& e) {
        CHECK(e.code() == Error::Code::StoppedByRule);
        CHECK(e.hint().find("Polizia Postale") != std::string::npos);
        CHECK(e.hint().find("19696") != std::string::npos);
    }
    const auto last = *f.v.log().last();
    CHECK(last.action == "acquisition.stopped_r6");
    CHECK(last.details.dump().find("nome-della-vittima") == std::string::npos);
    CHECK(items::list(f.v, f.caseId).empty());
    CHECK(f.incomingCount() == 0);
}

TEST_CASE("R5: the source is removed only after the stored copy verifies", "[ingest][R5]") {
    Fixture f;
    const auto data = test::randomBytes(100000);
    test::writeFile(f.tv.tmp / "photo.jpg", data);
    const Item item = f.ingest(f.tv.tmp / "photo.jpg", {true, nullptr});
    CHECK(item.sourceRemoved);
    CHECK(item.sourceRemovedAt);
    CHECK_FALSE(fs::exists(f.tv.tmp / "photo.jpg"));
    CHECK(f.v.log().last()->action == "item.source_removed");
    CHECK(f.contentOf(item) == data);

    SECTION("a different file is not removed as if it were the source") {
        test::writeFile(f.tv.tmp / "other.jpg", test::randomBytes(10));
        CHECK_THROWS_AS(removeSource(f.v, item, f.tv.tmp / "other.jpg"), Error);
        CHECK(fs::exists(f.tv.tmp / "other.jpg"));
    }
}

TEST_CASE("bad input is refused with nothing stored", "[ingest]") {
    Fixture f;
    const auto code = [&](const fs::path& p, Acquisition a) {
        try {
            (void)ingestFile(f.v, f.caseId, p, a, R6Answer::NotSexualContentOfMinors, {});
        } catch (const Error& e) {
            return e.code();
        }
        FAIL("accepted");
        return Error::Code::InvalidInput;
    };
    test::writeFile(f.tv.tmp / "ok.jpg", kPng);
    CHECK(code(f.tv.tmp / "missing.jpg", f.details()) == Error::Code::InvalidInput);
    CHECK(code(f.tv.tmp.path(), f.details()) == Error::Code::InvalidInput);
    Acquisition noConsent = f.details();
    noConsent.consent = "";
    CHECK(code(f.tv.tmp / "ok.jpg", noConsent) == Error::Code::InvalidInput);
    Acquisition badInterview = f.details();
    badInterview.interviewId = 42;
    CHECK(code(f.tv.tmp / "ok.jpg", badInterview) == Error::Code::NotFound);
    Acquisition badKind = f.details();
    badKind.kind = "physical";
    CHECK(code(f.tv.tmp / "ok.jpg", badKind) == Error::Code::InvalidInput);
    CHECK(items::list(f.v, std::nullopt).empty());
    CHECK(f.incomingCount() == 0);
}

TEST_CASE("a cancelled ingest leaves no item and no blob", "[ingest]") {
    Fixture f;
    test::writeFile(f.tv.tmp / "big.bin", test::randomBytes(8 * 1024 * 1024));
    CancelAfter cancel(2 * 1024 * 1024);
    try {
        (void)f.ingest(f.tv.tmp / "big.bin", {false, &cancel});
        FAIL("not cancelled");
    } catch (const Error& e) {
        CHECK(e.code() == Error::Code::Cancelled);
    }
    CHECK(items::list(f.v, std::nullopt).empty());
    CHECK(f.incomingCount() == 0);
}

TEST_CASE("unlock finishes a committed import and removes an uncommitted one", "[ingest][crash]") {
    test::TestVault tv;
    std::string committedId;
    {
        auto v = tv.unlock();
        const auto c = cases::create(v, {"Caso", std::nullopt, std::nullopt, false, std::nullopt});
        test::writeFile(tv.tmp / "a.bin", test::randomBytes(70000));
        Acquisition a;
        a.consent = "no";
        const Item item = ingestFile(v, c.id, tv.tmp / "a.bin", a, R6Answer::NotSexualContentOfMinors, {});
        committedId = item.id;
        // As if the process died between the commit and the rename:
        fs::rename(v.blobPath(item.id), v.incomingPath(item.id));
        // and another one before its commit:
        test::writeFile(v.incomingPath("00112233445566778899aabbccddeeff"), test::randomBytes(500));
    }
    auto v = tv.unlock();
    CHECK(fs::exists(v.blobPath(committedId)));
    CHECK_FALSE(fs::exists(v.incomingPath(committedId)));
    CHECK_FALSE(fs::exists(v.incomingPath("00112233445566778899aabbccddeeff")));
    const auto all = v.log().entries();
    CHECK(std::any_of(all.begin(), all.end(), [&](const LogEntry& e) { return e.action == "blob.completed"; }));
    CHECK(
        std::any_of(all.begin(), all.end(), [&](const LogEntry& e) { return e.action == "blob.incomplete_removed"; }));
    crypto::MemorySink sink;
    CHECK_NOTHROW(extract(v, committedId, sink, "test", nullptr));
}

TEST_CASE("extract to a file never overwrites and leaves nothing behind on failure", "[ingest][extract]") {
    Fixture f;
    const auto data = test::randomBytes(300000);
    test::writeFile(f.tv.tmp / "in.bin", data);
    const Item item = f.ingest(f.tv.tmp / "in.bin");
    const auto r = extractToFile(f.v, item.id.substr(0, 8), f.tv.tmp / "out.bin", nullptr);
    CHECK(r.sha256 == *item.sha256);
    CHECK(test::readAll(f.tv.tmp / "out.bin") == data);
    CHECK(f.v.log().last()->action == "item.extract");
    CHECK_THROWS_AS(extractToFile(f.v, item.id, f.tv.tmp / "out.bin", nullptr), Error);

    auto blob = test::readAll(f.v.blobPath(item.id));
    blob[blob.size() - 100] ^= 0x01;
    test::writeFile(f.v.blobPath(item.id), blob);
    try {
        (void)extractToFile(f.v, item.id, f.tv.tmp / "out2.bin", nullptr);
        FAIL("extracted a damaged blob");
    } catch (const Error& e) {
        CHECK(e.code() == Error::Code::Integrity);
        CHECK(std::string(e.what()).find(item.id) != std::string::npos);
    }
    for (const auto& e : fs::directory_iterator(f.tv.tmp.path())) {
        CHECK(e.path().filename().string().find("out2") == std::string::npos);
    }
}

TEST_CASE("item ids resolve from a unique prefix of at least 6 characters", "[ingest]") {
    Fixture f;
    test::writeFile(f.tv.tmp / "a", kPng);
    const Item item = f.ingest(f.tv.tmp / "a");
    CHECK(items::get(f.v, item.id.substr(0, 6)).id == item.id);
    CHECK_THROWS_AS(items::get(f.v, item.id.substr(0, 5)), Error);
    CHECK_THROWS_AS(items::get(f.v, "zzzzzz"), Error);
}

TEST_CASE("R9: a physical item needs a seal, a place and a dirigente's authorisation", "[ingest][R9]") {
    Fixture f;
    const Item p = items::addPhysical(
        f.v, f.caseId, {"Biglietto con insulti", "BUSTA-7", "Armadio blindato", "ds", std::nullopt, "yes"});
    CHECK(p.kind == "physical");
    CHECK_FALSE(p.hasBlob());
    CHECK(p.sealNumber == "BUSTA-7");
    CHECK_THROWS_AS(items::addPhysical(f.v, f.caseId, {"x", "1", "y", "ref", std::nullopt, "yes"}),
                    Error);  // ref is not a dirigente
    CHECK_THROWS_AS(items::addPhysical(f.v, f.caseId, {"", "1", "y", "ds", std::nullopt, "yes"}), Error);
}
