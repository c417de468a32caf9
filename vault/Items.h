// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace custodia::vault {

class Vault;

// R4: a participant of a chat as the screen shows them.
struct Participant {
    std::string name;
    std::string phone;
    std::string handle;
    bool operator==(const Participant&) const = default;
};

// One piece of evidence (R4), or a physical object (R9) that has no file.
// A file item is an age blob at blobs/<ab>/<id>.age encrypted to its own
// X25519 key, whose secret lives only in the catalog.
struct Item {
    std::string id;  // 32 lower-case hex characters
    std::int64_t caseId = 0;
    std::optional<std::int64_t> interviewId;
    std::string kind;  // photo | video | screenshot | screen-recording | document | audio | physical
    std::optional<std::string> originalName;
    std::optional<std::string> mime;
    std::optional<std::int64_t> size;
    std::optional<std::string> sha256;     // of the plaintext, lower-case hex
    std::optional<std::int64_t> blobSize;  // of the age file
    std::string acquiredAt;
    std::string acquiredBy;
    std::string method;  // import | camera-photo | camera-video | screenshot | screen-recording | physical
    std::optional<std::string> device;
    std::string consent;         // R3: yes | no | device-withheld; not-applicable for physical items
    bool sourceRemoved = false;  // R5
    std::optional<std::string> sourceRemovedAt;
    std::optional<std::string> postedAt;
    std::optional<std::string> platform;
    std::optional<std::string> place;  // URL, or chat / page name
    std::vector<Participant> participants;
    std::vector<std::string> profiles;
    std::optional<std::string> description;
    // R9, physical items only.
    std::optional<std::string> sealNumber;
    std::optional<std::string> keptAt;
    std::optional<std::string> authorizedBy;
    // R11: when it is destroyed unless a legal hold covers it.
    std::optional<std::string> destroyAfter;
    // A live recording that did not end as the user asked (a crash, a full or
    // removed medium, the camera gone): "interrotto" for the user (issue 8).
    bool interrupted = false;
    // A live capture's facts (device, resolution, fps, frames,
    // dropped_frames, duration_seconds; "interrupted": why), null otherwise.
    nlohmann::json capture;

    [[nodiscard]] bool hasBlob() const { return kind != "physical"; }
    [[nodiscard]] nlohmann::json toJson() const;
};

[[nodiscard]] bool isValidKind(const std::string& kind);
// R3 for a file acquisition: "yes", "no" or "device-withheld"; also accepts
// the Italian si / sì / no / dispositivo-trattenuto. nullopt otherwise.
[[nodiscard]] std::optional<std::string> normalizeConsent(const std::string& consent);
[[nodiscard]] bool isValidMethod(const std::string& method);

// The R4 details recorded with an acquisition, and its circumstances (R1, R3).
struct Acquisition {
    std::optional<std::int64_t> interviewId;
    std::optional<std::string> kind;  // default: from the MIME type
    std::string method = "import";
    std::optional<std::string> device;
    std::string consent;                  // required: yes | no | device-withheld
    std::optional<std::string> postedAt;  // RFC 3339 UTC
    std::optional<std::string> platform;
    std::optional<std::string> place;
    std::vector<Participant> participants;
    std::vector<std::string> profiles;
    std::optional<std::string> description;
};

// R9: a physical object (a note, an object) kept in a sealed envelope.
struct PhysicalItem {
    std::string description;
    std::string sealNumber;
    std::string keptAt;
    std::string authorizedBy;  // the dirigente who authorised photographing it
    std::optional<std::int64_t> interviewId;
    std::string consent = "not-applicable";
};

namespace items {

[[nodiscard]] std::vector<Item> list(Vault& v, std::optional<std::int64_t> caseId);
// Items whose destroy_after is at or before `cutoff` (RFC 3339 UTC).
[[nodiscard]] std::vector<Item> listDueBy(Vault& v, const std::string& cutoff);
// list() as a user reads it, recorded as "item.list"; dirigente and referente only.
std::vector<Item> listForUser(Vault& v, std::optional<std::int64_t> caseId);
// By full id or a unique prefix of at least 6 characters. Throws
// Error(NotFound) or Error(InvalidInput) for an ambiguous prefix.
[[nodiscard]] Item get(Vault& v, const std::string& idOrPrefix);
// get() and an "item.view" custody entry (R2); dirigente and referente only.
Item view(Vault& v, const std::string& idOrPrefix);
// The item's age identity (AGE-SECRET-KEY-1...), to open its blob with
// `age -d`; recorded as "item.key_export". dirigente/referente only.
[[nodiscard]] crypto::SecureBuffer exportIdentity(Vault& v, const std::string& idOrPrefix);
// The identity for internal use (extract, verify), not logged here.
[[nodiscard]] crypto::SecureBuffer identityOf(Vault& v, const std::string& id);

Item addPhysical(Vault& v, std::int64_t caseId, const PhysicalItem& p);

// Validates the R3/R4 fields and the interview, normalising the consent;
// throws Error(InvalidInput).
void validate(Vault& v, std::int64_t caseId, Acquisition& a);
// Inserts the catalog row of a file item (inside the caller's transaction).
void insert(Vault& v, const Item& item, const crypto::SecureBuffer& ageIdentity);

// The details of an acquisition as kept with a recording in progress
// (catalog table `recordings`), and back; unknown or mistyped fields are left
// at their defaults (validate() checks the result).
[[nodiscard]] nlohmann::json acquisitionToJson(const Acquisition& a);
[[nodiscard]] Acquisition acquisitionFromJson(const nlohmann::json& j);

}  // namespace items

}  // namespace custodia::vault
