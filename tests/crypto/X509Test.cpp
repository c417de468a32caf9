// SPDX-License-Identifier: GPL-3.0-or-later
// CMS and RFC 3161 through OpenSSL, checked against the openssl command line
// in both directions, with keys made at test time.
#include "crypto/Ed25519.h"
#include "crypto/Error.h"
#include "crypto/X509.h"
#include "support/Process.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace custodia::crypto;
using custodia::test::run;
using custodia::test::shell;
using custodia::test::TempDir;
namespace fs = std::filesystem;

namespace {

Bytes readBytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const fs::path& p, std::span<const std::uint8_t> b) {
    std::ofstream out(p, std::ios::binary);
    out.write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size()));
}

struct TestPki {
    TempDir tmp;
    TestPki() {
        shell("cd '" + tmp.path().string() +
              "' && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem"
              " -days 30 -subj '/CN=Unit CA' 2>/dev/null"
              " && openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout s.key -out s.csr"
              " -subj '/O=Scuola/CN=Firma' 2>/dev/null"
              " && openssl x509 -req -in s.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out s.pem -days 30 2>/dev/null"
              " && openssl pkcs12 -export -inkey s.key -in s.pem -out s.p12 -passout pass:segreta"
              " && openssl pkcs12 -export -in s.pem -nokeys -out nokey.p12 -passout pass:segreta"
              " && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout o.key -out other.pem"
              " -days 30 -subj '/CN=Other' 2>/dev/null");
    }
    fs::path operator/(const std::string& n) const { return tmp / n; }
};

}  // namespace

