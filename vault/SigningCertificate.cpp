// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigningCertificate.h"

#include "Error.h"
#include "Files.h"
#include "Time.h"
#include "Vault.h"
#include "crypto/Error.h"

namespace custodia::vault::signing {

namespace {

constexpr std::size_t kMaxP12 = 1 << 20;

}  // namespace

crypto::x509::CertificateInfo configure(Vault& v, const std::filesystem::path& p12,
                                        const crypto::SecureBuffer& password) {
    v.requireRole({Role::Dirigente}, "configure the school's signing certificate");
    const std::vector<std::uint8_t> bytes = files::readFile(p12, kMaxP12);
    crypto::x509::SigningIdentity id;
    try {
        id = crypto::x509::readPkcs12(bytes, password);
    } catch (const crypto::Error& e) {
        if (e.code() == crypto::Error::Code::NoMatch) {
            throw Error(Error::Code::WrongPassphrase, "wrong password for '" + p12.string() + "'",
                        "type the password the certification authority gave with the file");
        }
        throw Error(Error::Code::InvalidInput, "'" + p12.string() + "': " + e.what(),
                    "export the school's certificate with its private key as a .p12/.pfx file");
    }
    const crypto::x509::CertificateInfo info = crypto::x509::describeCertificate(id.certificatesPem);
    if (!info.canSign) {
        throw Error(Error::Code::InvalidInput, "the certificate '" + info.subject + "' is not for signatures",
                    "its key usage allows neither digital signatures nor non-repudiation; use the school's signing "
                    "certificate");
    }
    const std::string now = time::formatUtc(v.clock().now());
    if (!info.notAfter.empty() && info.notAfter < now) {
        throw Error(Error::Code::InvalidInput, "the certificate '" + info.subject + "' expired on " + info.notAfter,
                    "ask the certification authority for a new certificate");
    }
    Transaction tx(v.db());
    v.db()
        .prepare(
            "INSERT OR REPLACE INTO signing_certificate (id, certificates, private_key, subject, fingerprint, "
            "not_after, "
            "configured_at, configured_by) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, id.certificatesPem)
        .bindBlob(2, id.privateKeyDer.span())
        .bind(3, info.subject)
        .bind(4, info.fingerprintSha256)
        .bind(5, info.notAfter)
        .bind(6, now)
        .bind(7, v.actor().id)
        .run();
    v.record({"config.signing_cert",
              std::nullopt,
              std::nullopt,
              {{"subject", info.subject},
               {"issuer", info.issuer},
               {"serial", info.serial},
               {"fingerprint_sha256", info.fingerprintSha256},
               {"not_after", info.notAfter}}});
    tx.commit();
    return info;
}

void remove(Vault& v) {
    v.requireRole({Role::Dirigente}, "remove the school's signing certificate");
    const auto c = current(v);
    if (!c) {
        throw Error(Error::Code::NotFound, "no signing certificate is configured");
    }
    Transaction tx(v.db());
    v.db().prepare("DELETE FROM signing_certificate").run();
    v.record({"config.signing_cert_removed",
              std::nullopt,
              std::nullopt,
              {{"subject", c->certificate.subject}, {"fingerprint_sha256", c->certificate.fingerprintSha256}}});
    tx.commit();
}

std::optional<Configured> current(Vault& v) {
    auto st = v.db().prepare("SELECT certificates, configured_at, configured_by FROM signing_certificate");
    if (!st.step()) {
        return std::nullopt;
    }
    return Configured{crypto::x509::describeCertificate(st.textAt(0)), st.textAt(1), st.textAt(2)};
}

std::optional<crypto::x509::SigningIdentity> identity(Vault& v) {
    auto st = v.db().prepare("SELECT certificates, private_key FROM signing_certificate");
    if (!st.step()) {
        return std::nullopt;
    }
    crypto::x509::SigningIdentity id;
    id.certificatesPem = st.textAt(0);
    id.privateKeyDer = st.secretAt(1);
    return id;
}

}  // namespace custodia::vault::signing
