// SPDX-License-Identifier: GPL-3.0-or-later
// custodia case new|list|show|close|flag, person add|list, interview add|list|show
#include "Context.h"

#include "vault/Cases.h"
#include "vault/Error.h"
#include "vault/Files.h"
#include "vault/Interviews.h"
#include "vault/Persons.h"
#include "vault/Time.h"

#include <iostream>

namespace custodia::cli {

namespace {

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) {
        s += (s.empty() ? "" : ", ") + x;
    }
    return s.empty() ? "-" : s;
}

void printCase(const vault::Case& c, vault::Seconds now) {
    std::cout << "Case " << c.id << ": " << c.title << "\n"
              << "  status:        " << c.status << (c.closedAt ? " (closed " + rome(*c.closedAt) + ")" : "") << "\n"
              << "  protocol:      " << orDash(c.protocol) << "\n"
              << "  opened:        " << rome(c.openedAt) << " by " << c.createdBy << "\n"
              << "  incident date: " << orDash(c.incidentDate) << "\n"
              << "  ex officio:    " << (c.exOfficio ? "YES (R13)" : "no") << "\n"
              << "  people: " << c.persons << ", interviews: " << c.interviews << ", items: " << c.items << "\n";
    if (c.notes) {
        std::cout << "  notes:         " << *c.notes << "\n";
    }
    if (const std::string r13 = vault::cases::deadlineStatus(c, now); !r13.empty()) {
        std::cout << "  " << r13 << "\n";
    }
}

void printPerson(const vault::Person& p) {
    std::cout << p.id << "\t" << p.role << "\t" << (p.minor ? "minore" : "adulto") << "\t" << p.displayName()
              << "\tclass " << orDash(p.className) << "\tphones " << joined(p.phones) << "\thandles "
              << joined(p.handles) << "\n";
}

void printInterview(const vault::Interview& i, const std::vector<std::string>& items) {
    std::cout << "Interview " << i.id << " (case " << i.caseId << ")\n"
              << "  held:      " << rome(i.heldAt) << " by " << i.heldBy << "\n"
              << "  present:   " << joined(i.adultsPresent) << "\n"
              << "  student:   " << (i.studentPersonId ? "person " + std::to_string(*i.studentPersonId) : "-") << "\n"
              << "  protocol:  " << orDash(i.protocol) << "\n"
              << "  R7b advice: not share/comment [" << (i.advisedNotShare ? "x" : " ") << "], remove if possible ["
              << (i.advisedRemove ? "x" : " ") << "], not act alone [" << (i.advisedNotActAlone ? "x" : " ") << "]\n"
              << "  items acquired: " << joined(items) << "\n"
              << "  memo:\n";
    std::size_t start = 0;
    while (start <= i.memo.size()) {
        const auto nl = i.memo.find('\n', start);
        std::cout << "    " << i.memo.substr(start, nl == std::string::npos ? std::string::npos : nl - start) << "\n";
        if (nl == std::string::npos) {
            break;
        }
        start = nl + 1;
    }
    for (const auto& q : i.quotes) {
        std::cout << "  quote: " << q << "\n";
    }
}

}  // namespace

