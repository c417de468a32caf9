// SPDX-License-Identifier: GPL-3.0-or-later
#include "Persons.h"

#include "Cases.h"
#include "Error.h"
#include "Json.h"
#include "Time.h"
#include "Vault.h"

namespace custodia::vault {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, case_id, name, surname, nicknames, class, school, birth_date, birth_place, sex, address, phones, "
    "handles, role, minor, guardians, notes, created_at, created_by FROM persons";

std::vector<Guardian> guardiansFrom(const std::string& text) {
    std::vector<Guardian> out;
    for (const auto& g : json::parseOr(text, nlohmann::json::array())) {
        out.push_back({g.value("name", ""), g.value("relation", ""), g.value("phone", ""), g.value("email", "")});
    }
    return out;
}

nlohmann::json guardiansJson(const std::vector<Guardian>& gs) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& g : gs) {
        a.push_back({{"name", g.name}, {"relation", g.relation}, {"phone", g.phone}, {"email", g.email}});
    }
    return a;
}

Person readPerson(const Statement& st) {
    Person p;
    p.id = st.int64At(0);
    p.caseId = st.int64At(1);
    p.name = st.optTextAt(2);
    p.surname = st.optTextAt(3);
    p.nicknames = json::stringsFromText(st.textAt(4));
    p.className = st.optTextAt(5);
    p.school = st.optTextAt(6);
    p.birthDate = st.optTextAt(7);
    p.birthPlace = st.optTextAt(8);
    p.sex = st.optTextAt(9);
    p.address = st.optTextAt(10);
    p.phones = json::stringsFromText(st.textAt(11));
    p.handles = json::stringsFromText(st.textAt(12));
    p.role = st.textAt(13);
    p.minor = st.int64At(14) != 0;
    p.guardians = guardiansFrom(st.textAt(15));
    p.notes = st.optTextAt(16);
    p.createdAt = st.textAt(17);
    p.createdBy = st.textAt(18);
    return p;
}

}  // namespace

nlohmann::json Person::toJson() const {
    return {{"id", id},
            {"case", caseId},
            {"name", json::opt(name)},
            {"surname", json::opt(surname)},
            {"nicknames", nicknames},
            {"class", json::opt(className)},
            {"school", json::opt(school)},
            {"birth_date", json::opt(birthDate)},
            {"birth_place", json::opt(birthPlace)},
            {"sex", json::opt(sex)},
            {"address", json::opt(address)},
            {"phones", phones},
            {"handles", handles},
            {"role", role},
            {"minor", minor},
            {"guardians", guardiansJson(guardians)},
            {"notes", json::opt(notes)},
            {"created_at", createdAt},
            {"created_by", createdBy}};
}

std::string Person::displayName() const {
    std::string s = name.value_or("");
    if (surname) {
        s += (s.empty() ? "" : " ") + *surname;
    }
    if (s.empty() && !nicknames.empty()) {
        s = "\"" + nicknames.front() + "\"";
    }
    return s.empty() ? "(senza nome)" : s;
}

namespace persons {

std::optional<std::string> normalizeRole(const std::string& text) {
    std::string r = text;
    for (char& c : r) {
        if (c == '_' || c == ' ') {
            c = '-';
        }
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (const char* known : {"vittima", "presunto-autore", "testimone", "altro"}) {
        if (r == known) {
            return r;
        }
    }
    return std::nullopt;
}

std::optional<std::string> normalizeSex(const std::string& text) {
    std::string s = text;
    for (char& c : s) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (s == "F" || s == "M") {
        return s;
    }
    if (s == "X" || s == "ALTRO" || s == "OTHER") {
        return std::string("X");
    }
    return std::nullopt;
}

Person add(Vault& v, Person p) {
    v.requireRole({Role::Dirigente, Role::Referente}, "add people to cases");
    cases::requireOpen(v, p.caseId);
    const auto role = normalizeRole(p.role);
    if (!role) {
        throw Error(Error::Code::InvalidInput, "'" + p.role + "' is not a role of a person in a case",
                    "use vittima, presunto-autore, testimone or altro");
    }
    if (!p.name && !p.surname && p.nicknames.empty()) {
        throw Error(Error::Code::InvalidInput, "a person needs at least a name, a surname or a nickname");
    }
    if (p.birthDate && !time::parseUserTime(*p.birthDate)) {
        throw Error(Error::Code::InvalidInput, "'" + *p.birthDate + "' is not a date",
                    "write it as DD/MM/YYYY or YYYY-MM-DD");
    }
    if (p.sex) {
        const auto sex = normalizeSex(*p.sex);
        if (!sex) {
            throw Error(Error::Code::InvalidInput, "'" + *p.sex + "' is not a sex as the forms record it",
                        "use F, M or X (altro)");
        }
        p.sex = *sex;
    }
    p.role = *role;
    Transaction tx(v.db());
    v.db()
        .prepare(
            "INSERT INTO persons (case_id, name, surname, nicknames, class, school, birth_date, birth_place, "
            "sex, address, phones, handles, role, minor, guardians, notes, created_at, created_by) VALUES "
            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)")
        .bind(1, p.caseId)
        .bind(2, p.name)
        .bind(3, p.surname)
        .bind(4, json::stringsToText(p.nicknames))
        .bind(5, p.className)
        .bind(6, p.school)
        .bind(7, p.birthDate)
        .bind(8, p.birthPlace)
        .bind(9, p.sex)
        .bind(10, p.address)
        .bind(11, json::stringsToText(p.phones))
        .bind(12, json::stringsToText(p.handles))
        .bind(13, p.role)
        .bind(14, std::int64_t{p.minor ? 1 : 0})
        .bind(15, guardiansJson(p.guardians).dump())
        .bind(16, p.notes)
        .bind(17, time::formatUtc(v.clock().now()))
        .bind(18, v.actor().id)
        .run();
    const std::int64_t id = v.db().lastInsertId();
    v.record({"person.add", p.caseId, std::nullopt, {{"person", id}, {"role", p.role}, {"minor", p.minor}}});
    tx.commit();
    return get(v, id);
}

std::vector<Person> list(Vault& v, std::int64_t caseId) {
    (void)cases::get(v, caseId);
    std::vector<Person> out;
    auto st = v.db().prepare(std::string(kSelect) + " WHERE case_id = ?1 ORDER BY id");
    st.bind(1, caseId);
    while (st.step()) {
        out.push_back(readPerson(st));
    }
    return out;
}

std::vector<Person> listForUser(Vault& v, std::int64_t caseId) {
    v.requireRole({Role::Dirigente, Role::Referente}, "view the people of cases");
    std::vector<Person> ps = list(v, caseId);
    v.record({"person.list", caseId, std::nullopt, {{"persons", ps.size()}}});
    return ps;
}

Person get(Vault& v, std::int64_t id) {
    auto st = v.db().prepare(std::string(kSelect) + " WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) {
        throw Error(Error::Code::NotFound, "there is no person " + std::to_string(id) + " in this vault",
                    "list the people of a case with 'custodia person list'");
    }
    return readPerson(st);
}

}  // namespace persons

}  // namespace custodia::vault
