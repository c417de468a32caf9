// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace custodia::vault {

class Vault;
struct Item;

// A legal hold (R11): destruction of an item, or of every item of a case, is
// paused for a documented reason (e.g. the material was handed to the police
// and proceedings are open) until a review date at most 6 months ahead. Only
// a dirigente places, renews or releases one; each act is logged. A hold
// past its review date stays in force and is reported until reviewed.
struct Hold {
    std::int64_t id = 0;
    std::optional<std::int64_t> caseId;
    std::optional<std::string> itemId;
    std::string reason;
    std::string reference;  // e.g. protocol of the report, proceeding number
    std::string reviewBy;   // RFC 3339 UTC
    std::string placedAt;
    std::string placedBy;
    std::int64_t renewals = 0;
    std::optional<std::string> releasedAt;
    std::optional<std::string> releasedBy;
    std::optional<std::string> releaseReason;

    [[nodiscard]] bool active() const { return !releasedAt.has_value(); }
    [[nodiscard]] nlohmann::json toJson() const;
};

namespace holds {

inline constexpr int kMaxReviewMonths = 6;

// Exactly one of caseId / itemId. Throws Error(PermissionDenied) unless the
// actor is a dirigente; Error(InvalidInput) for an empty reason or reference
// or a review date not in (now, now + 6 months].
Hold place(Vault& v, std::optional<std::int64_t> caseId, const std::optional<std::string>& itemId,
           const std::string& reason, const std::string& reference, Seconds reviewBy);
Hold renew(Vault& v, std::int64_t id, Seconds reviewBy, const std::optional<std::string>& note);
// Overdue items become due at once (destroyed at the next purge).
void release(Vault& v, std::int64_t id, const std::optional<std::string>& reason);
[[nodiscard]] std::vector<Hold> list(Vault& v, bool includeReleased);
// Recorded as "hold.list"; any role may see what is held.
std::vector<Hold> listForUser(Vault& v, bool includeReleased);
[[nodiscard]] Hold get(Vault& v, std::int64_t id);
// The ids of every item an active hold covers (itself or its case), in one query.
[[nodiscard]] std::set<std::string> coveredItems(Vault& v);
// True if an active hold covers the item or its case.
[[nodiscard]] bool covers(Vault& v, const Item& item);

}  // namespace holds

}  // namespace custodia::vault