TEST_CASE("a PKCS#12 file is read with its password and refused otherwise", "[x509]") {
    TestPki pki;
    const auto p12 = readBytes(pki / "s.p12");
    const auto id = x509::readPkcs12(p12, SecureBuffer::copyOf(std::string_view("segreta")));
    CHECK(id.privateKeyDer.size() > 0);
    const auto info = x509::describeCertificate(id.certificatesPem);
    CHECK(info.subject == "CN=Firma,O=Scuola");
    CHECK(info.issuer == "CN=Unit CA");
    CHECK(info.fingerprintSha256.size() == 64);
    CHECK(info.notAfter > info.notBefore);
    try {
        (void)x509::readPkcs12(p12, SecureBuffer::copyOf(std::string_view("sbagliata")));
        FAIL("a wrong password was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == Error::Code::NoMatch);
    }
    CHECK_THROWS_AS(x509::readPkcs12(readBytes(pki / "nokey.p12"), SecureBuffer::copyOf(std::string_view("segreta"))),
                    Error);
    const Bytes junk{1, 2, 3, 4};
    CHECK_THROWS_AS(x509::readPkcs12(junk, SecureBuffer::copyOf(std::string_view("x"))), Error);
}

TEST_CASE("a detached CMS signature verifies with openssl cms and with the CA, tampering fails", "[x509][interop]") {
    TestPki pki;
    const auto id = x509::readPkcs12(readBytes(pki / "s.p12"), SecureBuffer::copyOf(std::string_view("segreta")));
    const std::string content = "{\"files\": []}\n";
    const Bytes sig = x509::signDetached(id, asBytes(content));
    writeBytes(pki / "m.json", asBytes(content));
    writeBytes(pki / "m.json.p7s", sig);
    const auto r =
        run({"/usr/bin/openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", (pki / "m.json.p7s").string(),
             "-content", (pki / "m.json").string(), "-CAfile", (pki / "ca.pem").string(), "-out", "/dev/null"});
    INFO(r.err);
    CHECK(r.exitCode == 0);

    auto check = x509::verifyDetached(sig, asBytes(content), std::nullopt);
    CHECK(check.signatureValid);
    CHECK_FALSE(check.chainChecked);
    REQUIRE(check.signer);
    CHECK(check.signer->subject == "CN=Firma,O=Scuola");
    check = x509::verifyDetached(sig, asBytes(content), pki / "ca.pem");
    CHECK(check.chainValid);
    check = x509::verifyDetached(sig, asBytes(content), pki / "other.pem");
    CHECK(check.signatureValid);
    CHECK_FALSE(check.chainValid);
    CHECK_FALSE(x509::verifyDetached(sig, asBytes(std::string("{\"files\": [1]}\n")), std::nullopt).signatureValid);
    Bytes bad = sig;
    bad[bad.size() - 5] ^= 0x01U;
    CHECK_FALSE(x509::verifyDetached(bad, asBytes(content), std::nullopt).signatureValid);
    CHECK_FALSE(x509::verifyDetached(Bytes{0x30, 0x03, 1, 2, 3}, asBytes(content), std::nullopt).signatureValid);

    // And a signature openssl made verifies here.
    shell("cd '" + pki.tmp.path().string() +
          "' && openssl cms -sign -binary -outform DER -in m.json -signer s.pem -inkey s.key -out o.p7s");
    CHECK(x509::verifyDetached(readBytes(pki / "o.p7s"), asBytes(content), pki / "ca.pem").chainValid);
}

TEST_CASE("a time-stamp request is what openssl ts makes, and its reply verifies", "[x509][interop][rfc3161]") {
    TestPki pki;
    const std::string data = "manifest bytes";
    const Digest digest = Sha256::of(data);
    const Bytes tsq = x509::makeTimestampRequest(digest);
    writeBytes(pki / "r.tsq", tsq);
    const std::string text = shell("openssl ts -query -in '" + (pki / "r.tsq").string() + "' -text");
    CHECK(text.find("Hash Algorithm: sha256") != std::string::npos);
    CHECK(text.find("Certificate required: yes") != std::string::npos);
    CHECK(text.find("Nonce: 0x") != std::string::npos);
    CHECK(x509::makeTimestampRequest(digest) != tsq);  // a fresh nonce each time

    // A local authority (its certificate must be for time stamping only).
    shell("cd '" + pki.tmp.path().string() +
          "' && openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout t.key -out t.csr"
          " -subj '/CN=TSA' 2>/dev/null"
          " && printf 'extendedKeyUsage=critical,timeStamping\\n' > t.ext"
          " && openssl x509 -req -in t.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out t.pem -days 30"
          " -extfile t.ext 2>/dev/null && echo 01 > serial"
          " && printf '[tsa]\\ndefault_tsa=t\\n[t]\\nserial=./serial\\nsigner_cert=./t.pem\\nsigner_key=./t.key\\n"
          "signer_digest=sha256\\ndefault_policy=1.2.3.4\\ndigests=sha256\\ness_cert_id_alg=sha256\\n' > t.cnf"
          " && openssl ts -reply -config t.cnf -queryfile r.tsq -out r.tsr 2>/dev/null");
    const Bytes tsr = readBytes(pki / "r.tsr");
    auto check = x509::verifyTimestamp(tsr, tsq, digest, std::nullopt);
    INFO(check.error);
    CHECK(check.granted);
    CHECK(check.matchesRequest);
    CHECK(check.signatureValid);
    CHECK(check.genTime.size() == 20);
    REQUIRE(check.tsa);
    CHECK(check.tsa->subject == "CN=TSA");
    check = x509::verifyTimestamp(tsr, tsq, digest, pki / "ca.pem");
    INFO(check.error);
    CHECK(check.chainValid);
    CHECK_FALSE(x509::verifyTimestamp(tsr, tsq, digest, pki / "other.pem").chainValid);
    // Not for this data; not for this request (another nonce); damaged.
    CHECK_FALSE(x509::verifyTimestamp(tsr, tsq, Sha256::of(std::string("other")), std::nullopt).matchesRequest);
    CHECK_FALSE(x509::verifyTimestamp(tsr, x509::makeTimestampRequest(digest), digest, std::nullopt).matchesRequest);
    Bytes bad = tsr;
    bad[bad.size() - 3] ^= 0x01U;
    const auto damaged = x509::verifyTimestamp(bad, tsq, digest, std::nullopt);
    CHECK_FALSE((damaged.matchesRequest && damaged.signatureValid));
    CHECK_FALSE(x509::verifyTimestamp(Bytes{1, 2, 3}, tsq, digest, std::nullopt).granted);
}

TEST_CASE("an Ed25519 public key as PEM is what openssl reads and verifies with", "[ed25519][interop]") {
    TempDir tmp;
    const auto key = Ed25519KeyPair::generate();
    const std::string pem = ed25519PublicKeyPem(key.publicKey());
    CHECK(pem.rfind("-----BEGIN PUBLIC KEY-----", 0) == 0);
    CHECK(ed25519PublicKeyFromPem(pem) == key.publicKey());
    CHECK_FALSE(ed25519PublicKeyFromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"));
    const std::string message = "manifest";
    const auto sig = key.sign(asBytes(message));
    writeBytes(tmp / "k.pem", asBytes(pem));
    writeBytes(tmp / "m", asBytes(message));
    writeBytes(tmp / "m.sig", sig);
    const auto r = run({"/usr/bin/openssl", "pkeyutl", "-verify", "-pubin", "-inkey", (tmp / "k.pem").string(),
                        "-rawin", "-in", (tmp / "m").string(), "-sigfile", (tmp / "m.sig").string()});
    CHECK(r.exitCode == 0);
    writeBytes(tmp / "m", asBytes(std::string("manifesto")));
    CHECK(run({"/usr/bin/openssl", "pkeyutl", "-verify", "-pubin", "-inkey", (tmp / "k.pem").string(), "-rawin", "-in",
               (tmp / "m").string(), "-sigfile", (tmp / "m.sig").string()})
              .exitCode != 0);
}
