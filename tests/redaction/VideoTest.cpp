// SPDX-License-Identifier: GPL-3.0-or-later
// R7 for videos: a scrolling chat recorded at test time goes through the
// analysis (scroll tracking, detections) and the render (burn-in of every
// frame, H.264 in MP4): same length, names hidden in sampled frames, no
// audio, no metadata.
#include "ChatPicture.h"

#include "support/Process.h"
#include "support/TestVault.h"
#include "vault/redaction/Ocr.h"
#include "vault/redaction/Plans.h"
#include "vault/redaction/Video.h"

#include <catch2/catch.hpp>
#include <opencv2/imgproc.hpp>

#include <fstream>

#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

using namespace custodia;
using namespace custodia::vault::redaction;

namespace {

std::vector<vault::Person> people() {
    vault::Person p;
    p.id = 1;
    p.name = "Giulia";
    p.surname = "Bianchi";
    p.phones = {"+39 347 123 4567"};
    return {p};
}

// 90 frames (3 s at 30 fps) of a 540x960 window scrolling down a tall chat,
// with a silent audio track and a title, made with the ffmpeg CLI.
std::filesystem::path makeVideo(const test::TempDir& tmp) {
    test::ChatPicture c;
    c.header = "Gruppo classe";
    c.width = 540;
    c.height = 2400;
    const char* const texts[] = {"chiamami al 347 123 4567",
                                 "nessuno ti vuole",
                                 "domani a ricreazione",
                                 "hai visto la foto?",
                                 "sei ridicolo",
                                 "non venire alla festa",
                                 "ahahah"};
    for (int i = 0; i < 13; ++i)
        c.messages.push_back({i % 2 == 0 ? "Giulia Bianchi" : "", texts[i % 7]});
    const cv::Mat tall = decodeImage(c.encode());
    const auto raw = tmp / "frames.bgr";
    std::ofstream out(raw, std::ios::binary);
    for (int f = 0; f < 90; ++f) {
        const int y = std::min(tall.rows - 960, f * 12);
        cv::Mat frame = tall(cv::Rect(0, y, 540, 960)).clone();
        // The header and the input bar stay in place, as in a real app.
        tall(cv::Rect(0, 0, 540, 130)).copyTo(frame(cv::Rect(0, 0, 540, 130)));
        frame(cv::Rect(0, 880, 540, 80)).setTo(cv::Scalar(240, 240, 240));
        cv::putText(frame, "Messaggio", cv::Point(30, 930), cv::FONT_HERSHEY_SIMPLEX, 1.0, cv::Scalar(120, 120, 120),
                    2);
        out.write(reinterpret_cast<const char*>(frame.data), static_cast<std::streamsize>(frame.total() * 3));
    }
    out.close();
    const auto mp4 = tmp / "chat.mp4";
    test::shell("ffmpeg -v error -y -f rawvideo -pix_fmt bgr24 -s 540x960 -r 30 -i '" + raw.string() +
                "' -f lavfi -i anullsrc=r=44100:cl=mono -shortest -metadata title='Giulia Bianchi' "
                "-c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac '" +
                mp4.string() + "'");
    return mp4;
}

// What OCR reads in frames `frames` of `mp4`: one ffmpeg call writes them
// as PNGs, Tesseract reads them in this process.
std::vector<std::string> readFrames(const std::filesystem::path& mp4, const std::vector<int>& frames,
                                    const test::TempDir& tmp) {
    std::string select;
    for (const int f : frames)
        select += (select.empty() ? "" : "+") + std::string("eq(n\\,") + std::to_string(f) + ")";
    const auto dir = tmp / ("frames-" + mp4.stem().string());
    std::filesystem::create_directories(dir);
    test::shell("ffmpeg -v error -y -i '" + mp4.string() + "' -vf 'select=" + select + "' -vsync 0 '" +
                (dir / "f%02d.png").string() + "'");
    OcrEngine ocr;
    std::vector<std::string> out;
    for (std::size_t i = 1; i <= frames.size(); ++i) {
        char name[16];
        std::snprintf(name, sizeof name, "f%02zu.png", i);
        cv::Mat gray;
        cv::cvtColor(decodeImage(test::readAll(dir / name)), gray, cv::COLOR_BGR2GRAY);
        std::string text;
        for (const auto prep : {Preparation::Gray, Preparation::Inverted})
            for (const auto& w : ocr.read(gray, prep))
                text += w.text + " ";
        out.push_back(text);
    }
    return out;
}

}  // namespace

