// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Persons.h"
#include "vault/redaction/Region.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// R7 (issue 7, first part): finding the case's people — the roster — in
// words read off a screen by OCR or typed in a description. OCR misreads, so
// the comparison is tolerant: case and accents are folded, the confusions
// 0/O, 1/l/I/|, 5/S and rn/m read as one, an edit distance that grows with
// the length is allowed, a name may be split over two words (or two lines),
// phone numbers are compared as digits with or without +39 and any spacing,
// handles with or without '@'. A weak match is still a match: the caller
// hides it and shows the reviewer its confidence.
namespace custodia::vault::redaction {

// One string of the roster and whose it is.
struct RosterEntry {
    std::string text;
    Kind kind = Kind::Name;
    std::int64_t personId = 0;
};

// The roster of a case: every name, surname, full name, nickname, phone,
// handle, class and school of its persons (guardians' names and phones too:
// they identify the minor as well).
[[nodiscard]] std::vector<RosterEntry> rosterOf(const std::vector<Person>& persons);

// The persons of a roster file of `custodia redact --roster` (issue 7 §6):
// {"people": [{"name", "surname", "nicknames", "class", "school", "phones",
// "handles"}]}, every field optional; ids 1, 2, ... in file order. Throws
// std::invalid_argument naming what is wrong.
[[nodiscard]] std::vector<Person> personsFromRosterJson(const nlohmann::json& j);

// A run of words (first..last, inclusive) that matches a roster entry.
struct Match {
    std::size_t first = 0;
    std::size_t last = 0;
    Kind kind = Kind::Name;
    std::int64_t personId = 0;
    std::string entry;        // the roster string matched
    double confidence = 1.0;  // 1 exact after folding; lower with each edit
    int distance = 0;         // edits after folding
};

// Lower case, accents removed, OCR confusions unified (see above). For
// comparison only, never for display.
[[nodiscard]] std::string fold(std::string_view text);

// The digits of a phone-like word, reading the letters OCR mistakes for
// digits (O, l, I, |, S) and skipping separators (+ - . ( ) /); empty when
// the word holds anything else.
[[nodiscard]] std::string phoneDigits(std::string_view word);

// Levenshtein distance between two folded strings (bytes).
[[nodiscard]] int editDistance(std::string_view a, std::string_view b);

// The edits allowed for a folded string of `length` characters: none up to
// 3, then one per 4 more (4-7: 1, 8-11: 2, 12+: 3).
[[nodiscard]] int allowedEdits(std::size_t length);

// Every match of the roster in `words` (in reading order). Overlapping
// matches are all returned; a caller boxes their union.
[[nodiscard]] std::vector<Match> findRoster(const std::vector<RosterEntry>& roster,
                                            const std::vector<std::string>& words);

}  // namespace custodia::vault::redaction
