// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8 through the command line, under a private Xvfb: a screenshot of a
// screen showing a known picture gives that picture back; a 3-second screen
// recording plays for 3 seconds; no camera is said plainly; a recording
// killed with SIGKILL, or cut by a full or a removed medium, is kept.
#include "support/CliFixture.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace custodia::test;

namespace {

// Xvfb on a free display number, with ImageMagick's `display` showing
// `picture` at the top left (no window manager: no decorations).
struct Xvfb {
    std::string display;
    pid_t server = 0;
    pid_t viewer = 0;

    // `picture` is shown with `display`, or, with `animated`, as the frames
    // of `animate` (a screen that changes: a recording of it grows fast).
    Xvfb(const std::string& picture, const TempDir& tmp, bool animated = false) {
        for (int n = 90 + static_cast<int>(::getpid() % 50); n < 200 && display.empty(); ++n) {
            if (!std::filesystem::exists("/tmp/.X11-unix/X" + std::to_string(n)) &&
                !std::filesystem::exists("/tmp/.X" + std::to_string(n) + "-lock"))
                display = ":" + std::to_string(n);
        }
        REQUIRE_FALSE(display.empty());
        const auto log = (tmp / "xvfb.log").string();
        server =
            std::stoi(shell("Xvfb " + display + " -screen 0 640x480x24 -nolisten tcp > '" + log + "' 2>&1 & echo $!"));
        waitFor("xdpyinfo -display " + display + " > /dev/null 2>&1");
        viewer = std::stoi(shell("DISPLAY=" + display + (animated ? " animate -delay 10 " : " display ") +
                                 "-geometry +0+0 " + picture + " > /dev/null 2>&1 & echo $!"));
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // the window is mapped and drawn
    }
    ~Xvfb() {
        if (viewer > 0)
            ::kill(viewer, SIGTERM);
        if (server > 0)
            ::kill(server, SIGTERM);
    }
    static void waitFor(const std::string& probe) {
        for (int i = 0; i < 50; ++i) {
            if (std::system(probe.c_str()) == 0)
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
};

}  // namespace

TEST_CASE("capture screenshot and screen under Xvfb and capture camera without a camera", "[cli][capture]") {
    CliVault cv;
    cv.openCase();
    // A picture with a known pattern, shown on the screen (flat colours: the
    // viewer dithers a gradient).
    const auto picture = (cv.tmp / "known.png").string();
    shell(
        "convert -size 200x120 xc:'#2050a0' -fill '#f0d020' -draw 'rectangle 20,20 80,60' -fill '#c03030' "
        "-draw 'rectangle 100,30 180,100' -depth 8 PNG24:'" +
        picture + "'");
    Xvfb x("'" + picture + "'", cv.tmp);
    const std::map<std::string, std::string> env{{"DISPLAY", x.display}};

    auto r = cv.ref({"capture", "devices"}, env);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("screen  " + x.display + "  640x480") != std::string::npos);
    // The viewer's window is listed with its id, and a screenshot of it
    // alone is the picture itself.
    r = cv.ref({"--json", "capture", "devices"}, env);
    REQUIRE(r.exitCode == 0);
    std::string windowId;
    const auto devices = nlohmann::json::parse(r.out);
    for (const auto& w : devices.at("windows"))
        if (w.at("title").get<std::string>().find("known.png") != std::string::npos)
            windowId = w.at("id").get<std::string>();
    INFO(r.out);
    REQUIRE_FALSE(windowId.empty());
    r = cv.ref({"--json", "capture", "screenshot", cv.dir, "1", "--window", windowId, "--consent", "yes",
                "--no-sexual-content-of-minors"},
               env);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto windowShot = (cv.tmp / "window.png").string();
    REQUIRE(cv.ref({"extract", cv.dir, nlohmann::json::parse(r.out).at("id").get<std::string>(), "--to", windowShot})
                .exitCode == 0);
    const std::string windowDiff = shell("convert '" + windowShot +
                                         "' -crop 200x120+0+0 +repage png:- | compare "
                                         "-metric AE - '" +
                                         picture + "' null: 2>&1; true");
    CHECK(windowDiff.substr(0, windowDiff.find_first_of(" \n")) == "0");

    r = cv.ref({"--json", "capture", "screenshot", cv.dir, "1", "--consent", "yes", "--no-sexual-content-of-minors",
                "--platform", "sito web", "--description", "pagina del profilo"},
               env);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto shot = nlohmann::json::parse(r.out);
    CHECK(shot["method"] == "screenshot");
    CHECK(shot["mime"] == "image/png");
    // Out of the vault with the standard path (extract), compared by pixels:
    // the picture is at the top left, inside the window's 2-pixel border.
    const auto out = (cv.tmp / "shot.png").string();
    REQUIRE(cv.ref({"extract", cv.dir, shot["id"].get<std::string>(), "--to", out}).exitCode == 0);
    CHECK(shell("identify -format '%wx%h' '" + out + "'") == "640x480");
    const std::string diff = shell("convert '" + out + "' -crop 200x120+2+2 +repage png:- | compare -metric AE - '" +
                                   picture + "' null: 2>&1; true");
    CHECK(diff.substr(0, diff.find_first_of(" \n")) == "0");

