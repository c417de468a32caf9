// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Progress.h"
#include "vault/redaction/Redactor.h"
#include "vault/redaction/Region.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <vector>

// R7 for videos (FFmpeg's libraries, in process). Passes over the decoded
// frames, never a plaintext file:
//  1. analyse: follow the picture — phase correlation between consecutive
//     frames gives the scroll of a chat (the fixed header excluded), a
//     failed correlation marks a cut, the rows that change while it scrolls
//     give the band the content scrolls in — and detect fully (the picture
//     engine) on the first and last frame of each shot and at least once a
//     second (unless the whole picture is still what was last read: a
//     pause); when a quarter of the height scrolled into view sooner, read
//     the strip that came in;
//  2. check: every region found follows the content over its whole shot
//     (so a name is hidden from the first frame it scrolls into view, not
//     only from the frame it was read in) and is drawn only inside the
//     scroll band (not over the header or the input bar it passes under);
//     chrome outside the band stays where it is, and regions are carried a
//     few frames across a cut. The leak check burns a frame every two
//     seconds in memory and reads it; frames that still show something are
//     read again with what was added until they are clean;
//  3. render: every frame is burned and re-encoded (H.264 in MP4). Audio is
//     dropped unless kept; subtitles, attachments, cover art and all
//     metadata are never copied.
namespace custodia::vault::redaction {

// Random access to a video's bytes: a file, or an item's age blob.
class VideoInput {
public:
    virtual ~VideoInput() = default;
    [[nodiscard]] virtual std::uint64_t size() const = 0;
    [[nodiscard]] virtual std::size_t readAt(std::uint64_t offset, std::span<std::uint8_t> out) = 0;
};

class FileVideoInput final : public VideoInput {
public:
    explicit FileVideoInput(const std::filesystem::path& path);
    ~FileVideoInput() override;
    FileVideoInput(const FileVideoInput&) = delete;
    FileVideoInput& operator=(const FileVideoInput&) = delete;
    [[nodiscard]] std::uint64_t size() const override { return size_; }
    [[nodiscard]] std::size_t readAt(std::uint64_t offset, std::span<std::uint8_t> out) override;

private:
    int fd_ = -1;
    std::uint64_t size_ = 0;
    std::filesystem::path path_;
};

// What the analysis learned of a video: how its content moved and where its
// shots begin. Stored with the plan so the render needs no second analysis.
struct VideoTrack {
    int width = 0;  // of the frames as shown (rotation applied)
    int height = 0;
    double fps = 0;
    double duration = 0;
    int rotation = 0;                         // degrees applied to the decoded frames
    std::vector<std::array<int, 2>> offsets;  // per frame: content offset (x, y)
    std::vector<int> shots;                   // first frame of each shot
    std::vector<int> detections;              // frames detected fully
    bool screen = true;                       // a screen recording (else a camera video)
    // Rows [top, bottom) the content of a screen recording scrolled in
    // (below the header, above the input bar), measured from the rows that
    // changed while it scrolled; {0, 0}: unknown (no scroll), the whole frame.
    std::array<int, 2> band{0, 0};

    [[nodiscard]] std::int64_t frames() const { return static_cast<std::int64_t>(offsets.size()); }
    [[nodiscard]] nlohmann::json toJson() const;
    [[nodiscard]] static VideoTrack fromJson(const nlohmann::json& j);
};

struct VideoAnalysis {
    VideoTrack track;
    std::vector<Region> regions;  // each with the frame it was found in
};

// Pass 1. Throws vault::Error (InvalidInput) for a file that is not a video
// FFmpeg can decode; Error(Cancelled) when asked.
[[nodiscard]] VideoAnalysis analyseVideo(VideoInput& input, Redactor& redactor, Progress* progress);

struct VideoOptions {
    bool keepAudio = false;
    // The leak check reads a frame every two seconds, burned in memory;
    // frames that still show something are read again with what it added
    // (up to this many times) before the video is rendered.
    int maxLeakRounds = 3;
};

struct VideoRender {
    std::int64_t frames = 0;
    double duration = 0;
    std::vector<Region> regions;  // burned, leak-check additions included
    int leakRounds = 0;
    int leaksFixed = 0;
    bool needsReview = false;
};

// Pass 2: writes the redacted video to `out` (MP4, H.264; written to a
// temporary name beside it and renamed when complete).
[[nodiscard]] VideoRender renderVideo(VideoInput& input, const VideoTrack& track, std::vector<Region> regions,
                                      const std::filesystem::path& out, Redactor& redactor, const VideoOptions& options,
                                      Progress* progress);

// Where region `r` shows in frame `frame` (mapped through the track: it
// follows the content over its shot and is carried a few frames across a
// cut; a region without a frame is everywhere); nullopt when it is not there.
[[nodiscard]] std::optional<Box> boxAt(const VideoTrack& track, const Region& r, int frame);
// The boxes to burn in frame `frame`: every region mapped through the track.
[[nodiscard]] std::vector<Box> boxesAt(const VideoTrack& track, const std::vector<Region>& regions, int frame);

// Frames `frames` of a video (indices in decoding order, as in the track),
// decoded in memory with the rotation applied and scaled down to at most
// `maxSide` pixels: what the review screen shows of a video.
[[nodiscard]] std::map<int, cv::Mat> sampleFrames(VideoInput& input, const std::vector<int>& frames, int maxSide);

}  // namespace custodia::vault::redaction
