// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"

#include "Error.h"
#include "Retention.h"
#include "Time.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace custodia::vault::catalog {

namespace {

// Version 1: the core vault (issue 2). Multi-valued person and item fields
// (nicknames, phones, participants...) are JSON arrays in TEXT columns.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('dirigente', 'referente', 'docente')),
    public_key    BLOB NOT NULL CHECK (length(public_key) = 32),
    signing_seed  BLOB NOT NULL CHECK (length(signing_seed) = 32),
    created_at    TEXT NOT NULL,
    created_by    TEXT
);
CREATE TABLE cases (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL,
    protocol         TEXT,
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    opened_at        TEXT NOT NULL,
    closed_at        TEXT,
    incident_date    TEXT,
    ex_officio       INTEGER NOT NULL DEFAULT 0,
    ex_officio_since TEXT,
    reported_at      TEXT,
    reported_to      TEXT,
    report_reference TEXT,
    notes            TEXT,
    created_by       TEXT NOT NULL REFERENCES users(id)
);
CREATE TABLE persons (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    name         TEXT,
    surname      TEXT,
    nicknames    TEXT NOT NULL DEFAULT '[]',
    class        TEXT,
    school       TEXT,
    birth_date   TEXT,
    birth_place  TEXT,
    sex          TEXT,
    address      TEXT,
    phones       TEXT NOT NULL DEFAULT '[]',
    handles      TEXT NOT NULL DEFAULT '[]',
    role         TEXT NOT NULL CHECK (role IN ('vittima', 'presunto-autore', 'testimone', 'altro')),
    minor        INTEGER NOT NULL,
    guardians    TEXT NOT NULL DEFAULT '[]',
    notes        TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL REFERENCES users(id)
);
CREATE TABLE interviews (
    id                      INTEGER PRIMARY KEY,
    case_id                 INTEGER NOT NULL REFERENCES cases(id),
    held_at                 TEXT NOT NULL,
    held_by                 TEXT NOT NULL,
    adults_present          TEXT NOT NULL DEFAULT '[]',
    student_person_id       INTEGER REFERENCES persons(id),
    memo                    TEXT NOT NULL DEFAULT '',
    quotes                  TEXT NOT NULL DEFAULT '[]',
    protocol                TEXT,
    advised_not_share       INTEGER NOT NULL DEFAULT 0,
    advised_remove          INTEGER NOT NULL DEFAULT 0,
    advised_not_act_alone   INTEGER NOT NULL DEFAULT 0,
    created_at              TEXT NOT NULL,
    created_by              TEXT NOT NULL REFERENCES users(id)
);
CREATE TABLE items (
    id                TEXT PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases(id),
    interview_id      INTEGER REFERENCES interviews(id),
    kind              TEXT NOT NULL CHECK (kind IN ('photo', 'video', 'screenshot', 'screen-recording',
                                                    'document', 'audio', 'physical')),
    original_name     TEXT,
    mime              TEXT,
    size              INTEGER,
    sha256            TEXT,
    blob_size         INTEGER,
    age_identity      TEXT,
    acquired_at       TEXT NOT NULL,
    acquired_by       TEXT NOT NULL REFERENCES users(id),
    method            TEXT NOT NULL,
    device            TEXT,
    consent           TEXT NOT NULL CHECK (consent IN ('yes', 'no', 'device-withheld', 'not-applicable')),
    source_removed    INTEGER NOT NULL DEFAULT 0,
    source_removed_at TEXT,
    posted_at         TEXT,
    platform          TEXT,
    place             TEXT,
    participants      TEXT NOT NULL DEFAULT '[]',
    profiles          TEXT NOT NULL DEFAULT '[]',
    description       TEXT,
    seal_number       TEXT,
    kept_at           TEXT,
    authorized_by     TEXT REFERENCES users(id)
);
CREATE INDEX items_case ON items(case_id);
CREATE TABLE log_entries (
    seq         INTEGER PRIMARY KEY,
    time        TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    case_id     INTEGER,
    item_id     TEXT,
    details     TEXT NOT NULL,
    prev_hash   BLOB NOT NULL,
    entry_hash  BLOB NOT NULL,
    signature   BLOB NOT NULL
);
CREATE INDEX log_case ON log_entries(case_id);
CREATE TABLE tree_heads (
    tree_size  INTEGER PRIMARY KEY,
    root_hash  BLOB NOT NULL,
    time       TEXT NOT NULL,
    signer     TEXT NOT NULL,
    signature  BLOB NOT NULL
);
)sql";

