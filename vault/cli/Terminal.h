// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"
#include "vault/Progress.h"

#include <chrono>
#include <string>

namespace custodia::cli {

// Where secrets come from: the controlling terminal without echo, or, for
// scripts, a file descriptor given with --passphrase-fd (one secret per line,
// in the order the prompts appear). Never argv, never the environment.
class SecretSource {
public:
    explicit SecretSource(int fd) : fd_(fd) {}
    // Throws vault::Error(InvalidInput) when there is neither a terminal nor a descriptor.
    [[nodiscard]] crypto::SecureBuffer read(const std::string& prompt);
    // Asks twice on a terminal and compares; once from a descriptor.
    [[nodiscard]] crypto::SecureBuffer readNew(const std::string& prompt);
    // A yes/no question on the terminal; nullopt-like false when there is none.
    [[nodiscard]] bool hasTerminal() const;

private:
    int fd_;
};

// Asks a question on the terminal and returns the answer line ("" if none).
[[nodiscard]] std::string ask(const std::string& question);

// Bytes, rate and time left on stderr, redrawn in place; silent unless
// stderr is a terminal.
class ProgressLine final : public vault::Progress {
public:
    explicit ProgressLine(std::string label);
    ~ProgressLine() override;
    void update(std::uint64_t done, std::uint64_t total) override;
    // Erases the line, before printing a result.
    void clear();

private:
    std::string label_;
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_{};
};

[[nodiscard]] std::string humanBytes(std::uint64_t n);

}  // namespace custodia::cli
