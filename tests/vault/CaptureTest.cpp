// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8, R4/R5/R10: live capture into the vault, from frames in memory to
// the encrypted blob, with the synthetic source (no camera, no screen).
#include "crypto/AgeRandomAccess.h"
#include "crypto/Encoding.h"
#include "crypto/Sha256.h"
#include "support/Process.h"
#include "support/TestVault.h"
#include "vault/Blob.h"
#include "vault/Cases.h"
#include "vault/Error.h"
#include "vault/Files.h"
#include "vault/Ingest.h"
#include "vault/Items.h"
#include "vault/capture/Capture.h"
#include "vault/capture/Encoder.h"

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

// A camera that goes away after `frames` frames.
class FailingSource final : public cap::FrameSource {
public:
    explicit FailingSource(std::int64_t frames) : inner_(320, 240, 30, 1000), left_(frames) {}
    std::optional<cap::Frame> next() override {
        if (left_-- <= 0)
            throw Error(Error::Code::Io, "the camera was unplugged");
        return inner_.next();
    }
    std::string device() const override { return "unplugged camera"; }
    int width() const override { return 320; }
    int height() const override { return 240; }
    double fps() const override { return 30; }
    bool live() const override { return false; }

private:
    cap::SyntheticSource inner_;
    std::int64_t left_;
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

TEST_CASE("Capture: a recording cut off without an end is recovered at the next unlock") {
    test::TempDir tmp;
    test::TestVault tv;
    std::string id;
    std::int64_t caseId = 0;
    std::uint64_t written = 0;
    {
        Vault v = tv.unlock();
        caseId = cases::create(v, {"Caso", std::nullopt, std::nullopt, false, std::nullopt}).id;
        Acquisition a;
        a.method = "camera-video";
        a.consent = "yes";
        a.platform = "Instagram";
        ItemWriter w(v, RecordingStart{caseId, a, "video.mp4", {{"device", "synthetic"}, {"fps", 30}}});
        // Lossless: 60 frames are several age chunks.
        cap::VideoEncoder enc(w, 320, 240, 30, {"ultrafast", 0, 1.0});
        cap::SyntheticSource source(320, 240, 30, 60);
        while (auto f = source.next())
            enc.add(*f);
        id = w.id();
        written = w.size();
        // The process "dies" here: neither the encoder nor the writer finish.
        CHECK(std::filesystem::exists(v.incomingPath(id)));
    }
    REQUIRE(written > 3 * 65536);
    Vault v = tv.unlock();
    const auto its = items::list(v, caseId);
    REQUIRE(its.size() == 1);
    const Item& item = its.front();
    CHECK(item.id == id);
    CHECK(item.interrupted);
    CHECK(item.method == "camera-video");
    CHECK(item.platform == std::optional<std::string>("Instagram"));
    CHECK(item.acquiredBy == "ref");
    CHECK(item.capture.at("device") == "synthetic");
    CHECK(item.capture.at("interrupted").at("reason") == "unfinished");
    // Whole chunks only: at most one chunk of what was written is missing.
    CHECK(static_cast<std::uint64_t>(item.size.value()) % 65536 == 0);
    CHECK(static_cast<std::uint64_t>(item.size.value()) + 65536 >= written);
    CHECK(readAndCheck(v, item, nullptr, nullptr).sha256 == item.sha256.value());
    CHECK(std::filesystem::is_empty(v.incomingPath(id).parent_path()));  // no partial, no reserve left
    // The prefix of a fragmented MP4 plays: the complete fragments' frames.
    const auto key = items::identityOf(v, id);
    std::ofstream(tmp / "key.txt") << std::string(reinterpret_cast<const char*>(key.data()), key.size()) << "\n";
    const auto mp4 = (tmp / "cut.mp4").string();
    test::shell("age -d -i '" + (tmp / "key.txt").string() + "' -o '" + mp4 + "' '" + v.blobPath(id).string() + "'");
    CHECK(sha256Of(mp4) == item.sha256.value());
    const std::string frames = test::shell(
        "ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 '" + mp4 +
        "'");
    CAPTURE(frames);
    CHECK(std::stoi(frames) >= 15);
    CHECK(std::stoi(frames) <= 60);
    const auto entries = v.log().entries(caseId);
    const auto ingest =
        std::find_if(entries.begin(), entries.end(), [](const LogEntry& e) { return e.action == "item.ingest"; });
    REQUIRE(ingest != entries.end());
    CHECK(ingest->details.at("interrupted").at("reason") == "unfinished");
    CHECK(ingest->details.at("interrupted").at("recovered_bytes") == item.size.value());
}

TEST_CASE("Capture: a recording with no complete chunk is logged as lost and leaves nothing") {
    test::TestVault tv;
    std::int64_t caseId = 0;
    std::string id;
    {
        Vault v = tv.unlock();
        caseId = cases::create(v, {"Caso", std::nullopt, std::nullopt, false, std::nullopt}).id;
        Acquisition a;
        a.method = "camera-video";
        a.consent = "yes";
        ItemWriter w(v, RecordingStart{caseId, a, "video.mp4", nlohmann::json::object()});
        w.write(test::randomBytes(1000));
        id = w.id();
    }
    Vault v = tv.unlock();
    CHECK(items::list(v, caseId).empty());
    CHECK(std::filesystem::is_empty(v.incomingPath(id).parent_path()));
    const auto entries = v.log().entries(caseId);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().action == "recording.lost");
    CHECK(entries.back().details.at("recording") == id);
}

