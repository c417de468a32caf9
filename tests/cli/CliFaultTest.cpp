// SPDX-License-Identifier: GPL-3.0-or-later
// Every failure a user can cause gives a clear message, the documented exit
// code, and leaves the vault as it was.
#include "crypto/Age.h"
#include "crypto/Encoding.h"
#include "support/CliFixture.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

using namespace custodia;
using namespace custodia::test;
namespace fs = std::filesystem;

namespace {

std::string blobOf(const CliVault& v, const std::string& id) {
    return v.dir + "/blobs/" + id.substr(0, 2) + "/" + id + ".age";
}

// The catalog key, derived with our own code, for the sqlcipher CLI.
std::string catalogKeyHex(const CliVault& v) {
    const auto slot = readAll(v.dir + "/keys/ref.age");
    const auto master =
        crypto::age::decryptSecret(slot, crypto::age::ScryptIdentity(crypto::SecureBuffer::copyOf(kPassphrase)), 32);
    return crypto::toHex(vault::catalogKey(master).span());
}

std::map<std::string, std::string> fault(const std::string& op, const std::string& path, long after, int err) {
    return {{"LD_PRELOAD", CUSTODIA_FAULT_LIB},
            {"ASAN_OPTIONS", "verify_asan_link_order=0:detect_leaks=0"},
            {"CUSTODIA_FAULT_OP", op},
            {"CUSTODIA_FAULT_PATH", path},
            {"CUSTODIA_FAULT_AFTER", std::to_string(after)},
            {"CUSTODIA_FAULT_ERRNO", std::to_string(err)}};
}

void requireIntact(CliVault& v, std::size_t items) {
    const auto r = v.ref({"log", "verify", v.dir});
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    REQUIRE(v.json({"list", v.dir}).size() == items);
    REQUIRE(fs::is_empty(v.dir + "/blobs/.incoming"));
}

}  // namespace

TEST_CASE("a blob with one flipped byte is reported by item, and nothing is extracted", "[cli][fault]") {
    CliVault v;
    v.openCase();
    writeFile(v.tmp / "a.bin", randomBytes(500000));
    const auto id = v.ingest((v.tmp / "a.bin").string());
    auto blob = readAll(blobOf(v, id));
    blob[blob.size() / 2] ^= 0x08;
    writeFile(blobOf(v, id), blob);
    auto r = v.ref({"extract", v.dir, id, "--to", (v.tmp / "out").string()});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("the blob of item " + id + " is damaged or was altered") != std::string::npos);
    CHECK_FALSE(fs::exists(v.tmp / "out"));
    r = v.ref({"log", "verify", v.dir});
    CHECK(r.exitCode == 2);
    CHECK(r.out.find("FAILED") != std::string::npos);
    CHECK(r.out.find(id) != std::string::npos);
}

TEST_CASE("a truncated or deleted blob is reported by item", "[cli][fault]") {
    CliVault v;
    v.openCase();
    writeFile(v.tmp / "a.bin", randomBytes(300000));
    const auto id = v.ingest((v.tmp / "a.bin").string());
    SECTION("truncated") {
        fs::resize_file(blobOf(v, id), fs::file_size(blobOf(v, id)) - 70000);
        const auto r = v.ref({"extract", v.dir, id, "--stdout"});
        CHECK(r.exitCode == 2);
        CHECK(r.err.find(id) != std::string::npos);
    }
    SECTION("deleted") {
        fs::remove(blobOf(v, id));
        auto r = v.ref({"extract", v.dir, id, "--to", (v.tmp / "o").string()});
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("is missing") != std::string::npos);
        r = v.ref({"log", "verify", v.dir});
        CHECK(r.exitCode == 2);
        CHECK(r.out.find("missing_blob") != std::string::npos);
    }
}

TEST_CASE("a custody log row edited with the sqlcipher CLI is found by log verify", "[cli][fault][interop]") {
    CliVault v;
    v.openCase();
    writeFile(v.tmp / "a.bin", randomBytes(1000));
    (void)v.ingest((v.tmp / "a.bin").string());
    const std::string key = catalogKeyHex(v);
    const auto r = run({"/usr/bin/sqlcipher", v.dir + "/catalog.db"},
                       {"PRAGMA key = \"x'" + key +
                            "'\";\nUPDATE log_entries SET actor = 'ds' WHERE seq = 4;\n"
                            "SELECT changes();\n",
                        {},
                        {}});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out.find('1') != std::string::npos);
    const auto verify = v.ref({"log", "verify", v.dir});
    CHECK(verify.exitCode == 2);
    CHECK(verify.out.find("First: log entry 4") != std::string::npos);
}

TEST_CASE("a catalog that the vault key does not open is reported as such", "[cli][fault]") {
    CliVault a, b;
    fs::copy_file(b.dir + "/catalog.db", a.dir + "/catalog.db", fs::copy_options::overwrite_existing);
    const auto r = a.ref({"case", "list", a.dir});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("cannot be decrypted with this vault's key") != std::string::npos);
}

