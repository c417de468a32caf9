// SPDX-License-Identifier: GPL-3.0-or-later
// R7 matcher on arbitrary text read off a screen: the first line is a roster
// entry, the rest the words read. Checks: no crash, matches inside the
// words, confidence in (0, 1], folding idempotent.
#include "vault/redaction/Matcher.h"

#include <cstdlib>

using namespace custodia::vault::redaction;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto newline = text.find('\n');
    const std::string entry = text.substr(0, newline);
    std::vector<std::string> words;
    if (newline != std::string::npos) {
        std::string w;
        for (const char c : text.substr(newline + 1)) {
            if (c == ' ' || c == '\n') {
                if (!w.empty())
                    words.push_back(w);
                w.clear();
            } else {
                w.push_back(c);
            }
        }
        if (!w.empty())
            words.push_back(w);
    }
    const std::string folded = fold(entry);
    if (fold(folded) != folded) {
        std::abort();
    }
    const std::vector<RosterEntry> roster = {{entry, Kind::Name, 1}, {entry, Kind::Phone, 1}, {entry, Kind::Handle, 2}};
    for (const auto& m : findRoster(roster, words)) {
        if (m.first > m.last || m.last >= words.size() || m.confidence <= 0.0 || m.confidence > 1.0) {
            std::abort();
        }
    }
    return 0;
}
