// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustodyLog.h"

#include "Error.h"
#include "Time.h"
#include "crypto/Encoding.h"
#include "crypto/MerkleTree.h"

#include <algorithm>

namespace custodia::vault {

namespace {

constexpr std::string_view kColumns =
    "seq, time, actor, action, case_id, item_id, details, prev_hash, entry_hash, signature";

template <std::size_t N>
std::array<std::uint8_t, N> fixed(const std::vector<std::uint8_t>& v) {
    std::array<std::uint8_t, N> out{};
    std::copy_n(v.begin(), std::min(N, v.size()), out.begin());
    return out;
}

}  // namespace

nlohmann::json LogEntry::toJson() const {
    return {{"seq", seq},
            {"time", time},
            {"actor", actor},
            {"action", action},
            {"case", caseId ? nlohmann::json(*caseId) : nlohmann::json(nullptr)},
            {"item", itemId ? nlohmann::json(*itemId) : nlohmann::json(nullptr)},
            {"details", details},
            {"prev_hash", crypto::toHex(prevHash)},
            {"entry_hash", crypto::toHex(entryHash)},
            {"signature", crypto::toHex(signature)}};
}

std::string canonicalEntry(const LogEntry& e) {
    // The same bytes as nlohmann::json's dump() of the object (sorted keys, no
    // whitespace), assembled directly: verification of long logs spends its
    // time here.
    auto quoted = [](const std::string& s) { return nlohmann::json(s).dump(); };
    std::string out;
    out.reserve(256 + e.rawDetails.size());
    out += R"({"action":)" + quoted(e.action);
    out += R"(,"actor":)" + quoted(e.actor);
    out += R"(,"case":)" + (e.caseId ? std::to_string(*e.caseId) : std::string("null"));
    out += R"(,"details":)" + (e.rawDetails.empty() ? e.details.dump() : e.rawDetails);
    out += R"(,"item":)" + (e.itemId ? quoted(*e.itemId) : std::string("null"));
    out += R"(,"prev_hash":")" + crypto::toHex(e.prevHash) + "\"";
    out += R"(,"seq":)" + std::to_string(e.seq);
    out += R"(,"time":)" + quoted(e.time) + "}";
    return out;
}

crypto::Digest computeEntryHash(const LogEntry& e) {
    return crypto::Sha256::of(canonicalEntry(e));
}

nlohmann::json TreeHead::toJson() const {
    return {{"tree_size", treeSize},
            {"root_hash", crypto::toHex(rootHash)},
            {"time", time},
            {"signer", signer},
            {"signature", crypto::toHex(signature)}};
}

std::optional<TreeHead> TreeHead::fromJson(const nlohmann::json& j) {
    if (!j.is_object()) {
        return std::nullopt;
    }
    const auto field = [&](const char* key) -> const nlohmann::json* {
        const auto it = j.find(key);
        return it == j.end() ? nullptr : &*it;
    };
    const auto* size = field("tree_size");
    const auto* root = field("root_hash");
    const auto* sig = field("signature");
    const auto* time = field("time");
    const auto* signer = field("signer");
    if (size == nullptr || !size->is_number_unsigned() || root == nullptr || !root->is_string() || sig == nullptr ||
        !sig->is_string() || time == nullptr || !time->is_string() || signer == nullptr || !signer->is_string()) {
        return std::nullopt;
    }
    const auto rootBytes = crypto::fromHex(root->get<std::string>());
    const auto sigBytes = crypto::fromHex(sig->get<std::string>());
    TreeHead th;
    if (!rootBytes || rootBytes->size() != th.rootHash.size() || !sigBytes || sigBytes->size() != th.signature.size()) {
        return std::nullopt;
    }
    th.treeSize = size->get<std::uint64_t>();
    std::copy(rootBytes->begin(), rootBytes->end(), th.rootHash.begin());
    std::copy(sigBytes->begin(), sigBytes->end(), th.signature.begin());
    th.time = time->get<std::string>();
    th.signer = signer->get<std::string>();
    return th;
}

std::string treeHeadMessage(const TreeHead& th, const std::string& vaultId) {
    const nlohmann::json j = {
        {"type", "custodia.tree_head.v1"},         {"vault_id", vaultId}, {"tree_size", th.treeSize},
        {"root_hash", crypto::toHex(th.rootHash)}, {"time", th.time},     {"signer", th.signer}};
    return j.dump();
}

LogEntry CustodyLog::readRow(const Statement& st, bool parseDetails) const {
    LogEntry e;
    e.seq = st.int64At(0);
    e.time = st.textAt(1);
    e.actor = st.textAt(2);
    e.action = st.textAt(3);
    e.caseId = st.optInt64At(4);
    e.itemId = st.optTextAt(5);
    e.rawDetails = st.textAt(6);
    if (parseDetails) {
        // A damaged text reads as a string, so the entry shows as altered
        // instead of the whole log failing to load.
        e.details = nlohmann::json::parse(e.rawDetails, nullptr, false);
        if (e.details.is_discarded()) {
            e.details = e.rawDetails;
        }
    } else {
        e.details = nullptr;
    }
    e.prevHash = fixed<32>(st.blobAt(7));
    e.entryHash = fixed<32>(st.blobAt(8));
    e.signature = fixed<64>(st.blobAt(9));
    return e;
}

