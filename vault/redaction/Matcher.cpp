// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/redaction/Matcher.h"

#include "vault/redaction/Patterns.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace custodia::vault::redaction {

namespace {

// The base letter of an accented Latin-1 / Latin Extended-A letter (two-byte
// UTF-8), or 0 when it is not one we fold.
char baseLetter(unsigned char lead, unsigned char cont) {
    if (lead != 0xC3) {
        return 0;
    }
    static const char* const kMap = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";    // U+00E0..U+00FF
    static const char* const kUpper = "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTs";  // U+00C0..U+00DF
    if (cont >= 0xA0 && cont <= 0xBF) {
        const char c = kMap[cont - 0xA0];
        return c == '/' ? 0 : c;
    }
    if (cont >= 0x80 && cont <= 0x9F) {
        const char c = kUpper[cont - 0x80];
        return c == '*' ? 0 : static_cast<char>(c | 0x20);
    }
    return 0;
}

std::vector<std::string> splitWords(std::string_view text) {
    std::vector<std::string> words;
    std::string current;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n') {
            if (!current.empty())
                words.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty())
        words.push_back(std::move(current));
    return words;
}

// National digits of an Italian number: without 0039 or +39.
std::string nationalDigits(std::string digits) {
    if (digits.rfind("0039", 0) == 0) {
        digits.erase(0, 4);
    } else if (digits.rfind("39", 0) == 0 && digits.size() >= 11) {
        digits.erase(0, 2);
    }
    return digits;
}

constexpr std::size_t kMaxPhoneWords = 6;

}  // namespace

// Digits of a phone-like word, reading the letters OCR mistakes for digits;
// empty when the word is not mostly digits.
std::string phoneDigits(std::string_view word) {
    std::string digits;
    std::size_t other = 0;
    for (const char c : word) {
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
        } else if (c == 'O' || c == 'o') {
            digits.push_back('0');
        } else if (c == 'I' || c == 'l' || c == '|') {
            digits.push_back('1');
        } else if (c == 'S') {
            digits.push_back('5');
        } else if (c == '+' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == ' ' || c == ',' ||
                   c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '\'') {
            // separators
        } else {
            ++other;
        }
    }
    return other == 0 ? digits : std::string();
}

std::string fold(std::string_view text) {
    std::string base;
    base.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const char b =
                i + 1 < text.size() ? baseLetter(c, static_cast<unsigned char>(text[i + 1])) : static_cast<char>(0);
            if (b == 0) {
                continue;  // other non-ASCII bytes are dropped
            }
            c = static_cast<unsigned char>(b);
            ++i;
        }
        char l = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        // OCR confusions, each group read as one letter.
        switch (l) {
            case '0':
                l = 'o';
                break;
            case '1':
            case '|':
            case 'i':
            case '!':
                l = 'l';
                break;
            case '5':
                l = 's';
                break;
            default:
                break;
        }
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
            base.push_back(l);
        }
    }
    std::string out;
    out.reserve(base.size());
    for (std::size_t i = 0; i < base.size(); ++i) {
        if (base[i] == 'r' && i + 1 < base.size() && base[i + 1] == 'n') {
            out.push_back('m');
            ++i;
        } else {
            out.push_back(base[i]);
        }
    }
    return out;
}

