// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Database.h"

namespace custodia::vault::catalog {

// The schema version this build writes; PRAGMA user_version holds the
// catalog's own. docs/formats.md describes every table.
inline constexpr int kSchemaVersion = 6;

// Brings the catalog to kSchemaVersion, one migration per version step, each
// in its own transaction. `now` is the time of the migration (version 2
// gives material older than the retention period a grace of 30 days). Throws Error(InvalidInput) for a catalog newer
// than this build (written by a later Custodia).
void migrate(Database& db, Seconds now);
// Migrates up to `target` only: for tests of the migrations themselves.
void migrateTo(Database& db, int target, Seconds now);

[[nodiscard]] int schemaVersion(Database& db);

}  // namespace custodia::vault::catalog
