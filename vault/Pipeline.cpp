// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pipeline.h"

#include "Files.h"

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstring>

namespace custodia::vault::pipeline {

// ---- Ring -------------------------------------------------------------------

Ring::Ring() {
    for (auto& s : slots_) {
        s.data.resize(kBlock);
    }
}

std::vector<std::uint8_t>* Ring::acquire() {
    std::unique_lock lk(m_);
    Slot& s = slots_[produced_ % kSlots];
    cv_.wait(lk, [&] { return !s.full || stopped_; });
    return stopped_ ? nullptr : &s.data;
}

void Ring::publish(std::size_t size) {
    std::lock_guard lk(m_);
    Slot& s = slots_[produced_ % kSlots];
    s.size = size;
    s.full = true;
    ++produced_;
    cv_.notify_all();
}

void Ring::publishEnd() {
    std::lock_guard lk(m_);
    ended_ = true;
    cv_.notify_all();
}

void Ring::publishError(std::exception_ptr e) {
    std::lock_guard lk(m_);
    error_ = std::move(e);
    cv_.notify_all();
}

std::span<const std::uint8_t> Ring::next() {
    std::unique_lock lk(m_);
    if (holding_) {
        slots_[consumed_ % kSlots].full = false;
        ++consumed_;
        holding_ = false;
        cv_.notify_all();
    }
    Slot& s = slots_[consumed_ % kSlots];
    cv_.wait(lk, [&] { return s.full || error_ || (ended_ && produced_ == consumed_) || stopped_; });
    if (s.full) {
        holding_ = true;
        return {s.data.data(), s.size};
    }
    if (error_) {
        std::rethrow_exception(error_);
    }
    return {};
}

void Ring::release() {
    std::lock_guard lk(m_);
    if (holding_) {
        slots_[consumed_ % kSlots].full = false;
        ++consumed_;
        holding_ = false;
        cv_.notify_all();
    }
}

void Ring::stop() {
    std::lock_guard lk(m_);
    stopped_ = true;
    cv_.notify_all();
}

// ---- HashingReader ------------------------------------------------------------

HashingReader::HashingReader(int fd, std::filesystem::path path)
    : fd_(fd), path_(std::move(path)), thread_([this] { run(); }) {}

HashingReader::~HashingReader() {
    ring_.stop();
    thread_.join();
}

std::span<const std::uint8_t> HashingReader::next() {
    return ring_.next();
}

void HashingReader::run() {
    try {
        for (;;) {
            std::vector<std::uint8_t>* buf = ring_.acquire();
            if (buf == nullptr) {
                return;
            }
            std::size_t n = 0;
            while (n < kBlock) {
                const ssize_t r = ::read(fd_, buf->data() + n, kBlock - n);
                if (r < 0) {
                    if (errno == EINTR) {
                        continue;
                    }
                    throw files::ioError(errno, "read", path_);
                }
                if (r == 0) {
                    break;
                }
                n += static_cast<std::size_t>(r);
            }
            if (n == 0) {
                ring_.publishEnd();
                return;
            }
            hash_.update(std::span(buf->data(), n));
            if (size_ == 0) {
                head_.assign(buf->begin(), buf->begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(n, 8192)));
            }
            size_ += n;
            ring_.publish(n);
        }
    } catch (...) {
        ring_.publishError(std::current_exception());
    }
}

}  // namespace custodia::vault::pipeline
