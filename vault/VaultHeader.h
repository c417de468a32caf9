// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Ed25519.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custodia::vault {

enum class Role { Dirigente, Referente, Docente };

[[nodiscard]] std::string_view roleName(Role r);
[[nodiscard]] std::optional<Role> parseRole(std::string_view text);

// A user as the public header shows them: enough to verify their signatures
// without unlocking anything.
struct UserInfo {
    std::string id;  // login name: [a-z0-9._-], 1-32 characters; also the keyslot file name
    std::string displayName;
    Role role = Role::Referente;
    crypto::Ed25519PublicKey publicKey{};
    std::string createdAt;
};

[[nodiscard]] bool isValidUserId(std::string_view id);

// custodia.json: the vault's public, unencrypted header (docs/formats.md).
struct VaultHeader {
    static constexpr int kFormatVersion = 1;
    int formatVersion = kFormatVersion;
    std::string vaultId;  // 32 hex characters
    std::string createdAt;
    std::string school;
    std::vector<UserInfo> users;

    [[nodiscard]] const UserInfo* findUser(std::string_view id) const;

    // Throws Error(NotFound) if there is no custodia.json (not a vault),
    // Error(Integrity) if it does not parse.
    [[nodiscard]] static VaultHeader read(const std::filesystem::path& vaultDir);
    void write(const std::filesystem::path& vaultDir) const;  // atomic
    [[nodiscard]] std::string toJson() const;
    [[nodiscard]] static VaultHeader fromJson(std::string_view text);
};

}  // namespace custodia::vault
