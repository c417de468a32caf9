// SPDX-License-Identifier: GPL-3.0-or-later
// R7 through the command line: redact outside a vault, the review commands
// (each a new process: the decisions survive restarts), the consult export.
#include "ChatPicture.h"

#include "support/CliFixture.h"

#include <catch2/catch.hpp>
#include <opencv2/imgcodecs.hpp>

#include <filesystem>

using namespace custodia::test;
namespace fs = std::filesystem;

namespace {

ChatPicture chat() {
    ChatPicture c;
    c.header = "Gruppo 2^D Alfieri";
    c.messages = {{"Sara Conti", "Luca sei ridicolo"}, {"", "il numero di Luca è 333 765 4321"}};
    return c;
}

constexpr const char* kRoster =
    R"({"people": [{"name": "Luca", "surname": "Ferri", "nicknames": ["Lucky"], "class": "2D",
        "school": "Scuola media Alfieri", "phones": ["3337654321"], "handles": []},
       {"name": "Sara", "surname": "Conti"}]})";

}  // namespace

TEST_CASE("redact --roster: pictures outside a vault, same name and size, regions as JSON", "[cli][redact][R7]") {
    TempDir tmp;
    writeFile(tmp / "roster.json", std::string(kRoster));
    writeFile(tmp / "chat.png", chat().encode());
    writeFile(tmp / "photo.jpg", chat().encode("jpg"));
    const auto r = runCli({"redact", "--roster", (tmp / "roster.json").string(), "--to", (tmp / "out").string(),
                           "--json", (tmp / "chat.png").string(), (tmp / "photo.jpg").string()});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["files"].size() == 2);
    for (const auto& f : j["files"]) {
        CHECK(f["needs_review"] == false);
        CHECK(f["regions"].size() >= 3);
        const cv::Mat out = cv::imread(f["output"].get<std::string>());
        CHECK(out.cols == 1080);
        CHECK(out.rows == 2340);
        for (const auto& reg : f["regions"]) {
            CHECK(reg["box"].size() == 4);
            CHECK(reg.contains("kind"));
            CHECK(reg.contains("reason"));
            CHECK(reg.contains("confidence"));
        }
    }
    CHECK(fs::exists(tmp / "out" / "chat.png"));
    CHECK(fs::exists(tmp / "out" / "photo.jpg"));
    const std::string read = shell("tesseract '" + (tmp / "out" / "chat.png").string() + "' - -l ita+eng 2>/dev/null");
    for (const char* s : {"Luca", "Sara", "Conti", "333", "4321", "Alfieri"}) {
        CAPTURE(s);
        CHECK(read.find(s) == std::string::npos);
    }
}

