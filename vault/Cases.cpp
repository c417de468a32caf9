// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cases.h"

#include "Error.h"
#include "Json.h"
#include "Time.h"
#include "Vault.h"

namespace custodia::vault {

namespace {

constexpr std::string_view kSelect =
    "SELECT c.id, c.title, c.protocol, c.status, c.opened_at, c.closed_at, c.incident_date, c.ex_officio, "
    "c.ex_officio_since, c.notes, c.created_by, c.reported_at, c.reported_to, c.report_reference, "
    "(SELECT count(*) FROM persons p WHERE p.case_id = c.id), "
    "(SELECT count(*) FROM interviews i WHERE i.case_id = c.id), "
    "(SELECT count(*) FROM items t WHERE t.case_id = c.id) FROM cases c";

Case readCase(const Statement& st) {
    Case c;
    c.id = st.int64At(0);
    c.title = st.textAt(1);
    c.protocol = st.optTextAt(2);
    c.status = st.textAt(3);
    c.openedAt = st.textAt(4);
    c.closedAt = st.optTextAt(5);
    c.incidentDate = st.optTextAt(6);
    c.exOfficio = st.int64At(7) != 0;
    c.exOfficioSince = st.optTextAt(8);
    c.notes = st.optTextAt(9);
    c.createdBy = st.textAt(10);
    c.reportedAt = st.optTextAt(11);
    c.reportedTo = st.optTextAt(12);
    c.reportReference = st.optTextAt(13);
    c.persons = st.int64At(14);
    c.interviews = st.int64At(15);
    c.items = st.int64At(16);
    return c;
}

}  // namespace

nlohmann::json Case::toJson() const {
    const auto deadline = reportDeadline();
    return {{"id", id},
            {"title", title},
            {"protocol", json::opt(protocol)},
            {"status", status},
            {"opened_at", openedAt},
            {"closed_at", json::opt(closedAt)},
            {"incident_date", json::opt(incidentDate)},
            {"ex_officio", exOfficio},
            {"ex_officio_since", json::opt(exOfficioSince)},
            {"report_deadline", deadline ? nlohmann::json(time::formatUtc(*deadline)) : nlohmann::json(nullptr)},
            {"reported_at", json::opt(reportedAt)},
            {"reported_to", json::opt(reportedTo)},
            {"report_reference", json::opt(reportReference)},
            {"notes", json::opt(notes)},
            {"created_by", createdBy},
            {"counts", {{"persons", persons}, {"interviews", interviews}, {"items", items}}}};
}

std::optional<Seconds> Case::reportDeadline() const {
    if (!exOfficio || !exOfficioSince) {
        return std::nullopt;
    }
    const auto since = time::parseUtc(*exOfficioSince);
    if (!since) {
        return std::nullopt;
    }
    return *since + std::chrono::hours{48};
}

namespace cases {

Case create(Vault& v, const NewCase& n) {
    v.requireRole({Role::Dirigente, Role::Referente}, "open cases");
    if (n.title.empty()) {
        throw Error(Error::Code::InvalidInput, "the case title is empty", "give a short title with --title");
    }
    if (n.incidentDate && !time::parseUserTime(*n.incidentDate)) {
        throw Error(Error::Code::InvalidInput, "'" + *n.incidentDate + "' is not a date",
                    "write dates as DD/MM/YYYY, e.g. 20/11/2026");
    }
    const std::string now = time::formatUtc(v.clock().now());
    Transaction tx(v.db());
    v.db()
        .prepare(
            "INSERT INTO cases (title, protocol, status, opened_at, incident_date, ex_officio, "
            "ex_officio_since, notes, created_by) VALUES (?1, ?2, 'open', ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind(1, n.title)
        .bind(2, n.protocol)
        .bind(3, now)
        .bind(4, n.incidentDate)
        .bind(5, std::int64_t{n.exOfficio ? 1 : 0})
        .bind(6, n.exOfficio ? std::optional<std::string>(now) : std::nullopt)
        .bind(7, n.notes)
        .bind(8, v.actor().id)
        .run();
    const std::int64_t id = v.db().lastInsertId();
    v.record({"case.create", id, std::nullopt, {{"ex_officio", n.exOfficio}}});
    tx.commit();
    return get(v, id);
}

std::vector<Case> list(Vault& v) {
    std::vector<Case> out;
    auto st = v.db().prepare(std::string(kSelect) + " ORDER BY c.id");
    while (st.step()) {
        out.push_back(readCase(st));
    }
    return out;
}

std::vector<Case> listForUser(Vault& v) {
    std::vector<Case> cs = list(v);
    v.record({"case.list", std::nullopt, std::nullopt, {{"cases", cs.size()}}});
    return cs;
}

Case get(Vault& v, std::int64_t id) {
    auto st = v.db().prepare(std::string(kSelect) + " WHERE c.id = ?1");
    st.bind(1, id);
    if (!st.step()) {
        throw Error(Error::Code::NotFound, "there is no case " + std::to_string(id) + " in this vault",
                    "list the cases with 'custodia case list'");
    }
    return readCase(st);
}

Case view(Vault& v, std::int64_t id) {
    v.requireRole({Role::Dirigente, Role::Referente}, "view cases");
    Case c = get(v, id);
    v.record({"case.view", id, std::nullopt, {}});
    return c;
}

void requireOpen(Vault& v, std::int64_t id) {
    if (get(v, id).status != "open") {
        throw Error(Error::Code::InvalidInput, "case " + std::to_string(id) + " is closed",
                    "closed cases take no new people, interviews or evidence");
    }
}

void close(Vault& v, std::int64_t id, const std::optional<std::string>& reason) {
    v.requireRole({Role::Dirigente, Role::Referente}, "close cases");
    requireOpen(v, id);
    Transaction tx(v.db());
    v.db()
        .prepare("UPDATE cases SET status = 'closed', closed_at = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, time::formatUtc(v.clock().now()))
        .run();
    v.record({"case.close", id, std::nullopt, {{"reason_given", reason.has_value()}}});
    if (reason) {
        v.db()
            .prepare("UPDATE cases SET notes = coalesce(notes || char(10), '') || ?2 WHERE id = ?1")
            .bind(1, id)
            .bind(2, "Chiusura: " + *reason)
            .run();
    }
    tx.commit();
}

void setExOfficio(Vault& v, std::int64_t id, bool flag) {
    v.requireRole({Role::Dirigente, Role::Referente}, "flag cases");
    requireOpen(v, id);
    const Case c = get(v, id);
    if (c.exOfficio == flag) {
        return;
    }
    Transaction tx(v.db());
    v.db()
        .prepare("UPDATE cases SET ex_officio = ?2, ex_officio_since = ?3 WHERE id = ?1")
        .bind(1, id)
        .bind(2, std::int64_t{flag ? 1 : 0})
        .bind(3, flag ? std::optional<std::string>(time::formatUtc(v.clock().now())) : std::nullopt)
        .run();
    v.record({"case.ex_officio", id, std::nullopt, {{"ex_officio", flag}}});
    tx.commit();
}

void markReported(Vault& v, std::int64_t id, const std::string& to, const std::optional<std::string>& reference,
                  Seconds at) {
    v.requireRole({Role::Dirigente, Role::Referente}, "record reports");
    (void)get(v, id);
    if (at > v.clock().now() + std::chrono::minutes{5}) {
        throw Error(Error::Code::InvalidInput, "the report date is in the future",
                    "record the report once it has been sent");
    }
    if (to.empty()) {
        throw Error(Error::Code::InvalidInput, "say to whom the case was reported",
                    "e.g. --to \"Polizia Postale di Milano\" or --to \"Procura presso il Tribunale per i Minorenni\"");
    }
    Transaction tx(v.db());
    v.db()
        .prepare("UPDATE cases SET reported_at = ?2, reported_to = ?3, report_reference = ?4 WHERE id = ?1")
        .bind(1, id)
        .bind(2, time::formatUtc(at))
        .bind(3, to)
        .bind(4, reference)
        .run();
    v.record({"case.reported", id, std::nullopt, {{"reported_at", time::formatUtc(at)}}});
    tx.commit();
}

std::string deadlineStatus(const Case& c, Seconds now) {
    const auto deadline = c.reportDeadline();
    if (c.reportedAt) {
        const auto at = time::parseUtc(*c.reportedAt);
        return "R13: reported to " + c.reportedTo.value_or("?") + " on " +
               (at ? time::formatRome(*at) : *c.reportedAt) +
               (c.reportReference ? " (ref. " + *c.reportReference + ")" : "");
    }
    if (!deadline) {
        return {};
    }
    using std::chrono::duration_cast;
    using std::chrono::hours;
    using std::chrono::minutes;
    const auto left = *deadline - now;
    auto hm = [](std::chrono::seconds d) {
        const auto h = duration_cast<hours>(d);
        const auto m = duration_cast<minutes>(d - h);
        return std::to_string(h.count()) + " h " + std::to_string(m.count()) + " min";
    };
    if (left >= std::chrono::seconds{0}) {
        return "R13: report to the police or the Procura due by " + time::formatRome(*deadline) + " (in " + hm(left) +
               ")";
    }
    return "R13: report to the police or the Procura OVERDUE since " + time::formatRome(*deadline) + " (" + hm(-left) +
           " ago)";
}

}  // namespace cases

}  // namespace custodia::vault