TEST_CASE("Video: a scrolling chat keeps its length and shows no name in sampled frames") {
    test::TempDir tmp;
    const auto in = makeVideo(tmp);
    // The input does show the names.
    REQUIRE(readFrames(in, {45}, tmp)[0].find("Giulia") != std::string::npos);

    Redactor redactor(rosterOf(people()));
    FileVideoInput input(in);
    const auto analysis = analyseVideo(input, redactor, nullptr);
    CHECK(analysis.track.frames() == 90);
    CHECK(analysis.track.width == 540);
    CHECK(analysis.track.height == 960);
    CHECK(analysis.track.detections.size() >= 3);  // at least once a second
    CHECK(analysis.track.shots.size() == 1);       // a scroll is not a cut
    // The scroll was followed: 12 px a frame, within a few pixels.
    const auto& last = analysis.track.offsets.back();
    CHECK(std::abs(last[1] - 89 * 12) < 40);
    // The content scrolled between the header and the input bar.
    CAPTURE(analysis.track.band);
    CHECK(std::abs(analysis.track.band[0] - 130) <= 8);
    CHECK(std::abs(analysis.track.band[1] - 880) <= 8);
    REQUIRE_FALSE(analysis.regions.empty());

    // What the review screen shows: the frames read fully, decoded in memory, scaled down.
    const auto wanted = plans::reviewFrames(analysis.track);
    CHECK(wanted.front() == 0);
    CHECK(wanted.size() == analysis.track.detections.size());
    CHECK(plans::reviewFrames(analysis.track, 2) == std::vector<int>{wanted.front(), wanted.back()});
    const auto frames = sampleFrames(input, {0, 45, 89}, 480);
    REQUIRE(frames.size() == 3);
    CHECK(frames.at(45).rows == 480);
    CHECK(frames.at(45).cols == 270);
    CHECK(frames.at(89).type() == CV_8UC3);

    const auto out = tmp / "out.mp4";
    const auto rendered = renderVideo(input, analysis.track, analysis.regions, out, redactor, {}, nullptr);
    CHECK(rendered.frames == 90);
    CHECK_FALSE(rendered.needsReview);
    const std::string probe = test::shell(
        "ffprobe -v error -show_entries stream=codec_type,codec_name,nb_frames "
        "-show_entries format_tags -of compact '" +
        out.string() + "'");
    CHECK(probe.find("codec_type=video") != std::string::npos);
    CHECK(probe.find("nb_frames=90") != std::string::npos);
    CHECK(probe.find("codec_type=audio") == std::string::npos);  // voices identify: dropped
    CHECK(probe.find("Giulia") == std::string::npos);            // the title is gone
    const std::vector<int> sampled{0, 20, 45, 70, 89};
    const auto texts = readFrames(out, sampled, tmp);
    REQUIRE(texts.size() == sampled.size());
    for (std::size_t k = 0; k < sampled.size(); ++k) {
        CAPTURE(sampled[k]);
        const std::string& text = texts[k];
        CHECK(text.find("Giulia") == std::string::npos);
        CHECK(text.find("Bianchi") == std::string::npos);
        CHECK(text.find("4567") == std::string::npos);
    }
    // The audio is kept only when asked.
    const auto withAudio = tmp / "audio.mp4";
    VideoOptions keep;
    keep.keepAudio = true;
    (void)renderVideo(input, analysis.track, analysis.regions, withAudio, redactor, keep, nullptr);
    CHECK(test::shell("ffprobe -v error -show_entries stream=codec_type -of compact '" + withAudio.string() + "'")
              .find("codec_type=audio") != std::string::npos);
}

TEST_CASE("Video: every frame plays in the output, the last one too") {
    // libx264 leaves its packets without a duration; when the last one was
    // reordered (B-frames), the MP4 edit list cut the last frame off. Which
    // lengths show it depends on x264's frame types: 61 and 100 frames did.
    test::TempDir tmp;
    Redactor redactor({});
    for (const int n : {61, 100}) {
        CAPTURE(n);
        const auto in = tmp / ("test" + std::to_string(n) + ".mp4");
        test::shell("ffmpeg -v error -y -f lavfi -i testsrc=s=160x120:r=30 -frames:v " + std::to_string(n) +
                    " -c:v libx264 -preset veryfast -pix_fmt yuv420p '" + in.string() + "'");
        FileVideoInput input(in);
        const auto analysis = analyseVideo(input, redactor, nullptr);
        const auto out = tmp / ("out" + std::to_string(n) + ".mp4");
        CHECK(renderVideo(input, analysis.track, analysis.regions, out, redactor, {}, nullptr).frames == n);
        CHECK(test::shell("ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames "
                          "-of csv=p=0 '" +
                          out.string() + "'") == std::to_string(n) + "\n");
    }
}

