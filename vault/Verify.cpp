// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verify.h"

#include "Blob.h"
#include "Error.h"
#include "Items.h"
#include "Vault.h"
#include "crypto/Encoding.h"
#include "crypto/MerkleTree.h"
#include "crypto/Sha256.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <thread>

namespace custodia::vault {

namespace {

using Kind = VerifyReport::Kind;

void problem(VerifyReport& r, Kind k, std::optional<std::int64_t> seq, std::optional<std::string> item,
             std::string msg) {
    r.problems.push_back({k, seq, std::move(item), std::move(msg)});
}

std::string entryName(std::int64_t seq) {
    return "log entry " + std::to_string(seq);
}

// Per entry: does its hash match its content, and does its signature verify
// under the actor's key. Ed25519 verification dominates on long logs (about
// 50 us an entry here), so it starts on a second thread while the rows are
// still being read, and both threads share what remains.
struct EntryChecks {
    std::vector<LogEntry> entries;
    std::vector<char> hashOk;
    std::vector<char> sigOk;
};

EntryChecks loadAndCheckEntries(Vault& v, const std::map<std::string, crypto::Ed25519PublicKey>& keys) {
    EntryChecks c;
    const auto total = static_cast<std::size_t>(v.log().size());
    c.entries.reserve(total);  // no reallocation: the worker reads while rows arrive
    c.hashOk.assign(total, 0);
    c.sigOk.assign(total, 0);
    std::atomic<std::size_t> loaded{0};
    std::atomic<std::size_t> next{0};
    std::atomic<bool> loading{true};
    constexpr std::size_t kBlock = 256;
    auto work = [&] {
        for (;;) {
            const std::size_t from = next.fetch_add(kBlock);
            if (from >= total) {
                return;
            }
            const std::size_t to = std::min(total, from + kBlock);
            while (loaded.load(std::memory_order_acquire) < to && loading.load()) {
                std::this_thread::yield();
            }
            const std::size_t end = std::min(to, loaded.load(std::memory_order_acquire));
            for (std::size_t i = from; i < end; ++i) {
                const LogEntry& e = c.entries[i];
                c.hashOk[i] = static_cast<char>(computeEntryHash(e) == e.entryHash);
                const auto key = keys.find(e.actor);
                c.sigOk[i] = static_cast<char>(key != keys.end() &&
                                               crypto::ed25519Verify(key->second, e.entryHash, e.signature));
            }
        }
    };
    std::thread worker(work);
    try {
        v.log().forEach(
            [&](LogEntry&& e) {
                if (c.entries.size() < total) {
                    c.entries.push_back(std::move(e));
                    loaded.store(c.entries.size(), std::memory_order_release);
                }
            },
            false);
    } catch (...) {
        loading = false;
        worker.join();
        throw;
    }
    loading = false;
    work();
    worker.join();
    c.entries.shrink_to_fit();
    c.hashOk.resize(c.entries.size());
    c.sigOk.resize(c.entries.size());
    return c;
}

// The acquisition entries (item.ingest, item.physical_add) whose hash and
// signature verified: the signed truth an item's catalog row is checked against.
// NOLINTNEXTLINE(bugprone-exception-escape): nlohmann::json's move is noexcept; the check sees its assertion
struct Acquired {
    std::int64_t seq;
    nlohmann::json details;
};
using AcquiredMap = std::map<std::string, Acquired>;

// What the trusted (hash and signature verified) log entries say about items
// and destruction certificates (R11).
struct SignedFacts {
    AcquiredMap acquired;                              // item.ingest, item.physical_add
    AcquiredMap destroyed;                             // item.destroyed
    std::map<std::int64_t, std::string> certificates;  // certificate.create: id -> json_sha256
};

void verifyLog(Vault& v, VerifyReport& r, std::vector<crypto::Digest>& leaves, SignedFacts& facts) {
    AcquiredMap signedUsers;  // user id -> its signed user.add entry
    std::map<std::string, crypto::Ed25519PublicKey> keys;
    const VaultHeader onDisk = VaultHeader::read(v.dir());
    for (const UserInfo& u : v.catalogUsers()) {
        keys[u.id] = u.publicKey;
        const UserInfo* h = onDisk.findUser(u.id);
        if (h == nullptr || h->publicKey != u.publicKey || h->role != u.role) {
            problem(r, Kind::UnknownKey, std::nullopt, std::nullopt,
                    "user '" + u.id + "': custodia.json and the catalog disagree on the user's key or role");
        }
    }
    for (const UserInfo& h : onDisk.users) {
        if (!keys.contains(h.id)) {
            problem(r, Kind::UnknownKey, std::nullopt, std::nullopt,
                    "user '" + h.id + "' is in custodia.json but not in the catalog");
        }
    }

    const EntryChecks checks = loadAndCheckEntries(v, keys);
    const std::vector<LogEntry>& entries = checks.entries;

    crypto::Digest prev{};
    std::string prevTime;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const LogEntry& e = entries[i];
        const auto expectedSeq = static_cast<std::int64_t>(i + 1);
        if (e.seq != expectedSeq) {
            problem(r, Kind::BrokenChain, e.seq, e.itemId,
                    entryName(e.seq) + ": expected entry " + std::to_string(expectedSeq) +
                        " here; entries are missing or were inserted");
        } else if (e.prevHash != prev) {
            problem(
                r, Kind::BrokenChain, e.seq, e.itemId,
                entryName(e.seq) + ": broken chain, prev_hash is not the hash of entry " + std::to_string(e.seq - 1));
        }
        if (checks.hashOk[i] == 0) {
            problem(r, Kind::AlteredEntry, e.seq, e.itemId,
                    entryName(e.seq) + " (" + e.action + "): its content was altered (entry_hash does not match)");
        } else if (!keys.contains(e.actor)) {
            problem(r, Kind::UnknownKey, e.seq, e.itemId,
                    entryName(e.seq) + ": signed by unknown user '" + e.actor + "'");
        } else if (checks.sigOk[i] == 0) {
            problem(r, Kind::BadSignature, e.seq, e.itemId,
                    entryName(e.seq) + ": the signature of '" + e.actor + "' does not verify");
        }
        const bool trusted = checks.hashOk[i] != 0 && checks.sigOk[i] != 0;
        if (trusted && e.itemId && (e.action == "item.ingest" || e.action == "item.physical_add")) {
            facts.acquired[*e.itemId] = {e.seq, nlohmann::json::parse(e.rawDetails, nullptr, false)};
        }
        if (trusted && e.itemId && e.action == "item.destroyed") {
            auto d = nlohmann::json::parse(e.rawDetails, nullptr, false);
            const auto due = d.is_object() && d.contains("destroy_after") && d["destroy_after"].is_string()
                                 ? d["destroy_after"].get<std::string>()
                                 : std::string();
            if (!due.empty() && e.time < due) {
                r.warnings.push_back(entryName(e.seq) + ": item " + *e.itemId + " was destroyed at " + e.time +
                                     ", before its date " + due + " (the computer's clock may have been wrong)");
            }
            facts.destroyed[*e.itemId] = {e.seq, std::move(d)};
        }
        if (trusted && e.action == "certificate.create") {
            const auto d = nlohmann::json::parse(e.rawDetails, nullptr, false);
            if (d.is_object() && d.contains("certificate") && d["certificate"].is_number_integer() &&
                d.contains("json_sha256") && d["json_sha256"].is_string()) {
                facts.certificates[d["certificate"].get<std::int64_t>()] = d["json_sha256"].get<std::string>();
            }
        }
        if (trusted && e.action == "user.add") {
            const auto d = nlohmann::json::parse(e.rawDetails, nullptr, false);
            if (d.is_object() && d.contains("user") && d["user"].is_string()) {
                signedUsers[d["user"].get<std::string>()] = {e.seq, d};
            }
        }
        if (!prevTime.empty() && e.time < prevTime) {
            problem(r, Kind::TimeBackwards, e.seq, e.itemId,
                    entryName(e.seq) + ": time goes backwards (" + e.time + " after " + prevTime + ")");
        }
        if (e.rawDetails.find("\"clock_behind\"") != std::string::npos) {
            const auto d = nlohmann::json::parse(e.rawDetails, nullptr, false);
            if (d.is_object() && d.contains("clock_behind")) {
                r.warnings.push_back(entryName(e.seq) + ": the computer's clock read " + d["clock_behind"].dump() +
                                     ", earlier than the previous entry");
            }
        }
        prev = e.entryHash;
        prevTime = e.time;
        leaves.push_back(crypto::merkle::leafHash(e.entryHash));
    }
    // Roles and keys in the catalog must be the ones signed when each user
    // was added: a role raised behind Custodia's back is caught here.
    for (const UserInfo& u : v.catalogUsers()) {
        const auto it = signedUsers.find(u.id);
        if (it == signedUsers.end()) {
            problem(r, Kind::AlteredUser, std::nullopt, std::nullopt,
                    "user '" + u.id + "' has no signed user.add entry in the custody log");
        } else if (it->second.details.value("role", "") != roleName(u.role) ||
                   it->second.details.value("public_key", "") != crypto::toHex(u.publicKey)) {
            problem(r, Kind::AlteredUser, it->second.seq, std::nullopt,
                    "user '" + u.id + "': role or key in the catalog differ from those signed in log entry " +
                        std::to_string(it->second.seq));
        }
    }
    r.entries = static_cast<std::int64_t>(entries.size());
    r.rootHash = crypto::toHex(crypto::merkle::root(leaves));

