// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"
#include "crypto/X509.h"

#include <filesystem>
#include <optional>
#include <string>

namespace custodia::vault {

class Vault;

// The school's X.509 signing certificate (a PKCS#12 file from the school's
// certification authority), with which police exports are signed as CMS
// (R8). Kept in the catalog, so encrypted with it; the private key never
// leaves guarded memory except inside OpenSSL while signing.
namespace signing {

struct Configured {
    crypto::x509::CertificateInfo certificate;
    std::string configuredAt;
    std::string configuredBy;
};

// Reads `p12` with `password` and keeps its key and certificates, replacing
// any configured before; recorded as "config.signing_cert". dirigente only
// (the school's legal representative). Throws Error(InvalidInput) for a file
// that is not usable (wrong password: Error(WrongPassphrase)), or a
// certificate already expired.
crypto::x509::CertificateInfo configure(Vault& v, const std::filesystem::path& p12,
                                        const crypto::SecureBuffer& password);
// Forgets the certificate; recorded. dirigente only.
void remove(Vault& v);
[[nodiscard]] std::optional<Configured> current(Vault& v);
// The key and certificates to sign with; nullopt when none is configured.
[[nodiscard]] std::optional<crypto::x509::SigningIdentity> identity(Vault& v);

}  // namespace signing
}  // namespace custodia::vault
