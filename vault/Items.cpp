// SPDX-License-Identifier: GPL-3.0-or-later
#include "Items.h"

#include "Cases.h"
#include "Error.h"
#include "Interviews.h"
#include "Json.h"
#include "Retention.h"
#include "Time.h"
#include "Vault.h"
#include "crypto/Random.h"

#include <algorithm>

namespace custodia::vault {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, case_id, interview_id, kind, original_name, mime, size, sha256, blob_size, "
    "acquired_at, acquired_by, method, device, consent, source_removed, source_removed_at, posted_at, platform, "
    "place, participants, profiles, description, seal_number, kept_at, authorized_by, destroy_after, interrupted, "
    "capture FROM items";

std::vector<Participant> participantsFrom(const nlohmann::json& array) {
    std::vector<Participant> out;
    if (!array.is_array()) {
        return out;
    }
    for (const auto& p : array) {
        out.push_back({p.value("name", ""), p.value("phone", ""), p.value("handle", "")});
    }
    return out;
}

std::vector<Participant> participantsFrom(const std::string& text) {
    return participantsFrom(json::parseOr(text, nlohmann::json::array()));
}

nlohmann::json participantsJson(const std::vector<Participant>& ps) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& p : ps) {
        a.push_back({{"name", p.name}, {"phone", p.phone}, {"handle", p.handle}});
    }
    return a;
}

Item readItem(const Statement& st) {
    Item i;
    i.id = st.textAt(0);
    i.caseId = st.int64At(1);
    i.interviewId = st.optInt64At(2);
    i.kind = st.textAt(3);
    i.originalName = st.optTextAt(4);
    i.mime = st.optTextAt(5);
    i.size = st.optInt64At(6);
    i.sha256 = st.optTextAt(7);
    i.blobSize = st.optInt64At(8);
    i.acquiredAt = st.textAt(9);
    i.acquiredBy = st.textAt(10);
    i.method = st.textAt(11);
    i.device = st.optTextAt(12);
    i.consent = st.textAt(13);
    i.sourceRemoved = st.int64At(14) != 0;
    i.sourceRemovedAt = st.optTextAt(15);
    i.postedAt = st.optTextAt(16);
    i.platform = st.optTextAt(17);
    i.place = st.optTextAt(18);
    i.participants = participantsFrom(st.textAt(19));
    i.profiles = json::stringsFromText(st.textAt(20));
    i.description = st.optTextAt(21);
    i.sealNumber = st.optTextAt(22);
    i.keptAt = st.optTextAt(23);
    i.authorizedBy = st.optTextAt(24);
    i.destroyAfter = st.optTextAt(25);
    i.interrupted = st.int64At(26) != 0;
    if (const auto c = st.optTextAt(27)) {
        i.capture = json::parseOr(*c, nullptr);
    }
    return i;
}

}  // namespace

bool isValidKind(const std::string& k) {
    static const char* const kinds[] = {"photo",    "video", "screenshot", "screen-recording",
                                        "document", "audio", "physical"};
    return std::any_of(std::begin(kinds), std::end(kinds), [&](const char* x) { return k == x; });
}

