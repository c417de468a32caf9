// SPDX-License-Identifier: GPL-3.0-or-later
// R11 from the command line, with time moved by Debian's faketime: status
// warnings and exit code, holds, the unattended purge, certificates, and a
// purge killed with SIGKILL at random moments.
#include "support/CliFixture.h"
#include "vault/Cases.h"
#include "vault/Ingest.h"
#include "vault/Items.h"
#include "vault/Retention.h"
#include "vault/Time.h"
#include "vault/Verify.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <chrono>
#include <filesystem>
#include <random>
#include <set>
#include <thread>

using namespace custodia;
using namespace custodia::test;
namespace fs = std::filesystem;
using namespace std::chrono;

namespace {

// "YYYY-MM-DD HH:MM:SS" for faketime (the child runs with TZ=UTC).
std::string fakeTime(vault::Seconds t) {
    std::string s = vault::time::formatUtc(t);
    s[10] = ' ';
    s.pop_back();
    return s;
}

const std::map<std::string, std::string> kFakeEnv = {
    {"TZ", "UTC"}, {"FAKETIME_DONT_FAKE_MONOTONIC", "1"}, {"ASAN_OPTIONS", "verify_asan_link_order=0:detect_leaks=0"}};

// custodia run by faketime with the clock stopped at `t` (an absolute -f
// time does not advance: "one second before" holds however slow the build), as `user` (passphrase on stdin), or with
// no passphrase at all when user is empty.
Result at(vault::Seconds t, const std::string& user, const std::vector<std::string>& args) {
    std::vector<std::string> argv{"/usr/bin/faketime", "-f", fakeTime(t), CUSTODIA_CLI};
    std::string input;
    if (!user.empty()) {
        argv.insert(argv.end(), {"--passphrase-fd", "0", "--user", user});
        input = std::string(user == "ds" ? kDsPassphrase : kPassphrase) + "\n";
    }
    argv.insert(argv.end(), args.begin(), args.end());
    return run(argv, {input, kFakeEnv, {}});
}

vault::Seconds dueOf(CliVault& v, const std::string& id) {
    return *vault::time::parseUtc(v.json({"show", v.dir, id})["destroy_after"].get<std::string>());
}

std::string blobOf(const std::string& dir, const std::string& id) {
    return dir + "/blobs/" + id.substr(0, 2) + "/" + id + ".age";
}

std::string dateArg(vault::Seconds t) {
    const std::string d = vault::time::formatRomeDate(t);  // YYYY-MM-DD
    return d.substr(8, 2) + "/" + d.substr(5, 2) + "/" + d.substr(0, 4);
}

}  // namespace

