// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "crypto/Random.h"

#include <cstdlib>
#include <filesystem>
#include <string>

int main(int argc, char** argv) {
    custodia::crypto::initialize();
    // Custodia remembers the vaults it has seen (retention pins) in the
    // user's data folder: tests, and the commands they run, use their own.
    std::string data = (std::filesystem::temp_directory_path() / "custodia-test-data-XXXXXX").string();
    if (::mkdtemp(data.data()) == nullptr) {
        return 1;
    }
    ::setenv("XDG_DATA_HOME", data.c_str(), 1);
    const int rc = Catch::Session().run(argc, argv);
    std::error_code ec;
    std::filesystem::remove_all(data, ec);
    return rc;
}
