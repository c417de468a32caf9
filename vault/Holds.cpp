// SPDX-License-Identifier: GPL-3.0-or-later
#include "Holds.h"

#include "Cases.h"
#include "Error.h"
#include "Items.h"
#include "Json.h"
#include "Retention.h"
#include "RetentionIndex.h"
#include "Time.h"
#include "Vault.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace custodia::vault {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, case_id, item_id, reason, reference, review_by, placed_at, placed_by, renewals, released_at, "
    "released_by, release_reason FROM holds";

Hold readHold(const Statement& st) {
    Hold h;
    h.id = st.int64At(0);
    h.caseId = st.optInt64At(1);
    h.itemId = st.optTextAt(2);
    h.reason = st.textAt(3);
    h.reference = st.textAt(4);
    h.reviewBy = st.textAt(5);
    h.placedAt = st.textAt(6);
    h.placedBy = st.textAt(7);
    h.renewals = st.int64At(8);
    h.releasedAt = st.optTextAt(9);
    h.releasedBy = st.optTextAt(10);
    h.releaseReason = st.optTextAt(11);
    return h;
}

void checkReviewDate(Vault& v, Seconds reviewBy) {
    const Seconds now = v.clock().now();
    if (reviewBy <= now || reviewBy > retention::addMonths(now, holds::kMaxReviewMonths)) {
        throw Error(Error::Code::InvalidInput, "the review date must be in the next 6 months",
                    "R11: a hold is reviewed at least every 6 months; renew it at the review if it is still needed");
    }
}

}  // namespace

nlohmann::json Hold::toJson() const {
    return {{"id", id},
            {"case", json::opt(caseId)},
            {"item", json::opt(itemId)},
            {"reason", reason},
            {"reference", reference},
            {"review_by", reviewBy},
            {"placed_at", placedAt},
            {"placed_by", placedBy},
            {"renewals", renewals},
            {"active", active()},
            {"released_at", json::opt(releasedAt)},
            {"released_by", json::opt(releasedBy)},
            {"release_reason", json::opt(releaseReason)}};
}

namespace {

std::optional<std::int64_t> caseOf(Vault& v, const Hold& h) {
    if (h.caseId) {
        return h.caseId;
    }
    try {
        return items::get(v, *h.itemId).caseId;
    } catch (const Error&) {
        return std::nullopt;
    }
}

void updateIndex(Vault& v) {
    try {
        retention_index::write(v);
    } catch (const Error& e) {
        throw Error(e.code(),
                    std::string("the hold was not placed: retention.json could not be updated (") + e.what() + ")",
                    "check the medium (free space, connection) and try again");
    }
}

}  // namespace

namespace holds {

Hold place(Vault& v, std::optional<std::int64_t> caseId, const std::optional<std::string>& itemId,
           const std::string& reason, const std::string& reference, Seconds reviewBy) {
    v.requireRole({Role::Dirigente}, "place legal holds");
    if (caseId.has_value() == itemId.has_value()) {
        throw Error(Error::Code::InvalidInput, "a hold covers either a case or an item", "give --case or --item");
    }
    auto blank = [](const std::string& t) {
        return std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isspace(c) != 0; });
    };
    if (blank(reason) || blank(reference)) {
        throw Error(Error::Code::InvalidInput, "a hold needs a reason and a reference",
                    "e.g. --reason \"consegnato alla Polizia Postale\" --reference \"prot. 2026/77\"");
    }
    checkReviewDate(v, reviewBy);
    std::optional<std::string> item;
    std::int64_t forCase = 0;
    if (itemId) {
        const Item i = items::get(v, *itemId);
        item = i.id;
        forCase = i.caseId;
    } else {
        forCase = cases::get(v, *caseId).id;
    }
    for (const Hold& h : list(v, false)) {
        if (h.itemId == item && (item || h.caseId == std::optional(forCase))) {
            throw Error(Error::Code::AlreadyExists,
                        "hold " + std::to_string(h.id) + " already covers this " + (item ? "item" : "case"),
                        "renew it with 'custodia hold renew VAULT " + std::to_string(h.id) + " --review-by DATE'");
        }
    }
    Transaction tx(v.db());
    v.db()
        .prepare(
            "INSERT INTO holds (case_id, item_id, reason, reference, review_by, placed_at, placed_by) VALUES "
            "(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, item ? std::nullopt : std::optional(forCase))
        .bind(2, item)
        .bind(3, reason)
        .bind(4, reference)
        .bind(5, time::formatUtc(reviewBy))
        .bind(6, time::formatUtc(v.clock().now()))
        .bind(7, v.actor().id)
        .run();
    const std::int64_t id = v.db().lastInsertId();
    v.record({"hold.place", forCase, item, {{"hold", id}, {"review_by", time::formatUtc(reviewBy)}}});
    // The scheduler must see the hold before it exists: the signed index is
    // rewritten inside the transaction, and if that fails nothing is placed.
    updateIndex(v);
    tx.commit();
    return get(v, id);
}