TEST_CASE("Capture: a camera that goes away ends the video there, kept and marked interrupted") {
    Fixture f;
    FailingSource source(40);
    const auto r =
        cap::recordVideo(f.v, f.caseId, source, f.details("camera-video"), R6Answer::NotSexualContentOfMinors, {});
    CHECK(r.interruption == "source");
    CHECK(r.interruptionError.find("unplugged") != std::string::npos);
    CHECK(r.frames == 40);
    CHECK(r.item.interrupted);
    CHECK(r.item.capture.at("interrupted").at("reason") == "source");
    const auto mp4 = f.decrypted(r.item, ".mp4");
    CHECK(test::shell("ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of "
                      "csv=p=0 '" +
                      mp4.string() + "'")
              .find("40") == 0);
    // Before its first frame, the same failure leaves nothing at all.
    FailingSource dead(0);
    CHECK(test::codeOf([&] {
              (void)cap::recordVideo(f.v, f.caseId, dead, f.details("camera-video"), R6Answer::NotSexualContentOfMinors,
                                     {});
          }) == Error::Code::Io);
    CHECK(items::list(f.v, f.caseId).size() == 1);
    CHECK(std::filesystem::is_empty(f.v.incomingPath("x").parent_path()));
    auto st = f.v.db().prepare("SELECT COUNT(*) FROM recordings");
    REQUIRE(st.step());
    CHECK(st.int64At(0) == 0);
}

namespace {

// Pauses `pausable` while the inner synthetic source makes frames 30 to 59.
class ScriptedSource final : public cap::FrameSource {
public:
    cap::PausableSource* pausable = nullptr;
    std::optional<cap::Frame> next() override {
        if (made_ == 30)
            pausable->pause();
        if (made_ == 60)
            pausable->resume();
        ++made_;
        return inner_.next();
    }
    std::string device() const override { return inner_.device(); }
    int width() const override { return 320; }
    int height() const override { return 240; }
    double fps() const override { return 30; }
    bool live() const override { return false; }

private:
    cap::SyntheticSource inner_{320, 240, 30, 90};
    int made_ = 0;
};

}  // namespace

TEST_CASE("Capture: a pause leaves no hole and the R4 details asked after the recording are stored") {
    Fixture f;
    ScriptedSource inner;
    cap::PausableSource source(inner);
    inner.pausable = &source;
    cap::RecordOptions options;
    options.pausable = &source;
    int asked = 0;
    options.detailsAfter = [&](const cap::CaptureResult& captured, const std::string& problem) {
        ++asked;
        CHECK(captured.frames == 60);
        // While the form is open the recording is already whole on the
        // medium: its partial blob is a complete age file (final chunk).
        auto st = f.v.db().prepare("SELECT item_id, age_identity FROM recordings");
        REQUIRE(st.step());
        const std::string id = st.textAt(0);
        const auto key = crypto::age::X25519Identity::parse(st.secretAt(1).view());
        const auto fd = files::openRead(f.v.incomingPath(id));
        crypto::age::FdPositionalSource blob(fd.get());
        const crypto::age::Identity* ids[] = {&key};
        CHECK_NOTHROW(crypto::age::RandomAccessDecryptor(blob, ids));
        Acquisition a = f.details("camera-video");
        a.platform = "Telegram";
        a.postedAt = asked == 1 ? std::optional<std::string>("ieri sera") : std::nullopt;
        CHECK(problem.empty() == (asked == 1));  // the refused answer comes back with its reason
        return a;
    };
    const auto r =
        cap::recordVideo(f.v, f.caseId, source, f.details("camera-video"), R6Answer::NotSexualContentOfMinors, options);
    CHECK(asked == 2);
    CHECK(r.frames == 60);
    CHECK(r.seconds == Approx(2.0).margin(0.01));  // 60 frames at 30 fps: no second of hole
    CHECK(r.item.platform == std::optional<std::string>("Telegram"));
    CHECK(r.item.method == "camera-video");
    CHECK(r.item.capture.at("paused_seconds").get<double>() == Approx(1.0).margin(0.05));
    const auto mp4 = f.decrypted(r.item, ".mp4");
    const std::string duration =
        test::shell("ffprobe -v error -show_entries format=duration -of csv=p=0 '" + mp4.string() + "'");
    CHECK(std::stod(duration) == Approx(2.0).margin(0.05));
}

