// SPDX-License-Identifier: GPL-3.0-or-later
#include "X509.h"

#include "Error.h"
#include "Random.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <memory>

namespace custodia::crypto::x509 {

namespace {

template <auto Free>
struct Deleter {
    template <typename T>
    void operator()(T* p) const noexcept {
        Free(p);
    }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using P12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using TsReqPtr = std::unique_ptr<TS_REQ, Deleter<TS_REQ_free>>;
using TsRespPtr = std::unique_ptr<TS_RESP, Deleter<TS_RESP_free>>;
using TsCtxPtr = std::unique_ptr<TS_VERIFY_CTX, Deleter<TS_VERIFY_CTX_free>>;
using P8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Deleter<PKCS8_PRIV_KEY_INFO_free>>;

void freeCerts(STACK_OF(X509) * s) noexcept {
    sk_X509_pop_free(s, X509_free);
}
using CertsPtr = std::unique_ptr<STACK_OF(X509), Deleter<freeCerts>>;
// A stack whose certificates belong to someone else (CMS_get0_signers).
void freeStackOnly(STACK_OF(X509) * s) noexcept {
    sk_X509_free(s);
}
using BorrowedCertsPtr = std::unique_ptr<STACK_OF(X509), Deleter<freeStackOnly>>;

// OpenSSL's error queue as one line, emptied.
std::string opensslError(const std::string& fallback) {
    std::string out;
    while (const unsigned long code = ERR_get_error()) {
        std::array<char, 256> buf{};
        ERR_error_string_n(code, buf.data(), buf.size());
        if (!out.empty()) {
            out += "; ";
        }
        out += buf.data();
    }
    return out.empty() ? fallback : out;
}

BioPtr memBio(std::span<const std::uint8_t> bytes) {
    static const std::uint8_t none = 0;  // an empty span may have no address; OpenSSL wants one
    BioPtr bio(BIO_new_mem_buf(bytes.empty() ? &none : bytes.data(), static_cast<int>(bytes.size())));
    if (!bio) {
        throw Error(Error::Code::Internal, "out of memory (BIO)");
    }
    return bio;
}

std::string bioText(BIO* bio) {
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? std::string(data, static_cast<std::size_t>(n)) : std::string();
}

std::string formatTime(const ASN1_TIME* t) {
    std::tm tm{};
    if (t == nullptr || ASN1_TIME_to_tm(t, &tm) != 1) {
        return {};
    }
    std::array<char, 32> buf{};
    std::strftime(buf.data(), buf.size(), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf.data();
}

std::string nameText(const X509_NAME* name) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253);
    return bioText(bio.get());
}

CertificateInfo describe(X509* cert) {
    CertificateInfo info;
    info.subject = nameText(X509_get_subject_name(cert));
    info.issuer = nameText(X509_get_issuer_name(cert));
    if (BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr)) {
        if (char* hex = BN_bn2hex(bn)) {
            info.serial = hex;
            OPENSSL_free(hex);
        }
        BN_free(bn);
    }
    std::array<std::uint8_t, EVP_MAX_MD_SIZE> md{};
    unsigned int len = 0;
    if (X509_digest(cert, EVP_sha256(), md.data(), &len) == 1) {
        info.fingerprintSha256 = toHex(std::span(md.data(), len));
    }
    info.notBefore = formatTime(X509_get0_notBefore(cert));
    info.notAfter = formatTime(X509_get0_notAfter(cert));
    // No keyUsage extension means any use; otherwise signing must be allowed.
    const std::uint32_t usage = X509_get_key_usage(cert);
    info.canSign = usage == UINT32_MAX || (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) != 0;
    return info;
}

CertsPtr readCertificates(const std::string& pem) {
    CertsPtr certs(sk_X509_new_null());
    BioPtr bio = memBio(asBytes(pem));
    while (X509* c = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        sk_X509_push(certs.get(), c);
    }
    ERR_clear_error();  // the end of the text reads as "no start line"
    if (sk_X509_num(certs.get()) == 0) {
        throw Error(Error::Code::InvalidArgument, "no X.509 certificate in the PEM text");
    }
    return certs;
}

std::string toPem(X509* cert) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioText(bio.get());
}