    const std::vector<TreeHead> heads = v.log().treeHeads();
    std::vector<std::uint64_t> sizes;
    for (const TreeHead& th : heads) {
        sizes.push_back(std::min<std::uint64_t>(th.treeSize, leaves.size()));
    }
    const std::vector<crypto::Digest> roots = crypto::merkle::rootsAt(leaves, sizes);
    for (std::size_t i = 0; i < heads.size(); ++i) {
        const TreeHead& th = heads[i];
        ++r.treeHeads;
        const std::string name = "signed tree head of size " + std::to_string(th.treeSize);
        const auto key = keys.find(th.signer);
        if (th.treeSize > leaves.size()) {
            problem(r, Kind::BadTreeHead, std::nullopt, std::nullopt,
                    name + " covers more entries than the log has (" + std::to_string(leaves.size()) +
                        "): entries were removed from the end of the log");
        } else if (roots[i] != th.rootHash) {
            problem(r, Kind::BadTreeHead, std::nullopt, std::nullopt,
                    name + " does not match the log: entries before it were changed");
        } else if (key == keys.end() ||
                   !crypto::ed25519Verify(key->second, crypto::asBytes(treeHeadMessage(th, v.header().vaultId)),
                                          th.signature)) {
            problem(r, Kind::BadTreeHead, std::nullopt, std::nullopt,
                    name + ": the signature of '" + th.signer + "' does not verify");
        }
    }
}

std::string signedText(const nlohmann::json& details, const char* key) {
    const auto it = details.find(key);
    if (it == details.end()) {
        return {};
    }
    return it->is_string() ? it->get<std::string>() : it->dump();
}

// R11: an acquired item that is no longer in the catalog must have been
// destroyed by Custodia: a signed item.destroyed entry and a tombstone that
// matches what was signed at acquisition. Otherwise it is missing.
void verifyDestroyed(Vault& v, VerifyReport& r, const AcquiredMap& gone, const AcquiredMap& destroyed) {
    std::map<std::string, std::pair<std::string, bool>> tombstones;  // id -> sha256, blob_removed
    {
        auto st = v.db().prepare("SELECT item_id, coalesce(sha256, ''), blob_removed FROM tombstones");
        while (st.step()) {
            tombstones[st.textAt(0)] = {st.textAt(1), st.int64At(2) != 0};
        }
    }
    for (const auto& [id, a] : gone) {
        const auto d = destroyed.find(id);
        const auto t = tombstones.find(id);
        if (d == destroyed.end()) {
            problem(
                r, Kind::MissingItem, a.seq, id,
                "item " + id + ", acquired in log entry " + std::to_string(a.seq) + ", is missing from the catalog" +
                    (t != tombstones.end() ? " (a tombstone claims it was destroyed, but no signed log entry says so)"
                                           : ""));
            continue;
        }
        if (t == tombstones.end()) {
            problem(r, Kind::AlteredItem, d->second.seq, id,
                    "item " + id + " was destroyed in log entry " + std::to_string(d->second.seq) +
                        " but its tombstone is missing from the catalog");
            continue;
        }
        if (t->second.first != signedText(a.details, "sha256")) {
            problem(r, Kind::AlteredItem, d->second.seq, id,
                    "item " + id + ": its tombstone's SHA-256 differs from the one signed at acquisition (log entry " +
                        std::to_string(a.seq) + ")");
        }
        std::error_code ec;
        if (t->second.second && std::filesystem::exists(v.blobPath(id), ec)) {
            r.warnings.push_back("item " + id +
                                 " was destroyed but its blob file is still there (unreadable without the erased "
                                 "key); the next purge removes it");
        }
    }
}

// Each destruction certificate kept must be the one whose hash was signed
// when it was made.
void verifyCertificates(Vault& v, VerifyReport& r, const std::map<std::int64_t, std::string>& signedHashes) {
    auto st = v.db().prepare("SELECT id, json, json_sha256 FROM certificates ORDER BY id");
    std::set<std::int64_t> seen;
    while (st.step()) {
        const std::int64_t id = st.int64At(0);
        seen.insert(id);
        const std::string actual = crypto::toHex(crypto::Sha256::of(st.textAt(1)));
        const auto it = signedHashes.find(id);
        if (it == signedHashes.end()) {
            problem(r, Kind::AlteredCertificate, std::nullopt, std::nullopt,
                    "destruction certificate " + std::to_string(id) + " has no signed certificate.create entry");
        } else if (it->second != actual || st.textAt(2) != actual) {
            problem(r, Kind::AlteredCertificate, std::nullopt, std::nullopt,
                    "destruction certificate " + std::to_string(id) + " was altered after it was made");
        }
    }
    for (const auto& [id, sha] : signedHashes) {
        if (!seen.contains(id)) {
            problem(r, Kind::AlteredCertificate, std::nullopt, std::nullopt,
                    "destruction certificate " + std::to_string(id) + " is missing from the catalog");
        }
    }
}

// Each item's catalog row against its signed acquisition entry, then its
// blob against what was signed: a catalog edited to match a replaced blob
// is still caught.
void verifyItems(Vault& v, VerifyReport& r, const VerifyOptions& o, SignedFacts facts) {
    AcquiredMap& acquired = facts.acquired;
    const std::vector<Item> all = items::list(v, std::nullopt);
    std::uint64_t total = 0;
    for (const Item& item : all) {
        total += o.decrypt ? static_cast<std::uint64_t>(item.size.value_or(0)) : 0;
    }
    for (const Item& item : all) {
        const auto signedIt = acquired.find(item.id);
        if (signedIt == acquired.end()) {
            problem(r, Kind::UnsignedItem, std::nullopt, item.id,
                    "item " + item.id +
                        " has no signed acquisition entry in the custody log: it was added to the "
                        "catalog outside Custodia");
            continue;
        }
        const Acquired a = signedIt->second;
        acquired.erase(signedIt);
        if (const auto d = facts.destroyed.find(item.id); d != facts.destroyed.end()) {
            problem(r, Kind::AlteredItem, d->second.seq, item.id,
                    "item " + item.id + " was destroyed in log entry " + std::to_string(d->second.seq) +
                        " but is back in the catalog");
            continue;
        }
        if (!item.hasBlob()) {
            continue;
        }
        const std::string seq = std::to_string(a.seq);
        if (signedText(a.details, "sha256") != item.sha256.value_or("") ||
            signedText(a.details, "size") != std::to_string(item.size.value_or(-1)) ||
            signedText(a.details, "blob_size") != std::to_string(item.blobSize.value_or(-1))) {
            problem(r, Kind::AlteredItem, a.seq, item.id,
                    "item " + item.id +
                        ": its hashes in the catalog differ from those signed at acquisition (log "
                        "entry " +
                        seq + ")");
            continue;
        }
        ++r.blobsChecked;
        const auto path = v.blobPath(item.id);
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            problem(r, Kind::MissingBlob, std::nullopt, item.id,
                    "item " + item.id + ": its blob is missing (" + path.string() + ")");
            continue;
        }
        try {
            const auto size = std::filesystem::file_size(path, ec);
            if (ec || static_cast<std::int64_t>(size) != item.blobSize.value_or(-1)) {
                problem(r, Kind::AlteredBlob, std::nullopt, item.id,
                        "item " + item.id +
                            ": the blob file's size differs from the one signed at acquisition (log "
                            "entry " +
                            seq + ")");
                continue;
            }
            if (o.decrypt) {
                // Decryption authenticates every chunk and the plaintext must
                // hash to what was signed: this is the check that matters.
                r.bytesChecked += readAndCheck(v, item, nullptr, nullptr).bytes;
            }
        } catch (const Error& e) {
            if (e.code() == Error::Code::Io) {
                throw;
            }
            problem(r, Kind::AlteredBlob, std::nullopt, item.id, e.what());
        }
        if (o.progress != nullptr) {
            o.progress->update(r.bytesChecked, total);
        }
    }
    verifyDestroyed(v, r, acquired, facts.destroyed);
    verifyCertificates(v, r, facts.certificates);
}