Hold renew(Vault& v, std::int64_t id, Seconds reviewBy, const std::optional<std::string>& note) {
    v.requireRole({Role::Dirigente}, "renew legal holds");
    const Hold h = get(v, id);
    if (!h.active()) {
        throw Error(Error::Code::InvalidInput, "hold " + std::to_string(id) + " was released",
                    "place a new hold if the material must be kept again");
    }
    checkReviewDate(v, reviewBy);
    Transaction tx(v.db());
    v.db()
        .prepare("UPDATE holds SET review_by = ?2, renewals = renewals + 1 WHERE id = ?1")
        .bind(1, id)
        .bind(2, time::formatUtc(reviewBy))
        .run();
    nlohmann::json details = {{"hold", id}, {"review_by", time::formatUtc(reviewBy)}};
    if (note) {
        details["note"] = *note;  // why it is still needed: the renewal's only record
    }
    v.record({"hold.renew", caseOf(v, h), h.itemId, std::move(details)});
    tx.commit();
    return get(v, id);
}

void release(Vault& v, std::int64_t id, const std::optional<std::string>& reason) {
    v.requireRole({Role::Dirigente}, "release legal holds");
    const Hold h = get(v, id);
    if (!h.active()) {
        throw Error(Error::Code::InvalidInput, "hold " + std::to_string(id) + " is already released");
    }
    Transaction tx(v.db());
    v.db()
        .prepare("UPDATE holds SET released_at = ?2, released_by = ?3, release_reason = ?4 WHERE id = ?1")
        .bind(1, id)
        .bind(2, time::formatUtc(v.clock().now()))
        .bind(3, v.actor().id)
        .bind(4, reason)
        .run();
    v.record({"hold.release", caseOf(v, h), h.itemId, {{"hold", id}}});
    tx.commit();
    // A release may reach the index late without harm (a stale index only
    // keeps more): a failure here is left to the next session's close.
    try {
        retention_index::write(v);
    } catch (const Error&) {
    }
}

std::vector<Hold> list(Vault& v, bool includeReleased) {
    std::vector<Hold> out;
    auto st =
        v.db().prepare(std::string(kSelect) + (includeReleased ? "" : " WHERE released_at IS NULL") + " ORDER BY id");
    while (st.step()) {
        out.push_back(readHold(st));
    }
    return out;
}

std::vector<Hold> listForUser(Vault& v, bool includeReleased) {
    std::vector<Hold> hs = list(v, includeReleased);
    v.record({"hold.list", std::nullopt, std::nullopt, {{"holds", hs.size()}}});
    return hs;
}

Hold get(Vault& v, std::int64_t id) {
    auto st = v.db().prepare(std::string(kSelect) + " WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) {
        throw Error(Error::Code::NotFound, "there is no hold " + std::to_string(id) + " in this vault",
                    "list them with 'custodia hold list'");
    }
    return readHold(st);
}

std::set<std::string> coveredItems(Vault& v) {
    std::set<std::string> out;
    auto st = v.db().prepare(
        "SELECT id FROM items WHERE id IN (SELECT item_id FROM holds WHERE released_at IS NULL) "
        "OR case_id IN (SELECT case_id FROM holds WHERE released_at IS NULL)");
    while (st.step()) {
        out.insert(st.textAt(0));
    }
    return out;
}

bool covers(Vault& v, const Item& item) {
    auto st =
        v.db().prepare("SELECT 1 FROM holds WHERE released_at IS NULL AND (item_id = ?1 OR case_id = ?2) LIMIT 1");
    st.bind(1, item.id).bind(2, item.caseId);
    return st.step();
}

}  // namespace holds

}  // namespace custodia::vault