// A trust store of the certificates in `caFile`, checking validity at
// `at` (seconds since the epoch) instead of now when given.
StorePtr loadStore(const std::filesystem::path& caFile, std::optional<std::int64_t> at = std::nullopt) {
    StorePtr store(X509_STORE_new());
    if (!store || X509_STORE_load_file(store.get(), caFile.c_str()) != 1) {
        throw Error(Error::Code::InvalidArgument,
                    "cannot read the CA certificates in '" + caFile.string() + "': " + opensslError("unknown error"));
    }
    if (at) {
        X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store.get()), static_cast<time_t>(*at));
    }
    return store;
}

std::optional<std::int64_t> epochOf(const ASN1_TIME* t) {
    std::tm tm{};
    if (t == nullptr || ASN1_TIME_to_tm(t, &tm) != 1) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(timegm(&tm));
}

CmsPtr readCms(std::span<const std::uint8_t> der) {
    BioPtr bio = memBio(der);
    return CmsPtr(d2i_CMS_bio(bio.get(), nullptr));
}

// Checks a CMS signature against the certificate it carries, without any
// trust store: the signer's certificate if it verifies, nullopt otherwise.
// `content` is the detached content, or nullptr when it is encapsulated.
std::optional<CertificateInfo> signerIfValid(CMS_ContentInfo* cms, BIO* content) {
    BioPtr out(BIO_new(BIO_s_mem()));
    if (CMS_verify(cms, nullptr, nullptr, content, out.get(), CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1) {
        return std::nullopt;
    }
    const BorrowedCertsPtr signers{CMS_get0_signers(cms)};
    if (!signers || sk_X509_num(signers.get()) == 0) {
        return std::nullopt;
    }
    return describe(sk_X509_value(signers.get(), 0));
}

// True if a parsed TimeStampReq asks to time-stamp exactly `data` (SHA-256).
bool requestIsFor(TS_REQ* req, const Digest& data) {
    TS_MSG_IMPRINT* imprint = TS_REQ_get_msg_imprint(req);
    const ASN1_OCTET_STRING* msg = TS_MSG_IMPRINT_get_msg(imprint);
    const ASN1_OBJECT* oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, TS_MSG_IMPRINT_get_algo(imprint));
    return OBJ_obj2nid(oid) == NID_sha256 && msg != nullptr &&
           ASN1_STRING_length(msg) == static_cast<int>(data.size()) &&
           std::equal(data.begin(), data.end(), ASN1_STRING_get0_data(msg));
}

Bytes bioBytes(BIO* bio) {
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? Bytes(data, data + n) : Bytes();
}

}  // namespace

SigningIdentity readPkcs12(std::span<const std::uint8_t> p12, const SecureBuffer& password) {
    BioPtr bio = memBio(p12);
    P12Ptr pkcs12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!pkcs12) {
        ERR_clear_error();
        throw Error(Error::Code::InvalidArgument, "the file is not a PKCS#12 (.p12/.pfx) certificate file");
    }
    // OpenSSL keeps the password as a C string.
    SecureBuffer pass(password.size() + 1);
    std::copy(password.span().begin(), password.span().end(), pass.data());
    const char* pw = reinterpret_cast<const char*>(pass.data());
    if (PKCS12_verify_mac(pkcs12.get(), pw, static_cast<int>(password.size())) != 1) {
        // An empty password may be encoded either as "" or as none.
        if (!password.empty() || PKCS12_verify_mac(pkcs12.get(), nullptr, 0) != 1) {
            ERR_clear_error();
            throw Error(Error::Code::NoMatch, "wrong password for the PKCS#12 file");
        }
        pw = nullptr;
    }
    ERR_clear_error();
    EVP_PKEY* rawKey = nullptr;
    X509* rawCert = nullptr;
    STACK_OF(X509)* rawCa = nullptr;
    const int parsed = PKCS12_parse(pkcs12.get(), pw, &rawKey, &rawCert, &rawCa);
    KeyPtr key(rawKey);
    X509Ptr cert(rawCert);
    CertsPtr ca(rawCa);
    if (parsed != 1) {
        throw Error(Error::Code::InvalidArgument, "cannot read the PKCS#12 file: " + opensslError("unknown error"));
    }
    if (!key || !cert) {
        throw Error(Error::Code::InvalidArgument,
                    "the PKCS#12 file must hold a private key and its certificate (it holds " +
                        std::string(key ? "no certificate" : "no private key") + ")");
    }
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        throw Error(Error::Code::InvalidArgument, "the private key in the PKCS#12 file does not match its certificate");
    }
    P8Ptr p8(EVP_PKEY2PKCS8(key.get()));
    const int len = p8 ? i2d_PKCS8_PRIV_KEY_INFO(p8.get(), nullptr) : -1;
    if (len <= 0) {
        throw Error(Error::Code::Internal, "cannot encode the private key: " + opensslError("unknown error"));
    }
    SigningIdentity id;
    id.privateKeyDer = SecureBuffer(static_cast<std::size_t>(len));
    unsigned char* out = id.privateKeyDer.data();
    i2d_PKCS8_PRIV_KEY_INFO(p8.get(), &out);
    id.certificatesPem = toPem(cert.get());
    for (int i = 0; ca && i < sk_X509_num(ca.get()); ++i) {
        id.certificatesPem += toPem(sk_X509_value(ca.get(), i));
    }
    return id;
}