    r = cv.ref({"--json", "capture", "screen", cv.dir, "1", "--duration", "3", "--fps", "10", "--consent", "yes",
                "--no-sexual-content-of-minors"},
               env);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto rec = nlohmann::json::parse(r.out);
    CHECK(rec["method"] == "screen-recording");
    CHECK(rec["capture"]["seconds"].get<double>() == Approx(3.0).margin(0.35));
    const auto mp4 = (cv.tmp / "screen.mp4").string();
    REQUIRE(cv.ref({"extract", cv.dir, rec["id"].get<std::string>(), "--to", mp4}).exitCode == 0);
    const std::string probe = shell("ffprobe -v error -show_entries format=duration -of csv=p=0 '" + mp4 + "'");
    CHECK(std::stod(probe) == Approx(3.0).margin(0.35));

    // No camera here: said plainly, exit code 1, nothing asked.
    r = cv.ref({"capture", "camera", cv.dir, "1", "--photo", "--device", "/dev/video-none", "--consent", "yes",
                "--no-sexual-content-of-minors"},
               env);
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("no camera") != std::string::npos);

    // Sound asked for where there is no microphone (no sound server here):
    // said plainly, before anything is asked or recorded.
    r = cv.ref({"capture", "screen", cv.dir, "1", "--duration", "2", "--audio", "--audio-device", "no-such-mic",
                "--consent", "yes", "--no-sexual-content-of-minors"},
               {{"DISPLAY", x.display}, {"PULSE_SERVER", "unix:/nonexistent"}});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("no microphone") != std::string::npos);

    // Without an X11 display: said plainly.
    r = cv.ref({"capture", "screenshot", cv.dir, "1", "--consent", "yes", "--no-sexual-content-of-minors"},
               {{"DISPLAY", ""}});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("X11") != std::string::npos);
    CHECK(cv.ref({"log", "verify", cv.dir}).exitCode == 0);
}

namespace {

// The one item of the vault, after an unlock (which recovers what a killed
// recording left), checked as an examiner would: the bytes out of the vault
// have the recorded SHA-256 (sha256sum), the video plays (ffprobe) and `age
// -d` opens the blob with the item's key.
nlohmann::json checkInterrupted(CliVault& cv, const std::string& reason, double minSeconds) {
    const auto items = cv.json({"list", cv.dir});
    REQUIRE(items.size() == 1);
    const auto& item = items.at(0);
    CHECK(item["interrupted"] == true);
    CHECK(item["method"] == "screen-recording");
    CHECK(item["capture"]["interrupted"]["reason"] == reason);
    CHECK(item["capture"]["resolution"] == "640x480");
    const std::string id = item["id"];
    const auto mp4 = (cv.tmp / (reason + ".mp4")).string();
    REQUIRE(cv.ref({"extract", cv.dir, id, "--to", mp4}).exitCode == 0);
    CHECK(shell("sha256sum '" + mp4 + "' | cut -d' ' -f1 | tr -d '\\n'") == item["sha256"].get<std::string>());
    const std::string frames = shell(
        "ffprobe -v error -count_frames -select_streams v:0 -show_entries "
        "stream=nb_read_frames -of csv=p=0 '" +
        mp4 + "'");
    INFO("frames read by ffprobe: " << frames);
    CHECK(std::stoi(frames) >= static_cast<int>(minSeconds * 10));
    const auto key = cv.ref({"key", cv.dir, id, "--age-identity"});
    REQUIRE(key.exitCode == 0);
    writeFile(cv.tmp / "item.key", std::vector<std::uint8_t>(key.out.begin(), key.out.end()));
    const auto blob = cv.dir + "/blobs/" + id.substr(0, 2) + "/" + id + ".age";
    CHECK(shell("age -d -i '" + (cv.tmp / "item.key").string() + "' '" + blob +
                "' | sha256sum | cut -d' ' -f1 | tr -d '\\n'") == item["sha256"].get<std::string>());
    CHECK(std::filesystem::is_empty(cv.dir + "/blobs/.incoming"));
    const auto verify = cv.ref({"log", "verify", cv.dir});
    INFO(verify.out << verify.err);
    CHECK(verify.exitCode == 0);
    return item;
}

std::uintmax_t partialBytes(const std::string& dir) {
    std::uintmax_t n = 0;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir + "/blobs/.incoming", ec))
        if (e.path().string().ends_with(".age.partial"))
            n = std::max(n, e.file_size(ec));
    return n;
}

}  // namespace

