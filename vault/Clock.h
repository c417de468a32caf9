// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace custodia::vault {

using Seconds = std::chrono::sys_seconds;

// Everything that depends on "now" takes a Clock, so tests can move time
// (retention, clock going backwards) without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual Seconds now() const = 0;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] Seconds now() const override {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    }
};

// A clock that moves only when told to: for tests.
class ManualClock final : public Clock {
public:
    explicit ManualClock(Seconds start) : now_(start) {}
    [[nodiscard]] Seconds now() const override { return now_; }
    void set(Seconds t) { now_ = t; }
    void advance(std::chrono::seconds d) { now_ += d; }

private:
    Seconds now_;
};

}  // namespace custodia::vault