CertificateInfo describeCertificate(const std::string& pem) {
    const CertsPtr certs = readCertificates(pem);
    return describe(sk_X509_value(certs.get(), 0));
}

Bytes signDetached(const SigningIdentity& identity, std::span<const std::uint8_t> content) {
    const unsigned char* p = identity.privateKeyDer.data();
    P8Ptr p8(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, static_cast<long>(identity.privateKeyDer.size())));
    KeyPtr key(p8 ? EVP_PKCS82PKEY(p8.get()) : nullptr);
    if (!key) {
        throw Error(Error::Code::InvalidKey, "the stored signing key cannot be read: " + opensslError("unknown error"));
    }
    CertsPtr certs = readCertificates(identity.certificatesPem);
    X509* signer = sk_X509_shift(certs.get());
    X509Ptr signerOwner(signer);
    BioPtr in = memBio(content);
    CmsPtr cms(CMS_sign(signer, key.get(), certs.get(), in.get(), CMS_DETACHED | CMS_BINARY));
    if (!cms) {
        throw Error(Error::Code::Internal, "CMS signing failed: " + opensslError("unknown error"));
    }
    BioPtr out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1) {
        throw Error(Error::Code::Internal, "cannot encode the CMS signature: " + opensslError("unknown error"));
    }
    return bioBytes(out.get());
}

CmsCheck verifyDetached(std::span<const std::uint8_t> signature, std::span<const std::uint8_t> content,
                        const std::optional<std::filesystem::path>& caFile, std::optional<std::int64_t> at) {
    CmsCheck r;
    CmsPtr cms = readCms(signature);
    if (!cms) {
        r.error = "not a CMS signature (DER): " + opensslError("parse error");
        return r;
    }
    {
        BioPtr in = memBio(content);
        r.signer = signerIfValid(cms.get(), in.get());
        r.signatureValid = r.signer.has_value();
        if (!r.signatureValid) {
            r.error = opensslError("signature does not match the content");
            return r;
        }
    }
    if (caFile) {
        r.chainChecked = true;
        StorePtr store = loadStore(*caFile, at);
        BioPtr in = memBio(content);
        r.chainValid = CMS_verify(cms.get(), nullptr, store.get(), in.get(), nullptr, CMS_BINARY) == 1;
        if (!r.chainValid) {
            r.error = opensslError("the signer's certificate does not chain to the given CA");
        }
    }
    return r;
}

bool timestampRequestIsFor(std::span<const std::uint8_t> request, const Digest& data) {
    BioPtr bio = memBio(request);
    TsReqPtr req(d2i_TS_REQ_bio(bio.get(), nullptr));
    if (!req) {
        ERR_clear_error();
        return false;
    }
    return requestIsFor(req.get(), data);
}