TEST_CASE("an interrupted screen recording is kept: SIGKILL and a full or removed medium", "[cli][capture]") {
    TempDir frames;
    std::string pictures;
    for (int i = 0; i < 6; ++i) {
        const auto f = (frames / ("noise" + std::to_string(i) + ".png")).string();
        shell("convert -size 320x240 xc:gray -seed " + std::to_string(i + 1) + " +noise Random '" + f + "'");
        pictures += "'" + f + "' ";
    }
    Xvfb x(pictures, frames, true);
    const std::map<std::string, std::string> env{{"DISPLAY", x.display}};
    const std::vector<std::string> record{"--json",     "capture",    "screen", "",
                                          "1",          "--duration", "60",     "--fps",
                                          "10",         "--consent",  "yes",    "--no-sexual-content-of-minors",
                                          "--platform", "WhatsApp"};
    const auto recordIn = [&](const CliVault& cv) {
        auto args = record;
        args[3] = cv.dir;
        return args;
    };

    SECTION("killed with SIGKILL: recovered at the next unlock") {
        CliVault cv;
        cv.openCase();
        std::vector<std::string> argv{CUSTODIA_CLI, "--passphrase-fd", "0", "--user", "ref"};
        for (const auto& a : recordIn(cv))
            argv.push_back(a);
        const pid_t pid = spawn(argv, std::string(kPassphrase) + "\n", env);
        // Killed once some 3 s of noisy screen are in the blob.
        for (int i = 0; i < 300 && partialBytes(cv.dir) < 600 * 1024; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        REQUIRE(partialBytes(cv.dir) >= 600 * 1024);
        ::kill(pid, SIGKILL);
        REQUIRE(wait(pid) == -SIGKILL);
        // Opened first while the medium refuses every write to the blob: the
        // vault opens all the same and the recording waits (logged).
        const std::map<std::string, std::string> failing{
            {"LD_PRELOAD", CUSTODIA_FAULT_LIB}, {"ASAN_OPTIONS", "verify_asan_link_order=0:detect_leaks=0"},
            {"CUSTODIA_FAULT_OP", "write"},     {"CUSTODIA_FAULT_PATH", ".age.partial"},
            {"CUSTODIA_FAULT_AFTER", "0"},      {"CUSTODIA_FAULT_ERRNO", "5"}};
        const auto deferred = cv.ref({"--json", "list", cv.dir}, failing);
        INFO(deferred.err);
        CHECK(deferred.exitCode == 0);
        CHECK(nlohmann::json::parse(deferred.out).empty());
        CHECK(partialBytes(cv.dir) > 0);
        const auto item = checkInterrupted(cv, "unfinished", 1.0);
        CHECK(item["platform"] == "WhatsApp");  // the R4 details given at the start
        const auto show = cv.ref({"show", cv.dir, item["id"]});
        CHECK(show.out.find("INTERRUPTED:   the recording never finished") != std::string::npos);
        const auto log = cv.json({"log", cv.dir});
        bool logged = false;
        bool wasDeferred = false;
        for (const auto& e : log) {
            logged |= e["action"] == "item.ingest" && e["details"]["interrupted"]["reason"] == "unfinished";
            wasDeferred |= e["action"] == "recording.recovery_deferred";
        }
        CHECK(logged);
        CHECK(wasDeferred);
    }

    SECTION("a full medium stops the recording and keeps what was written") {
        CliVault cv;
        cv.openCase();
        const std::map<std::string, std::string> full{{"DISPLAY", x.display},
                                                      {"LD_PRELOAD", CUSTODIA_FAULT_LIB},
                                                      {"ASAN_OPTIONS", "verify_asan_link_order=0:detect_leaks=0"},
                                                      {"CUSTODIA_FAULT_OP", "append"},
                                                      {"CUSTODIA_FAULT_PATH", ".age.partial"},
                                                      {"CUSTODIA_FAULT_AFTER", std::to_string(700 * 1024)},
                                                      {"CUSTODIA_FAULT_ERRNO", "28"}};
        const auto r = cv.ref(recordIn(cv), full);
        INFO(r.err);
        CHECK(r.exitCode == 3);
        CHECK(r.err.find("Everything written before that is kept") != std::string::npos);
        const auto out = nlohmann::json::parse(r.out);
        CHECK(out["interrupted"] == true);
        CHECK(out["interruption"]["reason"] == "medium");
        const auto item = checkInterrupted(cv, "medium", 1.0);
        CHECK(item["id"] == out["id"]);
        CHECK(item["blob_size"].get<std::int64_t>() <= 700 * 1024);
    }

    SECTION("a removed medium: nothing can be written, the next unlock recovers it") {
        CliVault cv;
        cv.openCase();
        const std::map<std::string, std::string> gone{{"DISPLAY", x.display},
                                                      {"LD_PRELOAD", CUSTODIA_FAULT_LIB},
                                                      {"ASAN_OPTIONS", "verify_asan_link_order=0:detect_leaks=0"},
                                                      {"CUSTODIA_FAULT_OP", "write"},
                                                      {"CUSTODIA_FAULT_PATH", ".age.partial"},
                                                      {"CUSTODIA_FAULT_AFTER", std::to_string(700 * 1024)},
                                                      {"CUSTODIA_FAULT_ERRNO", "5"}};
        const auto r = cv.ref(recordIn(cv), gone);
        INFO(r.err);
        CHECK(r.exitCode == 3);
        CHECK(r.err.find("open the vault again") != std::string::npos);
        CHECK(partialBytes(cv.dir) > 0);
        checkInterrupted(cv, "unfinished", 1.0);
    }
}
