// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verify.h"

#include "Blob.h"
#include "Error.h"
#include "Items.h"
#include "Vault.h"
#include "crypto/Encoding.h"
#include "crypto/MerkleTree.h"

#include <map>
#include <thread>

namespace custodia::vault {

namespace {

using Kind = VerifyReport::Kind;

void problem(VerifyReport& r, Kind k, std::optional<std::int64_t> seq, std::optional<std::string> item,
             std::string msg) {
    r.problems.push_back({k, seq, std::move(item), std::move(msg)});
}

std::string entryName(std::int64_t seq) { return "log entry " + std::to_string(seq); }

// Ed25519 verification dominates on long logs; split it over two threads.
std::vector<bool> verifySignatures(const std::vector<LogEntry>& entries,
                                   const std::vector<const crypto::Ed25519PublicKey*>& keys) {
    std::vector<char> ok(entries.size(), 0);
    auto work = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            ok[i] = keys[i] != nullptr && crypto::ed25519Verify(*keys[i], entries[i].entryHash, entries[i].signature);
        }
    };
    const std::size_t half = entries.size() / 2;
    std::thread t(work, half, entries.size());
    work(0, half);
    t.join();
    return {ok.begin(), ok.end()};
}

// The acquisition entries (item.ingest, item.physical_add) whose hash and
// signature verified: the signed truth an item's catalog row is checked against.
struct Acquired {
    std::int64_t seq;
    nlohmann::json details;
};
using AcquiredMap = std::map<std::string, Acquired>;

