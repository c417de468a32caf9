// SPDX-License-Identifier: GPL-3.0-or-later
// R7 in the vault: redaction plans, the reviewer's decisions, the consult export.
#include "ChatPicture.h"

#include "support/Process.h"
#include "support/TestVault.h"
#include "vault/Cases.h"
#include "vault/ConsultExport.h"
#include "vault/Ingest.h"
#include "vault/Persons.h"
#include "vault/documents/Install.h"
#include "vault/redaction/Plans.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

using namespace custodia;
using namespace custodia::vault;
namespace rd = custodia::vault::redaction;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    test::TestVault tv;
    Vault v = tv.unlock();
    std::int64_t caseId = cases::create(v, {"Caso Bianchi", std::nullopt, std::nullopt, false, std::nullopt}).id;
    std::string itemId;

    Fixture() {
        documents::installRenderers();
        Person giulia;
        giulia.caseId = caseId;
        giulia.name = "Giulia";
        giulia.surname = "Bianchi";
        giulia.nicknames = {"Giuly"};
        giulia.phones = {"+39 347 123 4567"};
        giulia.handles = {"@giuly_07"};
        giulia.className = "3B";
        giulia.school = "IC Manzoni";
        giulia.role = "vittima";
        (void)persons::add(v, giulia);
        Person marco;
        marco.caseId = caseId;
        marco.name = "Marco";
        marco.surname = "Rossi";
        marco.role = "presunto-autore";
        (void)persons::add(v, marco);
        test::ChatPicture c;
        c.header = "3B Manzoni";
        c.messages = {{"Marco Rossi", "Giulia sei proprio una sfigata"},
                      {"", "chiamami al 347 123 4567"},
                      {"", "nessuno ti vuole nel gruppo"}};
        test::writeFile(tv.tmp / "chat.png", c.encode());
        Acquisition a;
        a.consent = "yes";
        a.platform = "WhatsApp";
        a.postedAt = "2026-01-14T20:00:00Z";
        a.description = "Marco Rossi scrive a Giulia Bianchi (3B, IC Manzoni) e al 347 123 4567";
        itemId = ingestFile(v, caseId, tv.tmp / "chat.png", a, R6Answer::NotSexualContentOfMinors, {}).id;
    }

    std::vector<std::string> actions() {
        std::vector<std::string> out;
        for (const auto& e : v.log().entries(caseId))
            out.push_back(e.action);
        return out;
    }
};

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

const char* const kRosterStrings[] = {"Giulia", "Bianchi",  "Marco",        "Rossi",     "Manzoni",
                                      "Giuly",  "giuly_07", "347 123 4567", "3471234567"};

}  // namespace

TEST_CASE("Plans: proposals are stored, decisions are logged and survive a restart") {
    Fixture f;
    const auto plans = rd::plans::plan(f.v, f.caseId, {}, nullptr);
    REQUIRE(plans.size() == 1);
    const auto& p = plans.front();
    CHECK(p.width == 1080);
    CHECK(p.height == 2340);
    REQUIRE(p.regions.size() >= 4);
    CHECK_FALSE(p.approved());
    const std::string removed = p.regions.front().id;
    (void)rd::plans::removeRegion(f.v, f.itemId, removed, std::string("icona del gruppo"));
    const auto added = rd::plans::addRegion(f.v, f.itemId, {10, 2000, 300, 80}, rd::Kind::Face, std::nullopt);
    const std::string manual = added.regions.back().id;
    (void)rd::plans::approve(f.v, f.itemId);
    const auto actions = f.actions();
    for (const char* a : {"redact.plan", "redact.remove", "redact.add", "redact.approve"})
        CHECK(contains(actions, a));

    // A restart: a new process would unlock the vault again.
    f.v.close();
    Vault again = f.tv.unlock();
    const auto back = rd::plans::get(again, f.itemId);
    CHECK(back.approved());
    CHECK(back.approvedBy == std::optional<std::string>("ref"));
    const auto r =
        std::find_if(back.regions.begin(), back.regions.end(), [&](const auto& x) { return x.id == removed; });
    REQUIRE(r != back.regions.end());
    CHECK(r->removed);
    CHECK(r->note == std::optional<std::string>("icona del gruppo"));
    const auto m =
        std::find_if(back.regions.begin(), back.regions.end(), [&](const auto& x) { return x.id == manual; });
    REQUIRE(m != back.regions.end());
    CHECK(m->region.kind == rd::Kind::Face);
    CHECK(m->region.source == rd::Source::Manual);
    CHECK(back.active().size() == back.regions.size() - 1);
}