// SQLCipher authenticates every page it reads; integrity_check (or the
// faster quick_check, which skips index-to-table comparisons) reads them all.
void verifyCatalog(Vault& v, VerifyReport& r, bool thorough) {
    try {
        auto st = v.db().prepare(thorough ? "PRAGMA integrity_check" : "PRAGMA quick_check");
        while (st.step()) {
            const std::string line = st.textAt(0);
            if (line != "ok") {
                problem(r, Kind::CatalogDamaged, std::nullopt, std::nullopt, "catalog.db: " + line);
            }
        }
    } catch (const Error& e) {
        problem(r, Kind::CatalogDamaged, std::nullopt, std::nullopt, e.what());
    }
}

}  // namespace

std::string_view kindName(Kind k) {
    switch (k) {
        case Kind::BrokenChain:
            return "broken_chain";
        case Kind::AlteredEntry:
            return "altered_entry";
        case Kind::BadSignature:
            return "bad_signature";
        case Kind::UnknownKey:
            return "unknown_key";
        case Kind::TimeBackwards:
            return "time_backwards";
        case Kind::BadTreeHead:
            return "bad_tree_head";
        case Kind::MissingBlob:
            return "missing_blob";
        case Kind::AlteredBlob:
            return "altered_blob";
        case Kind::AlteredItem:
            return "altered_item";
        case Kind::AlteredUser:
            return "altered_user";
        case Kind::UnsignedItem:
            return "unsigned_item";
        case Kind::MissingItem:
            return "missing_item";
        case Kind::AlteredCertificate:
            return "altered_certificate";
        case Kind::CatalogDamaged:
            return "catalog_damaged";
    }
    return "unknown";
}

