// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8, R4/R5/R10: live capture into the vault, from frames in memory to
// the encrypted blob, with the synthetic source (no camera, no screen).
#include "crypto/Encoding.h"
#include "crypto/Sha256.h"
#include "support/Process.h"
#include "support/TestVault.h"
#include "vault/Blob.h"
#include "vault/Cases.h"
#include "vault/Error.h"
#include "vault/Items.h"
#include "vault/capture/Capture.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace custodia;
using namespace custodia::vault;
namespace cap = custodia::vault::capture;

namespace {

struct Fixture {
    test::TestVault tv;
    Vault v = tv.unlock();
    std::int64_t caseId = cases::create(v, {"Caso cattura", std::nullopt, std::nullopt, false, std::nullopt}).id;

    Acquisition details(const char* method) const {
        Acquisition a;
        a.method = method;
        a.consent = "yes";
        a.platform = "WhatsApp";
        a.description = "chat della classe, scorsa fino al 12 gennaio";
        return a;
    }

    // The item's age identity, written where `age -i` reads it (a test
    // only: the examiner gets it from the catalog with the sqlcipher shell).
    std::filesystem::path identityFile(const std::string& itemId) {
        const auto key = items::identityOf(v, itemId);
        const auto path = tv.tmp / ("identity-" + itemId + ".txt");
        std::ofstream(path) << std::string(reinterpret_cast<const char*>(key.data()), key.size()) << "\n";
        return path;
    }

    // The plaintext as the reference `age` tool decrypts it.
    std::filesystem::path decrypted(const Item& item, const char* ext) {
        const auto out = tv.tmp / (item.id + ext);
        test::shell("age -d -i '" + identityFile(item.id).string() + "' -o '" + out.string() + "' '" +
                    v.blobPath(item.id).string() + "'");
        return out;
    }
};

std::string sha256Of(const std::filesystem::path& p) {
    const std::string out = test::shell("sha256sum '" + p.string() + "'");
    return out.substr(0, 64);
}

}  // namespace

TEST_CASE("Capture: a recording from the synthetic source is a fragmented MP4 that age and ffprobe open") {
    Fixture f;
    cap::SyntheticSource source(320, 240, 30, 45);
    const auto r =
        cap::recordVideo(f.v, f.caseId, source, f.details("camera-video"), R6Answer::NotSexualContentOfMinors, {});
    CHECK(r.frames == 45);
    CHECK(r.dropped == 0);
    CHECK(r.seconds == Approx(1.5).margin(0.01));
    CHECK(r.item.method == "camera-video");
    CHECK(r.item.device == std::optional<std::string>("synthetic 320x240@30"));
    CHECK(r.item.mime == std::optional<std::string>("video/mp4"));
    CHECK(r.item.kind == "video");

    const auto mp4 = f.decrypted(r.item, ".mp4");
    CHECK(sha256Of(mp4) == r.item.sha256.value());  // the hash of exactly the bytes encrypted
    const std::string probe = test::shell(
        "ffprobe -v error -count_frames -select_streams v:0 -show_entries "
        "stream=codec_name,width,height,nb_read_frames:format=duration -of default=nw=1 '" +
        mp4.string() + "'");
    CAPTURE(probe);
    CHECK(probe.find("codec_name=h264") != std::string::npos);
    CHECK(probe.find("width=320") != std::string::npos);
    CHECK(probe.find("nb_read_frames=45") != std::string::npos);
    CHECK(probe.find("duration=1.5") != std::string::npos);
    // Fragmented: an empty moov first, then moof/mdat pairs.
    const std::string boxes =
        test::shell("head -c 4096 '" + mp4.string() + "' | grep -a -o -E 'moov|mvex|moof' | sort -u | tr '\\n' ' '");
    CHECK(boxes.find("moov") != std::string::npos);
    CHECK(boxes.find("mvex") != std::string::npos);
    CHECK(boxes.find("moof") != std::string::npos);

    // The custody entry says how it was captured.
    const auto entries = f.v.log().entries(f.caseId);
    const auto& last = entries.back();
    CHECK(last.action == "item.ingest");
    CHECK(last.details.at("capture").at("frames") == 45);
    CHECK(last.details.at("capture").at("dropped_frames") == 0);
    CHECK(last.details.at("capture").at("resolution") == "320x240");
    // The vault reads it back and checks its hash.
    CHECK(readAndCheck(f.v, r.item, nullptr, nullptr).sha256 == r.item.sha256.value());
}

TEST_CASE("Capture: a still round trip, PNG byte for byte and no metadata") {
    Fixture f;
    cap::SyntheticSource source(320, 240, 30, 1);
    const auto r =
        cap::captureStill(f.v, f.caseId, source, "png", f.details("screenshot"), R6Answer::NotSexualContentOfMinors);
    CHECK(r.item.mime == std::optional<std::string>("image/png"));
    CHECK(r.item.method == "screenshot");
    const auto png = f.decrypted(r.item, ".png");
    CHECK(sha256Of(png) == r.item.sha256.value());
    // The pixels are the frame's: the marker is where it was drawn.
    cap::SyntheticSource again(320, 240, 30, 1);
    const auto frame = again.next().value();
    const std::string raw =
        test::shell("ffmpeg -v error -i '" + png.string() + "' -f rawvideo -pix_fmt bgr24 - | sha256sum");
    crypto::Sha256 h;
    h.update(frame.bgr);
    CHECK(raw.substr(0, 64) == crypto::toHex(h.finish()));
    CHECK(test::shell("exiftool -a -G1 -s '" + png.string() +
                      "' | grep -v -E '^\\[(ExifTool|System|File|PNG|Composite)\\]' | wc -l")
              .find("0") == 0);
}

TEST_CASE("Capture: R6 stops before a frame is read, and a bad answer leaves nothing") {
    Fixture f;
    cap::SyntheticSource source(320, 240, 30, 10);
    CHECK(test::codeOf([&] {
              (void)cap::recordVideo(f.v, f.caseId, source, f.details("camera-video"), R6Answer::SexualContentOfMinors,
                                     {});
          }) == Error::Code::StoppedByRule);
    CHECK(source.next().has_value());  // the source was not touched: its first frame is still there
    CHECK(f.v.log().entries(f.caseId).back().action == "acquisition.stopped_r6");
    // Missing consent: refused before recording, no blob left.
    Acquisition bad = f.details("camera-video");
    bad.consent = "";
    CHECK(test::codeOf([&] {
              (void)cap::recordVideo(f.v, f.caseId, source, bad, R6Answer::NotSexualContentOfMinors, {});
          }) == Error::Code::InvalidInput);
    CHECK(items::list(f.v, f.caseId).empty());
    CHECK(std::filesystem::is_empty(f.v.incomingPath("x").parent_path()));
}