Bytes makeTimestampRequest(const Digest& sha256) {
    TsReqPtr req(TS_REQ_new());
    TS_MSG_IMPRINT* imprint = TS_MSG_IMPRINT_new();
    X509_ALGOR* alg = X509_ALGOR_new();
    ASN1_INTEGER* nonce = ASN1_INTEGER_new();
    std::array<std::uint8_t, 8> rnd{};
    randomBytes(rnd);
    std::uint64_t n = 0;
    for (const auto b : rnd) {
        n = (n << 8U) | b;
    }
    n >>= 1U;  // positive, as DER integers of other tools print it
    const bool ok = req && imprint && alg && nonce && TS_REQ_set_version(req.get(), 1) == 1 &&
                    X509_ALGOR_set0(alg, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) == 1 &&
                    TS_MSG_IMPRINT_set_algo(imprint, alg) == 1 &&
                    TS_MSG_IMPRINT_set_msg(imprint, const_cast<unsigned char*>(sha256.data()),
                                           static_cast<int>(sha256.size())) == 1 &&
                    TS_REQ_set_msg_imprint(req.get(), imprint) == 1 && ASN1_INTEGER_set_uint64(nonce, n) == 1 &&
                    TS_REQ_set_nonce(req.get(), nonce) == 1 && TS_REQ_set_cert_req(req.get(), 1) == 1;
    // The setters copy their arguments.
    TS_MSG_IMPRINT_free(imprint);
    X509_ALGOR_free(alg);
    ASN1_INTEGER_free(nonce);
    if (!ok) {
        throw Error(Error::Code::Internal, "cannot build the time-stamp request: " + opensslError("unknown error"));
    }
    BioPtr out(BIO_new(BIO_s_mem()));
    if (i2d_TS_REQ_bio(out.get(), req.get()) != 1) {
        throw Error(Error::Code::Internal, "cannot encode the time-stamp request: " + opensslError("unknown error"));
    }
    return bioBytes(out.get());
}

TimestampCheck verifyTimestamp(std::span<const std::uint8_t> response, std::span<const std::uint8_t> request,
                               const Digest& data, const std::optional<std::filesystem::path>& caFile) {
    TimestampCheck r;
    BioPtr respBio = memBio(response);
    TsRespPtr resp(d2i_TS_RESP_bio(respBio.get(), nullptr));
    BioPtr reqBio = memBio(request);
    TsReqPtr req(d2i_TS_REQ_bio(reqBio.get(), nullptr));
    if (!resp) {
        r.error = "not an RFC 3161 time-stamp response (DER .tsr): " + opensslError("parse error");
        return r;
    }
    if (!req) {
        r.error = "the time-stamp request (.tsq) does not parse: " + opensslError("parse error");
        return r;
    }
    if (!requestIsFor(req.get(), data)) {
        r.error = "the time-stamp request is not for this file's SHA-256";
        return r;
    }
    const long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp.get())));
    r.granted = status == 0 || status == 1;
    PKCS7* token = TS_RESP_get_token(resp.get());
    if (!r.granted || token == nullptr) {
        r.error = "the authority did not grant the time stamp (status " + std::to_string(status) + ")";
        return r;
    }
    std::optional<std::int64_t> genEpoch;
    if (const TS_TST_INFO* info = TS_RESP_get_tst_info(resp.get())) {
        r.genTime = formatTime(TS_TST_INFO_get_time(info));
        genEpoch = epochOf(TS_TST_INFO_get_time(info));
        r.genEpoch = genEpoch.value_or(0);
    }
    {
        TsCtxPtr ctx(TS_REQ_to_TS_VERIFY_CTX(req.get(), nullptr));
        r.matchesRequest = ctx && TS_RESP_verify_response(ctx.get(), resp.get()) == 1;
        if (!r.matchesRequest) {
            r.error = "the token does not answer this request: " + opensslError("imprint or nonce differ");
            return r;
        }
    }
    // The token is a CMS SignedData over its TSTInfo: its signature, by the
    // certificate it carries, checked like any other.
    BioPtr der(BIO_new(BIO_s_mem()));
    i2d_PKCS7_bio(der.get(), token);
    const Bytes tokenDer = bioBytes(der.get());
    if (CmsPtr cms = readCms(tokenDer)) {
        r.tsa = signerIfValid(cms.get(), nullptr);
        r.signatureValid = r.tsa.has_value();
    }
    if (!r.signatureValid) {
        r.error = "the token's signature does not verify: " + opensslError("bad signature");
        return r;
    }
    if (caFile) {
        r.chainChecked = true;
        TsCtxPtr ctx(TS_REQ_to_TS_VERIFY_CTX(req.get(), nullptr));
        StorePtr store = loadStore(*caFile, genEpoch);        // the authority's certificate was valid then
        TS_VERIFY_CTX_set_store(ctx.get(), store.release());  // the context owns it now
        TS_VERIFY_CTX_add_flags(ctx.get(), TS_VFY_SIGNATURE);
        r.chainValid = TS_RESP_verify_response(ctx.get(), resp.get()) == 1;
        if (!r.chainValid) {
            r.error = "the authority's certificate does not chain to the given CA: " + opensslError("unknown error");
        }
    }
    return r;
}

}  // namespace custodia::crypto::x509
