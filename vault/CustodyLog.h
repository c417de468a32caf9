// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Database.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace custodia::vault {

// One act of custody (DESIGN.md, "Custody log"). entry_hash is SHA-256 of the
// canonical encoding (canonicalEntry) which includes prev_hash, chaining every
// entry to the one before; the signature is Ed25519 over entry_hash by the
// actor's key. Details never carry evidence content, only identifiers, hashes
// and sizes.
struct LogEntry {
    std::int64_t seq = 0;  // 1-based, no gaps
    std::string time;      // RFC 3339 UTC
    std::string actor;     // user id
    std::string action;    // e.g. "item.ingest" (docs/formats.md lists them)
    std::optional<std::int64_t> caseId;
    std::optional<std::string> itemId;
    nlohmann::json details = nlohmann::json::object();
    // The details exactly as stored (canonical JSON text): what the entry
    // hash covers. Empty for an entry built in memory, where details.dump()
    // is used.
    std::string rawDetails;
    crypto::Digest prevHash{};
    crypto::Digest entryHash{};
    crypto::Ed25519Signature signature{};

    [[nodiscard]] nlohmann::json toJson() const;
};

// The bytes entry_hash covers: a JSON object with the keys action, actor,
// case, details, item, prev_hash (hex), seq and time, sorted, without
// whitespace (RFC 8785 for the integers and strings Custodia writes); the
// details are the stored text byte for byte.
[[nodiscard]] std::string canonicalEntry(const LogEntry& e);
[[nodiscard]] crypto::Digest computeEntryHash(const LogEntry& e);

// A signed tree head: the RFC 6962 root over the first tree_size entry
// hashes, signed by a user. The signed message is treeHeadMessage().
struct TreeHead {
    std::uint64_t treeSize = 0;
    crypto::Digest rootHash{};
    std::string time;
    std::string signer;
    crypto::Ed25519Signature signature{};

    [[nodiscard]] nlohmann::json toJson() const;
    // The inverse of toJson(), for heads kept or received as JSON (police
    // exports); nullopt for anything malformed, never an exception.
    [[nodiscard]] static std::optional<TreeHead> fromJson(const nlohmann::json& j);
};

[[nodiscard]] std::string treeHeadMessage(const TreeHead& th, const std::string& vaultId);

// The custody log in the catalog: append-only by construction of this API.
// append() must run inside the caller's transaction, so that the act and its
// record commit together or not at all.
class CustodyLog {
public:
    explicit CustodyLog(Database& db) : db_(db) {}

    struct Draft {
        std::string action;
        std::optional<std::int64_t> caseId;
        std::optional<std::string> itemId;
        nlohmann::json details = nlohmann::json::object();
    };

    // Appends a signed entry. A clock behind the previous entry is recorded
    // (the entry keeps the previous time, its details the clock reading under
    // "clock_behind"), never silently accepted.
    LogEntry append(const std::string& actor, const crypto::Ed25519KeyPair& key, Seconds now, Draft draft);

    [[nodiscard]] std::int64_t size();
    [[nodiscard]] std::optional<LogEntry> last();
    [[nodiscard]] std::optional<LogEntry> entry(std::int64_t seq);
    [[nodiscard]] std::vector<LogEntry> entries(std::optional<std::int64_t> caseId = std::nullopt);
    // Streams every entry in order, without loading the whole log. With
    // parseDetails false, only rawDetails is filled (fast, for verification).
    void forEach(const std::function<void(LogEntry&&)>& fn, bool parseDetails = true);

    // RFC 6962 leaf hashes of the first `count` entries (all by default).
    [[nodiscard]] std::vector<crypto::Digest> leafHashes(std::optional<std::int64_t> count = std::nullopt);

    // Hands over leaf hashes a caller computed for entries 1..n (verification
    // does, of a log whose sequence it found without gaps), sparing a re-read.
    void primeLeafCache(std::vector<crypto::Digest> leaves);

    [[nodiscard]] std::vector<TreeHead> treeHeads();
    [[nodiscard]] std::optional<TreeHead> latestTreeHead();
    // Signs and stores a tree head over the whole log, unless the latest one
    // already covers it; returns the current head.
    TreeHead signTreeHead(const std::string& signer, const crypto::Ed25519KeyPair& key, const std::string& vaultId,
                          Seconds now);

private:
    [[nodiscard]] LogEntry readRow(const Statement& st, bool parseDetails = true) const;
    Database& db_;
    // Leaf hashes read so far: the log only grows through append(), so a
    // tree head at the end of a command reads just the new entries.
    std::vector<crypto::Digest> leafCache_;
};

}  // namespace custodia::vault
