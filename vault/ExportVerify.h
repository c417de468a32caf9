// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

// The examiner's side of a police export (`custodia verify-export`): offline,
// with no vault and no secret, it checks what docs/verifica-export.md does by
// hand with sha256sum and openssl, and names whatever is missing, extra or
// altered. Trust rests on the signatures and on the manifest hash printed on
// the signed paper verbale, not on this program.
namespace custodia::vault::exports {

struct VerifyOptions {
    std::optional<std::filesystem::path> ca;     // trust anchor for the school's CMS signature
    std::optional<std::filesystem::path> tsaCa;  // trust anchor for the time-stamping authority
    // The SHA-256 of manifest.json as printed (and as a QR code) on the signed
    // paper verbale di consegna: the anchor of an export signed with Ed25519 only.
    std::optional<std::string> manifestSha256;
};

struct Check {
    bool ok = false;
    std::string what;    // "file reperti/01-....jpg", "CMS signature", ...
    std::string detail;  // why it failed, or what was found
};

struct VerifyReport {
    std::vector<Check> checks;
    std::vector<std::string> missing;  // listed but not there
    std::vector<std::string> extra;    // there but listed nowhere
    std::vector<std::string> altered;  // there but not as listed
    std::vector<std::string> notes;    // what could not be checked, and why
    // Passed, and tied to something outside the folder: the manifest hash of
    // the paper verbale, or the school's certificate chaining to a given CA.
    // An export that passed without it is consistent, not authenticated:
    // whoever can write a folder can make a consistent one with their own keys.
    bool authenticated = false;
    [[nodiscard]] bool passed() const;
};

// Never throws for a damaged export: every problem is a failed check.
// Throws Error(NotFound) only when `dir` is not a folder.
[[nodiscard]] VerifyReport verifyExport(const std::filesystem::path& dir, const VerifyOptions& options);

}  // namespace custodia::vault::exports