TEST_CASE("Plans: screen corners set by the reviewer are used and kept and logged and undone") {
    Fixture f;
    (void)rd::plans::plan(f.v, f.caseId, {}, nullptr);
    (void)rd::plans::approve(f.v, f.itemId);
    CHECK_FALSE(rd::plans::get(f.v, f.itemId).screen.has_value());  // a screenshot: read as it is

    // Corners that make no quadrilateral, or lie outside the picture, are
    // refused and leave the plan as it was.
    const rd::Quad crossed{cv::Point2f(10, 10), cv::Point2f(1070, 2330), cv::Point2f(1070, 10), cv::Point2f(10, 2330)};
    const rd::Quad outside{cv::Point2f(10, 10), cv::Point2f(5000, 10), cv::Point2f(5000, 2330), cv::Point2f(10, 2330)};
    for (const auto& bad : {crossed, outside})
        CHECK(test::codeOf([&] { (void)rd::plans::setScreen(f.v, f.itemId, bad); }) == Error::Code::InvalidInput);
    CHECK(rd::plans::get(f.v, f.itemId).approved());

    // The screen inside a margin: read upright on it, the names still found.
    const rd::Quad corners{cv::Point2f(12, 20), cv::Point2f(1068, 16), cv::Point2f(1070, 2330), cv::Point2f(8, 2326)};
    const auto p = rd::plans::setScreen(f.v, f.itemId, corners);
    REQUIRE(p.screen.has_value());
    CHECK(*p.screen == corners);
    CHECK(p.screenByReviewer);
    CHECK_FALSE(p.approved());  // read again: approve again
    CHECK(std::any_of(p.regions.begin(), p.regions.end(), [](const rd::PlanRegion& r) {
        return r.region.kind == rd::Kind::Name &&
               r.region.reason.find("corners set by the reviewer") != std::string::npos;
    }));
    const auto events = f.v.log().entries(f.caseId);
    const auto screenEvent =
        std::find_if(events.rbegin(), events.rend(), [](const auto& e) { return e.action == "redact.screen"; });
    REQUIRE(screenEvent != events.rend());
    CHECK(screenEvent->details.at("screen").at("set_by") == "reviewer");
    CHECK(screenEvent->details.at("screen").at("corners").at(2) == nlohmann::json::array({1070, 2330}));

    // Planned again, after a restart: the reviewer's corners are used again.
    f.v.close();
    Vault again = f.tv.unlock();
    const auto replanned = rd::plans::plan(again, f.caseId, {}, nullptr).front();
    REQUIRE(replanned.screen.has_value());
    CHECK(*replanned.screen == corners);
    CHECK(replanned.screenByReviewer);
    CHECK(replanned.toJson().at("screen").at("set_by") == "reviewer");

    // Back to the automatic search.
    const auto automatic = rd::plans::setScreen(again, f.itemId, std::nullopt);
    CHECK_FALSE(automatic.screen.has_value());
    CHECK_FALSE(automatic.screenByReviewer);
    CHECK(rd::plans::get(again, f.itemId).toJson().at("screen").is_null());
}