TEST_CASE("R11 end to end: warnings, a hold, the unattended purge, certificates", "[cli][retention][faketime]") {
    CliVault v;
    const Media m = makeMedia(v.tmp);
    v.openCase();
    const std::string held = v.ingest(m.jpeg);
    const std::string gone = v.ingest(m.png);
    // (Imported a moment apart: "before" is before the first, "after" after the last.)
    const vault::Seconds due = dueOf(v, gone);
    const vault::Seconds first = std::min(due, dueOf(v, held));
    const std::string goneSha = v.json({"show", v.dir, gone})["sha256"].get<std::string>();
    // Six calendar months after acquisition.
    const auto acquired = *vault::time::parseUtc(v.json({"show", v.dir, gone})["acquired_at"].get<std::string>());
    CHECK(due == vault::retention::addMonths(acquired, 6));

    // Today: nothing to say, exit 0.
    CHECK(v.ref({"status", v.dir}).exitCode == 0);

    // One second before: still there; status warns with exit code 5.
    auto r = at(first - seconds{1}, "ref", {"status", v.dir});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 5);
    CHECK(r.out.find("Due within 30 days") != std::string::npos);
    CHECK(r.out.find(gone) != std::string::npos);
    // The same without a passphrase, from the signed index.
    r = at(first - seconds{1}, "", {"status", v.dir, "--no-unlock"});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 5);
    CHECK(r.out.find("0 item(s) due now, 2 within 30 days") != std::string::npos);
    r = at(first - seconds{1}, "ref", {"purge", v.dir, "--due", "--dry-run"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("no file is due for destruction") != std::string::npos);

    // A referente cannot hold; the DS can, with a review date within 6 months.
    const vault::Seconds before = first - days{2};
    r = at(before, "ref",
           {"hold", v.dir, "--item", held, "--reason", "Consegnato alla Polizia Postale", "--reference",
            "prot. 77/2027", "--review-by", dateArg(before + days{60})});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("may not place legal holds") != std::string::npos);
    r = at(before, "ds",
           {"hold", v.dir, "--item", held, "--reason", "Consegnato alla Polizia Postale", "--reference",
            "prot. 77/2027", "--review-by", dateArg(before + days{250})});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("6 months") != std::string::npos);
    r = at(before, "ds",
           {"--json", "hold", v.dir, "--item", held, "--reason", "Consegnato alla Polizia Postale", "--reference",
            "prot. 77/2027", "--review-by", dateArg(before + days{60})});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto hold = nlohmann::json::parse(r.out);
    CHECK(hold["reference"] == "prot. 77/2027");

    // The scheduler, one second after, without a passphrase.
    const vault::Seconds after = due + seconds{1};
    const std::string index = v.dir + "/retention.json";
    const auto indexBytes = readAll(index);
    const std::string original(indexBytes.begin(), indexBytes.end());
    {
        std::string forged = original;
        forged.replace(forged.find("\"held\": true"), 12, "\"held\":false");
        writeFile(index, forged);
        r = at(after, "", {"purge", v.dir, "--due", "--unattended"});
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("retention.json is not valid") != std::string::npos);
        CHECK(fs::exists(blobOf(v.dir, held)));
        CHECK(fs::exists(blobOf(v.dir, gone)));
        writeFile(index, original);
    }
    r = at(after, "", {"purge", v.dir, "--due", "--unattended"});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("removed 1 due blob") != std::string::npos);
    CHECK_FALSE(fs::exists(blobOf(v.dir, gone)));
    CHECK(fs::exists(blobOf(v.dir, held)));

    // The next unlock completes the catalog side and makes the certificate.
    r = at(after + minutes{5}, "ref", {"--json", "certificate", "list", v.dir});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto certs = nlohmann::json::parse(r.out);
    REQUIRE(certs.size() == 1);
    CHECK(certs[0]["how"] == "unattended");
    CHECK(certs[0]["items"] == 1);
    const std::string pdf = (v.tmp / "verbale.pdf").string();
    const std::string json = (v.tmp / "verbale.json").string();
    r = at(after + minutes{6}, "ref", {"certificate", "export", v.dir, "1", "--to", pdf, "--json", json});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto certBytes = readAll(json);
    const auto cert = nlohmann::json::parse(std::string(certBytes.begin(), certBytes.end()));
    REQUIRE(cert["items"].size() == 1);
    CHECK(cert["items"][0]["item"] == gone);
    CHECK(cert["items"][0]["sha256"] == goneSha);
    const std::string text = shell("pdftotext -layout " + pdf + " -");
    CHECK(text.find("VERBALE DI DISTRUZIONE") != std::string::npos);
    CHECK(text.find("Istituto Comprensivo \"Aldo Moro\"") != std::string::npos);
    CHECK(text.find("Modalità") != std::string::npos);
    CHECK(text.find(goneSha.substr(0, 32)) != std::string::npos);
    CHECK(text.find(goneSha.substr(32)) != std::string::npos);
    CHECK(text.find(held.substr(0, 16)) == std::string::npos);
    CHECK(text.find("Il Dirigente Scolastico") != std::string::npos);
    // Not over an existing file.
    r = at(after + minutes{6}, "ref", {"certificate", "export", v.dir, "1", "--to", pdf});
    CHECK(r.exitCode == 1);

    // Still held: status says nothing is due for it; the list still has it.
    r = at(after + minutes{7}, "ref", {"--json", "list", v.dir});
    REQUIRE(r.exitCode == 0);
    CHECK(nlohmann::json::parse(r.out).size() == 1);

    // Released: overdue, so the next unlock destroys it.
    r = at(after + days{1}, "ds",
           {"hold", "release", v.dir, std::to_string(hold["id"].get<int>()), "--reason", "procedimento archiviato"});
    INFO(r.err);
    CHECK(r.exitCode == 0);
    r = at(after + days{1} + minutes{1}, "ref", {"status", v.dir});
    INFO(r.out << r.err);
    CHECK(r.err.find("R11: 1 item(s) were due and have been destroyed now") != std::string::npos);
    CHECK(r.exitCode == 0);
    r = at(after + days{1} + minutes{2}, "ref", {"--json", "certificate", "list", v.dir});
    REQUIRE(r.exitCode == 0);
    certs = nlohmann::json::parse(r.out);
    REQUIRE(certs.size() == 2);
    CHECK(certs[1]["how"] == "automatic");
    CHECK_FALSE(fs::exists(blobOf(v.dir, held)));
    r = at(after + days{1} + minutes{3}, "ref", {"log", "verify", v.dir});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
}