// Version 2: retention (issue 3, R11). Each item gets the time after which it
// is destroyed; legal holds pause that; a destroyed item leaves a tombstone
// (its identifying facts, never its content or key) and a certificate.
constexpr std::string_view kSchemaV2 = R"sql(
ALTER TABLE items ADD COLUMN destroy_after TEXT;
CREATE INDEX items_destroy_after ON items(destroy_after);
CREATE TABLE holds (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER REFERENCES cases(id),
    item_id         TEXT,
    reason          TEXT NOT NULL,
    reference       TEXT NOT NULL,
    review_by       TEXT NOT NULL,
    placed_at       TEXT NOT NULL,
    placed_by       TEXT NOT NULL REFERENCES users(id),
    renewals        INTEGER NOT NULL DEFAULT 0,
    released_at     TEXT,
    released_by     TEXT,
    release_reason  TEXT,
    CHECK ((case_id IS NULL) <> (item_id IS NULL))
);
CREATE TABLE certificates (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    how          TEXT NOT NULL,
    json         TEXT NOT NULL,
    json_sha256  TEXT NOT NULL,
    pdf          BLOB
);
CREATE TABLE tombstones (
    item_id         TEXT PRIMARY KEY,
    case_id         INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    size            INTEGER,
    sha256          TEXT,
    acquired_at     TEXT NOT NULL,
    acquired_by     TEXT NOT NULL,
    destroy_after   TEXT,
    seal_number     TEXT,
    destroyed_at    TEXT NOT NULL,
    how             TEXT NOT NULL CHECK (how IN ('automatic', 'manual', 'unattended')),
    destroyed_by    TEXT NOT NULL,
    blob_removed    INTEGER NOT NULL DEFAULT 0,
    certificate_id  INTEGER REFERENCES certificates(id)
);
INSERT INTO settings (key, value) VALUES ('retention_months', '6');
)sql";

// Version 3: police exports (issue 4). Each export keeps the signed tree
// head it carried, so the next export proves the log only grew since; the
// school's signing certificate (R8: the export is signed by the school) is
// kept here, encrypted with the catalog.
constexpr std::string_view kSchemaV3 = R"sql(
CREATE TABLE exports (
    id               TEXT PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id),
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL REFERENCES users(id),
    destination      TEXT NOT NULL,
    manifest_sha256  TEXT NOT NULL,
    tree_head        TEXT NOT NULL,
    handover_seq     INTEGER NOT NULL
);
CREATE TABLE signing_certificate (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    certificates   TEXT NOT NULL,
    private_key    BLOB NOT NULL,
    subject        TEXT NOT NULL,
    fingerprint    TEXT NOT NULL,
    not_after      TEXT NOT NULL,
    configured_at  TEXT NOT NULL,
    configured_by  TEXT NOT NULL REFERENCES users(id)
);
)sql";

// Version 4: consult copies (R7, issue 7). A redaction plan per picture or
// video: the regions proposed by the detectors and the reviewer's decisions
// (JSON, docs/formats.md "Redaction plans"), encrypted with the catalog like
// everything else; and the consult exports made, with whom and why.
constexpr std::string_view kSchemaV4 = R"sql(
CREATE TABLE redaction_plans (
    item_id      TEXT PRIMARY KEY REFERENCES items(id),
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    status       TEXT NOT NULL CHECK (status IN ('proposed', 'approved')),
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    regions      TEXT NOT NULL,
    engine       TEXT NOT NULL,
    planned_at   TEXT NOT NULL,
    planned_by   TEXT NOT NULL REFERENCES users(id),
    approved_at  TEXT,
    approved_by  TEXT REFERENCES users(id),
    leak_check   TEXT CHECK (leak_check IN ('clean', 'needs-review')),
    updated_at   TEXT NOT NULL,
    track        TEXT
);
CREATE TABLE consult_exports (
    id               TEXT PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id),
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL REFERENCES users(id),
    destination      TEXT NOT NULL,
    recipient        TEXT,
    purpose          TEXT,
    manifest_sha256  TEXT NOT NULL,
    log_seq          INTEGER NOT NULL
);
)sql";

