// SPDX-License-Identifier: GPL-3.0-or-later
// R7: the roster matcher finds the case's people in words read by OCR.
#include "vault/redaction/Matcher.h"

#include <catch2/catch.hpp>

// GCC 12 reports a false "may be used uninitialized" inside std::optional<std::string>
// assignments when Person is built field by field here.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

using namespace custodia::vault;
using namespace custodia::vault::redaction;

namespace {

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::string w;
    for (const char c : text + " ") {
        if (c == ' ' || c == '\n') {
            if (!w.empty())
                out.push_back(w);
            w.clear();
        } else {
            w.push_back(c);
        }
    }
    return out;
}

std::vector<RosterEntry> roster() {
    Person luca;
    luca.id = 1;
    luca.name = "Luca";
    luca.surname = "Verdi";
    luca.nicknames = {"Lucky"};
    luca.phones = {"+39 333 123 4567"};
    luca.handles = {"@luca_v"};
    luca.className = "2B";
    luca.guardians = {{"Anna Bianchi", "madre", "0432 555 123", ""}};
    Person nicolo;
    nicolo.id = 2;
    nicolo.name = "Nicolò";
    nicolo.surname = "Carmelitani";
    return rosterOf({luca, nicolo});
}

// The matches of `kind` and person over the words first..last.
bool found(const std::vector<Match>& ms, std::size_t first, std::size_t last, std::int64_t person) {
    return std::any_of(ms.begin(), ms.end(),
                       [&](const Match& m) { return m.first == first && m.last == last && m.personId == person; });
}

}  // namespace

TEST_CASE("matcher: folding reads case, accents and OCR confusions as one") {
    REQUIRE(fold("Nicolò") == fold("NICOLO"));
    REQUIRE(fold("Bianch1") == fold("Bianchi"));
    REQUIRE(fold("B|anchi") == fold("Bianchi"));
    REQUIRE(fold("V3rdi") != fold("Verdi"));  // 3 is not a confusion: left to the edit distance
    REQUIRE(fold("5ara") == fold("Sara"));
    REQUIRE(fold("R0ssi") == fold("Rossi"));
    REQUIRE(fold("Carrnelo") == fold("Carmelo"));
    REQUIRE(fold("«Verdi,»") == fold("verdi"));
    REQUIRE(fold("ÀÉÌÒÙ àèéìòùç") == "aelouaeelouc");
}

TEST_CASE("matcher: the edits allowed grow with the length") {
    REQUIRE(allowedEdits(3) == 0);
    REQUIRE(allowedEdits(4) == 1);
    REQUIRE(allowedEdits(7) == 1);
    REQUIRE(allowedEdits(8) == 2);
    REQUIRE(allowedEdits(12) == 3);
    REQUIRE(allowedEdits(40) == 3);
    REQUIRE(editDistance("verdl", "verdi") == 1);
    REQUIRE(editDistance("", "abc") == 3);
}

TEST_CASE("matcher: names under OCR errors, split over words and lines, full names") {
    const auto r = roster();
    auto ms = findRoster(r, words("ciao Lvca come stai"));
    REQUIRE(found(ms, 1, 1, 1));  // one edit in a 4-letter name
    REQUIRE(ms.front().confidence < 1.0);
    ms = findRoster(r, words("ieri VERD1 Luca ha scritto"));
    REQUIRE(found(ms, 1, 2, 1));  // "surname name"
    ms = findRoster(r, words("messaggio di Car meli\ntani"));
    REQUIRE(found(ms, 2, 4, 2));  // split over three pieces, accents folded
    ms = findRoster(r, words("NICOLO'"));
    REQUIRE(found(ms, 0, 0, 2));
    // Unrelated words are not names; a near word is a weak match (hidden, shown as weak).
    REQUIRE(findRoster(r, words("la pizza del sole")).empty());
    ms = findRoster(r, words("maglia verde"));
    REQUIRE(found(ms, 1, 1, 1));
    REQUIRE(ms.front().confidence < 0.9);
}

TEST_CASE("matcher: a name is matched alone, not with the short words beside it") {
    // Run together, "di Carmelitani" and "Carmelitani è" are within the
    // edits a long name allows; the boxes of "di" and "è" would hide plain
    // words. "Lucky" with the avatar OCR read on the next line, likewise.
    const auto r = roster();
    for (const auto* text : {"il cugino di Carmelitani è qui", "Lucky\n1?) ciao"}) {
        CAPTURE(text);
        const auto ms = findRoster(r, words(text));
        const auto ws = words(text);
        REQUIRE_FALSE(ms.empty());
        for (const auto& m : ms) {
            CHECK(m.first == m.last);
            CHECK(ws[m.first].size() > 2);
        }
    }
}

TEST_CASE("matcher: phone numbers as digits, with or without +39, any spacing, OCR'd digits") {
    const auto r = roster();
    REQUIRE(found(findRoster(r, words("chiamami 3331234567 ok")), 1, 1, 1));
    REQUIRE(found(findRoster(r, words("+39 333 123 4567")), 0, 3, 1));
    REQUIRE(found(findRoster(r, words("0039-333-1234567")), 0, 0, 1));
    REQUIRE(found(findRoster(r, words("tel: 333 l23 4S67")), 1, 3, 1));  // l and S read as 1 and 5
    REQUIRE(found(findRoster(r, words("mamma 0432 555123")), 1, 2, 1));  // a guardian's number
    REQUIRE(findRoster(r, words("333 123 4568")).empty());
}

TEST_CASE("matcher: handles with or without @, nicknames, the class") {
    const auto r = roster();
    REQUIRE(found(findRoster(r, words("@luca_v ti ha taggato")), 0, 0, 1));
    REQUIRE(found(findRoster(r, words("profilo luca_v")), 1, 1, 1));
    REQUIRE(found(findRoster(r, words("grande LUCKY!")), 1, 1, 1));
    REQUIRE(found(findRoster(r, words("gruppo classe 2 B")), 2, 3, 1));
    const auto ms = findRoster(r, words("la 2B di oggi"));
    REQUIRE(found(ms, 1, 1, 1));
    REQUIRE(std::any_of(ms.begin(), ms.end(), [](const Match& m) { return m.kind == Kind::Class; }));
}

TEST_CASE("matcher: a school's proper name alone, also when a word of it is short") {
    Person p;
    p.id = 3;
    p.name = "Chiara";
    p.school = "Istituto Comprensivo Don Milani";
    const auto r = rosterOf({p});
    // "Don" is too short to be looked for alone, but "Don Milani" is one name.
    auto ms = findRoster(r, words("lo sa tutto il Don Milani ormai"));
    REQUIRE(std::any_of(ms.begin(), ms.end(),
                        [](const Match& m) { return m.first == 4 && m.last == 5 && m.kind == Kind::School; }));
    ms = findRoster(r, words("quelli del Milani"));
    REQUIRE(std::any_of(ms.begin(), ms.end(), [](const Match& m) { return m.first == 2 && m.kind == Kind::School; }));
}
