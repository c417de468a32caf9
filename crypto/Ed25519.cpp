// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ed25519.h"

#include "Error.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sodium.h>

#include <memory>

namespace custodia::crypto {

Ed25519KeyPair Ed25519KeyPair::generate() {
    Ed25519KeyPair kp;
    kp.secret_ = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(kp.public_.data(), kp.secret_.data());
    return kp;
}

Ed25519KeyPair Ed25519KeyPair::fromSeed(std::span<const std::uint8_t> seed) {
    if (seed.size() != crypto_sign_SEEDBYTES) {
        throw Error(Error::Code::InvalidKey, "an Ed25519 seed must be 32 bytes");
    }
    Ed25519KeyPair kp;
    kp.secret_ = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(kp.public_.data(), kp.secret_.data(), seed.data());
    return kp;
}

SecureBuffer Ed25519KeyPair::seed() const {
    SecureBuffer s(crypto_sign_SEEDBYTES);
    crypto_sign_ed25519_sk_to_seed(s.data(), secret_.data());
    return s;
}

Ed25519Signature Ed25519KeyPair::sign(std::span<const std::uint8_t> message) const {
    Ed25519Signature sig{};
    if (crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), secret_.data()) != 0) {
        throw Error(Error::Code::Internal, "Ed25519 signing failed");
    }
    return sig;
}

bool ed25519Verify(const Ed25519PublicKey& key, std::span<const std::uint8_t> message,
                   const Ed25519Signature& signature) noexcept {
    return crypto_sign_verify_detached(signature.data(), message.data(), message.size(), key.data()) == 0;
}

std::string ed25519PublicKeyPem(const Ed25519PublicKey& key) {
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, key.data(), key.size()), EVP_PKEY_free);
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!pkey || !bio || PEM_write_bio_PUBKEY(bio.get(), pkey.get()) != 1) {
        throw Error(Error::Code::Internal, "cannot encode an Ed25519 public key as PEM");
    }
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return {data, static_cast<std::size_t>(n)};
}

std::optional<Ed25519PublicKey> ed25519PublicKeyFromPem(const std::string& pem) {
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())),
                                                        BIO_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, EVP_PKEY_free);
    Ed25519PublicKey out{};
    std::size_t len = out.size();
    if (!pkey || EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_ED25519 ||
        EVP_PKEY_get_raw_public_key(pkey.get(), out.data(), &len) != 1 || len != out.size()) {
        ERR_clear_error();
        return std::nullopt;
    }
    return out;
}

}  // namespace custodia::crypto