TEST_CASE("redact --roster: bad rosters, missing files and overwriting the original are refused", "[cli][redact]") {
    TempDir tmp;
    writeFile(tmp / "chat.png", chat().encode());
    writeFile(tmp / "bad.json", std::string("{\"people\": [{\"name\": 3}]}"));
    writeFile(tmp / "notjson.json", std::string("{people"));
    writeFile(tmp / "roster.json", std::string(kRoster));
    auto r = runCli(
        {"redact", "--roster", (tmp / "bad.json").string(), "--to", (tmp / "o").string(), (tmp / "chat.png").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("name") != std::string::npos);
    r = runCli({"redact", "--roster", (tmp / "notjson.json").string(), "--to", (tmp / "o").string(),
                (tmp / "chat.png").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("not valid JSON") != std::string::npos);
    r = runCli({"redact", "--roster", (tmp / "roster.json").string(), "--to", (tmp / "o").string(),
                (tmp / "missing.png").string()});
    CHECK(r.exitCode != 0);
    CHECK(r.err.find("missing.png") != std::string::npos);
    r = runCli({"redact", "--roster", (tmp / "roster.json").string(), "--to", tmp.path().string(),
                (tmp / "chat.png").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("overwrite the original") != std::string::npos);
    writeFile(tmp / "fake.png", std::string("this is not a picture"));
    r = runCli({"redact", "--roster", (tmp / "roster.json").string(), "--to", (tmp / "o").string(),
                (tmp / "fake.png").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("cannot be decoded") != std::string::npos);
}

TEST_CASE("redact plan/show/add/remove/approve and export consult through the CLI", "[cli][redact][R7]") {
    CliVault cv;
    cv.openCase();
    REQUIRE(
        cv.ref({"person", "add", cv.dir, "1", "--name", "Luca", "--surname", "Ferri", "--nickname", "Lucky", "--class",
                "2D", "--school", "Scuola media Alfieri", "--phone", "3337654321", "--role", "vittima", "--minor"})
            .exitCode == 0);
    REQUIRE(cv.ref({"person", "add", cv.dir, "1", "--name", "Sara", "--surname", "Conti", "--role", "presunto-autore"})
                .exitCode == 0);
    writeFile(cv.tmp / "chat.png", chat().encode());
    const std::string item =
        cv.ingest((cv.tmp / "chat.png").string(), {"--description", "Sara Conti deride Luca Ferri della 2D"});

    // Before a plan: the export refuses, and says what to do.
    auto r = cv.ref({"export", "consult", cv.dir, "1", "--to", (cv.tmp / "c0").string(), "--item", item});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("redact plan") != std::string::npos);

    const auto plan = cv.json({"redact", "plan", cv.dir, "1"});
    REQUIRE(plan["plans"].size() == 1);
    const auto regions = plan["plans"][0]["regions"];
    REQUIRE(regions.size() >= 3);
    const std::string first = regions[0]["id"];

    r = cv.ref({"redact", "remove", cv.dir, item, first, "--note", "non identifica"});
    CHECK(r.exitCode == 0);
    r = cv.ref({"redact", "add", cv.dir, item, "--box", "100,2000,400,80", "--kind", "face"});
    CHECK(r.exitCode == 0);
    r = cv.ref({"redact", "add", cv.dir, item, "--box", "100,2000,0,80"});
    CHECK(r.exitCode == 1);
    r = cv.ref({"redact", "add", cv.dir, item, "--box", "a,b,c,d"});
    CHECK(r.exitCode == 1);
    r = cv.ref({"redact", "add", cv.dir, item, "--box", "1,2,3,4", "--kind", "tattoo"});
    CHECK(r.exitCode == 1);
    r = cv.ref({"redact", "add", cv.dir, item, "--box", "1,2,3,4", "--frame", "2"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("a picture has no frames") != std::string::npos);
    // A removal undone, then removed again.
    const std::string second = regions[1]["id"];
    CHECK(cv.ref({"redact", "remove", cv.dir, item, second}).exitCode == 0);
    r = cv.ref({"redact", "restore", cv.dir, item, second});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("hidden again") != std::string::npos);
    CHECK(cv.ref({"redact", "restore", cv.dir, item, second}).exitCode == 1);
    r = cv.ref({"redact", "approve", cv.dir, item});
    CHECK(r.exitCode == 0);

    // Each command is a new process: the decisions were kept.
    const auto shown = cv.json({"redact", "show", cv.dir, item});
    CHECK(shown["status"] == "approved");
    CHECK(shown["regions"][0]["removed"] == true);
    CHECK(shown["regions"][0]["note"] == "non identifica");
    CHECK(shown["regions"].back()["kind"] == "face");
    CHECK(shown["regions"].back()["source"] == "manual");
    r = cv.ref({"redact", "show", cv.dir, item});
    CHECK(r.out.find("approved by ref") != std::string::npos);

    const auto dest = cv.tmp / "consulto";
    const auto out = cv.json({"export", "consult", cv.dir, "1", "--to", dest.string(), "--recipient",
                              "Telefono Azzurro", "--purpose", "consulenza"});
    REQUIRE(out["items"].size() == 1);
    CHECK(out["items"][0]["file"] == "elemento-01.png");
    shell("cd '" + dest.string() + "' && sha256sum -c --strict --quiet SHA256SUMS");
    const std::string sheet = shell("pdftotext '" + (dest / "scheda-consulto.pdf").string() + "' -");
    CHECK(sheet.find("Minore A – vittima") != std::string::npos);
    CHECK(sheet.find("Minore B – presunto autore") != std::string::npos);
    for (const char* s : {"Luca", "Ferri", "Sara", "Conti", "2D", "Alfieri", "333"}) {
        CAPTURE(s);
        CHECK(sheet.find(s) == std::string::npos);
    }
    const std::string log = cv.ref({"log", cv.dir}).out;
    for (const char* a :
         {"redact.plan", "redact.remove", "redact.restore", "redact.add", "redact.approve", "export.consult"}) {
        CAPTURE(a);
        CHECK(log.find(a) != std::string::npos);
    }
    CHECK(cv.ref({"log", "verify", cv.dir}).exitCode == 0);
}

TEST_CASE("redact screen: corners set by hand, shown, refused when wrong, undone with --auto", "[cli][redact][R7]") {
    CliVault cv;
    cv.openCase();
    REQUIRE(
        cv.ref({"person", "add", cv.dir, "1", "--name", "Luca", "--surname", "Ferri", "--role", "vittima", "--minor"})
            .exitCode == 0);
    writeFile(cv.tmp / "chat.png", chat().encode());
    const std::string item = cv.ingest((cv.tmp / "chat.png").string(), {});
    REQUIRE(cv.ref({"redact", "plan", cv.dir, "1"}).exitCode == 0);

    auto r = cv.ref({"redact", "screen", cv.dir, item});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("--auto") != std::string::npos);
    r = cv.ref({"redact", "screen", cv.dir, item, "--corners", "1,2,3"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("four corners") != std::string::npos);
    r = cv.ref({"redact", "screen", cv.dir, item, "--corners", "10,10,1070,2330,1070,10,10,2330"});  // crossed
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("quadrilateral") != std::string::npos);

    r = cv.ref({"redact", "screen", cv.dir, item, "--corners", "12,20,1068,16,1070,2330,8,2326"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("on the screen you set") != std::string::npos);
    r = cv.ref({"redact", "show", cv.dir, item});
    CHECK(r.out.find("12,20 1068,16 1070,2330 8,2326 (set by the reviewer)") != std::string::npos);
    CHECK(cv.json({"redact", "show", cv.dir, item})["screen"]["set_by"] == "reviewer");

    r = cv.ref({"redact", "screen", cv.dir, item, "--auto"});
    CHECK(r.exitCode == 0);
    CHECK(cv.json({"redact", "show", cv.dir, item})["screen"].is_null());
    CHECK(cv.ref({"log", cv.dir}).out.find("redact.screen") != std::string::npos);
    CHECK(cv.ref({"log", "verify", cv.dir}).exitCode == 0);
}
