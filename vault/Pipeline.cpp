// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pipeline.h"

#include "Files.h"

#include <fcntl.h>
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

// ---- FileWriter -------------------------------------------------------------

namespace {

// O_DIRECT wants buffers, lengths and offsets aligned to the logical block
// size; 4096 covers every device (512-byte sectors too).
constexpr std::size_t kDirectAlign = 4096;

std::size_t alignmentOffset(const std::uint8_t* p) {
    const auto addr = reinterpret_cast<std::uintptr_t>(p);
    return (kDirectAlign - addr % kDirectAlign) % kDirectAlign;
}

bool setDirect(int fd, bool on) {
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, on ? (flags | O_DIRECT) : (flags & ~O_DIRECT)) == 0;
}

}  // namespace

FileWriter::FileWriter(int fd, std::filesystem::path path, bool hash)
    : fd_(fd), path_(std::move(path)), hash_(hash), thread_([this] { run(); }) {}

FileWriter::~FileWriter() {
    if (thread_.joinable()) {
        ring_.stop();
        thread_.join();
    }
    if (direct_) {
        (void)setDirect(fd_, false);
    }
}

void FileWriter::writeAll(std::span<const std::uint8_t> bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EINVAL && direct_) {  // the file system refuses direct I/O after all
                direct_ = false;
                (void)setDirect(fd_, false);
                continue;
            }
            throw files::ioError(errno, "write", path_);
        }
        done += static_cast<std::size_t>(n);
    }
}

void FileWriter::run() {
    try {
        // Direct I/O: the blocks go to the device without the page cache
        // (a durable large write is several times faster than write-back
        // and fsync here, and no plaintext copy lingers in the cache).
        // Where the file system cannot, ordinary writes.
        direct_ = setDirect(fd_, true);
        for (;;) {
            const auto block = ring_.next();
            if (block.empty()) {
                break;
            }
            const auto payload = block.subspan(alignmentOffset(block.data()));
            if (hash_) {
                sha_.update(payload);
            }
            const std::size_t aligned = payload.size() - payload.size() % kDirectAlign;
            if (direct_ && aligned > 0) {
                writeAll(payload.first(aligned));
            } else if (!direct_) {
                writeAll(payload);
                continue;
            }
            if (aligned < payload.size()) {  // the tail of the file, never aligned: an ordinary write
                if (direct_) {
                    direct_ = false;
                    (void)setDirect(fd_, false);
                }
                writeAll(payload.subspan(aligned));
            }
        }
    } catch (...) {
        error_ = std::current_exception();
        ring_.stop();
    }
}

void FileWriter::rethrowWriterError() {
    if (thread_.joinable()) {
        thread_.join();
    }
    if (error_) {
        std::rethrow_exception(error_);
    }
    throw files::ioError(EIO, "write", path_);
}

void FileWriter::write(std::span<const std::uint8_t> bytes) {
    while (!bytes.empty()) {
        if (block_ == nullptr) {
            block_ = ring_.acquire();
            if (block_ == nullptr) {
                rethrowWriterError();
            }
            // Fill from an aligned address, a whole number of aligned units.
            start_ = alignmentOffset(block_->data());
            fill_ = start_;
            end_ = start_ + (block_->size() - kDirectAlign) / kDirectAlign * kDirectAlign;
        }
        const std::size_t n = std::min(bytes.size(), end_ - fill_);
        std::memcpy(block_->data() + fill_, bytes.data(), n);
        fill_ += n;
        size_ += n;
        bytes = bytes.subspan(n);
        if (fill_ == end_) {
            ring_.publish(fill_);
            block_ = nullptr;
        }
    }
}

void FileWriter::finish() {
    if (block_ != nullptr && fill_ > start_) {
        ring_.publish(fill_);
        block_ = nullptr;
    }
    ring_.publishEnd();
    thread_.join();
    if (error_) {
        std::rethrow_exception(error_);
    }
    if (direct_) {
        direct_ = false;
        (void)setDirect(fd_, false);
    }
    files::fsyncFd(fd_, path_);
}

}  // namespace custodia::vault::pipeline