TEST_CASE("an unreadable or missing source file: clear error, nothing stored", "[cli][fault]") {
    CliVault v;
    v.openCase();
    writeFile(v.tmp / "bad-sectors.jpg", randomBytes(3000000));
    auto r = v.ref({"ingest", v.dir, "1", (v.tmp / "bad-sectors.jpg").string(), "--consent", "yes",
                    "--no-sexual-content-of-minors"},
                   fault("read", "bad-sectors.jpg", 1000000, EIO));
    CHECK(r.exitCode == 3);
    CHECK(r.err.find("cannot read") != std::string::npos);
    CHECK(r.err.find("bad-sectors.jpg") != std::string::npos);
    r = v.ref(
        {"ingest", v.dir, "1", (v.tmp / "nope.jpg").string(), "--consent", "yes", "--no-sexual-content-of-minors"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("there is no file") != std::string::npos);
    requireIntact(v, 0);
}

TEST_CASE("a full medium during ingest: clear error, no item, no partial blob", "[cli][fault]") {
    CliVault v;
    v.openCase();
    writeFile(v.tmp / "big.mp4", randomBytes(5000000));
    SECTION("while writing the blob") {
        const auto r = v.ref(
            {"ingest", v.dir, "1", (v.tmp / "big.mp4").string(), "--consent", "yes", "--no-sexual-content-of-minors"},
            fault("write", ".incoming", 2000000, ENOSPC));
        CHECK(r.exitCode == 3);
        CHECK(r.err.find("the medium is full") != std::string::npos);
        CHECK(r.err.find("custodia: hint:") != std::string::npos);
    }
    SECTION("while committing the catalog") {
        const auto r = v.ref(
            {"ingest", v.dir, "1", (v.tmp / "big.mp4").string(), "--consent", "yes", "--no-sexual-content-of-minors"},
            fault("write", "catalog.db-wal", 0, ENOSPC));
        CHECK(r.exitCode == 3);
        CHECK(r.err.find("full") != std::string::npos);
    }
    requireIntact(v, 0);
    CHECK(fs::exists(v.tmp / "big.mp4"));
    // ...and once there is space again, the same import works.
    (void)v.ingest((v.tmp / "big.mp4").string());
    requireIntact(v, 1);
}

TEST_CASE("ingest killed with SIGKILL at random moments never leaves a partial item", "[cli][fault][kill]") {
    const auto started = fs::file_time_type::clock::now() - std::chrono::seconds(2);
    CliVault v;
    v.openCase();
    const auto data = randomBytes(40 * 1024 * 1024);
    writeFile(v.tmp / "video.mp4", data);
    const std::string sha = sha256Hex(data);
    const std::vector<std::string> argv{CUSTODIA_CLI,
                                        "--passphrase-fd",
                                        "0",
                                        "--user",
                                        "ref",
                                        "ingest",
                                        v.dir,
                                        "1",
                                        (v.tmp / "video.mp4").string(),
                                        "--consent",
                                        "yes",
                                        "--no-sexual-content-of-minors"};
    // How long one full ingest takes here, to spread the kills over it.
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(wait(spawn(argv, std::string(kPassphrase) + "\n", {})) == 0);
    const auto full = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
    std::mt19937 rng(20261123);
    int killedMidway = 0;
    for (int trial = 0; trial < 30; ++trial) {
        const pid_t pid = spawn(argv, std::string(kPassphrase) + "\n", {});
        std::this_thread::sleep_for(std::chrono::microseconds(rng() % static_cast<unsigned>(full.count() + 1)));
        ::kill(pid, SIGKILL);
        killedMidway += wait(pid) == -SIGKILL ? 1 : 0;
    }
    INFO("one ingest takes " << full.count() << " us; " << killedMidway << " of 30 runs were killed midway");
    CHECK(killedMidway >= 10);
    // Afterwards: the vault opens, the log verifies, every listed item is whole.
    const auto verify = v.ref({"log", "verify", v.dir});
    INFO(verify.out << verify.err);
    REQUIRE(verify.exitCode == 0);
    for (const auto& item : v.json({"list", v.dir})) {
        CHECK(item["sha256"] == sha);
        CHECK(item["size"] == data.size());
    }
    CHECK(fs::is_empty(v.dir + "/blobs/.incoming"));
    // No plaintext anywhere but the source itself: look for a slice of the
    // data in the vault and in the temporary folders.
    const std::string needle(data.begin() + 5000000, data.begin() + 5000064);
    const fs::path source = fs::canonical(v.tmp / "video.mp4");
    for (const fs::path& place :
         {fs::path(v.dir), fs::temp_directory_path(), fs::path("/var/tmp"), fs::path("/dev/shm")}) {
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(place, fs::directory_options::skip_permission_denied, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec || !it->is_regular_file(ec) || it->file_size(ec) < needle.size() ||
                it->file_size(ec) > (128u << 20) || fs::canonical(it->path(), ec) == source ||
                fs::last_write_time(it->path(), ec) < started) {
                continue;
            }
            const auto bytes = readAll(it->path());
            INFO("plaintext found in " << it->path());
            CHECK(std::string(bytes.begin(), bytes.end()).find(needle) == std::string::npos);
        }
    }
}
