// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace custodia::vault::catalog {

// The schema version this build writes; PRAGMA user_version holds the
// catalog's own. docs/formats.md describes every table.
inline constexpr int kSchemaVersion = 2;

// Brings the catalog to kSchemaVersion, one migration per version step, each
// in its own transaction. Throws Error(InvalidInput) for a catalog newer than
// this build (written by a later Custodia).
void migrate(Database& db);
// Migrates up to `target` only: for tests of the migrations themselves.
void migrateTo(Database& db, int target);

[[nodiscard]] int schemaVersion(Database& db);

}  // namespace custodia::vault::catalog
