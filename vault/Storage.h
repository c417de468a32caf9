// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace custodia::vault::storage {

// Where a path physically lives. R10: acquired files are kept on an external
// medium (USB stick, external disk), not on a PC; Custodia warns otherwise.
struct Medium {
    bool removable = false;   // a USB / removable block device (through device-mapper too)
    std::string device;       // e.g. "sdb1", "" when not a block device (tmpfs, overlay)
    std::string description;  // for messages: "removable USB disk sdb", "internal disk vda"
};

// Inspects /sys for the block device holding `path`. Never throws: an unknown
// layout is reported as not removable, which errs on the side of warning.
[[nodiscard]] Medium mediumOf(const std::filesystem::path& path);

}  // namespace custodia::vault::storage
