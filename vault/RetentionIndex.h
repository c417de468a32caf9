// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "VaultHeader.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace custodia::vault {

class Vault;

// Destruction without a passphrase (R11, "unattended"): a scheduler must be
// able to destroy due evidence when nobody is there to unlock the vault.
//
// retention.json, beside custodia.json, is a public index of every item's
// destroy_after and whether a hold covers it, signed (Ed25519) by the user
// whose session last changed it, and numbered with the custody log's size
// at signing ("generation"). The unattended purge deletes the blobs of items
// due by that index; the catalog side (key erased, tombstone, log entry,
// certificate) completes at the next unlock from retention-journal.json.
//
// Trust: the index is checked against the users' keys in custodia.json and,
// where this computer has seen the vault unlocked before, against the keys
// and the highest generation pinned then (known-vaults.json in the user's
// data folder), which also refuses an older index replayed to undo a hold.
// docs/threat-model.md states what this does and does not stop.
namespace retention_index {

inline constexpr std::string_view kIndexFile = "retention.json";
inline constexpr std::string_view kJournalFile = "retention-journal.json";

struct Entry {
    std::string itemId;
    std::string destroyAfter;
    bool held = false;
    bool operator==(const Entry&) const = default;
};

struct Index {
    std::string vaultId;
    std::int64_t generation = 0;
    std::string generatedAt;
    std::string signer;
    std::vector<Entry> items;
    std::string signatureHex;

    // The signed bytes: canonical JSON of everything but the signature.
    [[nodiscard]] std::string signedText() const;
    [[nodiscard]] std::string toJson() const;
    // Strict parse; throws Error(Integrity) on anything malformed.
    [[nodiscard]] static Index parse(std::string_view text);
};

// Rewrites retention.json from the catalog, signed by the actor, when its
// content changed (called when a session closes); records the generation in
// this computer's pins.
void write(Vault& v);

// This computer's memory of vaults it has seen unlocked: the users' keys and
// the highest index generation, per vault id.
struct Pins {
    std::vector<UserInfo> users;
    std::int64_t generation = 0;
};
[[nodiscard]] std::filesystem::path pinsFile();
[[nodiscard]] std::optional<Pins> pinsFor(const std::string& vaultId);
void remember(const VaultHeader& header, std::optional<std::int64_t> generation);
// Raises the pinned generation of a vault already pinned (never lowers it,
// never learns keys).
void rememberGeneration(const std::string& vaultId, std::int64_t generation);

// retention.json read and checked (vault id, signature, pins, generation)
// without a passphrase. Throws Error(Integrity) for a forged, damaged or
// replayed index, Error(NotFound) without one.
struct Verified {
    Index index;
    bool pinned = false;  // checked against this computer's pins
};
[[nodiscard]] Verified readVerified(const std::filesystem::path& dir);

struct UnattendedResult {
    std::string vaultId;
    std::vector<std::string> destroyed;  // blobs removed now
    std::vector<std::string> held;       // due by date, kept by a hold
    bool pinned = false;                 // checked against this computer's pins
};

// Verifies the index (vault id, signature, pins, generation) and removes
// the blobs of due items not held, journalling them. Throws Error(Integrity)
// for a forged, damaged or replayed index, Error(NotFound) without one.
UnattendedResult purgeUnattended(const std::filesystem::path& dir, Seconds now, bool dryRun);

// retention-journal.json: the blobs the unattended purge removed, for the
// next unlock. Entries of another vault, or a file that is not a journal,
// give nothing (the removed items then show as missing in log verify).
struct JournalEntry {
    std::string id;
    std::string removedAt;
};
[[nodiscard]] std::vector<JournalEntry> parseJournal(std::string_view text, const std::string& vaultId);

// At unlock: items the scheduler already deleted become tombstones ("unattended").
void completeJournal(Vault& v);

// Vault folders on the mounted removable media (or under `roots`, if given).
[[nodiscard]] std::vector<std::filesystem::path> findVaults(const std::vector<std::filesystem::path>& roots);

}  // namespace retention_index

}  // namespace custodia::vault
