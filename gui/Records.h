// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Cases.h"
#include "vault/Certificates.h"
#include "vault/CustodyLog.h"
#include "vault/Holds.h"
#include "vault/Interviews.h"
#include "vault/Items.h"
#include "vault/Persons.h"
#include "vault/Retention.h"
#include "vault/VaultHeader.h"

#include <QStringList>
#include <QVariantMap>

#include <nlohmann/json.hpp>

// The vault's records as QML sees them: the struct's JSON (the keys of
// docs/formats.md, snake_case) plus a few values computed for display. No
// rule is decided here; the vault computes deadlines and due dates.
namespace custodia::gui::records {

[[nodiscard]] QVariant toVariant(const nlohmann::json& j);
[[nodiscard]] QVariantMap toMap(const nlohmann::json& object);

// A case (its JSON has the R13 "report_deadline", null when none) with the
// seconds left until that deadline at `now` ("deadline_seconds", negative
// when overdue) and how many of its items are due for destruction within 30 days.
[[nodiscard]] QVariantMap caseRecord(const vault::Case& c, vault::Seconds now, int itemsDueSoon);
[[nodiscard]] QStringList caseKeys();

// A person with "display_name".
[[nodiscard]] QVariantMap personRecord(const vault::Person& p);
[[nodiscard]] QStringList personKeys();

// An interview with "student_name" and "item_count".
[[nodiscard]] QVariantMap interviewRecord(const vault::Interview& i, const QString& studentName, int itemCount);
[[nodiscard]] QStringList interviewKeys();

// An item with "short_id", "is_image", "is_video", "held" (a hold covers it)
// and "redaction", the state of its consult-copy review (R7): "" when it
// cannot be redacted, else none (not analysed), proposed, approved or
// needs-review (the leak check found something the plan left readable).
[[nodiscard]] QVariantMap itemRecord(const vault::Item& i, bool held, const QString& redaction = {});
[[nodiscard]] QStringList itemKeys();

// A custody log entry with "actor_name", "entry_hash" (hex) and "details_text".
[[nodiscard]] QVariantMap logRecord(const vault::LogEntry& e, const QString& actorName);
[[nodiscard]] QStringList logKeys();

// A user {id, display_name, role}, from the public header or the catalog.
[[nodiscard]] QVariantMap userRecord(const vault::UserInfo& u);
[[nodiscard]] QString roleText(vault::Role r);

[[nodiscard]] QVariantMap holdRecord(const vault::Hold& h);
[[nodiscard]] QStringList holdKeys();

// A certificate without its JSON content, with "items" (how many it lists).
[[nodiscard]] QVariantMap certificateRecord(const vault::Certificate& c);
[[nodiscard]] QStringList certificateKeys();

[[nodiscard]] QVariantMap tombstoneRecord(const vault::Tombstone& t);
[[nodiscard]] QStringList tombstoneKeys();

}  // namespace custodia::gui::records
