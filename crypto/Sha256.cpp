// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sha256.h"

#include "Encoding.h"
#include "Error.h"

#include <openssl/evp.h>

namespace custodia::crypto {

struct Sha256::Ctx {
    EVP_MD_CTX* md = nullptr;
    ~Ctx() { EVP_MD_CTX_free(md); }
};

namespace {
void check(int ok) {
    if (ok != 1) {
        throw Error(Error::Code::Internal, "OpenSSL SHA-256 failed");
    }
}
}  // namespace

Sha256::Sha256() : ctx_(std::make_unique<Ctx>()) {
    ctx_->md = EVP_MD_CTX_new();
    if (ctx_->md == nullptr) {
        throw Error(Error::Code::Internal, "OpenSSL could not allocate a digest context");
    }
    check(EVP_DigestInit_ex(ctx_->md, EVP_sha256(), nullptr));
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

void Sha256::update(std::span<const std::uint8_t> bytes) {
    check(EVP_DigestUpdate(ctx_->md, bytes.data(), bytes.size()));
}

void Sha256::update(std::string_view text) {
    update(asBytes(text));
}

Digest Sha256::finish() {
    Digest d{};
    unsigned int len = 0;
    check(EVP_DigestFinal_ex(ctx_->md, d.data(), &len));
    check(EVP_DigestInit_ex(ctx_->md, EVP_sha256(), nullptr));
    return d;
}

Digest Sha256::of(std::span<const std::uint8_t> bytes) {
    Digest d{};
    unsigned int len = 0;
    check(EVP_Digest(bytes.data(), bytes.size(), d.data(), &len, EVP_sha256(), nullptr));
    return d;
}

Digest Sha256::of(std::string_view text) {
    return of(asBytes(text));
}

std::string toHex(const Digest& d) {
    return toHex(std::span<const std::uint8_t>(d));
}

}  // namespace custodia::crypto
