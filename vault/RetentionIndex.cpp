// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionIndex.h"

#include "Error.h"
#include "Files.h"
#include "Holds.h"
#include "Items.h"
#include "Retention.h"
#include "Storage.h"
#include "Time.h"
#include "Vault.h"
#include "crypto/Encoding.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>

namespace custodia::vault::retention_index {

namespace {

namespace fs = std::filesystem;
constexpr std::string_view kFormat = "custodia-retention-index";
constexpr std::size_t kMaxFile = 64 << 20;

[[noreturn]] void bad(const std::string& why) {
    throw Error(Error::Code::Integrity, "retention.json is not valid: " + why,
                "nothing was destroyed; open the vault with a passphrase (that purges what is due and rewrites "
                "the index)");
}

std::string readText(const fs::path& p, std::size_t max) {
    const auto bytes = files::readFile(p, max);
    return {bytes.begin(), bytes.end()};
}

std::vector<JournalEntry> readJournal(const fs::path& dir, const std::string& vaultId) {
    const fs::path p = dir / kJournalFile;
    std::error_code ec;
    if (!fs::exists(p, ec)) {
        return {};
    }
    return parseJournal(readText(p, kMaxFile), vaultId);
}

void writeJournal(const fs::path& dir, const std::string& vaultId, const std::vector<JournalEntry>& entries) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& e : entries) {
        a.push_back({{"id", e.id}, {"removed_at", e.removedAt}});
    }
    files::writeFileAtomic(dir / kJournalFile, nlohmann::json{{"vault_id", vaultId}, {"entries", a}}.dump(2) + "\n");
}

nlohmann::json readPinsFile() {
    std::error_code ec;
    if (!fs::exists(pinsFile(), ec)) {
        return nlohmann::json::object();
    }
    auto j = nlohmann::json::parse(readText(pinsFile(), kMaxFile), nullptr, false);
    return j.is_object() ? j : nlohmann::json::object();
}

}  // namespace

// ---- journal -----------------------------------------------------------------

std::vector<JournalEntry> parseJournal(std::string_view text, const std::string& vaultId) {
    std::vector<JournalEntry> out;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object() || !j.contains("vault_id") || !j["vault_id"].is_string() ||
        j["vault_id"].get<std::string>() != vaultId || !j.contains("entries") || !j["entries"].is_array()) {
        return out;  // unreadable: the catalog side of those blobs then shows in log verify
    }
    for (const auto& e : j["entries"]) {
        if (e.is_object() && e.contains("id") && e["id"].is_string() && e.contains("removed_at") &&
            e["removed_at"].is_string()) {
            out.push_back({e["id"].get<std::string>(), e["removed_at"].get<std::string>()});
        }
    }
    return out;
}

// ---- Index -----------------------------------------------------------------

std::string Index::signedText() const {
    nlohmann::json a = nlohmann::json::array();
    for (const Entry& e : items) {
        a.push_back({{"id", e.itemId}, {"destroy_after", e.destroyAfter}, {"held", e.held}});
    }
    return nlohmann::json{
        {"format", kFormat},           {"version", 1},     {"vault_id", vaultId}, {"generation", generation},
        {"generated_at", generatedAt}, {"signer", signer}, {"items", a}}
        .dump();
}

std::string Index::toJson() const {
    auto j = nlohmann::json::parse(signedText());
    j["signature"] = signatureHex;
    return j.dump(1) + "\n";
}

