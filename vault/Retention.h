// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Holds.h"
#include "Items.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace custodia::vault {

class Vault;

// What remains of a destroyed item (R11): the facts that identify it, never
// its content or its key.
struct Tombstone {
    std::string itemId;
    std::int64_t caseId = 0;
    std::string kind;
    std::optional<std::int64_t> size;
    std::optional<std::string> sha256;
    std::string acquiredAt;
    std::string acquiredBy;
    std::optional<std::string> destroyAfter;
    std::optional<std::string> sealNumber;  // physical items: the envelope destroyed
    std::string destroyedAt;
    std::string how;          // automatic | manual | unattended
    std::string destroyedBy;  // a user id, or "scheduler"
    bool blobRemoved = false;
    std::optional<std::int64_t> certificateId;

    [[nodiscard]] nlohmann::json toJson() const;
};

// R11: acquired material is destroyed when no longer useful, after 6 months
// at the most. Each item's destroy_after is its acquisition time plus the
// vault's retention period; a legal hold (Holds.h) pauses it.
namespace retention {

inline constexpr int kMaxMonths = 6;

// t plus `months` calendar months, at the same time of day; a day that the
// target month lacks becomes its last day (31 August + 6 months = 28/29 February).
[[nodiscard]] Seconds addMonths(Seconds t, int months);
[[nodiscard]] inline Seconds destroyAfter(Seconds acquiredAt, int months) {
    return addMonths(acquiredAt, months);
}

// The vault's retention period in months (6 unless chosen shorter).
[[nodiscard]] int months(Vault& v);
// A shorter period (1..6) applies to every item at once; longer is possible
// only through a hold. dirigente only; logged.
void setMonths(Vault& v, int months);

enum class How { Automatic, Manual, Unattended };
[[nodiscard]] std::string_view howName(How h);

struct PurgeResult {
    std::vector<Tombstone> destroyed;
    std::vector<Item> physicalToDestroy;  // R9 envelopes due: a person destroys them and confirms
    std::vector<Item> held;               // due, but kept by a hold
    std::optional<std::int64_t> certificateId;
    std::optional<std::string> error;  // the purge at unlock failed (it is retried at the next one)
};

// Destroys every due file item not under a hold. For each, in one
// transaction: the catalog row (with the item's secret key, secure_delete on)
// becomes a tombstone and an "item.destroyed" entry; then the catalog's WAL
// is checkpointed so that the freed pages are overwritten in the database
// file too, the blobs are removed, a tree head is signed and a destruction
// certificate is made. With dryRun nothing changes: the result says what
// would be destroyed. A purge cut off at any point is completed by the next
// one (completePending).
PurgeResult purgeDue(Vault& v, How how, bool dryRun);

// Finishes what a cut-off purge or an unattended one left: blobs of
// tombstones still on disk, tombstones without a certificate.
std::optional<std::int64_t> completePending(Vault& v);

// Items the unattended purge already deleted, with when: those the catalog
// also finds due and not held become "unattended" tombstones; any other is
// recorded as "retention.journal_mismatch" and left for log verify to show.
void entombUnattended(Vault& v, const std::vector<std::pair<std::string, std::string>>& removed);

// R9: confirms that a due physical item's envelope was destroyed.
Tombstone confirmPhysicalDestroyed(Vault& v, const std::string& itemId);

struct Outlook {
    std::vector<Item> dueSoon;  // destroyed within the window, not held
    std::vector<Item> overdue;  // due now (until the next purge), not held
    std::vector<Item> physicalToDestroy;
    std::vector<Hold> holdsToReview;  // review date passed
};
[[nodiscard]] Outlook outlook(Vault& v, std::chrono::days window = std::chrono::days{30});

[[nodiscard]] std::vector<Tombstone> tombstones(Vault& v, std::optional<std::int64_t> caseId = std::nullopt);

}  // namespace retention

}  // namespace custodia::vault