LogEntry CustodyLog::append(const std::string& actor, const crypto::Ed25519KeyPair& key, Seconds now, Draft draft) {
    LogEntry e;
    const auto prev = last();
    e.seq = prev ? prev->seq + 1 : 1;
    e.prevHash = prev ? prev->entryHash : crypto::Digest{};
    e.time = time::formatUtc(now);
    if (prev) {
        if (const auto prevTime = time::parseUtc(prev->time); prevTime && now < *prevTime) {
            draft.details["clock_behind"] = e.time;
            e.time = prev->time;
        }
    }
    e.actor = actor;
    e.action = std::move(draft.action);
    e.caseId = draft.caseId;
    e.itemId = std::move(draft.itemId);
    e.details = draft.details.is_null() ? nlohmann::json::object() : std::move(draft.details);
    e.rawDetails = e.details.dump();
    e.entryHash = computeEntryHash(e);
    e.signature = key.sign(e.entryHash);

    auto st = db_.prepare("INSERT INTO log_entries (" + std::string(kColumns) +
                          ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bind(1, e.seq)
        .bind(2, e.time)
        .bind(3, e.actor)
        .bind(4, e.action)
        .bind(5, e.caseId)
        .bind(6, e.itemId)
        .bind(7, e.rawDetails)
        .bindBlob(8, e.prevHash)
        .bindBlob(9, e.entryHash)
        .bindBlob(10, e.signature);
    st.run();
    return e;
}

std::int64_t CustodyLog::size() {
    auto st = db_.prepare("SELECT count(*) FROM log_entries");
    (void)st.step();
    return st.int64At(0);
}

std::optional<LogEntry> CustodyLog::last() {
    auto st = db_.prepare("SELECT " + std::string(kColumns) + " FROM log_entries ORDER BY seq DESC LIMIT 1");
    if (!st.step()) {
        return std::nullopt;
    }
    return readRow(st);
}

std::optional<LogEntry> CustodyLog::entry(std::int64_t seq) {
    auto st = db_.prepare("SELECT " + std::string(kColumns) + " FROM log_entries WHERE seq = ?1");
    st.bind(1, seq);
    if (!st.step()) {
        return std::nullopt;
    }
    return readRow(st);
}

std::vector<LogEntry> CustodyLog::entries(std::optional<std::int64_t> caseId) {
    std::vector<LogEntry> out;
    auto st = db_.prepare("SELECT " + std::string(kColumns) + " FROM log_entries" +
                          (caseId ? " WHERE case_id = ?1" : "") + " ORDER BY seq");
    if (caseId) {
        st.bind(1, *caseId);
    }
    while (st.step()) {
        out.push_back(readRow(st));
    }
    return out;
}

void CustodyLog::forEach(const std::function<void(LogEntry&&)>& fn, bool parseDetails) {
    auto st = db_.prepare("SELECT " + std::string(kColumns) + " FROM log_entries ORDER BY seq");
    while (st.step()) {
        fn(readRow(st, parseDetails));
    }
}

std::vector<crypto::Digest> CustodyLog::leafHashes(std::optional<std::int64_t> count) {
    // Entries are numbered 1..n without gaps in a sound log; the cache covers
    // seq 1..leafCache_.size(). A log edited behind Custodia's back is read
    // afresh by verification, which does not use this cache.
    auto st = db_.prepare("SELECT entry_hash FROM log_entries WHERE seq > ?1 ORDER BY seq");
    st.bind(1, static_cast<std::int64_t>(leafCache_.size()));
    while (st.step()) {
        leafCache_.push_back(crypto::merkle::leafHash(st.blobAt(0)));
    }
    const auto n = std::min<std::size_t>(leafCache_.size(), count ? static_cast<std::size_t>(*count) : SIZE_MAX);
    return {leafCache_.begin(), leafCache_.begin() + static_cast<std::ptrdiff_t>(n)};
}

void CustodyLog::primeLeafCache(std::vector<crypto::Digest> leaves) {
    if (leaves.size() > leafCache_.size()) {
        leafCache_ = std::move(leaves);
    }
}

std::vector<TreeHead> CustodyLog::treeHeads() {
    std::vector<TreeHead> out;
    auto st = db_.prepare("SELECT tree_size, root_hash, time, signer, signature FROM tree_heads ORDER BY tree_size");
    while (st.step()) {
        out.push_back({static_cast<std::uint64_t>(st.int64At(0)), fixed<32>(st.blobAt(1)), st.textAt(2), st.textAt(3),
                       fixed<64>(st.blobAt(4))});
    }
    return out;
}

std::optional<TreeHead> CustodyLog::latestTreeHead() {
    auto st = db_.prepare(
        "SELECT tree_size, root_hash, time, signer, signature FROM tree_heads ORDER BY tree_size DESC LIMIT 1");
    if (!st.step()) {
        return std::nullopt;
    }
    return TreeHead{static_cast<std::uint64_t>(st.int64At(0)), fixed<32>(st.blobAt(1)), st.textAt(2), st.textAt(3),
                    fixed<64>(st.blobAt(4))};
}

TreeHead CustodyLog::signTreeHead(const std::string& signer, const crypto::Ed25519KeyPair& key,
                                  const std::string& vaultId, Seconds now) {
    const auto leaves = leafHashes();
    if (auto latest = latestTreeHead(); latest && latest->treeSize == leaves.size()) {
        return *latest;
    }
    TreeHead th;
    th.treeSize = leaves.size();
    th.rootHash = crypto::merkle::root(leaves);
    // Like entries, a head never goes back in time (a clock set back).
    th.time = time::formatUtc(now);
    if (const auto lastEntry = last(); lastEntry && th.time < lastEntry->time) {
        th.time = lastEntry->time;
    }
    th.signer = signer;
    th.signature = key.sign(crypto::asBytes(treeHeadMessage(th, vaultId)));
    auto st = db_.prepare(
        "INSERT INTO tree_heads (tree_size, root_hash, time, signer, signature) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, static_cast<std::int64_t>(th.treeSize))
        .bindBlob(2, th.rootHash)
        .bind(3, th.time)
        .bind(4, th.signer)
        .bindBlob(5, th.signature);
    st.run();
    return th;
}

}  // namespace custodia::vault
