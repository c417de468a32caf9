// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Encoding.h"
#include "SecureBuffer.h"
#include "Sha256.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>

// X.509 signatures for people outside Custodia (DESIGN.md "Exports"): a
// detached CMS signature (RFC 5652) by the school's certificate, which
// `openssl cms -verify` checks, and RFC 3161 time-stamp requests and tokens,
// which `openssl ts -verify` checks. Everything is OpenSSL; nothing here
// invents a format.
namespace custodia::crypto::x509 {

// What a person needs to recognise a certificate.
struct CertificateInfo {
    std::string subject;  // RFC 2253, e.g. "CN=IC Udine 3,O=...,C=IT"
    std::string issuer;
    std::string serial;             // hex
    std::string fingerprintSha256;  // hex of SHA-256 over the DER
    std::string notBefore;          // RFC 3339 UTC
    std::string notAfter;
    bool canSign = true;  // keyUsage allows digital signatures (or has no keyUsage)
};

// A signing certificate with its private key, read from a PKCS#12 file.
// The key is kept as PKCS#8 DER in guarded memory; the certificates as PEM
// (the signer's first, then any chain certificates the file carries).
struct SigningIdentity {
    SecureBuffer privateKeyDer;
    std::string certificatesPem;
};

// Reads a PKCS#12 (.p12/.pfx) file's bytes with its password. Throws
// Error(NoMatch) for a wrong password, Error(InvalidArgument) for a file that
// is not PKCS#12 or holds no key and certificate that belong together.
[[nodiscard]] SigningIdentity readPkcs12(std::span<const std::uint8_t> p12, const SecureBuffer& password);

// The first certificate of a PEM text; throws Error(InvalidArgument).
[[nodiscard]] CertificateInfo describeCertificate(const std::string& pem);

// A detached CMS SignedData (DER) over `content`: SHA-256, the signer's
// certificate and chain included, signing time as a signed attribute.
[[nodiscard]] Bytes signDetached(const SigningIdentity& identity, std::span<const std::uint8_t> content);

struct CmsCheck {
    bool signatureValid = false;  // the content matches the signature of the included certificate
    bool chainChecked = false;    // a CA file was given
    bool chainValid = false;      // the signer chains to it (valid at `at`)
    std::string error;            // OpenSSL's reason when something failed
    std::optional<CertificateInfo> signer;
};
// Verifies a detached CMS signature (DER) of `content`. Without `caFile` only
// the signature is checked (the chain cannot be without a trust anchor). The
// chain is checked as of `at` (seconds since the epoch; e.g. the time of a
// time stamp over the content), or now.
[[nodiscard]] CmsCheck verifyDetached(std::span<const std::uint8_t> signature, std::span<const std::uint8_t> content,
                                      const std::optional<std::filesystem::path>& caFile,
                                      std::optional<std::int64_t> at = std::nullopt);

// True if the TimeStampReq (DER) asks to time-stamp exactly `data` (SHA-256).
[[nodiscard]] bool timestampRequestIsFor(std::span<const std::uint8_t> request, const Digest& data);

// An RFC 3161 TimeStampReq (DER) for a SHA-256 digest, asking for the
// TSA's certificate, with a random 64-bit nonce.
[[nodiscard]] Bytes makeTimestampRequest(const Digest& sha256);

struct TimestampCheck {
    bool granted = false;         // status granted / grantedWithMods
    bool matchesRequest = false;  // imprint (and nonce) of the request
    bool signatureValid = false;  // signed by the certificate it carries
    bool chainChecked = false;
    bool chainValid = false;
    std::string error;
    std::string genTime;  // RFC 3339 UTC, as the authority stated it
    std::int64_t genEpoch = 0;
    std::optional<CertificateInfo> tsa;
};
// Checks a TimeStampResp (DER .tsr) against the request it answers (which
// must be for `data`: the SHA-256 of the time-stamped file), and, with
// `caFile`, the authority's certificate chain.
[[nodiscard]] TimestampCheck verifyTimestamp(std::span<const std::uint8_t> response,
                                             std::span<const std::uint8_t> request, const Digest& data,
                                             const std::optional<std::filesystem::path>& caFile);

}  // namespace custodia::crypto::x509
