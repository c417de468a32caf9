// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace custodia::vault {

class Vault;

// What `custodia log verify` found. Problems are listed in the order found;
// the first one is the answer to "what is the first bad entry, and why".
struct VerifyReport {
    enum class Kind {
        BrokenChain,    // prev_hash is not the previous entry's hash, or a seq is missing
        AlteredEntry,   // entry_hash does not match the entry's content
        BadSignature,   // the signature does not verify under the actor's key
        UnknownKey,     // the actor is not a user, or custodia.json and catalog disagree
        AlteredUser,    // a user's role or key in the catalog differs from its signed user.add entry
        TimeBackwards,  // an entry is older than the one before it
        BadTreeHead,    // a signed tree head does not match the log or its signature fails
        MissingBlob,
        AlteredBlob,         // blob hash, size or plaintext hash differs from what was signed at acquisition
        AlteredItem,         // the catalog's record of an item differs from its signed acquisition entry
        UnsignedItem,        // an item in the catalog has no signed acquisition entry
        MissingItem,         // an item acquired in the log is missing from the catalog (not destroyed by R11)
        AlteredCertificate,  // a destruction certificate differs from the hash signed when it was made
        CatalogDamaged,      // the catalog database fails its integrity check
    };
    struct Problem {
        Kind kind;
        std::optional<std::int64_t> seq;
        std::optional<std::string> itemId;
        std::string message;
    };

    std::int64_t entries = 0;
    std::int64_t treeHeads = 0;
    bool decrypted = false;  // blobs were decrypted and hashed (not --quick)
    std::int64_t blobsChecked = 0;
    std::uint64_t bytesChecked = 0;
    std::string rootHash;  // of the whole log, hex
    std::vector<Problem> problems;
    std::vector<std::string> warnings;  // recorded clock anomalies and the like

    [[nodiscard]] bool ok() const { return problems.empty(); }
    [[nodiscard]] nlohmann::json toJson() const;
};

[[nodiscard]] std::string_view kindName(VerifyReport::Kind k);

struct VerifyOptions {
    // Decrypt every blob (authenticating each chunk) and compare the
    // plaintext SHA-256 with the one signed at acquisition. Without it blobs
    // are only checked to exist with the signed size.
    bool decrypt = true;
    Progress* progress = nullptr;
};

// Verifies the custody log (chain, hashes, signatures, keys, time order,
// signed tree heads) and the blobs of every item. Records "log.verify".
VerifyReport verify(Vault& v, const VerifyOptions& options);

}  // namespace custodia::vault
