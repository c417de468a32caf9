// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultHeader.h"

#include "Error.h"
#include "Files.h"
#include "crypto/Encoding.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace custodia::vault {

namespace {
constexpr std::string_view kFormatName = "custodia-vault";
constexpr std::size_t kMaxHeaderSize = 1 << 20;
}  // namespace

std::string_view roleName(Role r) {
    switch (r) {
        case Role::Dirigente:
            return "dirigente";
        case Role::Referente:
            return "referente";
        case Role::Docente:
            return "docente";
    }
    return "referente";
}

std::optional<Role> parseRole(std::string_view text) {
    for (Role r : {Role::Dirigente, Role::Referente, Role::Docente}) {
        if (roleName(r) == text) {
            return r;
        }
    }
    return std::nullopt;
}

bool isValidUserId(std::string_view id) {
    return !id.empty() && id.size() <= 32 && id != "recovery" && id.front() != '.' &&
           std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
           });
}

const UserInfo* VaultHeader::findUser(std::string_view id) const {
    const auto it = std::find_if(users.begin(), users.end(), [&](const UserInfo& u) { return u.id == id; });
    return it == users.end() ? nullptr : &*it;
}

std::string VaultHeader::toJson() const {
    nlohmann::ordered_json j;
    j["format"] = kFormatName;
    j["format_version"] = formatVersion;
    j["vault_id"] = vaultId;
    j["created_at"] = createdAt;
    j["school"] = school;
    j["users"] = nlohmann::ordered_json::array();
    for (const UserInfo& u : users) {
        j["users"].push_back({{"id", u.id},
                              {"display_name", u.displayName},
                              {"role", roleName(u.role)},
                              {"ed25519_public_key", crypto::toHex(u.publicKey)},
                              {"created_at", u.createdAt}});
    }
    j["catalog"] = {{"file", "catalog.db"},
                    {"cipher", "SQLCipher 3 defaults, raw key"},
                    {"key", "HKDF-SHA-256(ikm = master key, salt = empty, info = \"custodia/v1/catalog\")"}};
    return j.dump(2) + "\n";
}

VaultHeader VaultHeader::fromJson(std::string_view text) {
    VaultHeader h;
    try {
        const auto j = nlohmann::json::parse(text);
        if (j.at("format").get<std::string>() != kFormatName) {
            throw std::runtime_error("not a Custodia vault header");
        }
        h.formatVersion = j.at("format_version").get<int>();
        h.vaultId = j.at("vault_id").get<std::string>();
        h.createdAt = j.at("created_at").get<std::string>();
        h.school = j.at("school").get<std::string>();
        for (const auto& u : j.at("users")) {
            UserInfo info;
            info.id = u.at("id").get<std::string>();
            info.displayName = u.at("display_name").get<std::string>();
            const auto role = parseRole(u.at("role").get<std::string>());
            const auto key = crypto::fromHex(u.at("ed25519_public_key").get<std::string>());
            if (!role || !key || key->size() != 32 || !isValidUserId(info.id)) {
                throw std::runtime_error("a user entry is malformed");
            }
            info.role = *role;
            std::copy(key->begin(), key->end(), info.publicKey.begin());
            info.createdAt = u.at("created_at").get<std::string>();
            h.users.push_back(std::move(info));
        }
    } catch (const std::exception& e) {
        throw Error(Error::Code::Integrity, std::string("custodia.json is damaged: ") + e.what(),
                    "restore custodia.json from a backup copy of the vault");
    }
    if (h.formatVersion != kFormatVersion) {
        throw Error(
            Error::Code::InvalidInput,
            "this vault has format version " + std::to_string(h.formatVersion) + ", which this Custodia does not know",
            "use the version of Custodia that created the vault");
    }
    return h;
}

VaultHeader VaultHeader::read(const std::filesystem::path& vaultDir) {
    const auto file = vaultDir / "custodia.json";
    std::error_code ec;
    if (!std::filesystem::is_directory(vaultDir, ec)) {
        throw Error(Error::Code::NotFound, "the folder '" + vaultDir.string() + "' does not exist",
                    "if the vault is on a USB stick, check that it is connected and open (e.g. /media/USER/NAME)");
    }
    if (!std::filesystem::exists(file, ec)) {
        throw Error(Error::Code::NotFound, "'" + vaultDir.string() + "' is not a Custodia vault (no custodia.json)",
                    "give the folder of the vault, e.g. the root of the USB stick, or create one with 'custodia init'");
    }
    const auto bytes = files::readFile(file, kMaxHeaderSize);
    return fromJson(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

void VaultHeader::write(const std::filesystem::path& vaultDir) const {
    files::writeFileAtomic(vaultDir / "custodia.json", toJson());
}

}  // namespace custodia::vault
