// SPDX-License-Identifier: GPL-3.0-or-later
#include "Age.h"

#include "Bech32.h"
#include "Encoding.h"
#include "Error.h"
#include "Kdf.h"
#include "Random.h"

#include <sodium.h>

#include <algorithm>
#include <charconv>

namespace custodia::crypto::age {

namespace {

constexpr std::size_t kFileKeySize = 16;
constexpr std::string_view kX25519Label = "age-encryption.org/v1/X25519";
constexpr std::string_view kScryptLabel = "age-encryption.org/v1/scrypt";
constexpr std::array<std::uint8_t, 12> kZeroNonce{};

[[noreturn]] void headerFail(const std::string& why) {
    throw Error(Error::Code::HeaderInvalid, "invalid age header: " + why);
}

std::vector<std::uint8_t> sealFileKey(const SecureBuffer& wrapKey, const SecureBuffer& fileKey) {
    std::vector<std::uint8_t> body(fileKey.size() + kTagSize);
    unsigned long long clen = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(body.data(), &clen, fileKey.data(), fileKey.size(), nullptr, 0, nullptr,
                                              kZeroNonce.data(), wrapKey.data());
    return body;
}

std::optional<SecureBuffer> openFileKey(const SecureBuffer& wrapKey, const std::vector<std::uint8_t>& body) {
    SecureBuffer fileKey(kFileKeySize);
    unsigned long long plen = 0;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(fileKey.data(), &plen, nullptr, body.data(), body.size(), nullptr, 0,
                                                  kZeroNonce.data(), wrapKey.data()) != 0) {
        return std::nullopt;
    }
    return fileKey;
}

std::array<std::uint8_t, 32> x25519Base(const SecureBuffer& secret) {
    std::array<std::uint8_t, 32> pub{};
    crypto_scalarmult_base(pub.data(), secret.data());
    return pub;
}

SecureBuffer x25519WrapKey(std::span<const std::uint8_t> shared, std::span<const std::uint8_t> share,
                           std::span<const std::uint8_t> recipient) {
    std::array<std::uint8_t, 64> salt{};
    std::copy(share.begin(), share.end(), salt.begin());
    std::copy(recipient.begin(), recipient.end(), salt.begin() + 32);
    return hkdfSha256(shared, salt, kX25519Label);
}

std::vector<std::uint8_t> scryptSalt(std::span<const std::uint8_t> salt) {
    std::vector<std::uint8_t> full(kScryptLabel.begin(), kScryptLabel.end());
    full.insert(full.end(), salt.begin(), salt.end());
    return full;
}

// ^[1-9][0-9]*$ and not above `max`; nullopt otherwise.
std::optional<int> parseWorkFactor(const std::string& text) {
    if (text.empty() || text.size() > 2 || text[0] < '1' || text[0] > '9' ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    int v = 0;
    std::from_chars(text.data(), text.data() + text.size(), v);
    return v;
}

}  // namespace

// ---- X25519 ---------------------------------------------------------------

X25519Recipient X25519Recipient::parse(std::string_view text) {
    auto d = bech32Decode(text);
    if (!d || d->hrp != "age" || d->data.size() != 32 || text.substr(0, 3) != "age") {
        throw Error(Error::Code::InvalidKey, "not a valid age X25519 recipient (age1...)");
    }
    std::array<std::uint8_t, 32> key{};
    std::copy_n(d->data.data(), 32, key.begin());
    return X25519Recipient(key);
}

std::string X25519Recipient::toString() const {
    SecureBuffer s = bech32Encode("age", publicKey_, false);
    return std::string(s.view());
}

std::vector<Stanza> X25519Recipient::wrap(const SecureBuffer& fileKey) const {
    SecureBuffer ephemeral(32);
    randomBytes(ephemeral.span());
    const auto share = x25519Base(ephemeral);
    SecureBuffer shared(32);
    if (crypto_scalarmult(shared.data(), ephemeral.data(), publicKey_.data()) != 0) {
        throw Error(Error::Code::InvalidKey, "the X25519 recipient is a low-order point");
    }
    const SecureBuffer wrapKey = x25519WrapKey(shared.span(), share, publicKey_);
    return {Stanza{{"X25519", toBase64Raw(share)}, sealFileKey(wrapKey, fileKey)}};
}

X25519Identity::X25519Identity(SecureBuffer secret) : secret_(std::move(secret)), publicKey_(x25519Base(secret_)) {}

X25519Identity X25519Identity::generate() {
    SecureBuffer secret(32);
    randomBytes(secret.span());
    return X25519Identity(std::move(secret));
}

X25519Identity X25519Identity::parse(std::string_view text) {
    auto d = bech32Decode(text);
    // age writes secret keys in upper case; Bech32 itself accepts either case.
    if (!d || d->hrp != "age-secret-key-" || d->data.size() != 32) {
        throw Error(Error::Code::InvalidKey, "not a valid age X25519 identity (AGE-SECRET-KEY-1...)");
    }
    return X25519Identity(std::move(d->data));
}

SecureBuffer X25519Identity::toString() const {
    return bech32Encode("AGE-SECRET-KEY-", secret_.span(), true);
}

X25519Recipient X25519Identity::recipient() const {
    return X25519Recipient(publicKey_);
}

std::optional<SecureBuffer> X25519Identity::unwrap(const std::vector<Stanza>& stanzas) const {
    for (const Stanza& s : stanzas) {
        if (s.type() != "X25519") {
            continue;
        }
        if (s.args.size() != 2) {
            headerFail("an X25519 stanza must have exactly one argument");
        }
        auto share = fromBase64Raw(s.args[1]);
        if (!share || share->size() != 32) {
            headerFail("the X25519 share is not canonical base64 of 32 bytes");
        }
        if (s.body.size() != kFileKeySize + kTagSize) {
            headerFail("the X25519 stanza body is not 32 bytes");
        }
        SecureBuffer shared(32);
        // libsodium returns -1 when the result is all zeros (low-order share).
        if (crypto_scalarmult(shared.data(), secret_.data(), share->data()) != 0) {
            headerFail("the X25519 share is a low-order point");
        }
        const SecureBuffer wrapKey = x25519WrapKey(shared.span(), *share, publicKey_);
        if (auto fk = openFileKey(wrapKey, s.body)) {
            return fk;
        }
    }
    return std::nullopt;
}

// ---- scrypt ----------------------------------------------------------------

ScryptRecipient::ScryptRecipient(SecureBuffer passphrase, int workFactor)
    : passphrase_(std::move(passphrase)), workFactor_(workFactor) {
    if (workFactor < 1 || workFactor > ScryptIdentity::kDefaultMaxWorkFactor) {
        throw Error(Error::Code::InvalidArgument, "scrypt work factor must be between 1 and 22");
    }
}

std::vector<Stanza> ScryptRecipient::wrap(const SecureBuffer& fileKey) const {
    std::array<std::uint8_t, 16> salt{};
    randomBytes(salt);
    const SecureBuffer wrapKey = scrypt(passphrase_.span(), scryptSalt(salt), workFactor_);
    return {Stanza{{"scrypt", toBase64Raw(salt), std::to_string(workFactor_)}, sealFileKey(wrapKey, fileKey)}};
}

ScryptIdentity::ScryptIdentity(SecureBuffer passphrase, int maxWorkFactor)
    : passphrase_(std::move(passphrase)), maxWorkFactor_(maxWorkFactor) {}

std::optional<SecureBuffer> ScryptIdentity::unwrap(const std::vector<Stanza>& stanzas) const {
    for (const Stanza& s : stanzas) {
        if (s.type() != "scrypt") {
            continue;
        }
        if (s.args.size() != 3) {
            headerFail("an scrypt stanza must have exactly two arguments");
        }
        auto salt = fromBase64Raw(s.args[1]);
        if (!salt || salt->size() != 16) {
            headerFail("the scrypt salt is not canonical base64 of 16 bytes");
        }
        const auto logN = parseWorkFactor(s.args[2]);
        if (!logN) {
            headerFail("the scrypt work factor is not a decimal number without leading zeros");
        }
        if (*logN > maxWorkFactor_) {
            headerFail("the scrypt work factor " + std::to_string(*logN) + " is above the limit of " +
                       std::to_string(maxWorkFactor_));
        }
        if (s.body.size() != kFileKeySize + kTagSize) {
            headerFail("the scrypt stanza body is not 32 bytes");
        }
        const SecureBuffer wrapKey = scrypt(passphrase_.span(), scryptSalt(*salt), *logN);
        if (auto fk = openFileKey(wrapKey, s.body)) {
            return fk;
        }
    }
    return std::nullopt;
}

// ---- files -----------------------------------------------------------------

namespace {

std::array<std::uint8_t, 32> headerMac(const SecureBuffer& fileKey, std::string_view macInput) {
    const SecureBuffer key = hkdfSha256(fileKey.span(), {}, "header");
    return hmacSha256(key.span(), asBytes(macInput));
}

}  // namespace

Encryptor::Encryptor(ByteSink& dst, std::span<const Recipient* const> recipients) {
    if (recipients.empty()) {
        throw Error(Error::Code::InvalidArgument, "no recipients to encrypt to");
    }
    SecureBuffer fileKey(kFileKeySize);
    randomBytes(fileKey.span());
    std::vector<Stanza> stanzas;
    for (const Recipient* r : recipients) {
        auto s = r->wrap(fileKey);
        stanzas.insert(stanzas.end(), s.begin(), s.end());
    }
    const std::string macInput = encodeHeaderWithoutMac(stanzas);
    const std::string header = encodeHeader(stanzas, headerMac(fileKey, macInput));
    std::array<std::uint8_t, kNonceSize> nonce{};
    randomBytes(nonce);
    dst.write(asBytes(header));
    dst.write(nonce);
    payload_ = std::make_unique<PayloadWriter>(dst, payloadKey(fileKey, nonce));
}

SecureBuffer openHeader(const Header& h, std::span<const Identity* const> identities) {
    // age spec: an scrypt stanza must be the only one, whatever the identity.
    const bool hasScrypt =
        std::any_of(h.stanzas.begin(), h.stanzas.end(), [](const Stanza& s) { return s.type() == "scrypt"; });
    if (hasScrypt && h.stanzas.size() != 1) {
        headerFail("an scrypt stanza must be alone in the header");
    }
    std::optional<SecureBuffer> fileKey;
    for (const Identity* id : identities) {
        fileKey = id->unwrap(h.stanzas);
        if (fileKey) {
            break;
        }
    }
    if (!fileKey) {
        throw Error(Error::Code::NoMatch, "no identity matched: wrong key or passphrase");
    }
    const auto mac = headerMac(*fileKey, h.macInput);
    if (sodium_memcmp(mac.data(), h.mac.data(), mac.size()) != 0) {
        throw Error(Error::Code::HeaderMac, "the age header MAC does not verify: the header was altered");
    }
    return std::move(*fileKey);
}

Decryptor::Decryptor(ByteSource& src, std::span<const Identity* const> identities) : buffered_(src) {
    const Header h = parseHeader(buffered_);
    const SecureBuffer fileKey = openHeader(h, identities);
    std::array<std::uint8_t, kNonceSize> nonce{};
    if (readFull(buffered_, nonce) != nonce.size()) {
        headerFail("the payload nonce is missing or short");
    }
    payload_ = std::make_unique<PayloadReader>(buffered_, payloadKey(fileKey, nonce));
}

std::vector<std::uint8_t> encryptSecret(const SecureBuffer& plaintext, const Recipient& recipient) {
    MemorySink sink;
    const Recipient* rs[] = {&recipient};
    Encryptor enc(sink, rs);
    enc.write(plaintext.span());
    enc.finish();
    return std::move(sink.data);
}

SecureBuffer decryptSecret(std::span<const std::uint8_t> ciphertext, const Identity& identity, std::size_t maxSize) {
    MemorySource src(ciphertext);
    const Identity* ids[] = {&identity};
    Decryptor dec(src, ids);
    SecureBuffer out(maxSize + 1);
    const std::size_t n = readFull(dec, out.span());
    if (n > maxSize) {
        throw Error(Error::Code::PayloadInvalid, "the decrypted secret is larger than expected");
    }
    out.truncate(n);
    return out;
}

}  // namespace custodia::crypto::age
