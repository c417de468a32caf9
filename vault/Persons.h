// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace custodia::vault {

class Vault;

struct Guardian {
    std::string name;
    std::string relation;  // e.g. "madre", "padre", "tutore"
    std::string phone;
    std::string email;
};

// A person involved in a case: the data the Segnalazione (R13) asks for, and
// the roster that consult copies must hide (R7).
struct Person {
    std::int64_t id = 0;
    std::int64_t caseId = 0;
    std::optional<std::string> name;
    std::optional<std::string> surname;
    std::vector<std::string> nicknames;
    std::optional<std::string> className;  // the class, e.g. "2B"
    std::optional<std::string> school;
    std::optional<std::string> birthDate;
    std::optional<std::string> birthPlace;
    std::optional<std::string> sex;  // F, M or X
    std::optional<std::string> address;
    std::vector<std::string> phones;
    std::vector<std::string> handles;
    std::string role = "altro";  // vittima | presunto-autore | testimone | altro
    bool minor = true;
    std::vector<Guardian> guardians;
    std::optional<std::string> notes;
    std::string createdAt;
    std::string createdBy;

    [[nodiscard]] nlohmann::json toJson() const;
    [[nodiscard]] std::string displayName() const;
};

namespace persons {

// Accepts "presunto_autore" and "presunto autore" for presunto-autore, any
// case; nullopt for an unknown role.
[[nodiscard]] std::optional<std::string> normalizeRole(const std::string& text);
// F, M or X ("altro"); nullopt otherwise.
[[nodiscard]] std::optional<std::string> normalizeSex(const std::string& text);

// dirigente and referente only.
Person add(Vault& v, Person p);
[[nodiscard]] std::vector<Person> list(Vault& v, std::int64_t caseId);
// list() as a user reads it, recorded as "person.list"; dirigente and referente only.
std::vector<Person> listForUser(Vault& v, std::int64_t caseId);
// Throws Error(NotFound).
[[nodiscard]] Person get(Vault& v, std::int64_t id);

}  // namespace persons

}  // namespace custodia::vault