TEST_CASE("Capture: a pushed source keeps the newest frames and drops frames of another size") {
    cap::PushSource s("camera", 320, 240, 30);
    cap::SyntheticSource gen(320, 240, 30, 5);
    std::vector<std::int64_t> times;
    for (int i = 0; i < 4; ++i) {
        auto frame = *gen.next();
        times.push_back(frame.micros);
        s.push(std::move(frame));
    }
    cap::SyntheticSource other(640, 480, 30, 1);
    s.push(*other.next());
    CHECK(s.dropped() == 3);  // two older frames pushed out, one of the wrong size
    CHECK(s.next()->micros == times[2]);
    s.close();
    const auto last = s.next();  // what was queued before close() is still read
    REQUIRE(last.has_value());
    CHECK(last->micros == times[3]);
    CHECK_FALSE(s.next().has_value());

    // A camera that stops sending: after the stall time next() says so,
    // and so does one that reports an error.
    cap::PushSource stalled("camera", 320, 240, 30, std::chrono::milliseconds(100));
    stalled.push(*cap::SyntheticSource(320, 240, 30, 1).next());
    CHECK(stalled.next().has_value());
    CHECK(test::codeOf([&] { (void)stalled.next(); }) == Error::Code::Io);
    cap::PushSource unplugged("camera", 320, 240, 30);
    unplugged.fail("the camera was unplugged");
    CHECK(test::codeOf([&] { (void)unplugged.next(); }) == Error::Code::Io);
}

TEST_CASE("Capture: sound asked for is AAC in the same MP4 and lasts as long as the pictures") {
    Fixture f;
    cap::SyntheticSource source(320, 240, 30, 60);
    cap::SyntheticAudio tone(48000, 1, 2.0);
    cap::RecordOptions options;
    options.audio = &tone;
    const auto r =
        cap::recordVideo(f.v, f.caseId, source, f.details("camera-video"), R6Answer::NotSexualContentOfMinors, options);
    CHECK(r.frames == 60);
    CHECK(r.item.capture.at("audio") == "aac 48000 Hz 1 ch");
    CHECK(r.item.capture.at("audio_device") == "synthetic tone");
    CHECK(r.item.capture.at("audio_seconds").get<double>() == Approx(2.0).margin(0.03));
    const auto mp4 = f.decrypted(r.item, ".mp4");
    CHECK(sha256Of(mp4) == r.item.sha256.value());
    const std::string streams = test::shell(
        "ffprobe -v error -show_entries stream=codec_name,sample_rate,duration "
        "-of default=nw=1 '" +
        mp4.string() + "'");
    CAPTURE(streams);
    CHECK(streams.find("codec_name=h264") != std::string::npos);
    CHECK(streams.find("codec_name=aac") != std::string::npos);
    CHECK(streams.find("sample_rate=48000") != std::string::npos);
    // The tone decodes back at the synthetic signal's loudness (a sine of
    // amplitude 8000 of 32768: RMS -15.3 dBFS), not silence or noise.
    const std::string volume = test::shell("ffmpeg -v info -i '" + mp4.string() +
                                           "' -map 0:a -af volumedetect -f null - 2>&1 | grep mean_volume");
    CAPTURE(volume);
    const double meanDb = std::stod(volume.substr(volume.find(':') + 1));
    CHECK(meanDb == Approx(-15.3).margin(1.0));
    // Without --audio there is no sound track at all.
    cap::SyntheticSource silent(320, 240, 30, 10);
    const auto quiet =
        cap::recordVideo(f.v, f.caseId, silent, f.details("camera-video"), R6Answer::NotSexualContentOfMinors, {});
    CHECK_FALSE(quiet.item.capture.contains("audio"));
    CHECK(test::shell("ffprobe -v error -select_streams a -show_entries stream=codec_name -of csv=p=0 '" +
                      f.decrypted(quiet.item, ".mp4").string() + "'")
              .empty());
}