std::optional<std::string> normalizeConsent(const std::string& text) {
    std::string c = text;
    for (char& ch : c) {
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    if (c == "yes" || c == "si" || c == "s\xc3\xac") {
        return std::string("yes");
    }
    if (c == "no") {
        return std::string("no");
    }
    if (c == "device-withheld" || c == "dispositivo-trattenuto") {
        return std::string("device-withheld");
    }
    return std::nullopt;
}

bool isValidMethod(const std::string& m) {
    static const char* const methods[] = {"import", "camera-photo", "camera-video", "screenshot", "screen-recording"};
    return std::any_of(std::begin(methods), std::end(methods), [&](const char* x) { return m == x; });
}

nlohmann::json Item::toJson() const {
    return {{"id", id},
            {"case", caseId},
            {"interview", json::opt(interviewId)},
            {"kind", kind},
            {"original_name", json::opt(originalName)},
            {"mime", json::opt(mime)},
            {"size", json::opt(size)},
            {"sha256", json::opt(sha256)},
            {"blob_size", json::opt(blobSize)},
            {"acquired_at", acquiredAt},
            {"acquired_by", acquiredBy},
            {"method", method},
            {"device", json::opt(device)},
            {"consent", consent},
            {"source_removed", sourceRemoved},
            {"source_removed_at", json::opt(sourceRemovedAt)},
            {"posted_at", json::opt(postedAt)},
            {"platform", json::opt(platform)},
            {"place", json::opt(place)},
            {"participants", participantsJson(participants)},
            {"profiles", profiles},
            {"description", json::opt(description)},
            {"seal_number", json::opt(sealNumber)},
            {"kept_at", json::opt(keptAt)},
            {"authorized_by", json::opt(authorizedBy)},
            {"destroy_after", json::opt(destroyAfter)},
            {"interrupted", interrupted},
            {"capture", capture}};
}

namespace items {

std::vector<Item> list(Vault& v, std::optional<std::int64_t> caseId) {
    if (caseId) {
        (void)cases::get(v, *caseId);
    }
    std::vector<Item> out;
    auto st =
        v.db().prepare(std::string(kSelect) + (caseId ? " WHERE case_id = ?1" : "") + " ORDER BY acquired_at, id");
    if (caseId) {
        st.bind(1, *caseId);
    }
    while (st.step()) {
        out.push_back(readItem(st));
    }
    return out;
}

std::vector<Item> listDueBy(Vault& v, const std::string& cutoff) {
    std::vector<Item> out;
    auto st = v.db().prepare(std::string(kSelect) + " WHERE destroy_after <= ?1 ORDER BY destroy_after, id");
    st.bind(1, cutoff);
    while (st.step()) {
        out.push_back(readItem(st));
    }
    return out;
}

std::vector<Item> listForUser(Vault& v, std::optional<std::int64_t> caseId) {
    v.requireRole({Role::Dirigente, Role::Referente}, "view evidence");
    std::vector<Item> its = list(v, caseId);
    v.record({"item.list", caseId, std::nullopt, {{"items", its.size()}}});
    return its;
}

Item get(Vault& v, const std::string& idOrPrefix) {
    const bool hex = std::all_of(idOrPrefix.begin(), idOrPrefix.end(),
                                 [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    if (!hex || idOrPrefix.size() < 6 || idOrPrefix.size() > 32) {
        throw Error(Error::Code::InvalidInput, "'" + idOrPrefix + "' is not an item id",
                    "give the id shown by 'custodia list' (at least its first 6 characters)");
    }
    auto st = v.db().prepare(std::string(kSelect) + " WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT 2");
    st.bind(1, idOrPrefix).bind(2, idOrPrefix + "g");  // 'g' sorts after every hex digit
    if (!st.step()) {
        throw Error(Error::Code::NotFound, "there is no item " + idOrPrefix + " in this vault",
                    "list the items with 'custodia list'");
    }
    Item item = readItem(st);
    if (st.step()) {
        throw Error(Error::Code::InvalidInput, "'" + idOrPrefix + "' matches more than one item",
                    "give more characters of the id");
    }
    return item;
}

Item view(Vault& v, const std::string& idOrPrefix) {
    v.requireRole({Role::Dirigente, Role::Referente}, "view evidence");
    Item item = get(v, idOrPrefix);
    v.record({"item.view", item.caseId, item.id, {}});
    return item;
}

crypto::SecureBuffer identityOf(Vault& v, const std::string& id) {
    auto st = v.db().prepare("SELECT age_identity FROM items WHERE id = ?1 AND age_identity IS NOT NULL");
    st.bind(1, id);
    if (!st.step()) {
        throw Error(Error::Code::NotFound, "item " + id + " has no key (it is a physical item, or was destroyed)");
    }
    return st.secretAt(0);
}

crypto::SecureBuffer exportIdentity(Vault& v, const std::string& idOrPrefix) {
    v.requireRole({Role::Dirigente, Role::Referente}, "export item keys");
    const Item item = get(v, idOrPrefix);
    crypto::SecureBuffer key = identityOf(v, item.id);
    v.record({"item.key_export", item.caseId, item.id, {}});
    return key;
}

void validate(Vault& v, std::int64_t caseId, Acquisition& a) {
    cases::requireOpen(v, caseId);
    const auto consent = normalizeConsent(a.consent);
    if (!consent) {
        throw Error(Error::Code::InvalidInput, "R3: say whether the student consented",
                    "give --consent si (yes), --consent no or --consent device-withheld (dispositivo-trattenuto)");
    }
    a.consent = *consent;
    if (!isValidMethod(a.method)) {
        throw Error(Error::Code::InvalidInput, "'" + a.method + "' is not an acquisition method",
                    "use import, camera-photo, camera-video, screenshot or screen-recording");
    }
    if (a.kind && (!isValidKind(*a.kind) || *a.kind == "physical")) {
        throw Error(Error::Code::InvalidInput, "'" + *a.kind + "' is not a kind of file evidence",
                    "use photo, video, screenshot, screen-recording, document or audio");
    }
    if (a.postedAt && !time::parseUtc(*a.postedAt)) {
        throw Error(Error::Code::InvalidInput, "the posting time is not valid");
    }
    if (a.interviewId) {
        (void)interviews::get(v, caseId, *a.interviewId);
    }
}

void insert(Vault& v, const Item& i, const crypto::SecureBuffer& ageIdentity) {
    auto st = v.db().prepare(
        "INSERT INTO items (id, case_id, interview_id, kind, original_name, mime, size, sha256, blob_size, "
        "age_identity, acquired_at, acquired_by, method, device, consent, source_removed, "
        "posted_at, platform, place, participants, profiles, description, seal_number, kept_at, "
        "authorized_by, destroy_after, interrupted, capture) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
        "?12, ?13, ?14, ?15, 0, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)");
    // The identity is bound straight from guarded memory (SQLite copies it
    // into its own page buffers, which secure_delete wipes when freed).
    if (ageIdentity.empty()) {
        st.bindNull(10);
    } else {
        st.bind(10, ageIdentity.view());
    }
    st.bind(1, i.id)
        .bind(2, i.caseId)
        .bind(3, i.interviewId)
        .bind(4, i.kind)
        .bind(5, i.originalName)
        .bind(6, i.mime)
        .bind(7, i.size)
        .bind(8, i.sha256)
        .bind(9, i.blobSize)
        .bind(11, i.acquiredAt)
        .bind(12, i.acquiredBy)
        .bind(13, i.method)
        .bind(14, i.device)
        .bind(15, i.consent)
        .bind(16, i.postedAt)
        .bind(17, i.platform)
        .bind(18, i.place)
        .bind(19, participantsJson(i.participants).dump())
        .bind(20, json::stringsToText(i.profiles))
        .bind(21, i.description)
        .bind(22, i.sealNumber)
        .bind(23, i.keptAt)
        .bind(24, i.authorizedBy)
        .bind(25, i.destroyAfter)
        .bind(26, static_cast<std::int64_t>(i.interrupted ? 1 : 0))
        .bind(27, i.capture.is_null() ? std::optional<std::string>() : std::optional<std::string>(i.capture.dump()))
        .run();
}

nlohmann::json acquisitionToJson(const Acquisition& a) {
    return {{"interview", json::opt(a.interviewId)},
            {"kind", json::opt(a.kind)},
            {"method", a.method},
            {"device", json::opt(a.device)},
            {"consent", a.consent},
            {"posted_at", json::opt(a.postedAt)},
            {"platform", json::opt(a.platform)},
            {"place", json::opt(a.place)},
            {"participants", participantsJson(a.participants)},
            {"profiles", a.profiles},
            {"description", json::opt(a.description)}};
}

Acquisition acquisitionFromJson(const nlohmann::json& j) {
    const auto text = [&](const char* key) -> std::optional<std::string> {
        const auto it = j.find(key);
        if (it == j.end() || !it->is_string()) {
            return std::nullopt;
        }
        return it->get<std::string>();
    };
    Acquisition a;
    if (const auto it = j.find("interview"); it != j.end() && it->is_number_integer()) {
        a.interviewId = it->get<std::int64_t>();
    }
    a.kind = text("kind");
    a.method = text("method").value_or("import");
    a.device = text("device");
    a.consent = text("consent").value_or("");
    a.postedAt = text("posted_at");
    a.platform = text("platform");
    a.place = text("place");
    if (const auto it = j.find("participants"); it != j.end()) {
        a.participants = participantsFrom(*it);
    }
    if (const auto it = j.find("profiles"); it != j.end() && it->is_array()) {
        for (const auto& p : *it) {
            if (p.is_string()) {
                a.profiles.push_back(p.get<std::string>());
            }
        }
    }
    a.description = text("description");
    return a;
}

Item addPhysical(Vault& v, std::int64_t caseId, const PhysicalItem& p) {
    cases::requireOpen(v, caseId);
    if (p.description.empty() || p.sealNumber.empty() || p.keptAt.empty()) {
        throw Error(Error::Code::InvalidInput,
                    "R9: a physical item needs a description, a seal number and where it is kept",
                    "give --description, --seal and --kept-at");
    }
    const UserInfo* ds = v.header().findUser(p.authorizedBy);
    if (ds == nullptr || ds->role != Role::Dirigente) {
        throw Error(Error::Code::InvalidInput, "R9: '" + p.authorizedBy + "' is not a dirigente of this vault",
                    "name the DS who authorised it with --authorized-by (a user with role dirigente)");
    }
    if (p.interviewId) {
        (void)interviews::get(v, caseId, *p.interviewId);
    }
    Item i;
    i.id = crypto::randomHex(16);
    i.caseId = caseId;
    i.interviewId = p.interviewId;
    i.kind = "physical";
    i.acquiredAt = time::formatUtc(v.clock().now());
    i.acquiredBy = v.actor().id;
    i.method = "physical";
    i.consent = p.consent;
    i.description = p.description;
    i.sealNumber = p.sealNumber;
    i.keptAt = p.keptAt;
    i.authorizedBy = p.authorizedBy;
    i.destroyAfter = time::formatUtc(retention::destroyAfter(v.clock().now(), retention::months(v)));
    Transaction tx(v.db());
    insert(v, i, crypto::SecureBuffer());
    v.record({"item.physical_add", caseId, i.id, {{"seal_number", p.sealNumber}, {"authorized_by", p.authorizedBy}}});
    tx.commit();
    return get(v, i.id);
}

}  // namespace items

}  // namespace custodia::vault
