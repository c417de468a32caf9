// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Persons.h"
#include "vault/redaction/Matcher.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

// R7 in text: the consult sheet speaks of "Minore A – vittima" and "Minore B
// – presunto autore", of adults by their role only, and every free text
// (descriptions, memos, places, the recipient's note) goes through the same
// matcher as OCR'd words: each roster string becomes its person's pseudonym,
// consistently across one export; phone numbers, handles, e-mail addresses,
// classes and schools — in the roster or not — become a bracketed word.
// Fuzzy matches are replaced too: when unsure, hide.
namespace custodia::vault::redaction {

class Pseudonymiser {
public:
    explicit Pseudonymiser(const std::vector<Person>& persons);

    // "Minore A – vittima", "Adulto – testimone"...; "Persona" for an unknown id.
    [[nodiscard]] std::string labelOf(std::int64_t personId) const;
    // Persons in label order, with their labels.
    [[nodiscard]] const std::vector<std::pair<std::int64_t, std::string>>& labels() const { return ordered_; }

    // `text` with every identifying word replaced.
    [[nodiscard]] std::string apply(const std::string& text) const;

private:
    std::vector<RosterEntry> roster_;
    std::map<std::int64_t, std::string> labels_;
    std::map<std::int64_t, std::string> shortLabels_;  // "Minore A"
    std::vector<std::pair<std::int64_t, std::string>> ordered_;
};

}  // namespace custodia::vault::redaction