Index Index::parse(std::string_view text) {
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) {
        bad("not JSON");
    }
    Index idx;
    try {
        if (j.at("format").get<std::string>() != kFormat || j.at("version").get<int>() != 1) {
            bad("unknown format");
        }
        idx.vaultId = j.at("vault_id").get<std::string>();
        idx.generation = j.at("generation").get<std::int64_t>();
        idx.generatedAt = j.at("generated_at").get<std::string>();
        idx.signer = j.at("signer").get<std::string>();
        idx.signatureHex = j.at("signature").get<std::string>();
        for (const auto& e : j.at("items")) {
            Entry entry{e.at("id").get<std::string>(), e.at("destroy_after").get<std::string>(),
                        e.at("held").get<bool>()};
            if (entry.itemId.size() != 32 || !std::all_of(entry.itemId.begin(), entry.itemId.end(), [](char c) {
                    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                })) {
                bad("an item id is not 32 hexadecimal digits");
            }
            if (!time::parseUtc(entry.destroyAfter)) {
                bad("an item has no valid destruction time");
            }
            idx.items.push_back(std::move(entry));
        }
    } catch (const nlohmann::json::exception& e) {
        bad(e.what());
    }
    return idx;
}

// ---- writing ---------------------------------------------------------------

void write(Vault& v) {
    Index idx;
    idx.vaultId = v.header().vaultId;
    const std::set<std::string> held = holds::coveredItems(v);
    auto st = v.db().prepare(
        "SELECT id, destroy_after FROM items WHERE destroy_after IS NOT NULL AND kind <> 'physical' "
        "ORDER BY id");
    while (st.step()) {
        std::string id = st.textAt(0);
        const bool isHeld = held.contains(id);
        idx.items.push_back({std::move(id), st.textAt(1), isHeld});
    }
    const fs::path file = v.dir() / kIndexFile;
    std::error_code ec;
    std::int64_t previous = 0;
    if (fs::exists(file, ec)) {
        try {
            // Kept only if it still verifies (signature, signer, pins) and
            // lists the same: a damaged or replayed index is replaced.
            const Index old = readVerified(v.dir()).index;
            if (old.vaultId == idx.vaultId && old.items == idx.items) {
                return;  // unchanged: no write on the medium
            }
            previous = old.generation;
        } catch (const Error&) {
            try {
                previous = Index::parse(readText(file, kMaxFile)).generation;  // replaced below
            } catch (const Error&) {
            }
        }
    }
    // Strictly increasing from one index to the next (even when an index was
    // written in a transaction that was then rolled back): the log's size,
    // or one more than the index it replaces.
    idx.generation = std::max<std::int64_t>(static_cast<std::int64_t>(v.log().size()), previous + 1);
    idx.generatedAt = time::formatUtc(v.clock().now());
    idx.signer = v.actor().id;
    idx.signatureHex = crypto::toHex(v.sign(crypto::asBytes(idx.signedText())));
    files::writeFileAtomic(file, idx.toJson());
    remember(v.header(), idx.generation);
}

void rememberGeneration(const std::string& vaultId, std::int64_t generation) {
    try {
        auto all = readPinsFile();
        auto& p = all[vaultId];
        if (!p.is_object() || !p.contains("users")) {
            return;  // only vaults this computer has seen unlocked are pinned
        }
        const std::int64_t old = p.value("generation", std::int64_t{0});
        if (generation <= old) {
            return;
        }
        p["generation"] = generation;
        files::writeFileAtomic(pinsFile(), all.dump(2) + "\n");
    } catch (const std::exception&) {
        // a convenience of this computer, as in remember()
    }
}

// ---- pins ------------------------------------------------------------------

fs::path pinsFile() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    const fs::path base = xdg != nullptr && *xdg != '\0' ? fs::path(xdg)
                          : home != nullptr              ? fs::path(home) / ".local" / "share"
                                                         : fs::temp_directory_path();
    return base / "custodia" / "known-vaults.json";
}

std::optional<Pins> pinsFor(const std::string& vaultId) {
    const auto all = readPinsFile();
    if (!all.contains(vaultId) || !all[vaultId].is_object()) {
        return std::nullopt;
    }
    const auto& p = all[vaultId];
    Pins pins;
    pins.generation = p.value("generation", std::int64_t{0});
    for (const auto& u : p.value("users", nlohmann::json::array())) {
        UserInfo info;
        info.id = u.value("id", "");
        const auto key = crypto::fromHex(u.value("ed25519_public_key", ""));
        if (!info.id.empty() && key && key->size() == 32) {
            std::copy(key->begin(), key->end(), info.publicKey.begin());
            pins.users.push_back(std::move(info));
        }
    }
    return pins;
}

