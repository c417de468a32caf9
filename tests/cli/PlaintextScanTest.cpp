// SPDX-License-Identifier: GPL-3.0-or-later
// After a session of ingest, view and extract-to-stdout, no plaintext of the
// evidence exists anywhere on disk: not in the vault, not in temp folders.
#include "support/CliFixture.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace custodia::test;
namespace fs = std::filesystem;

namespace {

// Files under `root` changed since `since` that contain `needle`.
std::vector<std::string> filesContaining(const fs::path& root, const std::string& needle, fs::file_time_type since) {
    std::vector<std::string> hits;
    std::error_code ec;
    if (!fs::exists(root, ec)) {
        return hits;
    }
    for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec || !it->is_regular_file(ec) || it->last_write_time(ec) < since || it->file_size(ec) > (64u << 20)) {
            continue;
        }
        const auto bytes = readAll(it->path());
        if (std::string(bytes.begin(), bytes.end()).find(needle) != std::string::npos) {
            hits.push_back(it->path().string());
        }
    }
    return hits;
}

}  // namespace

TEST_CASE("no plaintext of the evidence is left anywhere after a session", "[cli][plaintext]") {
    const auto since = fs::file_time_type::clock::now() - std::chrono::seconds(2);
    CliVault v;
    v.openCase();
    // A marker no other file can contain, in a text and in a binary file.
    const std::string marker = "CUSTODIA-MARKER-" + sha256Hex(randomBytes(32));
    std::string text;
    for (int i = 0; i < 2000; ++i) {
        text += marker + " messaggio numero " + std::to_string(i) + "\n";
    }
    writeFile(v.tmp / "chat.txt", text);
    auto binary = randomBytes(3 * 1024 * 1024);
    std::copy(marker.begin(), marker.end(), binary.begin() + 1234567);
    writeFile(v.tmp / "video.bin", binary);

    const auto t = v.ingest((v.tmp / "chat.txt").string(), {"--remove-source"});
    const auto b = v.ingest((v.tmp / "video.bin").string(), {"--remove-source"});
    REQUIRE_FALSE(fs::exists(v.tmp / "chat.txt"));
    REQUIRE_FALSE(fs::exists(v.tmp / "video.bin"));
    REQUIRE(v.ref({"show", v.dir, t}).exitCode == 0);
    auto r = v.ref({"extract", v.dir, t, "--stdout"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == text);
    r = v.ref({"extract", v.dir, b, "--stdout"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.size() == binary.size());
    REQUIRE(v.ref({"log", "verify", v.dir}).exitCode == 0);

    std::vector<fs::path> places{v.dir, fs::temp_directory_path(), "/tmp", "/var/tmp", "/dev/shm"};
    if (const char* home = std::getenv("HOME")) {
        places.emplace_back(fs::path(home) / ".cache");
    }
    for (const auto& place : places) {
        INFO("searching " << place);
        CHECK(filesContaining(place, marker, since).empty());
    }
}
