// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace custodia::vault {

class Vault;

// A case (*caso*): one situation of (cyber)bullying with its people,
// interviews (R1) and evidence. A case flagged as a crime prosecuted ex
// officio (R13) must be reported to the police or the Procura within 48 hours
// of the flag.
struct Case {
    std::int64_t id = 0;
    std::string title;
    std::optional<std::string> protocol;  // protocol number of the school's register
    std::string status = "open";          // open | closed
    std::string openedAt;
    std::optional<std::string> closedAt;
    std::optional<std::string> incidentDate;
    bool exOfficio = false;  // R13: reato procedibile d'ufficio
    std::optional<std::string> exOfficioSince;
    // R13: when and to whom the case was reported (the Segnalazione was sent).
    std::optional<std::string> reportedAt;
    std::optional<std::string> reportedTo;
    std::optional<std::string> reportReference;
    std::optional<std::string> notes;
    std::string createdBy;
    // Filled by list(): how many of each the case holds.
    std::int64_t persons = 0;
    std::int64_t interviews = 0;
    std::int64_t items = 0;

    [[nodiscard]] nlohmann::json toJson() const;
    // R13: 48 hours after the case was flagged; nullopt if not flagged.
    [[nodiscard]] std::optional<Seconds> reportDeadline() const;
};

struct NewCase {
    std::string title;
    std::optional<std::string> protocol;
    std::optional<std::string> incidentDate;
    bool exOfficio = false;
    std::optional<std::string> notes;
};

namespace cases {

// dirigente and referente only.
Case create(Vault& v, const NewCase& c);
[[nodiscard]] std::vector<Case> list(Vault& v);
// list() as a user reads it: recorded as "case.list". Every role may list
// (a docente needs the case number to file what they acquire).
std::vector<Case> listForUser(Vault& v);
// Throws Error(NotFound).
[[nodiscard]] Case get(Vault& v, std::int64_t id);
// get() and a "case.view" custody entry (R2: every view is logged).
// dirigente and referente only, like every change below.
Case view(Vault& v, std::int64_t id);
void close(Vault& v, std::int64_t id, const std::optional<std::string>& reason);
// R13: flags or unflags an open case as a crime prosecuted ex officio.
void setExOfficio(Vault& v, std::int64_t id, bool flag);
// R13: records that the case was reported (to whom, the protocol of the
// report); stops the 48-hour countdown.
void markReported(Vault& v, std::int64_t id, const std::string& to, const std::optional<std::string>& reference,
                  Seconds at);
// Throws Error(InvalidInput) unless the case exists and is open.
void requireOpen(Vault& v, std::int64_t id);

// "R13: report due by ... (in 23 h)" or "R13: report overdue by ..." for a
// flagged case; empty otherwise.
[[nodiscard]] std::string deadlineStatus(const Case& c, Seconds now);

}  // namespace cases

}  // namespace custodia::vault
