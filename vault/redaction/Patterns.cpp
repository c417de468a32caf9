// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/redaction/Patterns.h"

#include "vault/redaction/Matcher.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <string_view>

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

namespace custodia::vault::redaction {

namespace {

namespace pn = i18n::phonenumbers;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Lower-case letters and digits of a word, for comparing with keywords (not
// fold(): keywords are compared as written, without OCR confusions).
std::string keyword(const std::string& w) {
    std::string out;
    for (const char c : w) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out.push_back(static_cast<char>(std::tolower(u)));
    }
    return out;
}
bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}

// Dates and times are numbers that identify no one.
bool looksLikeDateOrTime(const std::string& w) {
    static const std::regex kDate(R"re(^\(?\d{1,2}[/.\-]\d{1,2}([/.\-]\d{2,4})?[,.;)]?$)re");
    static const std::regex kTime(R"re(^\d{1,2}[:.]\d{2}([:.]\d{2})?[,.;]?$)re");
    return std::regex_match(w, kDate) || std::regex_match(w, kTime);
}

// Phone-ish digits of a word (OCR'd O/l/I/S read as digits), or empty.
std::string numberDigits(const std::string& w) {
    if (looksLikeDateOrTime(w))
        return {};
    if (std::none_of(w.begin(), w.end(), isDigit))
        return {};
    return phoneDigits(w);
}

// ASCII copy of a word, one byte per byte, so that offsets into the joined
// text are byte offsets whatever libphonenumber counts in.
std::string asciiOf(const std::string& w) {
    std::string out = w;
    for (char& c : out)
        if (static_cast<unsigned char>(c) >= 0x80)
            c = 'x';
    return out;
}

void findPhones(const std::vector<std::string>& words, std::vector<PatternMatch>& out) {
    // (a) libphonenumber over the words joined by spaces.
    std::string text;
    std::vector<std::size_t> starts;
    for (const auto& w : words) {
        starts.push_back(text.size());
        text += asciiOf(w);
        text.push_back(' ');
    }
    const auto wordAt = [&starts](std::size_t offset) {
        const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
        return static_cast<std::size_t>(std::distance(starts.begin(), it) - 1);
    };
    pn::PhoneNumberMatcher matcher(*pn::PhoneNumberUtil::GetInstance(), text, "IT", pn::PhoneNumberMatcher::POSSIBLE,
                                   20);
    while (matcher.HasNext()) {
        pn::PhoneNumberMatch m;
        if (!matcher.Next(&m))
            break;
        if (m.start() < 0 || m.length() <= 0)
            continue;
        const auto first = wordAt(static_cast<std::size_t>(m.start()));
        const auto last = wordAt(static_cast<std::size_t>(m.start() + m.length() - 1));
        // The number's words only: libphonenumber reads across a stray
        // letter ("4592 a 20:05": a number and the bubble's time), and
        // across a date or time. A date ("12.03.2026") alone looks possible
        // to it too: 6 digits at least.
        std::size_t start = first;
        std::size_t digits = 0;
        for (std::size_t i = first; i <= last + 1 && i <= words.size(); ++i) {
            const bool inside = i <= last && i < words.size();
            const bool other = inside && numberDigits(words[i]).empty() &&
                               std::any_of(words[i].begin(), words[i].end(),
                                           [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
            if (inside && !other) {
                digits += numberDigits(words[i]).size();
                continue;
            }
            if (digits >= 6)
                out.push_back({start, i - 1, Kind::Phone, "pattern: phone number (libphonenumber, IT)", 0.95});
            start = i + 1;
            digits = 0;
        }
    }
    // (b) any run of 6 or more digits over adjacent words, a "+39" or "0039"
    // prefix included: an OCR-truncated number still identifies.
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string digits;
        std::size_t j = i;
        for (; j < words.size() && j < i + 6; ++j) {
            const std::string d = numberDigits(words[j]);
            if (d.empty())
                break;
            digits += d;
        }
        if (digits.size() >= 6) {
            out.push_back({i, j - 1, Kind::Phone, "pattern: run of 6 or more digits", 0.8});
            i = j - 1;
        }
    }
}

void findAddresses(const std::vector<std::string>& words, std::vector<PatternMatch>& out) {
    static const std::regex kEmail(R"re([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})re");
    static const std::regex kHandle(R"re(^[("'“]?[@©][A-Za-z0-9_.]{2,}[)"'”.,:;!?]*$)re");
    static const std::regex kTilde(R"re(^~\S{2,})re");
    static const std::regex kProfileUrl(
        R"((instagram\.com|tiktok\.com|facebook\.com|fb\.me|t\.me|snapchat\.com|x\.com|twitter\.com)/)",
        std::regex::icase);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        if (std::regex_search(w, kEmail)) {
            out.push_back({i, i, Kind::Email, "pattern: e-mail address", 0.95});
        } else if (std::regex_match(w, kHandle)) {
            out.push_back({i, i, Kind::Handle, "pattern: @handle", 0.9});
        } else if (w.find('@') != std::string::npos && w.size() >= 4) {
            // A broken address or handle: hide it all the same.
            out.push_back({i, i, Kind::Handle, "pattern: word with @", 0.6});
        } else if (std::regex_search(w, kProfileUrl)) {
            out.push_back({i, i, Kind::Handle, "pattern: profile link", 0.9});
        }
        if (std::regex_search(w, kTilde)) {
            // WhatsApp's sender line of an unsaved number: "~nickname", up to
            // the end of the name (two words at most).
            const std::size_t last = std::min(words.size() - 1, i + 1);
            out.push_back({i, last, Kind::Nickname, "pattern: ~nickname of a sender", 0.85});
        }
    }
}