int editDistance(std::string_view a, std::string_view b) {
    std::vector<int> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

int allowedEdits(std::size_t length) {
    return length <= 3 ? 0 : static_cast<int>((length - 4) / 4 + 1 > 3 ? 3 : (length - 4) / 4 + 1);
}

std::vector<RosterEntry> rosterOf(const std::vector<Person>& persons) {
    std::vector<RosterEntry> roster;
    const auto add = [&roster](const std::optional<std::string>& text, Kind kind, std::int64_t id) {
        if (text && !fold(*text).empty())
            roster.push_back({*text, kind, id});
    };
    for (const auto& p : persons) {
        add(p.name, Kind::Name, p.id);
        add(p.surname, Kind::Surname, p.id);
        if (p.name && p.surname) {
            add(*p.name + " " + *p.surname, Kind::Name, p.id);
            add(*p.surname + " " + *p.name, Kind::Name, p.id);
        }
        for (const auto& n : p.nicknames)
            add(n, Kind::Nickname, p.id);
        for (const auto& ph : p.phones)
            add(ph, Kind::Phone, p.id);
        for (const auto& h : p.handles)
            add(h, Kind::Handle, p.id);
        add(p.className, Kind::Class, p.id);
        add(p.school, Kind::School, p.id);
        // The proper name of the school alone ("Manzoni" of "IC Manzoni"):
        // a group called "3B Manzoni" names it too.
        if (p.school) {
            const auto words = splitWords(*p.school);
            for (const auto& w : words) {
                if (fold(w).size() >= 4 && !isSchoolWord(w))
                    roster.push_back({w, Kind::School, p.id});
            }
            // ...and whole ("Don Milani" of "Istituto Comprensivo Don
            // Milani": "Don" alone is too short to look for).
            std::size_t first = 0;
            while (first < words.size() && isSchoolWord(words[first]))
                ++first;
            if (first > 0 && words.size() - first >= 2) {
                std::string name;
                for (std::size_t i = first; i < words.size(); ++i)
                    name += (name.empty() ? "" : " ") + words[i];
                roster.push_back({name, Kind::School, p.id});
            }
        }
        for (const auto& g : p.guardians) {
            add(g.name, Kind::Name, p.id);
            add(g.phone, Kind::Phone, p.id);
        }
    }
    return roster;
}

std::vector<Match> findRoster(const std::vector<RosterEntry>& roster, const std::vector<std::string>& words) {
    std::vector<Match> out;
    std::set<std::tuple<std::size_t, std::size_t, std::string>> seen;
    const auto emit = [&](std::size_t first, std::size_t last, const RosterEntry& e, int distance, std::size_t len) {
        if (seen.emplace(first, last, e.text).second) {
            const double confidence = 1.0 - static_cast<double>(distance) / static_cast<double>(len + 1);
            out.push_back({first, last, e.kind, e.personId, e.text, confidence, distance});
        }
    };
    std::vector<std::string> folded;
    folded.reserve(words.size());
    for (const auto& w : words)
        folded.push_back(fold(w));

    for (const auto& e : roster) {
        if (e.kind == Kind::Phone) {
            const std::string wanted = nationalDigits(phoneDigits(e.text));
            if (wanted.size() < 6)
                continue;
            for (std::size_t i = 0; i < words.size(); ++i) {
                std::string joined;
                for (std::size_t j = i; j < words.size() && j < i + kMaxPhoneWords; ++j) {
                    const std::string d = phoneDigits(words[j]);
                    if (d.empty())
                        break;
                    joined += d;
                    const std::string national = nationalDigits(joined);
                    if (national == wanted) {
                        emit(i, j, e, 0, wanted.size());
                        break;
                    }
                    if (joined.size() > wanted.size() + 4)
                        break;
                }
            }
            continue;
        }
        std::vector<std::string> parts;
        for (const auto& w : splitWords(e.text)) {
            if (auto f = fold(w); !f.empty())
                parts.push_back(std::move(f));
        }
        if (parts.empty())
            continue;
        std::string whole;
        for (const auto& p : parts)
            whole += p;
        for (std::size_t i = 0; i < words.size(); ++i) {
            // (a) word by word: each word of the entry against one read word.
            if (i + parts.size() <= words.size()) {
                int total = 0;
                bool ok = true;
                for (std::size_t k = 0; k < parts.size() && ok; ++k) {
                    const int d = editDistance(parts[k], folded[i + k]);
                    ok = d <= allowedEdits(parts[k].size()) && !folded[i + k].empty();
                    total += d;
                }
                if (ok)
                    emit(i, i + parts.size() - 1, e, total, whole.size());
            }
            // (b) the whole entry against 1..n+2 read words run together: a
            // name split over two words or lines, or two words read as one.
            std::string joined;
            for (std::size_t j = i; j < words.size() && j <= i + parts.size() + 1; ++j) {
                if (folded[j].empty())
                    break;
                joined += folded[j];
                if (j == i && parts.size() == 1)
                    continue;  // (a) covered it
                if (joined.size() > whole.size() + 3)
                    break;
                const int d = editDistance(whole, joined);
                if (d <= allowedEdits(whole.size())) {
                    emit(i, j, e, d, whole.size());
                    break;
                }
            }
        }
    }
    // A run of words that holds a match of the same entry, no worse, is that
    // match plus its neighbours ("di Marchino", "Marchino è", a name and the
    // avatar OCR read on the next line): the neighbours name no one, and
    // their boxes would hide ordinary words. A phone number keeps its
    // "+39": that is part of the number.
    std::vector<Match> kept;
    for (const auto& m : out) {
        const bool padded = m.kind != Kind::Phone && std::any_of(out.begin(), out.end(), [&m](const Match& n) {
                                return n.entry == m.entry && n.kind == m.kind && n.first >= m.first &&
                                       n.last <= m.last && (n.first != m.first || n.last != m.last) &&
                                       n.distance <= m.distance;
                            });
        if (!padded)
            kept.push_back(m);
    }
    std::sort(kept.begin(), kept.end(), [](const Match& a, const Match& b) {
        return std::tie(a.first, a.last, a.entry) < std::tie(b.first, b.last, b.entry);
    });
    return kept;
}

std::vector<Person> personsFromRosterJson(const nlohmann::json& j) {
    if (!j.is_object() || !j.contains("people") || !j["people"].is_array())
        throw std::invalid_argument("a roster is an object with a \"people\" array");
    std::vector<Person> persons;
    std::int64_t id = 0;
    const auto text = [](const nlohmann::json& o, const char* key) -> std::optional<std::string> {
        if (!o.contains(key) || o[key].is_null())
            return std::nullopt;
        if (!o[key].is_string())
            throw std::invalid_argument(std::string("roster field \"") + key + "\" must be a string");
        return o[key].get<std::string>();
    };
    const auto list = [](const nlohmann::json& o, const char* key) {
        std::vector<std::string> out;
        if (!o.contains(key) || o[key].is_null())
            return out;
        if (!o[key].is_array())
            throw std::invalid_argument(std::string("roster field \"") + key + "\" must be a list of strings");
        for (const auto& v : o[key]) {
            if (!v.is_string())
                throw std::invalid_argument(std::string("roster field \"") + key + "\" must be a list of strings");
            out.push_back(v.get<std::string>());
        }
        return out;
    };
    for (const auto& o : j["people"]) {
        if (!o.is_object())
            throw std::invalid_argument("every entry of \"people\" must be an object");
        Person p;
        p.id = ++id;
        p.name = text(o, "name");
        p.surname = text(o, "surname");
        p.nicknames = list(o, "nicknames");
        p.className = text(o, "class");
        p.school = text(o, "school");
        p.phones = list(o, "phones");
        p.handles = list(o, "handles");
        persons.push_back(std::move(p));
    }
    return persons;
}

}  // namespace custodia::vault::redaction
