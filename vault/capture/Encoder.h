// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Stream.h"
#include "vault/capture/AudioSource.h"
#include "vault/capture/FrameSource.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// Live capture: frames become a file's bytes in memory, never on disk. A
// video is H.264 (libx264) in fragmented MP4 — the moov box first and empty,
// then one fragment per key frame — because the bytes go straight into the
// age stream, which cannot seek back to write an index; and a prefix cut at
// any fragment's end still plays (the recovery of an interrupted recording
// relies on it). docs/formats.md "Live capture".
namespace custodia::vault::capture {

struct VideoSettings {
    // x264 preset: "veryfast" keeps 720p30 in real time on two cores,
    // "superfast"/"ultrafast" 1080p screens (docs/performance.md).
    std::string preset = "veryfast";
    int crf = 23;
    // A key frame (and so a fragment) at least this often.
    double keyframeSeconds = 1.0;
};

// The optional sound track: AAC (FFmpeg's encoder) from 16-bit samples.
struct AudioFormat {
    int rate = 48000;
    int channels = 1;
    int bitrate = 96000;
};

struct VideoStats {
    std::int64_t frames = 0;  // frames encoded
    double seconds = 0;       // from the first frame's time to the last one's end
    std::uint64_t bytes = 0;  // bytes of MP4 written to the sink
    double audioSeconds = 0;  // sound encoded, when there is a sound track
};

// Encodes frames of one size into fragmented MP4, written to `sink` as the
// muxer produces it (the sink encrypts and hashes). Frame times come from
// the frames (one monotonic clock), so a dropped frame leaves a gap, not a
// faster video. Not thread-safe: one thread adds frames.
class VideoEncoder {
public:
    VideoEncoder(crypto::ByteSink& sink, int width, int height, double fps, const VideoSettings& settings = {},
                 std::optional<AudioFormat> audio = std::nullopt);
    ~VideoEncoder();
    VideoEncoder(const VideoEncoder&) = delete;
    VideoEncoder& operator=(const VideoEncoder&) = delete;

    // Error(InvalidInput) for a frame of another size or one not later than
    // the one before; whatever the sink throws (a full medium) comes through.
    void add(const Frame& frame);
    // Sound (only with an AudioFormat): the samples' times are counted from
    // the first chunk, which plays with the first frame; chunks come in
    // order, without gaps (a pause drops both sound and pictures).
    void addAudio(const AudioChunk& chunk);
    // Flushes the encoders and writes the last fragment.
    VideoStats finish();
    // The frames taken in so far (a recording cut short reports these).
    [[nodiscard]] VideoStats stats() const;

private:
    void openAudio(const AudioFormat& audio);
    struct State;
    std::unique_ptr<State> s_;
};

// A still picture as a file in memory: "png" (lossless, a screenshot) or
// "jpg" (quality 92, a camera photo). No metadata at all.
[[nodiscard]] std::vector<std::uint8_t> encodeStill(const Frame& frame, const std::string& format);

}  // namespace custodia::vault::capture