void addCaseCommands(CLI::App& app, Globals& g) {
    struct Options {
        std::string dir, kase, id, title, reason, memo, memoFile, date, heldBy, student;
        std::optional<std::string> protocol, incident, notes, reference;
        std::string reportedTo;
        bool exOfficio = false, notExOfficio = false;
        vault::Person person;
        std::string personRole = "altro";
        bool minor = false, adult = false;
        std::vector<std::string> guardians;
        std::vector<std::string> adults, quotes;
        bool advNotShare = false, advRemove = false, advNotAlone = false;
    };
    auto o = std::make_shared<Options>();

    // ---- case ----
    auto* kase = app.add_subcommand("case", "Cases: new, list, show, close, flag, reported");
    kase->require_subcommand(1);
    auto* cnew = kase->add_subcommand("new", "Open a new case");
    cnew->add_option("VAULT", o->dir, "Vault folder")->required();
    cnew->add_option("--title", o->title, "Short title, e.g. \"Insulti nel gruppo 3B\"")->required();
    cnew->add_option("--protocol", o->protocol, "Protocol number in the school's register");
    cnew->add_option("--incident-date", o->incident, "When it happened (DD/MM/YYYY)");
    cnew->add_option("--notes", o->notes, "Notes");
    cnew->add_flag("--ex-officio", o->exOfficio, "R13: a crime prosecuted ex officio; report within 48 hours");
    cnew->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto c = vault::cases::create(v, {o->title, o->protocol, o->incident, o->exOfficio, o->notes});
        if (g.json) {
            printJson(c.toJson());
        } else {
            std::cout << "Case " << c.id << " opened: " << c.title << "\n";
            if (const std::string r13 = vault::cases::deadlineStatus(c, g.clock.now()); !r13.empty()) {
                std::cout << r13 << "\n";
            }
        }
    });
    auto* clist = kase->add_subcommand("list", "List the cases");
    clist->add_option("VAULT", o->dir, "Vault folder")->required();
    clist->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto cs = vault::cases::listForUser(v);
        if (g.json) {
            nlohmann::json a = nlohmann::json::array();
            for (const auto& c : cs) {
                a.push_back(c.toJson());
            }
            printJson(a);
            return;
        }
        for (const auto& c : cs) {
            std::cout << c.id << "\t" << c.status << "\t" << (c.exOfficio ? "R13\t" : "\t") << c.items << " items\t"
                      << c.title << "\n";
        }
        if (cs.empty()) {
            std::cout << "No cases yet. Open one with: custodia case new " << o->dir << " --title \"...\"\n";
        }
    });
    auto* cshow = kase->add_subcommand("show", "Show a case");
    cshow->add_option("VAULT", o->dir, "Vault folder")->required();
    cshow->add_option("CASE", o->kase, "Case number")->required();
    cshow->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto c = vault::cases::view(v, parseId(o->kase, "case"));
        g.json ? printJson(c.toJson()) : printCase(c, g.clock.now());
    });
    auto* cclose = kase->add_subcommand("close", "Close a case");
    cclose->add_option("VAULT", o->dir, "Vault folder")->required();
    cclose->add_option("CASE", o->kase, "Case number")->required();
    cclose->add_option("--reason", o->reason, "Why it is closed");
    cclose->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto id = parseId(o->kase, "case");
        vault::cases::close(v, id, o->reason.empty() ? std::nullopt : std::optional(o->reason));
        if (!g.json) {
            std::cout << "Case " << id << " closed.\n";
        }
    });
    auto* cflag = kase->add_subcommand("flag", "R13: mark a case as a crime prosecuted ex officio (or not)");
    cflag->add_option("VAULT", o->dir, "Vault folder")->required();
    cflag->add_option("CASE", o->kase, "Case number")->required();
    auto* fOn = cflag->add_flag("--ex-officio", o->exOfficio, "Prosecuted ex officio: 48-hour reporting deadline");
    auto* fOff = cflag->add_flag("--not-ex-officio", o->notExOfficio, "Remove the flag");
    fOn->excludes(fOff);
    cflag->callback([&g, o] {
        if (!o->exOfficio && !o->notExOfficio) {
            throw vault::Error(vault::Error::Code::InvalidInput, "say --ex-officio or --not-ex-officio");
        }
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto id = parseId(o->kase, "case");
        vault::cases::setExOfficio(v, id, o->exOfficio);
        const auto c = vault::cases::get(v, id);
        g.json ? printJson(c.toJson()) : printCase(c, g.clock.now());
    });

    auto* creported = kase->add_subcommand("reported", "R13: record that the case was reported to the authorities");
    creported->add_option("VAULT", o->dir, "Vault folder")->required();
    creported->add_option("CASE", o->kase, "Case number")->required();
    creported->add_option("--to", o->reportedTo, "To whom, e.g. \"Polizia Postale di Milano\"")->required();
    creported->add_option("--reference", o->reference, "Protocol number of the report");
    creported->add_option("--date", o->date, "When it was sent (default: now)");
    creported->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto id = parseId(o->kase, "case");
        const auto at = o->date.empty() ? g.clock.now() : *vault::time::parseUtc(parseTimeArg(o->date, "report date"));
        vault::cases::markReported(v, id, o->reportedTo, o->reference, at);
        const auto c = vault::cases::get(v, id);
        g.json ? printJson(c.toJson()) : printCase(c, g.clock.now());
    });

    // ---- person ----
    auto* person = app.add_subcommand("person", "People involved in a case: add, list");
    person->require_subcommand(1);
    auto* padd = person->add_subcommand("add", "Add a person to a case");
    padd->add_option("VAULT", o->dir, "Vault folder")->required();
    padd->add_option("CASE", o->kase, "Case number")->required();
    auto& p = o->person;
    padd->add_option("--name", p.name, "First name");
    padd->add_option("--surname", p.surname, "Surname");
    padd->add_option("--nickname", p.nicknames, "Nickname (repeatable)");
    padd->add_option("--class", p.className, "Class, e.g. 3B");
    padd->add_option("--school", p.school, "School (if not this one)");
    padd->add_option("--birth-date", p.birthDate, "DD/MM/YYYY");
    padd->add_option("--birth-place", p.birthPlace, "Place of birth");
    padd->add_option("--sex", p.sex, "F, M or X");
    padd->add_option("--address", p.address, "Home address");
    padd->add_option("--phone", p.phones, "Phone number (repeatable)");
    padd->add_option("--handle", p.handles, "Social or chat handle (repeatable)");
    padd->add_option("--role", o->personRole, "vittima, presunto-autore, testimone or altro")->required();
    auto* fMinor = padd->add_flag("--minor", o->minor, "The person is a minor (default)");
    auto* fAdult = padd->add_flag("--adult", o->adult, "The person is an adult");
    fMinor->excludes(fAdult);
    padd->add_option("--guardian", o->guardians, "Parent or guardian: \"NAME|RELATION|PHONE|EMAIL\" (repeatable)");
    padd->add_option("--notes", p.notes, "Notes");
    padd->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        vault::Person np = o->person;
        np.caseId = parseId(o->kase, "case");
        np.role = o->personRole;
        np.minor = !o->adult;
        for (const auto& gd : o->guardians) {
            const auto f = splitFields(gd, 4);
            np.guardians.push_back({f[0], f[1], f[2], f[3]});
        }
        const auto saved = vault::persons::add(v, np);
        if (g.json) {
            printJson(saved.toJson());
        } else {
            std::cout << "Person " << saved.id << " added to case " << saved.caseId << ": " << saved.displayName()
                      << " (" << saved.role << ")\n";
        }
    });
    auto* plist = person->add_subcommand("list", "List the people of a case");
    plist->add_option("VAULT", o->dir, "Vault folder")->required();
    plist->add_option("CASE", o->kase, "Case number")->required();
    plist->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto id = parseId(o->kase, "case");
        const auto ps = vault::persons::listForUser(v, id);
        if (g.json) {
            nlohmann::json a = nlohmann::json::array();
            for (const auto& x : ps) {
                a.push_back(x.toJson());
            }
            printJson(a);
            return;
        }
        for (const auto& x : ps) {
            printPerson(x);
        }
        if (ps.empty()) {
            std::cout << "No people in case " << id << " yet.\n";
        }
    });

    // ---- interview ----
    auto* interview = app.add_subcommand("interview", "Interviews and their memos (R1): add, list, show");
    interview->require_subcommand(1);
    auto* iadd = interview->add_subcommand("add", "Record an interview memo (R1)");
    iadd->add_option("VAULT", o->dir, "Vault folder")->required();
    iadd->add_option("CASE", o->kase, "Case number")->required();
    iadd->add_option("--date", o->date, "When it was held, e.g. \"20/11/2026 10:30\" (default: now)");
    iadd->add_option("--held-by", o->heldBy, "Who held it")->required();
    iadd->add_option("--adult", o->adults, "Another adult present (repeatable)");
    iadd->add_option("--student", o->student, "The student interviewed: person number in the case");
    auto* memo = iadd->add_option("--memo", o->memo, "The memo text");
    auto* memoFile = iadd->add_option("--memo-file", o->memoFile, "Read the memo text from this file");
    memo->excludes(memoFile);
    iadd->add_option("--quote", o->quotes, "The student's words, verbatim (repeatable)");
    iadd->add_option("--protocol", o->protocol, "Protocol number of the memo");
    iadd->add_flag("--advised-not-share", o->advNotShare, "R7b: advised not to share or comment the content");
    iadd->add_flag("--advised-remove", o->advRemove, "R7b: advised to remove the content if possible");
    iadd->add_flag("--advised-not-act-alone", o->advNotAlone, "R7b: advised not to act on their own");
    iadd->callback([&g, o] {
        vault::Interview i;
        i.caseId = parseId(o->kase, "case");
        i.heldAt = o->date.empty() ? vault::time::formatUtc(g.clock.now()) : parseTimeArg(o->date, "interview date");
        i.heldBy = o->heldBy;
        i.adultsPresent = o->adults;
        if (!o->student.empty()) {
            i.studentPersonId = parseId(o->student, "person");
        }
        if (!o->memoFile.empty()) {
            const auto bytes = vault::files::readFile(o->memoFile, 1 << 20);
            i.memo.assign(bytes.begin(), bytes.end());
        } else {
            i.memo = o->memo;
        }
        i.quotes = o->quotes;
        i.protocol = o->protocol;
        i.advisedNotShare = o->advNotShare;
        i.advisedRemove = o->advRemove;
        i.advisedNotActAlone = o->advNotAlone;
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto saved = vault::interviews::add(v, i);
        if (g.json) {
            printJson(saved.toJson());
        } else {
            std::cout << "Interview " << saved.id << " recorded in case " << saved.caseId << ".\n";
            if (!(i.advisedNotShare && i.advisedRemove && i.advisedNotActAlone)) {
                std::cout << "Reminder (R7b): advise the student not to share or comment the content, to remove it "
                             "if possible, and not to act on their own.\n";
            }
        }
    });
    auto* ilist = interview->add_subcommand("list", "List the interviews of a case");
    ilist->add_option("VAULT", o->dir, "Vault folder")->required();
    ilist->add_option("CASE", o->kase, "Case number")->required();
    ilist->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto id = parseId(o->kase, "case");
        const auto is = vault::interviews::listForUser(v, id);
        if (g.json) {
            nlohmann::json a = nlohmann::json::array();
            for (const auto& x : is) {
                a.push_back(x.toJson());
            }
            printJson(a);
            return;
        }
        for (const auto& x : is) {
            std::cout << x.id << "\t" << rome(x.heldAt) << "\t" << x.heldBy << "\tprotocol " << orDash(x.protocol)
                      << "\n";
        }
        if (is.empty()) {
            std::cout << "No interviews in case " << id << " yet.\n";
        }
    });
    auto* ishow = interview->add_subcommand("show", "Show an interview memo and the items acquired in it");
    ishow->add_option("VAULT", o->dir, "Vault folder")->required();
    ishow->add_option("CASE", o->kase, "Case number")->required();
    ishow->add_option("ID", o->id, "Interview number")->required();
    ishow->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto i = vault::interviews::view(v, parseId(o->kase, "case"), parseId(o->id, "interview"));
        const auto ids = vault::interviews::itemIds(v, i.id);
        if (g.json) {
            auto j = i.toJson();
            j["items"] = ids;
            printJson(j);
        } else {
            printInterview(i, ids);
        }
    });
}

}  // namespace custodia::cli
