// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "crypto/SecureBuffer.h"
#include "crypto/X509.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

// The sealed, complete export of a case for the police or the judicial
// authority (R8, R13; DESIGN.md "Exports"; the layout is in
// docs/formats.md "Police export"). Everything in it can be checked with
// standard tools (sha256sum, openssl, age) without trusting Custodia:
// docs/verifica-export.md.
namespace custodia::vault {

class Vault;

namespace exports {

// Names inside an export folder.
inline constexpr const char* kManifest = "manifest.json";
inline constexpr const char* kSums = "SHA256SUMS";
inline constexpr const char* kSumsSignature = "SHA256SUMS.ed25519.sig";
inline constexpr const char* kCmsSignature = "manifest.json.p7s";
inline constexpr const char* kEd25519Signature = "manifest.json.ed25519.sig";
inline constexpr const char* kEd25519Key = "manifest.json.ed25519.pem";
inline constexpr const char* kTimestampRequest = "manifest.json.tsq";
inline constexpr const char* kTimestampReply = "manifest.json.tsr";
inline constexpr const char* kHandover = "registro/consegna.json";
inline constexpr const char* kVerbale = "verbale-di-consegna.pdf";
inline constexpr const char* kFormat = "custodia-police-export/1";
inline constexpr const char* kVerifyGuide = "VERIFICA.md";
// The text of docs/verifica-export.md, built into the program (VerifyGuide.cpp).
extern const char* const kVerifyGuideText;

// To whom the export is handed (the verbale di consegna prints it; blank
// lines for what is not known yet).
struct Officer {
    std::string name;
    std::string rank;   // qualifica / grado
    std::string badge;  // matricola / tessera
    std::string office;
};

struct PoliceExportOptions {
    std::int64_t caseId = 0;
    std::filesystem::path to;  // a new folder
    Officer officer;
    std::string medium;  // e.g. "chiavetta USB ..."; default: described from the destination
    bool zip = false;    // also <to>.zip (stored, not compressed)
    // Evidence files as age files instead of their original bytes: for an
    // X25519 recipient ("age1...") or a passphrase (scrypt).
    std::optional<std::string> recipient;
    std::optional<crypto::SecureBuffer> passphrase;
    int kdfWorkFactor = 18;
};

struct PoliceExportResult {
    std::string exportId;
    std::filesystem::path dir;
    std::optional<std::filesystem::path> zip;
    std::string zipSha256;
    std::string manifestSha256;
    bool cms = false;  // signed with the school's certificate (else Ed25519 only)
    std::optional<crypto::x509::CertificateInfo> certificate;
    bool plaintext = true;  // evidence in its original bytes
    std::int64_t evidenceFiles = 0;
    std::int64_t physicalItems = 0;
    std::uint64_t evidenceBytes = 0;
    std::int64_t files = 0;  // in SHA256SUMS
    std::int64_t handoverSeq = 0;
    std::string handoverHash;
    std::uint64_t treeSize = 0;
    std::optional<std::string> previousExport;
    std::string deadlineStatus;         // R13, empty when the case is not flagged
    std::vector<std::string> warnings;  // for the user: nothing failed, but look
};

// Writes the export of a case into a new folder `o.to` (built under a
// temporary name beside it and renamed when complete; removed on any
// failure before the handover is recorded). The handover is a custody event
// ("export.police") whose entry hash the verbale di consegna prints.
// dirigente and referente only.
PoliceExportResult exportForPolice(Vault& v, PoliceExportOptions o, Progress* progress);

// Attaches the RFC 3161 reply of a time-stamping authority to an export
// folder (manifest.json.tsr) after checking that it answers the export's
// request; needs no vault (the PC may be offline when exporting).
crypto::x509::TimestampCheck attachTimestamp(const std::filesystem::path& dir, const std::filesystem::path& tsr,
                                             const std::optional<std::filesystem::path>& tsaCa);

}  // namespace exports
}  // namespace custodia::vault
