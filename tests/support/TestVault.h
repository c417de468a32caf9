// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Clock.h"
#include "vault/Error.h"
#include "vault/Vault.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace custodia::test {

// A fresh directory under $TMPDIR, removed with everything in it at the end.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

// 2026-01-15T09:00:00Z: a fixed start for tests that move time.
[[nodiscard]] vault::Seconds testEpoch();

inline constexpr const char* kPassphrase = "correct horse battery staple";
inline constexpr const char* kDsPassphrase = "dirigente passphrase 2026";
// Low scrypt cost for test keyslots: the format is the same, the unlock fast.
inline constexpr int kTestWorkFactor = 10;

// A vault in a temporary directory with a referente "ref" and, unless
// told otherwise, a dirigente "ds"; unlocked with a manual clock.
struct TestVault {
    explicit TestVault(bool withDs = true);
    TempDir tmp;
    std::filesystem::path dir;
    vault::ManualClock clock;
    std::string recoveryCode;
    [[nodiscard]] vault::Vault unlock(const std::string& user = "ref");
};

// The code of the vault::Error that fn throws (a test failure if none).
[[nodiscard]] vault::Error::Code codeOf(const std::function<void()>& fn);

[[nodiscard]] std::vector<std::uint8_t> randomBytes(std::size_t n);
void writeFile(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes);
void writeFile(const std::filesystem::path& path, const std::string& text);
[[nodiscard]] std::vector<std::uint8_t> readAll(const std::filesystem::path& path);
[[nodiscard]] std::string sha256Hex(const std::vector<std::uint8_t>& bytes);

}  // namespace custodia::test