void remember(const VaultHeader& header, std::optional<std::int64_t> generation) {
    try {
        auto all = readPinsFile();
        const nlohmann::json before = all;
        auto& p = all[header.vaultId];
        if (!p.is_object()) {
            p = nlohmann::json::object();
        }
        // Keys are added, never replaced: a changed key is not learnt silently.
        nlohmann::json users = p.value("users", nlohmann::json::array());
        for (const UserInfo& u : header.users) {
            const bool known =
                std::any_of(users.begin(), users.end(), [&](const auto& x) { return x.value("id", "") == u.id; });
            if (!known) {
                users.push_back({{"id", u.id}, {"ed25519_public_key", crypto::toHex(u.publicKey)}});
            }
        }
        p["users"] = users;
        p["school"] = header.school;
        if (generation) {
            p["generation"] = std::max(p.value("generation", std::int64_t{0}), *generation);
        }
        if (all == before) {
            return;  // nothing new: no write (and no fsync) at every unlock
        }
        std::error_code ec;
        fs::create_directories(pinsFile().parent_path(), ec);
        files::writeFileAtomic(pinsFile(), all.dump(2) + "\n");
    } catch (const std::exception&) {
        // Pins are a convenience of this computer; failing to store them must
        // never stop the work with the vault.
    }
}

// ---- the unattended purge ---------------------------------------------------

Verified readVerified(const fs::path& dir) {
    const VaultHeader header = VaultHeader::read(dir);
    const fs::path file = dir / kIndexFile;
    std::error_code ec;
    if (!fs::exists(file, ec)) {
        throw Error(Error::Code::NotFound, "this vault has no retention index (retention.json)",
                    "open it once with a passphrase: that purges what is due and writes the index");
    }
    Verified out{Index::parse(readText(file, kMaxFile)), false};
    const Index& idx = out.index;
    if (idx.vaultId != header.vaultId) {
        bad("it belongs to another vault");
    }
    const UserInfo* signer = header.findUser(idx.signer);
    const auto sig = crypto::fromHex(idx.signatureHex);
    if (signer == nullptr || !sig || sig->size() != 64) {
        bad("it is not signed by a user of this vault");
    }
    crypto::Ed25519Signature signature{};
    std::copy(sig->begin(), sig->end(), signature.begin());
    if (!crypto::ed25519Verify(signer->publicKey, crypto::asBytes(idx.signedText()), signature)) {
        bad("its signature does not verify (it was altered)");
    }
    if (const auto pins = pinsFor(idx.vaultId)) {
        out.pinned = true;
        const auto pinned =
            std::find_if(pins->users.begin(), pins->users.end(), [&](const UserInfo& u) { return u.id == idx.signer; });
        if (pinned == pins->users.end() || pinned->publicKey != signer->publicKey) {
            bad("its signer's key is not the one this computer knows for user '" + idx.signer + "'");
        }
        if (idx.generation < pins->generation) {
            throw Error(Error::Code::Integrity,
                        "retention.json is older than one this computer has already seen for this vault: a backup "
                        "copy of the vault, or an old index put back to undo a legal hold",
                        "nothing was destroyed; open this copy with a passphrase to purge it, and keep only one "
                        "copy of a vault");
        }
        // Any index that verifies raises the mark, so an older one cannot
        // be put back later.
        rememberGeneration(idx.vaultId, idx.generation);
    }
    return out;
}

