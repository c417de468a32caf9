// SPDX-License-Identifier: GPL-3.0-or-later
#include "Retention.h"

#include "Certificates.h"
#include "Error.h"
#include "Files.h"
#include "Json.h"
#include "RetentionIndex.h"
#include "Time.h"
#include "Vault.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace custodia::vault {

namespace {

using namespace std::chrono;

constexpr std::string_view kTombstoneSelect =
    "SELECT item_id, case_id, kind, size, sha256, acquired_at, acquired_by, destroy_after, seal_number, "
    "destroyed_at, how, destroyed_by, blob_removed, certificate_id FROM tombstones";

Tombstone readTombstone(const Statement& st) {
    Tombstone t;
    t.itemId = st.textAt(0);
    t.caseId = st.int64At(1);
    t.kind = st.textAt(2);
    t.size = st.optInt64At(3);
    t.sha256 = st.optTextAt(4);
    t.acquiredAt = st.textAt(5);
    t.acquiredBy = st.textAt(6);
    t.destroyAfter = st.optTextAt(7);
    t.sealNumber = st.optTextAt(8);
    t.destroyedAt = st.textAt(9);
    t.how = st.textAt(10);
    t.destroyedBy = st.textAt(11);
    t.blobRemoved = st.int64At(12) != 0;
    t.certificateId = st.optInt64At(13);
    return t;
}

// Items due at `now`, split into destroyable, physical and held.
struct DueSplit {
    std::vector<Item> files, physical, held;
};

DueSplit dueAt(Vault& v, Seconds now) {
    DueSplit d;
    const std::set<std::string> held = holds::coveredItems(v);
    for (Item& i : items::listDueBy(v, time::formatUtc(now))) {
        if (held.contains(i.id)) {
            d.held.push_back(std::move(i));
        } else if (i.hasBlob()) {
            d.files.push_back(std::move(i));
        } else {
            d.physical.push_back(std::move(i));
        }
    }
    return d;
}

// What remains of `i` once destroyed `how`, `by` whom, `at` when.
Tombstone tombstoneOf(const Item& i, std::string_view how, const std::string& by, const std::string& at) {
    return {i.id,           i.caseId,     i.kind, i.size,           i.sha256, i.acquiredAt, i.acquiredBy,
            i.destroyAfter, i.sealNumber, at,     std::string(how), by,       !i.hasBlob(), std::nullopt};
}

// The catalog half of destroying an item, inside the caller's transaction.
Tombstone entomb(Vault& v, const Item& i, std::string_view how, const std::string& by, const std::string& at) {
    Tombstone t = tombstoneOf(i, how, by, at);
    v.db()
        .prepare(
            "INSERT INTO tombstones (item_id, case_id, kind, size, sha256, acquired_at, acquired_by, "
            "destroy_after, seal_number, destroyed_at, how, destroyed_by, blob_removed) VALUES "
            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
        .bind(1, t.itemId)
        .bind(2, t.caseId)
        .bind(3, t.kind)
        .bind(4, t.size)
        .bind(5, t.sha256)
        .bind(6, t.acquiredAt)
        .bind(7, t.acquiredBy)
        .bind(8, t.destroyAfter)
        .bind(9, t.sealNumber)
        .bind(10, t.destroyedAt)
        .bind(11, t.how)
        .bind(12, t.destroyedBy)
        .bind(13, std::int64_t{t.blobRemoved ? 1 : 0})
        .run();
    // secure_delete overwrites the deleted row, the item's age identity with it.
    v.db().prepare("DELETE FROM redaction_plans WHERE item_id = ?1").bind(1, i.id).run();
    v.db().prepare("DELETE FROM items WHERE id = ?1").bind(1, i.id).run();
    v.record({"item.destroyed",
              i.caseId,
              i.id,
              {{"how", how},
               {"kind", i.kind},
               {"sha256", json::opt(i.sha256)},
               {"size", json::opt(i.size)},
               {"destroy_after", json::opt(i.destroyAfter)}}});
    return t;
}

// The freed pages are overwritten in the WAL at commit; the checkpoint copies
// them over the database file's old pages and empties the WAL.
void checkpoint(Vault& v) {
    v.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

void removeBlobs(Vault& v, const std::vector<std::string>& ids) {
    std::vector<std::filesystem::path> paths;
    for (const std::string& id : ids) {
        paths.push_back(v.blobPath(id));
    }
    files::removeDurably(paths);  // durable before the tombstones say so
    Transaction tx(v.db());
    auto st = v.db().prepare("UPDATE tombstones SET blob_removed = 1 WHERE item_id = ?1");
    for (const std::string& id : ids) {
        st.bind(1, id).run();
        st.reset();
    }
    tx.commit();
}

}  // namespace

nlohmann::json Tombstone::toJson() const {
    return {{"item", itemId},
            {"case", caseId},
            {"kind", kind},
            {"size", json::opt(size)},
            {"sha256", json::opt(sha256)},
            {"acquired_at", acquiredAt},
            {"acquired_by", acquiredBy},
            {"destroy_after", json::opt(destroyAfter)},
            {"seal_number", json::opt(sealNumber)},
            {"destroyed_at", destroyedAt},
            {"how", how},
            {"destroyed_by", destroyedBy},
            {"certificate", json::opt(certificateId)}};
}

namespace retention {

namespace {

Seconds addCalendarMonths(Seconds t, int months) {
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    year_month_day target = ymd.year() / ymd.month() / ymd.day() + std::chrono::months{months};
    if (!target.ok()) {
        target = target.year() / target.month() / std::chrono::last;
    }
    return sys_days{target} + (t - day);
}

}  // namespace

Seconds addMonths(Seconds t, int months) {
    // On the UTC calendar and on Rome's (where the school lives), whichever
    // comes first: 31 March 00:30 in Rome is 30 March in UTC, and six months
    // must never become six months and a day on either calendar.
    const Seconds utc = addCalendarMonths(t, months);
    const auto offset = time::romeOffset(t);
    const Seconds localShifted = addCalendarMonths(t + offset, months);
    const Seconds rome = localShifted - time::romeOffset(localShifted - offset);
    return std::min(utc, rome);
}

int months(Vault& v) {
    auto st = v.db().prepare("SELECT value FROM settings WHERE key = 'retention_months'");
    if (!st.step()) {
        return kMaxMonths;
    }
    const int m = std::atoi(st.textAt(0).c_str());
    return m >= 1 && m <= kMaxMonths ? m : kMaxMonths;
}

void setMonths(Vault& v, int m) {
    v.requireRole({Role::Dirigente}, "change the retention period");
    if (m < 1 || m > kMaxMonths) {
        throw Error(Error::Code::InvalidInput, "the retention period must be between 1 and 6 months",
                    "R11: material is kept at most 6 months; to keep it longer, place a legal hold");
    }
    const int previous = months(v);
    Transaction tx(v.db());
    v.db()
        .prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('retention_months', ?1)")
        .bind(1, std::to_string(m))
        .run();
    auto up = v.db().prepare("UPDATE items SET destroy_after = ?2 WHERE id = ?1");
    for (const Item& i : items::list(v, std::nullopt)) {
        const auto acquired = time::parseUtc(i.acquiredAt);
        if (!acquired) {
            continue;  // never written by Custodia: its date is left as it is
        }
        up.bind(1, i.id).bind(2, time::formatUtc(destroyAfter(*acquired, m))).run();
        up.reset();
    }
    v.record({"retention.set", std::nullopt, std::nullopt, {{"months", m}}});
    // The scheduler's index must never be ahead of the catalog in the
    // direction of destroying sooner: a longer period reaches it inside the
    // transaction (nothing changes if it cannot be written), a shorter one
    // only after the commit (a stale index just keeps items a little longer).
    const bool longer = m > previous;
    if (longer) {
        try {
            retention_index::write(v);
        } catch (const Error& e) {
            throw Error(e.code(),
                        std::string("the retention period was not changed: retention.json could not be updated (") +
                            e.what() + ")",
                        "check the medium (free space, connection) and try again");
        }
    }
    tx.commit();
    if (!longer) {
        try {
            retention_index::write(v);
        } catch (const Error&) {
            // rewritten when the session closes
        }
    }
}

std::string_view howName(How h) {
    switch (h) {
        case How::Automatic:
            return "automatic";
        case How::Manual:
            return "manual";
        case How::Unattended:
            return "unattended";
    }
    return "automatic";
}

PurgeResult purgeDue(Vault& v, How how, bool dryRun) {
    PurgeResult r;
    const Seconds now = v.clock().now();
    DueSplit due = dueAt(v, now);
    r.held = std::move(due.held);
    r.physicalToDestroy = std::move(due.physical);
    if (dryRun) {
        for (const Item& i : due.files) {
            r.destroyed.push_back(tombstoneOf(i, howName(how), v.actor().id, time::formatUtc(now)));
        }
        return r;
    }
    if (!due.files.empty()) {
        const std::string at = time::formatUtc(now);
        Transaction tx(v.db());
        for (const Item& i : due.files) {
            r.destroyed.push_back(entomb(v, i, howName(how), v.actor().id, at));
        }
        tx.commit();
        checkpoint(v);
    }
    r.certificateId = completePending(v);
    return r;
}

std::optional<std::int64_t> completePending(Vault& v) {
    std::vector<std::string> blobs;
    {
        auto st = v.db().prepare("SELECT item_id FROM tombstones WHERE blob_removed = 0");
        while (st.step()) {
            blobs.push_back(st.textAt(0));
        }
    }
    removeBlobs(v, blobs);
    std::vector<Tombstone> uncertified;
    {
        auto st = v.db().prepare(std::string(kTombstoneSelect) + " WHERE certificate_id IS NULL ORDER BY destroyed_at");
        while (st.step()) {
            uncertified.push_back(readTombstone(st));
        }
    }
    if (uncertified.empty()) {
        return std::nullopt;
    }
    return certificates::create(v, uncertified);
}

void entombUnattended(Vault& v, const std::vector<std::pair<std::string, std::string>>& removed) {
    const std::string now = time::formatUtc(v.clock().now());
    Transaction tx(v.db());
    for (const auto& [id, at] : removed) {
        std::optional<Item> item;
        try {
            item = items::get(v, id);
        } catch (const Error&) {
            continue;  // already a tombstone, or never an item
        }
        if (item->id != id) {
            continue;  // the journal names whole ids, never a prefix
        }
        // Judged at the time the scheduler says it removed the blob (and never
        // later than now): it must have been due then, and not held.
        const std::string when = time::parseUtc(at) && at < now ? at : now;
        if (!item->hasBlob() || !item->destroyAfter || *item->destroyAfter > when || holds::covers(v, *item)) {
            v.record({"retention.journal_mismatch", item->caseId, item->id, {{"removed_at", at}}});
            continue;
        }
        (void)entomb(v, *item, "unattended", "scheduler", when);
    }
    tx.commit();
    checkpoint(v);
}

Tombstone confirmPhysicalDestroyed(Vault& v, const std::string& itemId) {
    v.requireRole({Role::Dirigente, Role::Referente}, "confirm the destruction of physical items");
    const Item i = items::get(v, itemId);
    if (i.hasBlob()) {
        throw Error(Error::Code::InvalidInput, "item " + i.id + " is a file: files are destroyed by 'custodia purge'");
    }
    if (!i.destroyAfter || *i.destroyAfter > time::formatUtc(v.clock().now())) {
        throw Error(
            Error::Code::InvalidInput,
            "item " + i.id + " is not due for destruction until " +
                (i.destroyAfter && time::parseUtc(*i.destroyAfter) ? time::formatRome(*time::parseUtc(*i.destroyAfter))
                                                                   : i.destroyAfter.value_or("?")),
            "R11: material is destroyed when its time comes, not before");
    }
    if (holds::covers(v, i)) {
        throw Error(Error::Code::InvalidInput, "item " + i.id + " is under a legal hold",
                    "the dirigente must release the hold first");
    }
    Transaction tx(v.db());
    Tombstone t = entomb(v, i, "manual", v.actor().id, time::formatUtc(v.clock().now()));
    tx.commit();
    t.certificateId = completePending(v);
    return t;
}

Outlook outlook(Vault& v, std::chrono::days window) {
    Outlook o;
    const Seconds now = v.clock().now();
    const std::string nowText = time::formatUtc(now);
    const std::string horizon = time::formatUtc(now + window);
    const std::set<std::string> held = holds::coveredItems(v);
    for (Item& i : items::listDueBy(v, horizon)) {
        if (held.contains(i.id)) {
            continue;
        }
        if (!i.hasBlob() && *i.destroyAfter <= nowText) {
            o.physicalToDestroy.push_back(std::move(i));
        } else if (*i.destroyAfter <= nowText) {
            o.overdue.push_back(std::move(i));
        } else {
            o.dueSoon.push_back(std::move(i));
        }
    }
    for (Hold& h : holds::list(v, false)) {
        if (h.reviewBy < nowText) {
            o.holdsToReview.push_back(std::move(h));
        }
    }
    return o;
}

std::vector<Tombstone> tombstones(Vault& v, std::optional<std::int64_t> caseId) {
    std::vector<Tombstone> out;
    auto st = v.db().prepare(std::string(kTombstoneSelect) + (caseId ? " WHERE case_id = ?1" : "") +
                             " ORDER BY destroyed_at, item_id");
    if (caseId) {
        st.bind(1, *caseId);
    }
    while (st.step()) {
        out.push_back(readTombstone(st));
    }
    return out;
}

}  // namespace retention

}  // namespace custodia::vault