// "3B", "3^B", "3°B", "3ªB", "2D," (OCR reads ^ as *, ', /, 1, 4, A or Y:
// "34H", "31H", "3/H" and "3YH" are "3^H"; a house number such as "31B"
// is hidden with them, and an address identifies too); false for anything
// else.
bool isClassToken(const std::string& w) {
    static const std::regex kClass(R"re(^[("']?[1-5](\^|\*|°|º|ª|'|"|/|\s|1|4|A|Y)?[A-Ia-i][)"'.,:;!?]*$)re");
    if (!std::regex_match(w, kClass))
        return false;
    // "3a", "5i" in lower case are too often something else ("2a volta"):
    // the section letter of a class is written in capitals.
    const auto letter =
        std::find_if(w.rbegin(), w.rend(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    return letter != w.rend() && isUpper(*letter);
}

bool isSectionLetter(const std::string& w) {
    std::string core;
    for (char c : w)
        if (std::isalpha(static_cast<unsigned char>(c)))
            core.push_back(c);
    return core.size() == 1 && core[0] >= 'A' && core[0] <= 'I' && w.size() <= 3;
}

bool isYearDigit(const std::string& w) {
    static const std::regex kYear(R"re(^[1-5](\^|\*|°|º|ª|'|/)?$|^(I|II|III|IV|V)$)re");
    return std::regex_match(w, kYear);
}

void findClasses(const std::vector<std::string>& words, std::vector<PatternMatch>& out) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (isClassToken(words[i])) {
            std::size_t first = i;
            if (i > 0 && (keyword(words[i - 1]) == "classe" || keyword(words[i - 1]) == "sezione"))
                first = i - 1;
            out.push_back({first, i, Kind::Class, "pattern: class designation", 0.9});
        } else if (i + 1 < words.size() && isYearDigit(words[i]) && isSectionLetter(words[i + 1])) {
            std::size_t first = i;
            if (i > 0 && keyword(words[i - 1]) == "classe")
                first = i - 1;
            out.push_back({first, i + 1, Kind::Class, "pattern: class designation", 0.85});
        }
    }
}

// Words that start a school's name ("I.C." as OCR reads it too: "LC.", "1.C.") and words that may follow before its
// proper name ("Scuola secondaria di primo grado Dante Alighieri").
constexpr auto kSchoolStarts =
    std::to_array<std::string_view>({"ic", "istituto", "scuola", "liceo", "itis", "iis", "itc", "ipsia", "ipseoa",
                                     "itet", "ite", "itcg", "isiss", "convitto", "cpia", "educandato", "comprensivo"});
constexpr auto kSchoolConnectors = std::to_array<std::string_view>({"di",         "del",
                                                                    "della",      "dello",
                                                                    "dei",        "degli",
                                                                    "statale",    "comprensivo",
                                                                    "media",      "medie",
                                                                    "primaria",   "secondaria",
                                                                    "primo",      "secondo",
                                                                    "grado",      "superiore",
                                                                    "tecnico",    "scientifico",
                                                                    "classico",   "linguistico",
                                                                    "artistico",  "professionale",
                                                                    "musicale",   "omnicomprensivo",
                                                                    "elementare", "paritaria",
                                                                    "ist",        "sc",
                                                                    "e",          "ic"});

bool contains(const auto& list, std::string_view s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

// A keyword (see keyword()) that begins a school's name; a symbol's keyword
// is empty and begins nothing.
bool startsSchool(const std::string& k) {
    return !k.empty() && contains(kSchoolStarts, k);
}

bool capitalised(const std::string& w) {
    const auto c = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
    if (c == 0xC3 && w.size() > 1) {
        // Latin-1 letters in UTF-8: capitals (À..Þ) are 0xC3 0x80..0x9E,
        // small ones (à..ÿ, the Italian "è") 0xC3 0xA0..0xBF.
        return static_cast<unsigned char>(w[1]) < 0xA0;
    }
    // Other scripts' letters (Ł, Ž, Ș in a name): when unsure, a name.
    return isUpper(static_cast<char>(c)) || c > 0xC3;
}

void findSchools(const std::vector<std::string>& words, std::vector<PatternMatch>& out) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string f = keyword(words[i]);
        if (!startsSchool(f))
            continue;
        // An acronym ("IC", "ITIS") is always a school; an ordinary word
        // ("scuola", "liceo") only when a proper name follows.
        const bool acronym = f.size() <= 6 && f != "scuola" && f != "liceo" &&
                             std::all_of(words[i].begin(), words[i].end(),
                                         [](char c) { return !std::islower(static_cast<unsigned char>(c)); });
        std::size_t j = i + 1;
        while (j < words.size() && j < i + 6 && contains(kSchoolConnectors, keyword(words[j])))
            ++j;
        std::size_t names = 0;
        while (j < words.size() && names < 3 && capitalised(words[j]) && !startsSchool(keyword(words[j]))) {
            ++j;
            ++names;
        }
        if (names > 0 || (acronym && j > i + 1)) {
            out.push_back({i, j - 1, Kind::School, "pattern: school name", names > 0 ? 0.85 : 0.6});
            i = j - 1;
        } else if (acronym && capitalised(words[i]) && f.size() >= 2 && words[i] != "E") {
            out.push_back({i, i, Kind::School, "pattern: school acronym", 0.5});
        }
    }
}

}  // namespace

bool isSchoolWord(const std::string& word) {
    const std::string k = keyword(word);
    return startsSchool(k) || contains(kSchoolConnectors, k);
}

std::vector<PatternMatch> findPatterns(const std::vector<std::string>& words) {
    std::vector<PatternMatch> out;
    if (words.empty())
        return out;
    findPhones(words, out);
    findAddresses(words, out);
    findClasses(words, out);
    findSchools(words, out);
    std::sort(out.begin(), out.end(), [](const PatternMatch& a, const PatternMatch& b) {
        return std::tie(a.first, a.last) < std::tie(b.first, b.last);
    });
    return out;
}

}  // namespace custodia::vault::redaction