// The C++ half of version 2: every existing item is due 6 months after its
// acquisition (SQLite's '+6 months' rolls 31 August over into March; Custodia
// keeps the last day of the month, retention::destroyAfter), but never
// sooner than 30 days after the migration: a vault made before holds existed
// could not record one, so its first unlock must not destroy what the DS may
// still need to hold (the grace is logged as "catalog.migrate").
constexpr std::chrono::days kMigrationGrace{30};

void afterV2(Database& db, Seconds now) {
    std::vector<std::pair<std::string, std::string>> rows;
    auto st = db.prepare("SELECT id, acquired_at FROM items");
    while (st.step()) {
        rows.emplace_back(st.textAt(0), st.textAt(1));
    }
    const Seconds earliest = now + kMigrationGrace;
    auto up = db.prepare("UPDATE items SET destroy_after = ?2 WHERE id = ?1");
    for (const auto& [id, at] : rows) {
        const auto t = time::parseUtc(at);
        // A time that does not parse (never written by Custodia) gets the
        // full period from now: no date is derived from text.
        const Seconds due = t ? retention::destroyAfter(*t, retention::kMaxMonths)
                              : retention::destroyAfter(now, retention::kMaxMonths);
        up.bind(1, id).bind(2, time::formatUtc(std::max(due, earliest))).run();
        up.reset();
    }
}

// Version 5: the corners of the phone screen a photo was read on, found by
// the detector or set by the reviewer (issue 7, docs/formats.md "Redaction
// plans"), kept so that a re-plan reads the photo on the reviewer's screen.
constexpr std::string_view kSchemaV5 = R"sql(
ALTER TABLE redaction_plans ADD COLUMN screen TEXT;
)sql";

// Version 6: live capture (issue 8). A recording in progress has a row from
// before its first byte to its commit: the item's key and the details known
// when it started, so that the next unlock can recover a recording cut by a
// crash or a pulled medium (docs/formats.md "Interrupted recordings"); an item
// made by such a recovery, or a recording stopped early, is marked interrupted.
// A captured item keeps how it was captured (device, resolution, frames,
// dropped frames, duration; why it was interrupted) as JSON in `capture`.
constexpr std::string_view kSchemaV6 = R"sql(
ALTER TABLE items ADD COLUMN interrupted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN capture TEXT;
CREATE TABLE recordings (
    item_id        TEXT PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id),
    age_identity   TEXT NOT NULL,
    started_at     TEXT NOT NULL,
    started_by     TEXT NOT NULL REFERENCES users(id),
    original_name  TEXT NOT NULL,
    acquisition    TEXT NOT NULL,
    capture        TEXT NOT NULL
);
)sql";

struct Migration {
    std::string_view sql;
    void (*after)(Database&, Seconds);
};

// migrations[i] takes the catalog from version i to version i + 1.
constexpr std::array<Migration, kSchemaVersion> kMigrations = {
    Migration{kSchemaV1, nullptr}, Migration{kSchemaV2, afterV2}, Migration{kSchemaV3, nullptr},
    Migration{kSchemaV4, nullptr}, Migration{kSchemaV5, nullptr}, Migration{kSchemaV6, nullptr}};

}  // namespace

int schemaVersion(Database& db) {
    auto st = db.prepare("PRAGMA user_version");
    (void)st.step();
    return static_cast<int>(st.int64At(0));
}

void migrate(Database& db, Seconds now) {
    migrateTo(db, kSchemaVersion, now);
}

void migrateTo(Database& db, int target, Seconds now) {
    int version = schemaVersion(db);
    if (version > kSchemaVersion) {
        throw Error(Error::Code::InvalidInput,
                    "the catalog has schema version " + std::to_string(version) +
                        ", newer than this Custodia understands (" + std::to_string(kSchemaVersion) + ")",
                    "use the newer version of Custodia that last wrote this vault");
    }
    while (version < std::min(target, kSchemaVersion)) {
        Transaction tx(db);
        const Migration& m = kMigrations[static_cast<std::size_t>(version)];
        db.exec(m.sql);
        if (m.after != nullptr) {
            m.after(db, now);
        }
        ++version;
        db.exec("PRAGMA user_version = " + std::to_string(version));
        tx.commit();
    }
}

}  // namespace custodia::vault::catalog
