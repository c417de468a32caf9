// SPDX-License-Identifier: GPL-3.0-or-later
#include "Kdf.h"

#include "Error.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <sodium.h>

#include <memory>

namespace custodia::crypto {

namespace {
struct KdfDeleter {
    void operator()(EVP_KDF* k) const { EVP_KDF_free(k); }
    void operator()(EVP_KDF_CTX* c) const { EVP_KDF_CTX_free(c); }
};
}  // namespace

SecureBuffer hkdfSha256(std::span<const std::uint8_t> ikm, std::span<const std::uint8_t> salt, std::string_view info) {
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf) {
        throw Error(Error::Code::Internal, "OpenSSL HKDF is unavailable");
    }
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx) {
        throw Error(Error::Code::Internal, "OpenSSL could not allocate an HKDF context");
    }
    // OpenSSL takes non-const pointers in OSSL_PARAM but does not write through them.
    char digest[] = "SHA256";
    unsigned char empty = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t*>(ikm.data()), ikm.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
                                          salt.empty() ? &empty : const_cast<std::uint8_t*>(salt.data()), salt.size()),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_INFO,
            info.empty() ? &empty : reinterpret_cast<unsigned char*>(const_cast<char*>(info.data())), info.size()),
        OSSL_PARAM_construct_end(),
    };
    SecureBuffer out(32);
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1) {
        throw Error(Error::Code::Internal, "OpenSSL HKDF derivation failed");
    }
    return out;
}

std::array<std::uint8_t, 32> hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> message) {
    std::array<std::uint8_t, 32> mac{};
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, key.data(), key.size());
    crypto_auth_hmacsha256_update(&st, message.data(), message.size());
    crypto_auth_hmacsha256_final(&st, mac.data());
    sodium_memzero(&st, sizeof st);
    return mac;
}

SecureBuffer scrypt(std::span<const std::uint8_t> passphrase, std::span<const std::uint8_t> salt, int logN) {
    if (logN < 1 || logN > 30) {
        throw Error(Error::Code::InvalidArgument, "scrypt work factor out of range");
    }
    SecureBuffer out(32);
    if (crypto_pwhash_scryptsalsa208sha256_ll(passphrase.data(), passphrase.size(), salt.data(), salt.size(),
                                              std::uint64_t{1} << logN, 8, 1, out.data(), out.size()) != 0) {
        throw Error(Error::Code::Internal,
                    "scrypt failed (not enough memory for work factor " + std::to_string(logN) + ")");
    }
    return out;
}

}  // namespace custodia::crypto
