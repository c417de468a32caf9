// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestVault.h"
#include "vault/Cases.h"
#include "vault/Error.h"
#include "vault/Interviews.h"
#include "vault/Persons.h"
#include "vault/Time.h"

#include <catch2/catch.hpp>

using namespace custodia;
using namespace custodia::vault;

TEST_CASE("a case is created, listed, viewed (logged) and closed", "[cases]") {
    test::TestVault tv;
    auto v = tv.unlock();
    const auto c = cases::create(v, {"Insulti nel gruppo 3B", "PROT-12", "2026-01-10", false, "nota"});
    CHECK(c.id == 1);
    CHECK(c.status == "open");
    CHECK(c.protocol == "PROT-12");
    CHECK(cases::list(v).size() == 1);
    (void)cases::view(v, c.id);
    CHECK(v.log().last()->action == "case.view");
    cases::close(v, c.id, std::string("risolto"));
    CHECK(cases::get(v, c.id).status == "closed");
    CHECK_THROWS_AS(cases::close(v, c.id, std::nullopt), Error);
    CHECK_THROWS_AS(cases::get(v, 99), Error);
    CHECK_THROWS_AS(cases::create(v, {"", std::nullopt, std::nullopt, false, std::nullopt}), Error);
}

TEST_CASE("R13: an ex officio case shows a 48-hour deadline that counts down", "[cases][R13]") {
    test::TestVault tv;
    auto v = tv.unlock();
    const auto c = cases::create(v, {"Minacce gravi", std::nullopt, std::nullopt, true, std::nullopt});
    REQUIRE(c.reportDeadline());
    CHECK(*c.reportDeadline() == tv.clock.now() + std::chrono::hours{48});
    CHECK(cases::deadlineStatus(c, tv.clock.now()).find("in 48 h 0 min") != std::string::npos);
    CHECK(cases::deadlineStatus(c, tv.clock.now() + std::chrono::hours{50}).find("OVERDUE") != std::string::npos);
    tv.clock.advance(std::chrono::hours{20});
    cases::markReported(v, c.id, "Polizia Postale di Milano", std::string("PROT-99"), tv.clock.now());
    const auto reported = cases::get(v, c.id);
    CHECK(
        cases::deadlineStatus(reported, tv.clock.now() + std::chrono::hours{30}).find("reported to Polizia Postale") !=
        std::string::npos);
    CHECK_THROWS_AS(cases::markReported(v, c.id, "Procura", std::nullopt, tv.clock.now() + std::chrono::hours{1}),
                    Error);
    cases::setExOfficio(v, c.id, false);
    CHECK_FALSE(cases::get(v, c.id).reportDeadline());
    CHECK(cases::deadlineStatus(cases::get(v, c.id), tv.clock.now()).find("reported to") != std::string::npos);
    cases::close(v, c.id, std::nullopt);
    CHECK_THROWS_AS(cases::setExOfficio(v, c.id, true), Error);
}

TEST_CASE("persons carry the roster fields, roles are checked", "[cases][persons]") {
    test::TestVault tv;
    auto v = tv.unlock();
    const auto c = cases::create(v, {"Caso", std::nullopt, std::nullopt, false, std::nullopt});
    Person p;
    p.caseId = c.id;
    p.name = "Luca";
    p.surname = "Bianchi";
    p.nicknames = {"Lucky", "LB"};
    p.className = "2A";
    p.phones = {"+39 333 1234567"};
    p.handles = {"@luca_b"};
    p.role = "presunto-autore";
    p.guardians = {{"Anna Bianchi", "madre", "+39 333 7654321", "anna@example.org"}};
    const auto saved = persons::add(v, p);
    CHECK(saved.role == "presunto-autore");
    CHECK(saved.nicknames == p.nicknames);
    CHECK(saved.guardians.size() == 1);
    CHECK(saved.guardians[0].phone == "+39 333 7654321");
    CHECK(persons::list(v, c.id).size() == 1);
    // The log records the act, not the identity.
    CHECK(v.log().last()->details.dump().find("Bianchi") == std::string::npos);
    Person sexed = p;
    sexed.sex = "f";
    CHECK(persons::add(v, sexed).sex == "F");
    sexed.sex = "femmina?";
    CHECK_THROWS_AS(persons::add(v, sexed), Error);
    Person bad = p;
    bad.role = "bullo";
    CHECK_THROWS_AS(persons::add(v, bad), Error);
    Person nameless;
    nameless.caseId = c.id;
    nameless.role = "testimone";
    CHECK_THROWS_AS(persons::add(v, nameless), Error);
}

TEST_CASE("R1: an interview memo keeps quotes, R7b advice and its items", "[cases][interviews]") {
    test::TestVault tv;
    auto v = tv.unlock();
    const auto c = cases::create(v, {"Caso", std::nullopt, std::nullopt, false, std::nullopt});
    Person s;
    s.caseId = c.id;
    s.name = "Giulia";
    s.role = "vittima";
    const auto student = persons::add(v, s);
    Interview i;
    i.caseId = c.id;
    i.heldAt = time::formatUtc(tv.clock.now());
    i.heldBy = "Maria Rossi";
    i.adultsPresent = {"Prof. Verdi"};
    i.studentPersonId = student.id;
    i.memo = "Memo";
    i.quotes = {"\"mi prendono in giro\""};
    i.protocol = "P-1";
    i.advisedNotShare = true;
    const auto saved = interviews::add(v, i);
    const auto again = interviews::view(v, c.id, saved.id);
    CHECK(again.quotes == i.quotes);
    CHECK(again.advisedNotShare);
    CHECK_FALSE(again.advisedRemove);
    CHECK(interviews::itemIds(v, saved.id).empty());
    CHECK_THROWS_AS(interviews::get(v, c.id + 1, saved.id), Error);
    Interview noHolder = i;
    noHolder.heldBy.clear();
    CHECK_THROWS_AS(interviews::add(v, noHolder), Error);
    Interview noMemo = i;
    noMemo.memo = "  \n";
    CHECK_THROWS_AS(interviews::add(v, noMemo), Error);
}

TEST_CASE("closed cases take nothing new", "[cases]") {
    test::TestVault tv;
    auto v = tv.unlock();
    const auto c = cases::create(v, {"Caso", std::nullopt, std::nullopt, false, std::nullopt});
    cases::close(v, c.id, std::nullopt);
    Person p;
    p.caseId = c.id;
    p.name = "X";
    p.role = "altro";
    CHECK_THROWS_AS(persons::add(v, p), Error);
}