TEST_CASE("Plans: a change to an approved plan needs a new approval, and bad decisions are refused") {
    Fixture f;
    (void)rd::plans::plan(f.v, f.caseId, {}, nullptr);
    (void)rd::plans::approve(f.v, f.itemId);
    CHECK(test::codeOf([&] { (void)rd::plans::approve(f.v, f.itemId); }) == Error::Code::InvalidInput);
    const auto p = rd::plans::addRegion(f.v, f.itemId, {0, 0, 50, 50}, rd::Kind::Manual, std::nullopt);
    CHECK_FALSE(p.approved());
    CHECK(test::codeOf([&] { (void)rd::plans::removeRegion(f.v, f.itemId, "r999", std::nullopt); }) ==
          Error::Code::NotFound);
    CHECK(test::codeOf([&] {
              (void)rd::plans::addRegion(f.v, f.itemId, {5000, 5000, 10, 10}, rd::Kind::Manual, std::nullopt);
          }) == Error::Code::InvalidInput);
    const auto r = p.regions.front().id;
    (void)rd::plans::removeRegion(f.v, f.itemId, r, std::nullopt);
    CHECK(test::codeOf([&] { (void)rd::plans::removeRegion(f.v, f.itemId, r, std::nullopt); }) ==
          Error::Code::InvalidInput);
}

TEST_CASE("Plans: a removal can be undone, and a picture has no frames") {
    Fixture f;
    const auto p = rd::plans::plan(f.v, f.caseId, {}, nullptr).front();
    const std::string id = p.regions.front().id;
    const std::size_t active = p.active().size();
    CHECK(rd::plans::removeRegion(f.v, f.itemId, id, std::nullopt).active().size() == active - 1);
    const auto back = rd::plans::restoreRegion(f.v, f.itemId, id, std::string("era il nome"));
    CHECK(back.active().size() == active);
    CHECK_FALSE(back.regions.front().removed);
    CHECK_FALSE(back.regions.front().removedBy.has_value());
    CHECK(contains(f.actions(), "redact.restore"));
    // Only a removed region can be restored; a region drawn on a frame needs a video.
    CHECK(test::codeOf([&] { (void)rd::plans::restoreRegion(f.v, f.itemId, id, std::nullopt); }) ==
          Error::Code::InvalidInput);
    CHECK(test::codeOf([&] { (void)rd::plans::restoreRegion(f.v, f.itemId, "r999", std::nullopt); }) ==
          Error::Code::NotFound);
    CHECK(test::codeOf([&] {
              (void)rd::plans::addRegion(f.v, f.itemId, {0, 0, 50, 50}, rd::Kind::Manual, std::nullopt, 3);
          }) == Error::Code::InvalidInput);
}

TEST_CASE("Consult export: unreviewed pictures stay out unless accepted, and named items are refused") {
    Fixture f;
    const auto dest = f.tv.tmp / "consulto";
    exports::ConsultExportOptions o;
    o.caseId = f.caseId;
    o.to = dest;
    CHECK(test::codeOf([&] { (void)exports::exportForConsult(f.v, o, nullptr); }) == Error::Code::InvalidInput);
    o.itemIds = {f.itemId};
    CHECK(test::codeOf([&] { (void)exports::exportForConsult(f.v, o, nullptr); }) == Error::Code::InvalidInput);
    CHECK_FALSE(fs::exists(dest));
    o.acceptDetected = true;
    o.recipient = "Dott.ssa Neri, psicologa";
    o.purpose = "consulto su Giulia";
    const auto r = exports::exportForConsult(f.v, o, nullptr);
    CHECK(r.exported() == 1);
    CHECK(fs::exists(dest / "elemento-01.png"));
    const auto entries = f.v.log().entries(f.caseId);
    const auto e =
        std::find_if(entries.begin(), entries.end(), [](const auto& x) { return x.action == "export.consult"; });
    REQUIRE(e != entries.end());
    CHECK(e->details["recipient"] == "Dott.ssa Neri, psicologa");
    CHECK(e->details["items"][0]["sha256"] == r.items[0].sha256);
    CHECK(e->details["items"][0]["regions"].get<int>() > 0);
    // The destination is never overwritten.
    CHECK(test::codeOf([&] { (void)exports::exportForConsult(f.v, o, nullptr); }) == Error::Code::AlreadyExists);
}