TEST_CASE("a hold placed just after an item's date still keeps it", "[cli][retention][faketime]") {
    CliVault v;
    v.openCase();
    writeFile(v.tmp / "a.bin", randomBytes(3000));
    const std::string id = v.ingest((v.tmp / "a.bin").string());
    const vault::Seconds due = dueOf(v, id);
    auto r = at(due + minutes{5}, "ds",
                {"hold", v.dir, "--item", id, "--reason", "Richiesta della Polizia Postale", "--reference",
                 "nota 12/2027", "--review-by", dateArg(due + days{60})});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(fs::exists(blobOf(v.dir, id)));
    r = at(due + minutes{10}, "ref", {"purge", v.dir, "--due"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("kept by a legal hold: " + id) != std::string::npos);
    CHECK(fs::exists(blobOf(v.dir, id)));
}

TEST_CASE("purge --scan finds the vaults in a media folder and purges them unattended", "[cli][retention]") {
    CliVault v;
    v.openCase();
    writeFile(v.tmp / "a.bin", randomBytes(3000));
    const std::string id = v.ingest((v.tmp / "a.bin").string());
    const vault::Seconds due = dueOf(v, id);
    auto r = at(due - hours{1}, "", {"purge", "--scan", "--unattended", "--media", v.tmp.path().string()});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("removed 0 due blob") != std::string::npos);
    r = at(due + hours{1}, "", {"--json", "purge", "--scan", "--unattended", "--media", v.tmp.path().string()});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find(id) != std::string::npos);
    CHECK_FALSE(fs::exists(blobOf(v.dir, id)));
    // A folder with no vault says so.
    r = run({CUSTODIA_CLI, "purge", "--scan", "--unattended", "--media", (v.tmp / "vault" / "blobs").string()});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("No Custodia vault") != std::string::npos);
}

TEST_CASE("a purge killed with SIGKILL at random moments leaves a consistent vault and completes next time",
          "[cli][retention][kill]") {
    // Items acquired in January 2026 (the test clock) are all due now.
    TestVault tv;
    std::set<std::string> ids;
    {
        auto v = tv.unlock();
        const auto caseId = vault::cases::create(v, {"Caso", std::nullopt, std::nullopt, false, std::nullopt}).id;
        vault::Acquisition a;
        a.consent = "yes";
        a.platform = "WhatsApp";
        for (int i = 0; i < 300; ++i) {
            tv.clock.advance(seconds{1});
            const fs::path p = tv.tmp / ("f" + std::to_string(i));
            writeFile(p, randomBytes(2000));
            ids.insert(vault::ingestFile(v, caseId, p, a, vault::R6Answer::NotSexualContentOfMinors, {}).id);
        }
    }
    const std::vector<std::string> purge{"--passphrase-fd", "0", "--user", "ref", "purge", tv.dir.string(), "--due"};
    const vault::SystemClock realClock;
    // An uninterrupted purge of these 300 items takes about 0.4 s here
    // (unlock, tombstones, blobs, certificate): kills 20, 40, 60... ms after
    // the start, with some jitter, land in every phase.
    std::mt19937 rng(20261123);
    std::uniform_int_distribution<int> jitter(0, 15);
    int killed = 0;
    for (int trial = 0; trial < 25; ++trial) {
        std::vector<std::string> argv{CUSTODIA_CLI};
        argv.insert(argv.end(), purge.begin(), purge.end());
        const pid_t pid = spawn(argv, std::string(kPassphrase) + "\n", {});
        std::this_thread::sleep_for(milliseconds(20 * (trial + 1) + jitter(rng)));
        ::kill(pid, SIGKILL);
        killed += wait(pid) == -SIGKILL ? 1 : 0;
        // Consistent after every kill: each item is either whole (row, key,
        // blob) or a tombstone with a signed destruction; the log verifies.
        auto v = vault::Vault::unlock(tv.dir, "ref", crypto::SecureBuffer::copyOf(kPassphrase),
                                      vault::Vault::Secret::Passphrase, realClock, false);
        std::set<std::string> seen;
        for (const auto& i : vault::items::list(v, std::nullopt)) {
            CHECK(fs::exists(v.blobPath(i.id)));
            seen.insert(i.id);
        }
        for (const auto& t : vault::retention::tombstones(v)) {
            CHECK(seen.insert(t.itemId).second);
        }
        CHECK(seen == ids);
        const auto report = vault::verify(v, {});
        INFO(report.toJson().dump(2));
        CHECK(report.ok());
        const auto ts = vault::retention::tombstones(v);
        if (vault::items::list(v, std::nullopt).empty() &&
            std::all_of(ts.begin(), ts.end(), [](const auto& t) { return t.certificateId && t.blobRemoved; })) {
            break;
        }
    }
    INFO("killed " << killed);
    CHECK(killed > 0);
    // The next run finishes: nothing left, every tombstone certified, no blob left behind.
    const auto r = runCli(purge, std::string(kPassphrase) + "\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto v = vault::Vault::unlock(tv.dir, "ref", crypto::SecureBuffer::copyOf(kPassphrase),
                                  vault::Vault::Secret::Passphrase, realClock, false);
    CHECK(vault::items::list(v, std::nullopt).empty());
    const auto ts = vault::retention::tombstones(v);
    CHECK(ts.size() == ids.size());
    for (const auto& t : ts) {
        CHECK(t.certificateId);
        CHECK(t.blobRemoved);
        CHECK_FALSE(fs::exists(v.blobPath(t.itemId)));
    }
    CHECK(vault::verify(v, {}).ok());
}