nlohmann::json VerifyReport::toJson() const {
    nlohmann::json ps = nlohmann::json::array();
    for (const Problem& p : problems) {
        ps.push_back({{"kind", kindName(p.kind)},
                      {"seq", p.seq ? nlohmann::json(*p.seq) : nlohmann::json(nullptr)},
                      {"item", p.itemId ? nlohmann::json(*p.itemId) : nlohmann::json(nullptr)},
                      {"message", p.message}});
    }
    return {{"ok", ok()},
            {"blobs_decrypted", decrypted},
            {"entries", entries},
            {"tree_heads", treeHeads},
            {"root_hash", rootHash},
            {"blobs_checked", blobsChecked},
            {"bytes_checked", bytesChecked},
            {"problems", ps},
            {"warnings", warnings}};
}

VerifyReport verify(Vault& v, const VerifyOptions& o) {
    VerifyReport r;
    r.decrypted = o.decrypt;
    verifyCatalog(v, r, o.decrypt);
    std::vector<crypto::Digest> leaves;
    SignedFacts facts;
    verifyLog(v, r, leaves, facts);
    const bool gapless = std::none_of(r.problems.begin(), r.problems.end(),
                                      [](const VerifyReport::Problem& p) { return p.kind == Kind::BrokenChain; });
    if (gapless) {
        v.log().primeLeafCache(leaves);
    }
    verifyItems(v, r, o, std::move(facts));
    v.record({"log.verify",
              std::nullopt,
              std::nullopt,
              {{"ok", r.ok()}, {"entries", r.entries}, {"problems", r.problems.size()}, {"root_hash", r.rootHash}}});
    return r;
}

}  // namespace custodia::vault
