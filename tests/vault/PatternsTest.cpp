// SPDX-License-Identifier: GPL-3.0-or-later
// R7: identifying data found by its shape, in or out of the roster.
#include "vault/redaction/Patterns.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

using namespace custodia::vault::redaction;

namespace {

std::vector<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

// The words a pattern of `kind` covers, joined by spaces ("" when none).
std::vector<std::string> found(const std::string& text, Kind kind) {
    const auto ws = words(text);
    std::vector<std::string> out;
    for (const auto& m : findPatterns(ws)) {
        if (m.kind != kind)
            continue;
        std::string s;
        for (std::size_t i = m.first; i <= m.last; ++i)
            s += (i == m.first ? "" : " ") + ws[i];
        out.push_back(s);
    }
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("Patterns: Italian phone numbers in every common spelling, not in the roster") {
    CHECK(has(found("chiamami al 347 123 4567 stasera", Kind::Phone), "347 123 4567"));
    CHECK(has(found("numero +39 3471234567 ok", Kind::Phone), "+39 3471234567"));
    CHECK(has(found("0039 347-123-4567", Kind::Phone), "0039 347-123-4567"));
    CHECK(has(found("fisso 02 1234 5678", Kind::Phone), "02 1234 5678"));
    CHECK(!found("scrivimi 347.123.45.67", Kind::Phone).empty());
    // OCR reads digits as letters: still a number.
    CHECK(!found("tel 34712345O7", Kind::Phone).empty());
    // The number's words only, not the bubble's time OCR read after it
    // (libphonenumber took "20:05" in).
    const auto withTime = found("+39 348 855 4592 20:05", Kind::Phone);
    REQUIRE_FALSE(withTime.empty());
    for (const auto& m : withTime)
        CHECK(m == "+39 348 855 4592");
    // A truncated number is still hidden: any run of 6 or more digits.
    CHECK(has(found("il suo è 347 1234", Kind::Phone), "347 1234"));
}

TEST_CASE("Patterns: times, dates and short numbers are not phone numbers") {
    CHECK(found("alle 21:43 di ieri", Kind::Phone).empty());
    CHECK(found("il 12/03/2026 in gita", Kind::Phone).empty());
    CHECK(found("ho preso 8 e 7 e mezzo", Kind::Phone).empty());
    CHECK(found("Oggi 12.03.2026", Kind::Phone).empty());
}

TEST_CASE("Patterns: e-mail addresses, handles, profile links, ~nicknames") {
    CHECK(has(found("mandalo a luca.bianchi07@gmail.com subito", Kind::Email), "luca.bianchi07@gmail.com"));
    CHECK(has(found("seguite @giuly_07 e ridete", Kind::Handle), "@giuly_07"));
    CHECK(has(found("(@marco.r)", Kind::Handle), "(@marco.r)"));
    CHECK(has(found("guarda instagram.com/giuly_07", Kind::Handle), "instagram.com/giuly_07"));
    CHECK(has(found("~Teo", Kind::Nickname), "~Teo"));
    CHECK(has(found("~il bomber scrive", Kind::Nickname), "~il bomber"));
    CHECK(found("ci vediamo domani a scuola", Kind::Handle).empty());
}

TEST_CASE("Patterns: class designations") {
    CHECK(has(found("quelli della 3B sono", Kind::Class), "3B"));
    CHECK(has(found("la 2^D ha visto", Kind::Class), "2^D"));
    CHECK(has(found("la 2*D ha visto", Kind::Class), "2*D"));  // ^ as OCR reads it
    CHECK(has(found("in 3°B", Kind::Class), "3°B"));
    CHECK(has(found("quelli della 2/G del", Kind::Class), "2/G"));  // ^ as the Italian model reads it
    CHECK(has(found("la 21G del", Kind::Class), "21G"));
    CHECK(has(found("della 2YG del", Kind::Class), "2YG"));
    CHECK(found("alle 3/4 di", Kind::Class).empty());
    CHECK(has(found("la classe 1 F oggi", Kind::Class), "classe 1 F"));
    CHECK(has(found("classe 3A,", Kind::Class), "classe 3A,"));
    CHECK(has(found("3 B Manzoni", Kind::Class), "3 B"));
    CHECK(found("è la 2a volta", Kind::Class).empty());
    CHECK(found("ho 3 anni", Kind::Class).empty());
}

TEST_CASE("Patterns: school names, with or without a roster") {
    CHECK(has(found("gruppo IC Manzoni 3B", Kind::School), "IC Manzoni"));
    CHECK(has(found("Istituto Comprensivo Alfieri di Torino", Kind::School), "Istituto Comprensivo Alfieri"));
    CHECK(has(found("alla Scuola media Dante Alighieri ieri", Kind::School), "Scuola media Dante Alighieri"));
    CHECK(has(found("Liceo Galilei", Kind::School), "Liceo Galilei"));
    CHECK(has(found("ITIS Fermi", Kind::School), "ITIS Fermi"));
    CHECK(has(found("I.C. Pascoli", Kind::School), "I.C. Pascoli"));
    // Ordinary words stay: no proper name follows.
    CHECK(found("domani a scuola c'è verifica", Kind::School).empty());
    CHECK(found("il liceo è lontano", Kind::School).empty());
    // Symbols OCR reads in icons and pictures are no school's first word
    // (they were: an empty keyword matched the list's unused slots).
    CHECK(found("@ Michele Martinelli", Kind::School).empty());
    CHECK(found("© Attivi ora", Kind::School).empty());
    CHECK(found("- e", Kind::School).empty());
    CHECK(found("> Chiara Marchetti", Kind::School).empty());
    CHECK(isSchoolWord("Istituto"));
    CHECK(isSchoolWord("comprensivo"));
    CHECK_FALSE(isSchoolWord("Manzoni"));
    CHECK_FALSE(isSchoolWord("@"));
}

TEST_CASE("Patterns: no words, odd words, no crash") {
    CHECK(findPatterns({}).empty());
    CHECK_NOTHROW(findPatterns({"@", "~", "+", "0039", "\xff\xfe", "classe", "IC"}));
}
