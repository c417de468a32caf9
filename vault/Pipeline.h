// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Sha256.h"
#include "crypto/Stream.h"

#include <array>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <vector>

// The reading stage of ingest, on its own thread, so that reading and
// SHA-256 of the plaintext overlap with encryption and writing on the other
// core (docs/performance.md). Blocks go over a small ring, so memory stays
// constant (a few MiB) whatever the file size.
namespace custodia::vault::pipeline {

inline constexpr std::size_t kBlock = 1 << 20;  // 16 age chunks
inline constexpr std::size_t kSlots = 4;

// A ring of blocks between one producer thread and one consumer thread.
class Ring {
public:
    Ring();
    // Producer: a free block to fill (blocks until one is free); nullptr if stopped.
    std::vector<std::uint8_t>* acquire();
    void publish(std::size_t size);
    void publishEnd();
    void publishError(std::exception_ptr e);
    // Consumer: the next filled block, or nullptr at the end; rethrows the producer's error.
    std::span<const std::uint8_t> next();
    void release();
    void stop();

private:
    struct Slot {
        std::vector<std::uint8_t> data;
        std::size_t size = 0;
        bool full = false;
    };
    std::array<Slot, kSlots> slots_;
    std::mutex m_;
    std::condition_variable cv_;
    std::size_t produced_ = 0;
    std::size_t consumed_ = 0;
    bool ended_ = false;
    bool stopped_ = false;
    bool holding_ = false;
    std::exception_ptr error_;
};

// Reads a file descriptor block by block on its own thread, hashing the
// plaintext as it goes. next() hands out each block once.
class HashingReader {
public:
    HashingReader(int fd, std::filesystem::path path);
    ~HashingReader();
    HashingReader(const HashingReader&) = delete;
    HashingReader& operator=(const HashingReader&) = delete;

    // The next block (valid until the following call), empty at end of file.
    std::span<const std::uint8_t> next();
    // After next() returned empty: the plaintext's digest, size and first bytes.
    [[nodiscard]] crypto::Digest digest() { return hash_.finish(); }
    [[nodiscard]] std::uint64_t size() const { return size_; }
    [[nodiscard]] const std::vector<std::uint8_t>& head() const { return head_; }

private:
    void run();
    int fd_;
    std::filesystem::path path_;
    Ring ring_;
    crypto::Sha256 hash_;
    std::uint64_t size_ = 0;
    std::vector<std::uint8_t> head_;
    std::thread thread_;
};

// A file written on its own thread, while the caller's thread decrypts and
// hashes: blocks go to the device with direct I/O where the file system
// allows it (docs/performance.md, police export), then fsync. Optionally
// hashes what it writes. Memory stays at kSlots blocks.
class FileWriter final : public crypto::ByteSink {
public:
    FileWriter(int fd, std::filesystem::path path, bool hash);
    ~FileWriter() override;
    FileWriter(const FileWriter&) = delete;
    FileWriter& operator=(const FileWriter&) = delete;
    // Throws the writing thread's error (vault::Error, e.g. a full medium).
    void write(std::span<const std::uint8_t> bytes) override;
    // Writes what is left, waits for the thread, rethrows its error, fsyncs.
    void finish();
    [[nodiscard]] std::uint64_t size() const { return size_; }
    // After finish(), with hash: SHA-256 of everything written, lower-case hex.
    [[nodiscard]] std::string sha256Hex() { return crypto::toHex(sha_.finish()); }

private:
    void run();
    void writeAll(std::span<const std::uint8_t> bytes);
    [[noreturn]] void rethrowWriterError();
    int fd_;
    std::filesystem::path path_;
    bool hash_;
    Ring ring_;
    std::vector<std::uint8_t>* block_ = nullptr;
    std::size_t start_ = 0;  // first aligned byte of block_
    std::size_t fill_ = 0;
    std::size_t end_ = 0;
    bool direct_ = false;  // the writing thread's; read by the caller after join
    crypto::Sha256 sha_;
    std::uint64_t size_ = 0;
    std::exception_ptr error_;
    std::thread thread_;
};

}  // namespace custodia::vault::pipeline
