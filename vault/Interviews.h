// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace custodia::vault {

class Vault;

// R1: the written memo (*memoria scritta / verbale del colloquio*) of an
// interview that revealed a harmful situation: who held it, who was present,
// the student's words verbatim, its protocol number, the R7b advice given,
// and (through items.interview_id) the material acquired during it.
struct Interview {
    std::int64_t id = 0;
    std::int64_t caseId = 0;
    std::string heldAt;  // RFC 3339 UTC
    std::string heldBy;
    std::vector<std::string> adultsPresent;
    std::optional<std::int64_t> studentPersonId;
    std::string memo;
    std::vector<std::string> quotes;  // verbatim, as the student said them
    std::optional<std::string> protocol;
    // R7b: the student was advised not to share or comment the content, to
    // remove it if possible, and not to act on their own.
    bool advisedNotShare = false;
    bool advisedRemove = false;
    bool advisedNotActAlone = false;
    std::string createdAt;
    std::string createdBy;

    [[nodiscard]] nlohmann::json toJson() const;
};

namespace interviews {

// Any role: a docente who held the interview writes its memo (R1).
Interview add(Vault& v, Interview i);
[[nodiscard]] std::vector<Interview> list(Vault& v, std::int64_t caseId);
// list() as a user reads it, recorded; dirigente and referente only.
std::vector<Interview> listForUser(Vault& v, std::int64_t caseId);
// Throws Error(NotFound), also when the interview belongs to another case.
[[nodiscard]] Interview get(Vault& v, std::int64_t caseId, std::int64_t id);
// get() and an "interview.view" custody entry (R2); dirigente and referente only.
Interview view(Vault& v, std::int64_t caseId, std::int64_t id);
// The ids of the items acquired during an interview (R1).
[[nodiscard]] std::vector<std::string> itemIds(Vault& v, std::int64_t id);

}  // namespace interviews

}  // namespace custodia::vault
