// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace custodia::vault {

// Receives progress of long work (ingest, extract, verify) and may cancel it.
// Called from the thread doing the work; the CLI draws a line on stderr, the
// GUI forwards to a progress bar. A cancelled operation throws
// Error(Cancelled) and leaves the vault as it was.
class Progress {
public:
    virtual ~Progress() = default;
    virtual void update(std::uint64_t done, std::uint64_t total) = 0;
    [[nodiscard]] virtual bool cancelled() const { return false; }
};

}  // namespace custodia::vault
