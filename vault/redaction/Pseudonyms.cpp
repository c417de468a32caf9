// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/redaction/Pseudonyms.h"

#include "vault/redaction/Patterns.h"

#include <algorithm>
#include <cctype>

namespace custodia::vault::redaction {

namespace {

int roleRank(const std::string& role) {
    if (role == "vittima")
        return 0;
    if (role == "presunto-autore")
        return 1;
    if (role == "testimone")
        return 2;
    return 3;
}

std::string roleText(const std::string& role) {
    if (role == "presunto-autore")
        return "presunto autore";
    if (role == "altro")
        return "altra persona coinvolta";
    return role;
}

std::string bracketFor(Kind k) {
    switch (k) {
        case Kind::Phone:
            return "[telefono]";
        case Kind::Email:
            return "[e-mail]";
        case Kind::Handle:
            return "[profilo]";
        case Kind::Class:
            return "[classe]";
        case Kind::School:
            return "[scuola]";
        case Kind::Nickname:
            return "[soprannome]";
        default:
            return "[nome]";
    }
}

struct Token {
    std::size_t begin;  // byte offsets into the text
    std::size_t end;
};

bool isWordByte(unsigned char c) {
    return std::isalnum(c) || c >= 0x80 || c == '@' || c == '+';
}

}  // namespace

Pseudonymiser::Pseudonymiser(const std::vector<Person>& persons) : roster_(rosterOf(persons)) {
    std::vector<const Person*> minors;
    std::vector<const Person*> adults;
    for (const auto& p : persons)
        (p.minor ? minors : adults).push_back(&p);
    const auto byRole = [](const Person* a, const Person* b) {
        return std::pair(roleRank(a->role), a->id) < std::pair(roleRank(b->role), b->id);
    };
    std::sort(minors.begin(), minors.end(), byRole);
    std::sort(adults.begin(), adults.end(), byRole);
    for (std::size_t i = 0; i < minors.size(); ++i) {
        // A..Z, then AA, AB...
        std::string letter =
            i < 26 ? std::string(1, static_cast<char>('A' + i))
                   : std::string(1, static_cast<char>('A' + i / 26 - 1)) + static_cast<char>('A' + i % 26);
        const std::string shortLabel = "Minore " + letter;
        const std::string label = shortLabel + (minors[i]->role == "altro" ? "" : " – " + roleText(minors[i]->role));
        labels_[minors[i]->id] = label;
        shortLabels_[minors[i]->id] = shortLabel;
        ordered_.emplace_back(minors[i]->id, label);
    }
    std::map<std::string, int> sameRole;
    for (const auto* a : adults)
        ++sameRole[a->role];
    std::map<std::string, int> seen;
    for (const auto* a : adults) {
        std::string label = "Adulto – " + roleText(a->role);
        if (sameRole[a->role] > 1)
            label = "Adulto " + std::to_string(++seen[a->role]) + " – " + roleText(a->role);
        labels_[a->id] = label;
        shortLabels_[a->id] = label;
        ordered_.emplace_back(a->id, label);
    }
}

std::string Pseudonymiser::labelOf(std::int64_t personId) const {
    const auto it = labels_.find(personId);
    return it == labels_.end() ? std::string("Persona") : it->second;
}

std::string Pseudonymiser::apply(const std::string& text) const {
    // Words as the matchers see them, with their place in the text; the
    // punctuation around a word stays.
    std::vector<Token> tokens;
    std::vector<std::string> words;
    for (std::size_t i = 0; i < text.size();) {
        if (std::isspace(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j])))
            ++j;
        // Trim punctuation at both ends of the word (keep it in the text).
        std::size_t b = i;
        std::size_t e = j;
        while (b < e && !isWordByte(static_cast<unsigned char>(text[b])) && text[b] != '~')
            ++b;
        while (e > b && !isWordByte(static_cast<unsigned char>(text[e - 1])))
            --e;
        if (e > b) {
            tokens.push_back({b, e});
            words.push_back(text.substr(b, e - b));
        }
        i = j;
    }
    struct Replacement {
        std::size_t first;
        std::size_t last;
        std::string with;
    };
    std::vector<Replacement> found;
    for (const auto& m : findRoster(roster_, words)) {
        std::string with = bracketFor(m.kind);
        if (m.kind == Kind::Name || m.kind == Kind::Surname || m.kind == Kind::Nickname || m.kind == Kind::Handle) {
            const auto it = shortLabels_.find(m.personId);
            if (it != shortLabels_.end())
                with = it->second;
        }
        found.push_back({m.first, m.last, with});
    }
    for (const auto& p : findPatterns(words))
        found.push_back({p.first, p.last, bracketFor(p.kind)});
    // Longest first, then earliest: a full name wins over its first name.
    std::sort(found.begin(), found.end(), [](const Replacement& a, const Replacement& b) {
        return std::pair(a.last - a.first, b.first) > std::pair(b.last - b.first, a.first);
    });
    std::vector<bool> taken(words.size(), false);
    std::vector<Replacement> chosen;
    for (const auto& r : found) {
        bool free = true;
        for (std::size_t k = r.first; k <= r.last; ++k)
            free = free && !taken[k];
        if (!free)
            continue;
        for (std::size_t k = r.first; k <= r.last; ++k)
            taken[k] = true;
        chosen.push_back(r);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Replacement& a, const Replacement& b) { return a.first > b.first; });
    std::string out = text;
    for (const auto& r : chosen)
        out.replace(tokens[r.first].begin, tokens[r.last].end - tokens[r.first].begin, r.with);
    return out;
}

}  // namespace custodia::vault::redaction
