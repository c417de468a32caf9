// SPDX-License-Identifier: GPL-3.0-or-later
// The custodia binary driven as a user would, on real photos and videos.
#include "support/CliFixture.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace custodia::test;
namespace fs = std::filesystem;

TEST_CASE("the walkthrough: case, people, interview, ingest, list, extract, verify", "[cli][e2e]") {
    CliVault v;
    const Media m = makeMedia(v.tmp);
    CHECK(v.recoveryCode.size() == 39);
    REQUIRE(v.openCase() == "1");

    auto r = v.ref({"person", "add", v.dir, "1", "--name", "Giulia", "--surname", "Neri", "--class", "2B", "--role",
                    "vittima", "--phone", "+39 333 111 2222", "--handle", "@giulia", "--guardian",
                    "Anna Neri|madre|+39 333 999 8888|anna@example.org"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    r = v.ref({"person", "add", v.dir, "1", "--nickname", "Il Boss", "--class", "2B", "--role", "presunto-autore"});
    REQUIRE(r.exitCode == 0);
    r = v.ref({"interview",
               "add",
               v.dir,
               "1",
               "--date",
               "20/11/2026 10:30",
               "--held-by",
               "Maria Rossi",
               "--adult",
               "Prof. Verdi",
               "--student",
               "1",
               "--memo",
               "La studentessa mostra la chat.",
               "--quote",
               "\"mi scrivono di notte\"",
               "--protocol",
               "2026/124",
               "--advised-not-share",
               "--advised-remove",
               "--advised-not-act-alone"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    const std::vector<std::string> r4{
        "--interview", "1",       "--posted-at",   "2026-11-19 21:04",  "--platform",
        "WhatsApp",    "--place", "Gruppo 2B",     "--participant",     "Luca|+39 333 000 1111|@luca",
        "--profile",   "luca.b",  "--description", "Insulti nella chat"};
    const std::string jpeg = v.ingest(m.jpeg, r4);
    const std::string pngId = v.ingest(m.png, {"--kind", "screenshot"});
    const std::string mp4 = v.ingest(m.mp4);

    const auto list = v.json({"list", v.dir, "1"});
    REQUIRE(list.size() == 3);
    const auto item = v.json({"show", v.dir, jpeg.substr(0, 8)});
    CHECK(item["mime"] == "image/jpeg");
    CHECK(item["kind"] == "photo");
    CHECK(item["platform"] == "WhatsApp");
    CHECK(item["posted_at"] == "2026-11-19T20:04:00Z");
    CHECK(item["participants"][0]["phone"] == "+39 333 000 1111");
    CHECK(item["interview"] == 1);
    CHECK(item["consent"] == "yes");
    CHECK(item["sha256"] == shell("sha256sum " + m.jpeg).substr(0, 64));
    CHECK(v.json({"show", v.dir, pngId})["kind"] == "screenshot");
    CHECK(v.json({"show", v.dir, mp4})["mime"] == "video/mp4");
    CHECK(v.json({"show", v.dir, mp4})["kind"] == "video");

    SECTION("extract gives back the identical bytes, to a file or to stdout") {
        for (const auto& [id, src] : {std::pair{jpeg, m.jpeg}, std::pair{mp4, m.mp4}}) {
            const std::string out = (v.tmp / ("out-" + id)).string();
            r = v.ref({"extract", v.dir, id, "--to", out});
            INFO(r.err);
            REQUIRE(r.exitCode == 0);
            CHECK(shell("cmp " + out + " " + src).empty());
        }
        r = v.ref({"extract", v.dir, pngId, "--stdout"});
        REQUIRE(r.exitCode == 0);
        const auto png = readAll(m.png);
        CHECK(r.out == std::string(png.begin(), png.end()));
        r = v.ref({"extract", v.dir, pngId, "--to", m.png});
        CHECK(r.exitCode == 1);
        CHECK(r.err.find("already exists") != std::string::npos);
    }
    SECTION("the interview lists its items (R1) and the log verifies") {
        const auto iv = v.json({"interview", "show", v.dir, "1", "1"});
        CHECK(iv["items"].size() == 1);
        CHECK(iv["items"][0] == jpeg);
        CHECK(iv["quotes"][0] == "\"mi scrivono di notte\"");
        r = v.ref({"log", "verify", v.dir});
        INFO(r.out << r.err);
        CHECK(r.exitCode == 0);
        CHECK(r.out.find("VERIFIED") != std::string::npos);
        const auto log = v.json({"log", v.dir, "1"});
        CHECK(std::count_if(log.begin(), log.end(), [](const auto& e) { return e["action"] == "item.ingest"; }) == 3);
    }
    SECTION("the DS sees the same case (R12) and every view is logged (R2)") {
        r = v.as("ds", {"--json", "case", "show", v.dir, "1"});
        REQUIRE(r.exitCode == 0);
        const auto log = v.json({"log", v.dir});
        CHECK(std::any_of(log.begin(), log.end(),
                          [](const auto& e) { return e["action"] == "case.view" && e["actor"] == "ds"; }));
        CHECK(std::any_of(log.begin(), log.end(), [](const auto& e) { return e["action"] == "item.view"; }));
    }
}

TEST_CASE("R6: ingest refuses to start without the statement when there is no terminal", "[cli][R6]") {
    CliVault v;
    v.openCase();
    writeFile(v.tmp / "x.jpg", randomBytes(100));
    const auto r = v.ref({"ingest", v.dir, "1", (v.tmp / "x.jpg").string(), "--consent", "yes"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("R6") != std::string::npos);
    CHECK(r.err.find("custodia: hint:") != std::string::npos);
    CHECK(v.json({"list", v.dir}).empty());
}

TEST_CASE("R6: answering yes at the terminal stops, guides and logs without content", "[cli][R6]") {
    CliVault v;
    v.openCase();
    writeFile(v.tmp / "segreto.jpg", randomBytes(100));
    const auto r = withTerminal(
        {{"[si/no]", "si"}, {"passphrase for ref", kPassphrase}},
        {CUSTODIA_CLI, "--user", "ref", "ingest", v.dir, "1", (v.tmp / "segreto.jpg").string(), "--consent", "yes"});
    INFO(r.out);
    CHECK(r.exitCode == 4);
    CHECK(r.out.find("Polizia Postale") != std::string::npos);
    CHECK(r.out.find("19696") != std::string::npos);
    CHECK(v.json({"list", v.dir}).empty());
    const auto log = v.json({"log", v.dir});
    const auto stop =
        std::find_if(log.begin(), log.end(), [](const auto& e) { return e["action"] == "acquisition.stopped_r6"; });
    REQUIRE(stop != log.end());
    CHECK(stop->dump().find("segreto") == std::string::npos);
}

TEST_CASE("R6: answering no at the terminal imports, R5 removes the source", "[cli][R6][R5]") {
    CliVault v;
    v.openCase();
    writeFile(v.tmp / "chat.png", randomBytes(5000));
    const auto r = withTerminal({{"[si/no]", "no"}, {"passphrase for ref", kPassphrase}},
                                {CUSTODIA_CLI, "--user", "ref", "ingest", v.dir, "1", (v.tmp / "chat.png").string(),
                                 "--consent", "device-withheld", "--remove-source"});
    INFO(r.out);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("source removed") != std::string::npos);
    CHECK_FALSE(fs::exists(v.tmp / "chat.png"));
    const auto items = v.json({"list", v.dir});
    REQUIRE(items.size() == 1);
    CHECK(items[0]["source_removed"] == true);
    CHECK(items[0]["consent"] == "device-withheld");
}

TEST_CASE("users: the wrong passphrase, an unknown user, the recovery code", "[cli][users]") {
    CliVault v;
    auto r = runCli({"--passphrase-fd", "0", "--user", "ref", "case", "list", v.dir}, "not the passphrase\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("custodia: error: wrong passphrase for user 'ref'") != std::string::npos);
    r = runCli({"--passphrase-fd", "0", "case", "list", v.dir}, std::string(kPassphrase) + "\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("several users") != std::string::npos);
    r = runCli({"--passphrase-fd", "0", "--user", "nessuno", "case", "list", v.dir}, "x\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("the users are: ref, ds") != std::string::npos);
    // The DS forgot the passphrase: the recovery code resets it.
    r = runCli(
        {"--passphrase-fd", "0", "--kdf-work-factor", "10", "--user", "ds", "--recovery", "user", "passwd", v.dir},
        v.recoveryCode + "\nla nuova passphrase del DS\n");
    INFO(r.err);
    CHECK(r.exitCode == 0);
    r = runCli({"--passphrase-fd", "0", "--user", "ds", "case", "list", v.dir}, "la nuova passphrase del DS\n");
    CHECK(r.exitCode == 0);
    const auto users = nlohmann::json::parse(runCli({"--json", "user", "list", v.dir}).out);
    CHECK(users.size() == 2);
    CHECK(users[1]["role"] == "dirigente");
}

TEST_CASE("R13: an ex officio case shows its 48-hour deadline", "[cli][R13]") {
    CliVault v;
    auto r = v.ref({"case", "new", v.dir, "--title", "Minacce", "--ex-officio"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("R13: report to the police or the Procura due by") != std::string::npos);
    r = v.ref({"status", v.dir});
    CHECK(r.out.find("R13") != std::string::npos);
    r = v.ref({"case", "reported", v.dir, "1", "--to", "Polizia Postale di Milano", "--reference", "2026/77"});
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("reported to Polizia Postale di Milano") != std::string::npos);
    CHECK(v.ref({"status", v.dir}).out.find("R13") == std::string::npos);
}

TEST_CASE("R6: a stop can be recorded without any file", "[cli][R6]") {
    CliVault v;
    v.openCase();
    const auto r = v.ref({"r6-stop", v.dir, "1"});
    CHECK(r.exitCode == 4);
    CHECK(r.err.find("Polizia Postale") != std::string::npos);
    const auto log = v.json({"log", v.dir, "1"});
    CHECK(std::any_of(log.begin(), log.end(), [](const auto& e) { return e["action"] == "acquisition.stopped_r6"; }));
    CHECK(v.ref({"r6-stop", v.dir, "99"}).exitCode == 1);
}

TEST_CASE("status warns about R10 and R12, exit codes and help are as documented", "[cli]") {
    TempDir tmp;
    const std::string dir = (tmp / "v").string();
    auto r =
        runCli({"--passphrase-fd", "0", "--kdf-work-factor", "10", "--user", "solo", "init", dir, "--school", "Scuola"},
               std::string(kPassphrase) + "\n");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("custodia user add") != std::string::npos);  // R12 next step
    r = runCli({"status", dir, "--no-unlock"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("R12") != std::string::npos);
    CHECK(r.out.find("R10") != std::string::npos);  // /tmp is not a removable medium
    CHECK(runCli({"--help"}).exitCode == 0);
    CHECK(runCli({"ingest", "--help"}).out.find("--no-sexual-content-of-minors") != std::string::npos);
    CHECK(runCli({"frobnicate"}).exitCode == 1);
    CHECK(runCli({"status", (tmp / "nothing").string(), "--no-unlock"}).exitCode == 1);
    r = runCli({"--passphrase-fd", "0", "--user", "solo", "show", dir, "abcdef12"}, std::string(kPassphrase) + "\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("there is no item abcdef12") != std::string::npos);
    r = runCli({"--passphrase-fd", "0", "--kdf-work-factor", "10", "--user", "x", "init", dir, "--school", "S"},
               std::string(kPassphrase) + "\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("already holds a vault") != std::string::npos);
    r = runCli({"--passphrase-fd", "0", "--user", "x", "init", (tmp / "w").string(), "--school", "S"}, "short\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("shorter than 8") != std::string::npos);
    // The desktop app's rule (zxcvbn): long enough is not enough.
    r = runCli({"--passphrase-fd", "0", "--user", "x", "init", (tmp / "w").string(), "--school", "S"}, "password1\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("too easy to guess") != std::string::npos);
    CHECK_FALSE(fs::exists(tmp / "w" / "custodia.json"));
}

TEST_CASE("physical items (R9) and the proofs of the log", "[cli][R9][log]") {
    CliVault v;
    v.openCase();
    auto r = v.ref({"physical", "add", v.dir, "1", "--description", "Biglietto", "--seal", "B-12", "--kept-at",
                    "Cassaforte presidenza", "--authorized-by", "ds"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto proof = v.json({"log", "proof", v.dir, "3"});
    CHECK(proof["leaf_index"] == 2);
    CHECK_FALSE(proof["inclusion_proof"].empty());
    const auto cons = v.json({"log", "consistency", v.dir, "--from", "2"});
    CHECK(cons["old_size"] == 2);
    const auto head = v.json({"log", "head", v.dir});
    CHECK(head["signer"] == "ref");
    CHECK(head["signature"].get<std::string>().size() == 128);
}
