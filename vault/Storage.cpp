// SPDX-License-Identifier: GPL-3.0-or-later
#include "Storage.h"

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <fstream>

namespace custodia::vault::storage {

namespace {

namespace fs = std::filesystem;

std::string readAttr(const fs::path& p) {
    std::ifstream in(p);
    std::string s;
    std::getline(in, s);
    return s;
}

// True if the block device at sysfs path `dev` (a disk or partition) is
// removable or sits on a USB bus; follows device-mapper / md slaves.
bool isRemovable(const fs::path& dev, int depth) {
    std::error_code ec;
    if (depth > 8) {
        return false;
    }
    const fs::path real = fs::canonical(dev, ec);
    if (ec) {
        return false;
    }
    if (real.string().find("/usb") != std::string::npos) {
        return true;
    }
    for (const fs::path& p : {real / "removable", real.parent_path() / "removable"}) {
        if (readAttr(p) == "1") {
            return true;
        }
    }
    const fs::path slaves = real / "slaves";
    if (fs::is_directory(slaves, ec)) {
        for (const auto& s : fs::directory_iterator(slaves, ec)) {
            if (isRemovable(s.path(), depth + 1)) {
                return true;
            }
        }
    }
    return false;
}

}  // namespace

Medium mediumOf(const std::filesystem::path& path) {
    Medium m;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        m.description = "unknown medium";
        return m;
    }
    const unsigned maj = major(st.st_dev);
    const unsigned min = minor(st.st_dev);
    if (maj == 0) {
        m.description = "a virtual file system (not a disk)";
        return m;
    }
    const fs::path sys = "/sys/dev/block/" + std::to_string(maj) + ":" + std::to_string(min);
    std::error_code ec;
    const fs::path real = fs::canonical(sys, ec);
    m.device = ec ? std::to_string(maj) + ":" + std::to_string(min) : real.filename().string();
    m.removable = !ec && isRemovable(sys, 0);
    m.description = (m.removable ? "removable disk " : "internal disk ") + m.device;
    return m;
}

}  // namespace custodia::vault::storage
