// SPDX-License-Identifier: GPL-3.0-or-later
#include "Interviews.h"

#include "Cases.h"
#include "Error.h"
#include "Json.h"
#include "Persons.h"
#include "Time.h"
#include "Vault.h"
#include "crypto/Encoding.h"
#include "crypto/Sha256.h"

namespace custodia::vault {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, case_id, held_at, held_by, adults_present, student_person_id, memo, quotes, protocol, "
    "advised_not_share, advised_remove, advised_not_act_alone, created_at, created_by FROM interviews";

Interview readInterview(const Statement& st) {
    Interview i;
    i.id = st.int64At(0);
    i.caseId = st.int64At(1);
    i.heldAt = st.textAt(2);
    i.heldBy = st.textAt(3);
    i.adultsPresent = json::stringsFromText(st.textAt(4));
    i.studentPersonId = st.optInt64At(5);
    i.memo = st.textAt(6);
    i.quotes = json::stringsFromText(st.textAt(7));
    i.protocol = st.optTextAt(8);
    i.advisedNotShare = st.int64At(9) != 0;
    i.advisedRemove = st.int64At(10) != 0;
    i.advisedNotActAlone = st.int64At(11) != 0;
    i.createdAt = st.textAt(12);
    i.createdBy = st.textAt(13);
    return i;
}

}  // namespace

nlohmann::json Interview::toJson() const {
    return {{"id", id},
            {"case", caseId},
            {"held_at", heldAt},
            {"held_by", heldBy},
            {"adults_present", adultsPresent},
            {"student_person", json::opt(studentPersonId)},
            {"memo", memo},
            {"quotes", quotes},
            {"protocol", json::opt(protocol)},
            {"r7b_advice",
             {{"not_share_or_comment", advisedNotShare},
              {"remove_if_possible", advisedRemove},
              {"not_act_alone", advisedNotActAlone}}},
            {"created_at", createdAt},
            {"created_by", createdBy}};
}

namespace interviews {

Interview add(Vault& v, Interview i) {
    cases::requireOpen(v, i.caseId);
    if (i.heldBy.empty()) {
        throw Error(Error::Code::InvalidInput, "who held the interview is missing", "give it with --held-by");
    }
    if (i.memo.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw Error(Error::Code::InvalidInput, "R1: the interview memo is empty",
                    "write what the student said, with their words verbatim (--memo or --memo-file)");
    }
    if (!time::parseUtc(i.heldAt)) {
        throw Error(Error::Code::InvalidInput, "the interview date is missing or invalid");
    }
    if (i.studentPersonId && persons::get(v, *i.studentPersonId).caseId != i.caseId) {
        throw Error(Error::Code::InvalidInput, "person " + std::to_string(*i.studentPersonId) +
                                                   " is not part of case " + std::to_string(i.caseId));
    }
    Transaction tx(v.db());
    v.db()
        .prepare(
            "INSERT INTO interviews (case_id, held_at, held_by, adults_present, student_person_id, memo, "
            "quotes, protocol, advised_not_share, advised_remove, advised_not_act_alone, created_at, "
            "created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
        .bind(1, i.caseId)
        .bind(2, i.heldAt)
        .bind(3, i.heldBy)
        .bind(4, json::stringsToText(i.adultsPresent))
        .bind(5, i.studentPersonId)
        .bind(6, i.memo)
        .bind(7, json::stringsToText(i.quotes))
        .bind(8, i.protocol)
        .bind(9, std::int64_t{i.advisedNotShare ? 1 : 0})
        .bind(10, std::int64_t{i.advisedRemove ? 1 : 0})
        .bind(11, std::int64_t{i.advisedNotActAlone ? 1 : 0})
        .bind(12, time::formatUtc(v.clock().now()))
        .bind(13, v.actor().id)
        .run();
    const std::int64_t id = v.db().lastInsertId();
    v.record(
        {"interview.add",
         i.caseId,
         std::nullopt,
         {{"interview", id}, {"memo_sha256", crypto::toHex(crypto::Sha256::of(i.memo))}, {"quotes", i.quotes.size()}}});
    tx.commit();
    return get(v, i.caseId, id);
}

std::vector<Interview> list(Vault& v, std::int64_t caseId) {
    (void)cases::get(v, caseId);
    std::vector<Interview> out;
    auto st = v.db().prepare(std::string(kSelect) + " WHERE case_id = ?1 ORDER BY held_at, id");
    st.bind(1, caseId);
    while (st.step()) {
        out.push_back(readInterview(st));
    }
    return out;
}

Interview get(Vault& v, std::int64_t caseId, std::int64_t id) {
    auto st = v.db().prepare(std::string(kSelect) + " WHERE id = ?1 AND case_id = ?2");
    st.bind(1, id).bind(2, caseId);
    if (!st.step()) {
        throw Error(Error::Code::NotFound,
                    "there is no interview " + std::to_string(id) + " in case " + std::to_string(caseId),
                    "list the interviews with 'custodia interview list'");
    }
    return readInterview(st);
}

std::vector<Interview> listForUser(Vault& v, std::int64_t caseId) {
    v.requireRole({Role::Dirigente, Role::Referente}, "view interviews");
    std::vector<Interview> is = list(v, caseId);
    v.record({"interview.list", caseId, std::nullopt, {{"interviews", is.size()}}});
    return is;
}

Interview view(Vault& v, std::int64_t caseId, std::int64_t id) {
    v.requireRole({Role::Dirigente, Role::Referente}, "view interviews");
    Interview i = get(v, caseId, id);
    v.record({"interview.view", caseId, std::nullopt, {{"interview", id}}});
    return i;
}

std::vector<std::string> itemIds(Vault& v, std::int64_t id) {
    std::vector<std::string> out;
    auto st = v.db().prepare("SELECT id FROM items WHERE interview_id = ?1 ORDER BY acquired_at, id");
    st.bind(1, id);
    while (st.step()) {
        out.push_back(st.textAt(0));
    }
    return out;
}

}  // namespace interviews

}  // namespace custodia::vault