UnattendedResult purgeUnattended(const fs::path& dir, Seconds now, bool dryRun) {
    (void)VaultHeader::read(dir);  // a clear error for a folder that is not a vault
    files::DirLock lock(dir);
    const Verified verified = readVerified(dir);
    const Index& idx = verified.index;
    std::error_code ec;
    UnattendedResult r;
    r.vaultId = idx.vaultId;
    r.pinned = verified.pinned;
    // Only inside this vault's own folders: a blobs folder that is a link
    // (to another vault's blobs, say) is refused before anything is removed.
    auto realFolder = [&](const fs::path& p) {
        std::error_code e;
        const auto st = fs::symlink_status(p, e);
        if (fs::is_symlink(st)) {
            bad("'" + p.string() + "' is a symbolic link, not the vault's own folder");
        }
        return !e && fs::is_directory(st);
    };
    if (!realFolder(dir / "blobs")) {
        throw Error(Error::Code::NotFound, "this vault has no blobs folder", "check the medium");
    }
    const std::string cutoff = time::formatUtc(now);
    std::vector<JournalEntry> journal = readJournal(dir, idx.vaultId);
    std::vector<std::string> toRemove;
    for (const Entry& e : idx.items) {
        if (e.destroyAfter > cutoff) {
            continue;
        }
        if (e.held) {
            r.held.push_back(e.itemId);
            continue;
        }
        const fs::path blob = blobPathIn(dir, e.itemId);
        if (realFolder(blob.parent_path()) && fs::is_regular_file(fs::symlink_status(blob, ec))) {
            toRemove.push_back(e.itemId);
        }
    }
    if (dryRun || toRemove.empty()) {
        r.destroyed = toRemove;
        return r;
    }
    // The journal first: a cut-off run is finished by the next unlock.
    for (const std::string& id : toRemove) {
        journal.push_back({id, cutoff});
    }
    writeJournal(dir, idx.vaultId, journal);
    std::vector<fs::path> blobs;
    for (const std::string& id : toRemove) {
        blobs.push_back(blobPathIn(dir, id));
    }
    files::removeDurably(blobs);
    r.destroyed = std::move(toRemove);
    return r;
}

void completeJournal(Vault& v) {
    const auto journal = readJournal(v.dir(), v.header().vaultId);
    std::error_code ec;
    if (journal.empty()) {
        files::removeIfExists(v.dir() / kJournalFile);
        return;
    }
    retention::entombUnattended(v, [&] {
        std::vector<std::pair<std::string, std::string>> out;
        for (const auto& e : journal) {
            out.emplace_back(e.id, e.removedAt);
        }
        return out;
    }());
    files::removeIfExists(v.dir() / kJournalFile);
}

// ---- finding vaults -----------------------------------------------------------

std::vector<fs::path> findVaults(const std::vector<fs::path>& roots) {
    std::vector<fs::path> places = roots;
    if (places.empty()) {
        std::ifstream mounts("/proc/self/mounts");
        std::string device, mountPoint, type;
        std::string rest;
        while (mounts >> device >> mountPoint >> type && std::getline(mounts, rest)) {
            // /proc/mounts escapes spaces and the like as \ooo octal.
            std::string mp;
            for (std::size_t i = 0; i < mountPoint.size(); ++i) {
                if (mountPoint[i] == '\\' && i + 3 < mountPoint.size()) {
                    mp += static_cast<char>(std::stoi(mountPoint.substr(i + 1, 3), nullptr, 8));
                    i += 3;
                } else {
                    mp += mountPoint[i];
                }
            }
            if (device.rfind("/dev/", 0) == 0 && storage::mediumOf(mp).removable) {
                places.emplace_back(mp);
            }
        }
    }
    std::vector<fs::path> vaults;
    std::error_code ec;
    for (const fs::path& place : places) {
        if (fs::exists(place / "custodia.json", ec)) {
            vaults.push_back(place);
        }
        for (const auto& e : fs::directory_iterator(place, fs::directory_options::skip_permission_denied, ec)) {
            if (e.is_directory(ec) && fs::exists(e.path() / "custodia.json", ec)) {
                vaults.push_back(e.path());
            }
        }
    }
    return vaults;
}

}  // namespace custodia::vault::retention_index
