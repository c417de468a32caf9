// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

// Live capture (issue 8, R4, R5, R10): where frames come from. A camera, the
// X11 screen (later) and a synthetic source for tests all hand out the same
// frames, so that everything from the frame to the encrypted blob is the
// same code whatever the hardware (docs/formats.md "Live capture").
namespace custodia::vault::capture {

// One picture: packed BGR, 3 bytes a pixel, rows without padding, and when
// it was taken on the recording's one monotonic clock (microseconds since
// the first frame). In memory only, never written anywhere.
struct Frame {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> bgr;
    std::int64_t micros = 0;
};

class FrameSource {
public:
    virtual ~FrameSource() = default;
    // The next frame, blocking until it is there; nullopt when the source
    // has ended (a file, the synthetic source) or was closed.
    [[nodiscard]] virtual std::optional<Frame> next() = 0;
    // What the item records as its device, e.g. "synthetic 1280x720@30".
    [[nodiscard]] virtual std::string device() const = 0;
    [[nodiscard]] virtual int width() const = 0;
    [[nodiscard]] virtual int height() const = 0;
    // Frames a second it delivers (nominal).
    [[nodiscard]] virtual double fps() const = 0;
    // A live source (a camera, the screen) does not wait: a frame the
    // encoder cannot take in time is dropped and counted. A source that is
    // not live (a file, the unpaced synthetic source) waits for the encoder.
    [[nodiscard]] virtual bool live() const { return true; }
    // Frames the source itself had to drop (counted with the recording's).
    [[nodiscard]] virtual std::int64_t dropped() const { return 0; }
};

// A moving test picture for tests and benchmarks: a colour gradient that
// scrolls, a frame counter drawn as bars, and a fixed marker block whose
// bytes a test can look for. `frames` frames, then the end; `paced`: one
// every 1/fps seconds on the steady clock, as a camera would (else as fast
// as they are asked for).
class SyntheticSource final : public FrameSource {
public:
    SyntheticSource(int width, int height, double fps, int frames, bool paced = false);
    [[nodiscard]] std::optional<Frame> next() override;
    [[nodiscard]] std::string device() const override;
    [[nodiscard]] int width() const override { return width_; }
    [[nodiscard]] int height() const override { return height_; }
    [[nodiscard]] double fps() const override { return fps_; }
    [[nodiscard]] bool live() const override { return paced_; }

    // The marker's pixels (BGR), the same in every frame, at its top left.
    static constexpr int kMarkerSide = 64;
    [[nodiscard]] static std::vector<std::uint8_t> marker();

private:
    int width_;
    int height_;
    double fps_;
    int frames_;
    bool paced_;
    int made_ = 0;
    std::chrono::steady_clock::time_point start_;
};

// Frames handed in by someone else (the GUI's camera: Qt delivers them on
// its own thread): push() from the producer, next() on the recording's
// reader thread. At most two frames wait (a live camera does not queue: an
// older frame is dropped and counted); close() ends the source. Frames of
// another size than the first are dropped and counted too. fail(), or no
// frame for `stall` (when given), makes next() throw Error(Io): the camera
// went away, and the recording ends there.
class PushSource final : public FrameSource {
public:
    PushSource(std::string device, int width, int height, double fps,
               std::chrono::milliseconds stall = std::chrono::milliseconds(0));
    void push(Frame frame);
    void close();
    void fail(std::string why);
    [[nodiscard]] std::optional<Frame> next() override;
    [[nodiscard]] std::string device() const override { return device_; }
    [[nodiscard]] int width() const override { return width_; }
    [[nodiscard]] int height() const override { return height_; }
    [[nodiscard]] double fps() const override { return fps_; }
    // Frames dropped here (the consumer was late, or a frame had another size).
    [[nodiscard]] std::int64_t dropped() const override;

private:
    std::string device_;
    int width_;
    int height_;
    double fps_;
    mutable std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<Frame> frames_;
    bool closed_ = false;
    std::string failed_;
    std::chrono::milliseconds stall_;
    std::int64_t dropped_ = 0;
};

// Pause for any source: while paused its frames are read and thrown away,
// and after a pause the frame times go on from where they stopped, so the
// video has no hole (R4: the person filming can stop to scroll back without
// recording the scrolling, and the custody entry says how long it paused).
class PausableSource final : public FrameSource {
public:
    explicit PausableSource(FrameSource& inner) : inner_(inner) {}
    void pause() { paused_ = true; }
    void resume() { paused_ = false; }
    [[nodiscard]] bool paused() const { return paused_; }
    // Seconds left out by pauses so far (read on the recording's thread).
    [[nodiscard]] double pausedSeconds() const { return static_cast<double>(skippedMicros_) / 1e6; }
    [[nodiscard]] std::optional<Frame> next() override;
    [[nodiscard]] std::string device() const override { return inner_.device(); }
    [[nodiscard]] int width() const override { return inner_.width(); }
    [[nodiscard]] int height() const override { return inner_.height(); }
    [[nodiscard]] double fps() const override { return inner_.fps(); }
    [[nodiscard]] bool live() const override { return inner_.live(); }
    [[nodiscard]] std::int64_t dropped() const override { return inner_.dropped(); }

private:
    FrameSource& inner_;
    std::atomic<bool> paused_{false};
    std::int64_t skippedMicros_ = 0;  // subtracted from the inner source's times
    std::int64_t lastOut_ = -1;       // the last time handed out
    bool skipping_ = false;
};

}  // namespace custodia::vault::capture
