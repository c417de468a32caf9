// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace custodia::crypto {

// The two halves of every streaming API in Custodia: bytes come from a
// ByteSource and go to a ByteSink, a buffer at a time, so memory stays
// constant whatever the size of the evidence.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Reads up to out.size() bytes; returns 0 only at end of stream.
    // Throws Error(Io) on failure.
    [[nodiscard]] virtual std::size_t read(std::span<std::uint8_t> out) = 0;
};

class ByteSink {
public:
    virtual ~ByteSink() = default;
    // Writes all of `bytes` or throws Error(Io).
    virtual void write(std::span<const std::uint8_t> bytes) = 0;
};

// Reads until `out` is full or the stream ends; returns the count read.
[[nodiscard]] std::size_t readFull(ByteSource& src, std::span<std::uint8_t> out);

// A file descriptor the caller owns. `name` names the object in error messages.
class FdSource final : public ByteSource {
public:
    FdSource(int fd, std::string name) : fd_(fd), name_(std::move(name)) {}
    [[nodiscard]] std::size_t read(std::span<std::uint8_t> out) override;

private:
    int fd_;
    std::string name_;
};

class FdSink final : public ByteSink {
public:
    FdSink(int fd, std::string name) : fd_(fd), name_(std::move(name)) {}
    void write(std::span<const std::uint8_t> bytes) override;

private:
    int fd_;
    std::string name_;
};

class MemorySource final : public ByteSource {
public:
    explicit MemorySource(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}
    [[nodiscard]] std::size_t read(std::span<std::uint8_t> out) override;

private:
    std::span<const std::uint8_t> bytes_;
    std::size_t pos_ = 0;
};

// Collects everything written; for tests and small public data, never secrets.
class MemorySink final : public ByteSink {
public:
    void write(std::span<const std::uint8_t> bytes) override { data.insert(data.end(), bytes.begin(), bytes.end()); }
    std::vector<std::uint8_t> data;
};

}  // namespace custodia::crypto
