// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

// The optional sound of a recording (issue 8: off unless asked): where it
// comes from. A microphone (libavdevice: PulseAudio, else ALSA), the app's
// microphone (Qt, pushed), and a synthetic tone for tests hand out the same
// chunks of 16-bit samples, in memory only.
namespace custodia::vault::capture {

// Interleaved signed 16-bit samples and the time of the first one, in
// microseconds since the source's first chunk.
struct AudioChunk {
    std::vector<std::int16_t> samples;
    std::int64_t micros = 0;
};

class AudioSource {
public:
    virtual ~AudioSource() = default;
    // The next chunk, blocking until it is there; nullopt at the end or
    // after close().
    [[nodiscard]] virtual std::optional<AudioChunk> next() = 0;
    [[nodiscard]] virtual std::string device() const = 0;
    [[nodiscard]] virtual int rate() const = 0;
    [[nodiscard]] virtual int channels() const = 0;
    // A live source (a microphone) is stopped when the video ends; one that
    // is not (the unpaced synthetic tone) is read to its end.
    [[nodiscard]] virtual bool live() const { return true; }
    // Ends the source: a next() blocked in it returns soon after.
    virtual void close() {}
};

// A tone for tests: 440 Hz, with a short 1 kHz beep at each whole second,
// in chunks of 20 ms; `paced`: one chunk every 20 ms on the steady clock.
class SyntheticAudio final : public AudioSource {
public:
    SyntheticAudio(int rate, int channels, double seconds, bool paced = false);
    [[nodiscard]] std::optional<AudioChunk> next() override;
    [[nodiscard]] std::string device() const override { return "synthetic tone"; }
    [[nodiscard]] int rate() const override { return rate_; }
    [[nodiscard]] int channels() const override { return channels_; }
    [[nodiscard]] bool live() const override { return paced_; }
    void close() override { closed_ = true; }

private:
    int rate_;
    int channels_;
    std::int64_t total_;  // samples per channel
    bool paced_;
    std::int64_t made_ = 0;
    std::chrono::steady_clock::time_point start_;
    std::atomic<bool> closed_{false};
};

// Chunks handed in by someone else (the app's microphone through Qt). At
// most about 2 seconds wait; older chunks are dropped and counted.
class PushAudioSource final : public AudioSource {
public:
    PushAudioSource(std::string device, int rate, int channels);
    void push(AudioChunk chunk);
    [[nodiscard]] std::optional<AudioChunk> next() override;
    [[nodiscard]] std::string device() const override { return device_; }
    [[nodiscard]] int rate() const override { return rate_; }
    [[nodiscard]] int channels() const override { return channels_; }
    void close() override;
    [[nodiscard]] std::int64_t dropped() const;

private:
    std::string device_;
    int rate_;
    int channels_;
    mutable std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<AudioChunk> chunks_;
    bool closed_ = false;
    std::int64_t dropped_ = 0;
};

// The default microphone read in process with libavdevice: PulseAudio
// ("default" source, or `device`), else ALSA ("default"); 48 kHz mono.
// Error(NotFound) when there is none.
[[nodiscard]] std::unique_ptr<AudioSource> openMicrophone(const std::string& device);

}  // namespace custodia::vault::capture
