// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/capture/FrameSource.h"

#include "vault/Error.h"

#include <algorithm>
#include <stdexcept>
#include <thread>

namespace custodia::vault::capture {

SyntheticSource::SyntheticSource(int width, int height, double fps, int frames, bool paced)
    : width_(width & ~1), height_(height & ~1), fps_(fps), frames_(frames), paced_(paced) {
    if (width_ < 2 * kMarkerSide || height_ < 2 * kMarkerSide || fps <= 0 || frames < 0)
        throw std::invalid_argument("a synthetic source needs at least 128x128 pixels, a rate and a frame count");
}

std::vector<std::uint8_t> SyntheticSource::marker() {
    // A checkerboard of 8-pixel squares in two saturated colours: survives
    // encoding well enough to be recognised, and is never in a real chat.
    std::vector<std::uint8_t> out(static_cast<std::size_t>(kMarkerSide) * kMarkerSide * 3);
    for (int y = 0; y < kMarkerSide; ++y) {
        for (int x = 0; x < kMarkerSide; ++x) {
            const bool odd = ((x / 8) + (y / 8)) % 2 != 0;
            auto* p = &out[(static_cast<std::size_t>(y) * kMarkerSide + static_cast<std::size_t>(x)) * 3];
            p[0] = odd ? 0xF0 : 0x10;
            p[1] = odd ? 0x20 : 0xE0;
            p[2] = odd ? 0xC0 : 0x30;
        }
    }
    return out;
}

std::optional<Frame> SyntheticSource::next() {
    if (made_ >= frames_)
        return std::nullopt;
    if (made_ == 0)
        start_ = std::chrono::steady_clock::now();
    const auto due = start_ + std::chrono::microseconds(static_cast<std::int64_t>(made_ * 1e6 / fps_));
    if (paced_)
        std::this_thread::sleep_until(due);
    Frame f;
    f.width = width_;
    f.height = height_;
    f.micros =
        paced_
            ? std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start_).count()
            : static_cast<std::int64_t>(made_ * 1e6 / fps_);
    f.bgr.resize(static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_) * 3);
    const int shift = made_ * 4;
    for (int y = 0; y < height_; ++y) {
        auto* row = &f.bgr[static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) * 3];
        for (int x = 0; x < width_; ++x) {
            row[3 * x] = static_cast<std::uint8_t>((x + shift) & 0xFF);
            row[3 * x + 1] = static_cast<std::uint8_t>((y + shift / 2) & 0xFF);
            row[3 * x + 2] = static_cast<std::uint8_t>(((x + y) / 4) & 0xFF);
        }
    }
    // The frame number as 12 black/white bars under the marker.
    for (int bit = 0; bit < 12; ++bit) {
        const std::uint8_t v = ((made_ >> bit) & 1) != 0 ? 0xFF : 0x00;
        for (int y = kMarkerSide + 8; y < kMarkerSide + 24; ++y)
            for (int x = bit * 8; x < bit * 8 + 8; ++x)
                for (int c = 0; c < 3; ++c)
                    f.bgr[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) +
                           static_cast<std::size_t>(x)) *
                              3 +
                          static_cast<std::size_t>(c)] = v;
    }
    const auto m = marker();
    for (int y = 0; y < kMarkerSide; ++y)
        std::copy_n(&m[static_cast<std::size_t>(y) * kMarkerSide * 3], kMarkerSide * 3,
                    &f.bgr[static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) * 3]);
    ++made_;
    return f;
}

std::string SyntheticSource::device() const {
    return "synthetic " + std::to_string(width_) + "x" + std::to_string(height_) + "@" +
           std::to_string(static_cast<int>(fps_ + 0.5));
}

PushSource::PushSource(std::string device, int width, int height, double fps, std::chrono::milliseconds stall)
    : device_(std::move(device)), width_(width & ~1), height_(height & ~1), fps_(fps), stall_(stall) {}

void PushSource::fail(std::string why) {
    {
        const std::lock_guard lock(mutex_);
        failed_ = why.empty() ? std::string("the camera failed") : std::move(why);
    }
    ready_.notify_all();
}

void PushSource::push(Frame frame) {
    {
        const std::lock_guard lock(mutex_);
        if (closed_)
            return;
        if (frame.width != width_ || frame.height != height_) {
            ++dropped_;
            return;
        }
        if (frames_.size() >= 2) {
            frames_.pop_front();
            ++dropped_;
        }
        frames_.push_back(std::move(frame));
    }
    ready_.notify_one();
}

void PushSource::close() {
    {
        const std::lock_guard lock(mutex_);
        closed_ = true;
    }
    ready_.notify_all();
}

std::optional<Frame> PushSource::next() {
    std::unique_lock lock(mutex_);
    const auto arrived = [&] { return !frames_.empty() || closed_ || !failed_.empty(); };
    if (stall_.count() > 0) {
        if (!ready_.wait_for(lock, stall_, arrived))
            failed_ = device_ + " stopped sending pictures";
    } else {
        ready_.wait(lock, arrived);
    }
    if (!failed_.empty())
        throw Error(Error::Code::Io, failed_, "check that the camera is still connected");
    if (frames_.empty())
        return std::nullopt;
    Frame f = std::move(frames_.front());
    frames_.pop_front();
    return f;
}

std::int64_t PushSource::dropped() const {
    const std::lock_guard lock(mutex_);
    return dropped_;
}

std::optional<Frame> PausableSource::next() {
    for (;;) {
        auto f = inner_.next();
        if (!f)
            return f;
        if (paused_) {
            skipping_ = true;
            continue;
        }
        if (skipping_ && lastOut_ >= 0) {
            // The first frame after a pause follows the last one by one frame.
            const auto step = static_cast<std::int64_t>(1e6 / std::max(1.0, inner_.fps()));
            skippedMicros_ = std::max(skippedMicros_, f->micros - (lastOut_ + step));
        }
        skipping_ = false;
        f->micros -= skippedMicros_;
        lastOut_ = f->micros;
        return f;
    }
}

}  // namespace custodia::vault::capture
