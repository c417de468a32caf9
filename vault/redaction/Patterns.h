// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/redaction/Region.h"

#include <string>
#include <vector>

// R7: identifying data found by its shape, whether or not it is in the
// case's roster — phone numbers (libphonenumber, region IT, plus any run of
// six or more digits, because an OCR-truncated number still identifies),
// e-mail addresses, @handles, "~nickname" sender lines, class designations
// ("3B", "2^D", "classe 1 F") and school names ("IC ...", "Istituto ...",
// "Scuola media ...", "Liceo ..."). Works on words in reading order, as read
// by OCR or typed in a description.
namespace custodia::vault::redaction {

struct PatternMatch {
    std::size_t first = 0;  // first word
    std::size_t last = 0;   // last word, inclusive
    Kind kind = Kind::Phone;
    std::string reason;  // what matched, for the reviewer (never the text itself)
    double confidence = 1.0;
};

// True for the generic words of a school's name ("Istituto", "comprensivo",
// "IC", "di"...), which identify no school by themselves.
[[nodiscard]] bool isSchoolWord(const std::string& word);

[[nodiscard]] std::vector<PatternMatch> findPatterns(const std::vector<std::string>& words);

}  // namespace custodia::vault::redaction