TEST_CASE("Video: a file that is not a video is refused with a clear error") {
    test::TempDir tmp;
    test::writeFile(tmp / "fake.mp4", test::randomBytes(50000));
    Redactor redactor({});
    FileVideoInput input(tmp / "fake.mp4");
    CHECK(test::codeOf([&] { (void)analyseVideo(input, redactor, nullptr); }) == vault::Error::Code::InvalidInput);
}

TEST_CASE("Video: regions follow the content within a shot and stay put in the header") {
    VideoTrack t;
    t.width = 100;
    t.height = 1000;
    t.fps = 30;
    t.offsets = {{0, 0}, {0, 10}, {0, 20}, {0, 20}, {0, 20}};
    t.shots = {0, 3};
    t.screen = true;
    const Region moving{{10, 500, 20, 10}, Kind::Name, Source::Roster, "r", 1, 1.0, false, 0};
    const Region header{{10, 50, 20, 10}, Kind::Header, Source::Layout, "h", 0, 1.0, false, 0};
    const auto at2 = boxesAt(t, {moving, header}, 2);
    REQUIRE(at2.size() == 2);
    CHECK(at2[0].y == 480);  // content moved up by 20 px
    CHECK(at2[1].y == 50);   // the header did not
    // Carried a few frames past the cut, as it last looked.
    const auto at3 = boxesAt(t, {moving}, 3);
    REQUIRE(at3.size() == 1);
    CHECK(at3[0].y == 480);
    // A region for every frame (manual, screen coordinates).
    Region manual{{0, 0, 10, 10}, Kind::Manual, Source::Manual, "m", 0, 1.0, false, -1};
    CHECK(boxesAt(t, {manual}, 4).size() == 1);
    // Where the band the content scrolls in is known, content shows only
    // inside it (not over the header or the input bar it passes under),
    // and a region found in the band moves whatever its kind.
    VideoTrack banded = t;
    banded.band = {100, 900};
    const Region underHeader{{10, 110, 20, 20}, Kind::Name, Source::Roster, "r", 1, 1.0, false, 0};
    const Region firstLine{{10, 400, 20, 10}, Kind::Header, Source::Layout, "h", 0, 1.0, false, 0};
    const Region inputBar{{10, 920, 20, 10}, Kind::Name, Source::Roster, "r", 1, 1.0, false, 0};
    CHECK(boxAt(banded, underHeader, 2) == Box{10, 100, 20, 10});  // half of it scrolled under the header
    CHECK(boxAt(banded, firstLine, 2) == Box{10, 380, 20, 10});
    CHECK(boxAt(banded, inputBar, 2) == Box{10, 920, 20, 10});  // chrome stays put
    CHECK(boxAt(banded, header, 2) == Box{10, 50, 20, 10});
    banded.offsets[2] = {0, 40};
    CHECK_FALSE(boxAt(banded, underHeader, 2).has_value());  // all of it under the header
    // One region at a time, as the review screen asks: not there after the carry.
    t.offsets.resize(20, {0, 20});
    CHECK(boxAt(t, moving, 2).has_value());
    CHECK_FALSE(boxAt(t, moving, 19).has_value());
    CHECK(boxAt(t, manual, 19).has_value());
}

TEST_CASE("Video: a track's scroll band survives its JSON and is checked when read") {
    VideoTrack t;
    t.width = 720;
    t.height = 1280;
    t.fps = 30;
    t.duration = 1;
    t.offsets = {{0, 0}};
    t.shots = {0};
    t.band = {150, 1160};
    CHECK(VideoTrack::fromJson(t.toJson()).band == t.band);
    // A plan stored before the band was measured reads as "unknown".
    auto old = t.toJson();
    old.erase("band");
    CHECK(VideoTrack::fromJson(old).band == std::array<int, 2>{0, 0});
    auto outside = t.toJson();
    outside["band"] = {150, 1300};
    CHECK_THROWS_AS(VideoTrack::fromJson(outside), std::invalid_argument);
    auto upsideDown = t.toJson();
    upsideDown["band"] = {900, 100};
    CHECK_THROWS_AS(VideoTrack::fromJson(upsideDown), std::invalid_argument);
}