void verifyLog(Vault& v, VerifyReport& r, std::vector<crypto::Digest>& leaves, AcquiredMap& acquired) {
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

    const std::vector<LogEntry> entries = v.log().entries();
    std::vector<const crypto::Ed25519PublicKey*> entryKeys;
    entryKeys.reserve(entries.size());
    for (const LogEntry& e : entries) {
        const auto it = keys.find(e.actor);
        entryKeys.push_back(it == keys.end() ? nullptr : &it->second);
    }
    const std::vector<bool> sigOk = verifySignatures(entries, entryKeys);

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
            problem(r, Kind::BrokenChain, e.seq, e.itemId,
                    entryName(e.seq) + ": broken chain, prev_hash is not the hash of entry " +
                        std::to_string(e.seq - 1));
        }
        if (computeEntryHash(e) != e.entryHash) {
            problem(r, Kind::AlteredEntry, e.seq, e.itemId,
                    entryName(e.seq) + " (" + e.action + "): its content was altered (entry_hash does not match)");
        } else if (entryKeys[i] == nullptr) {
            problem(r, Kind::UnknownKey, e.seq, e.itemId,
                    entryName(e.seq) + ": signed by unknown user '" + e.actor + "'");
        } else if (!sigOk[i]) {
            problem(r, Kind::BadSignature, e.seq, e.itemId,
                    entryName(e.seq) + ": the signature of '" + e.actor + "' does not verify");
        }
        const bool trusted = computeEntryHash(e) == e.entryHash && entryKeys[i] != nullptr && sigOk[i];
        if (trusted && e.itemId && (e.action == "item.ingest" || e.action == "item.physical_add")) {
            acquired[*e.itemId] = {e.seq, e.details};
        }
        if (!prevTime.empty() && e.time < prevTime) {
            problem(r, Kind::TimeBackwards, e.seq, e.itemId,
                    entryName(e.seq) + ": time goes backwards (" + e.time + " after " + prevTime + ")");
        }
        if (e.details.is_object() && e.details.contains("clock_behind")) {
            r.warnings.push_back(entryName(e.seq) + ": the computer's clock read " +
                                 e.details["clock_behind"].dump() + ", earlier than the previous entry");
        }
        prev = e.entryHash;
        prevTime = e.time;
        leaves.push_back(crypto::merkle::leafHash(e.entryHash));
    }
    r.entries = static_cast<std::int64_t>(entries.size());
    r.rootHash = crypto::toHex(crypto::merkle::root(leaves));

    for (const TreeHead& th : v.log().treeHeads()) {
        ++r.treeHeads;
        const std::string name = "signed tree head of size " + std::to_string(th.treeSize);
        const auto key = keys.find(th.signer);
        if (th.treeSize > leaves.size()) {
            problem(r, Kind::BadTreeHead, std::nullopt, std::nullopt,
                    name + " covers more entries than the log has (" + std::to_string(leaves.size()) +
                        "): entries were removed from the end of the log");
        } else if (crypto::merkle::root(std::span(leaves).first(th.treeSize)) != th.rootHash) {
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

// Each item's catalog row against its signed acquisition entry, then its
// blob against what was signed: a catalog edited to match a replaced blob
// is still caught.
void verifyItems(Vault& v, VerifyReport& r, const VerifyOptions& o, AcquiredMap acquired) {
    for (const Item& item : items::list(v, std::nullopt)) {
        const auto signedIt = acquired.find(item.id);
        if (signedIt == acquired.end()) {
            problem(r, Kind::UnsignedItem, std::nullopt, item.id,
                    "item " + item.id + " has no signed acquisition entry in the custody log: it was added to the "
                    "catalog outside Custodia");
            continue;
        }
        const Acquired a = signedIt->second;
        acquired.erase(signedIt);
        if (!item.hasBlob()) {
            continue;
        }
        const std::string seq = std::to_string(a.seq);
        if (signedText(a.details, "sha256") != item.sha256.value_or("") ||
            signedText(a.details, "size") != std::to_string(item.size.value_or(-1)) ||
            signedText(a.details, "blob_sha256") != item.blobSha256.value_or("")) {
            problem(r, Kind::AlteredItem, a.seq, item.id,
                    "item " + item.id + ": its hashes in the catalog differ from those signed at acquisition (log "
                    "entry " + seq + ")");
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
            const auto [hash, size] = hashFile(path);
            r.bytesChecked += size;
            if (static_cast<std::int64_t>(size) != item.blobSize.value_or(-1) || hash != item.blobSha256.value_or("")) {
                problem(r, Kind::AlteredBlob, std::nullopt, item.id,
                        "item " + item.id + ": the blob file differs from the one signed at acquisition (log entry " +
                            seq + ")");
                continue;
            }
            if (o.decrypt) {
                (void)readAndCheck(v, item, nullptr, nullptr);
            }
        } catch (const Error& e) {
            if (e.code() == Error::Code::Io) {
                throw;
            }
            problem(r, Kind::AlteredBlob, std::nullopt, item.id, e.what());
        }
        if (o.progress != nullptr) {
            o.progress->update(static_cast<std::uint64_t>(r.blobsChecked), 0);
        }
    }
    for (const auto& [id, a] : acquired) {
        problem(r, Kind::MissingItem, a.seq, id,
                "item " + id + ", acquired in log entry " + std::to_string(a.seq) + ", is missing from the catalog");
    }
}

// SQLCipher authenticates every page it reads; integrity_check reads them all.
void verifyCatalog(Vault& v, VerifyReport& r) {
    try {
        auto st = v.db().prepare("PRAGMA integrity_check");
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
    case Kind::UnsignedItem:
        return "unsigned_item";
    case Kind::MissingItem:
        return "missing_item";
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
    verifyCatalog(v, r);
    std::vector<crypto::Digest> leaves;
    AcquiredMap acquired;
    verifyLog(v, r, leaves, acquired);
    verifyItems(v, r, o, std::move(acquired));
    v.record({"log.verify",
              std::nullopt,
              std::nullopt,
              {{"ok", r.ok()}, {"entries", r.entries}, {"problems", r.problems.size()}, {"root_hash", r.rootHash}}});
    return r;
}

}  // namespace custodia::vault
