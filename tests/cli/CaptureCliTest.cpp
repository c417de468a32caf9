// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8 through the command line, under a private Xvfb: a screenshot of a
// screen showing a known picture gives that picture back; a 3-second screen
// recording plays for 3 seconds; no camera is said plainly.
#include "support/CliFixture.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <chrono>
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

    Xvfb(const std::string& picture, const TempDir& tmp) {
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
        viewer = std::stoi(
            shell("DISPLAY=" + display + " display -geometry +0+0 '" + picture + "' > /dev/null 2>&1 & echo $!"));
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
    Xvfb x(picture, cv.tmp);
    const std::map<std::string, std::string> env{{"DISPLAY", x.display}};

    auto r = cv.ref({"capture", "devices"}, env);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("screen  " + x.display + "  640x480") != std::string::npos);

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

    // Without an X11 display: said plainly.
    r = cv.ref({"capture", "screenshot", cv.dir, "1", "--consent", "yes", "--no-sexual-content-of-minors"},
               {{"DISPLAY", ""}});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("X11") != std::string::npos);
    CHECK(cv.ref({"log", "verify", cv.dir}).exitCode == 0);
}