TEST_CASE("Consult export: a picture still readable after the leak check is never exported") {
    Fixture f;
    auto p = rd::plans::plan(f.v, f.caseId, {}, nullptr).front();
    // The reviewer wrongly removes every region and approves.
    for (const auto& r : p.regions)
        (void)rd::plans::removeRegion(f.v, f.itemId, r.id, std::nullopt);
    (void)rd::plans::approve(f.v, f.itemId);
    exports::ConsultExportOptions o;
    o.caseId = f.caseId;
    o.to = f.tv.tmp / "consulto";
    o.maxLeakRounds = 0;  // no second chance: the check must stop it
    CHECK(test::codeOf([&] { (void)exports::exportForConsult(f.v, o, nullptr); }) == Error::Code::InvalidInput);
    CHECK_FALSE(fs::exists(o.to));
    const auto after = rd::plans::get(f.v, f.itemId);
    CHECK(after.leakCheck == std::optional<std::string>("needs-review"));
    CHECK_FALSE(after.approved());
    CHECK(contains(f.actions(), "redact.leak-check"));
    CHECK_FALSE(contains(f.actions(), "export.consult"));
    // With the usual rounds the leak check boxes the names itself.
    (void)rd::plans::approve(f.v, f.itemId);
    o.maxLeakRounds = 3;
    const auto r = exports::exportForConsult(f.v, o, nullptr);
    REQUIRE(r.exported() == 1);
    CHECK(r.items[0].leaksFixed > 0);
}

TEST_CASE("Consult export: no roster string in any file, file name or text of the copy") {
    Fixture f;
    (void)rd::plans::plan(f.v, f.caseId, {}, nullptr);
    (void)rd::plans::approve(f.v, f.itemId);
    exports::ConsultExportOptions o;
    o.caseId = f.caseId;
    o.to = f.tv.tmp / "consulto";
    o.recipient = "Consultorio ASL";
    o.purpose = "parere su Giulia Bianchi e Marco Rossi";
    o.zip = true;
    const auto r = exports::exportForConsult(f.v, o, nullptr);
    REQUIRE(r.exported() == 1);
    test::shell("cd '" + o.to.string() + "' && sha256sum -c --strict --quiet SHA256SUMS");
    std::string everything;
    for (const auto& e : fs::recursive_directory_iterator(o.to)) {
        const std::string name = e.path().filename().string();
        everything += name + "\n";
        if (name.size() > 4 && name.substr(name.size() - 4) == ".png") {
            // What OCR reads in the redacted picture.
            everything += test::shell("tesseract '" + e.path().string() + "' - -l ita+eng --psm 11 2>/dev/null");
        } else if (name.size() > 4 && name.substr(name.size() - 4) == ".pdf") {
            everything += test::shell("pdftotext '" + e.path().string() + "' -");
        } else {
            const auto bytes = test::readAll(e.path());
            everything += std::string(bytes.begin(), bytes.end());
        }
    }
    REQUIRE(everything.find("Minore A – vittima") != std::string::npos);
    REQUIRE(everything.find("Minore B – presunto autore") != std::string::npos);
    for (const char* s : kRosterStrings) {
        CAPTURE(s);
        CHECK(everything.find(s) == std::string::npos);
    }
    // The zip holds the same files.
    REQUIRE(r.zip);
    const std::string listing = test::shell("unzip -l '" + r.zip->string() + "'");
    CHECK(listing.find("elemento-01.png") != std::string::npos);
    CHECK(listing.find("Giulia") == std::string::npos);
}
