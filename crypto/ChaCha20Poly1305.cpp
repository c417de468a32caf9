// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaCha20Poly1305.h"

#include "Error.h"

#include <openssl/evp.h>

namespace custodia::crypto {

struct ChaCha20Poly1305::Ctx {
    EVP_CIPHER_CTX* c = EVP_CIPHER_CTX_new();
    ~Ctx() { EVP_CIPHER_CTX_free(c); }
};

namespace {
void check(int ok) {
    if (ok != 1) {
        throw Error(Error::Code::Internal, "OpenSSL ChaCha20-Poly1305 failed");
    }
}
}  // namespace

ChaCha20Poly1305::ChaCha20Poly1305(const SecureBuffer& key)
    : enc_(std::make_unique<Ctx>()), dec_(std::make_unique<Ctx>()) {
    if (key.size() != 32 || enc_->c == nullptr || dec_->c == nullptr) {
        throw Error(Error::Code::InvalidArgument, "ChaCha20-Poly1305 needs a 32-byte key");
    }
    check(EVP_EncryptInit_ex(enc_->c, EVP_chacha20_poly1305(), nullptr, key.data(), nullptr));
    check(EVP_DecryptInit_ex(dec_->c, EVP_chacha20_poly1305(), nullptr, key.data(), nullptr));
}

ChaCha20Poly1305::~ChaCha20Poly1305() = default;

void ChaCha20Poly1305::seal(const Nonce& nonce, std::span<const std::uint8_t> plaintext, std::uint8_t* out) {
    int len = 0;
    check(EVP_EncryptInit_ex(enc_->c, nullptr, nullptr, nullptr, nonce.data()));
    if (!plaintext.empty()) {
        check(EVP_EncryptUpdate(enc_->c, out, &len, plaintext.data(), static_cast<int>(plaintext.size())));
    }
    check(EVP_EncryptFinal_ex(enc_->c, out + plaintext.size(), &len));
    check(EVP_CIPHER_CTX_ctrl(enc_->c, EVP_CTRL_AEAD_GET_TAG, kTagSize, out + plaintext.size()));
}

bool ChaCha20Poly1305::open(const Nonce& nonce, std::span<const std::uint8_t> sealed, std::uint8_t* out) {
    if (sealed.size() < kTagSize) {
        return false;
    }
    const std::size_t n = sealed.size() - kTagSize;
    int len = 0;
    check(EVP_DecryptInit_ex(dec_->c, nullptr, nullptr, nullptr, nonce.data()));
    if (n > 0 && EVP_DecryptUpdate(dec_->c, out, &len, sealed.data(), static_cast<int>(n)) != 1) {
        return false;
    }
    // OpenSSL takes a non-const tag pointer but only reads it.
    check(EVP_CIPHER_CTX_ctrl(dec_->c, EVP_CTRL_AEAD_SET_TAG, kTagSize, const_cast<std::uint8_t*>(sealed.data() + n)));
    return EVP_DecryptFinal_ex(dec_->c, out + n, &len) == 1;
}

}  // namespace custodia::crypto
