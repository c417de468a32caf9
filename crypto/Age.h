// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgeHeader.h"
#include "AgeStream.h"
#include "SecureBuffer.h"
#include "Stream.h"

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// age v1 (https://age-encryption.org/v1) on libsodium and OpenSSL primitives.
// Every encrypted file of a vault is an age file that the reference `age`
// tool opens given the right key; the age testkit is the conformance suite.
namespace custodia::crypto::age {

// Something a file key can be wrapped for.
class Recipient {
public:
    virtual ~Recipient() = default;
    [[nodiscard]] virtual std::vector<Stanza> wrap(const SecureBuffer& fileKey) const = 0;
};

// Something that may unwrap a file key from the stanzas of a header.
class Identity {
public:
    virtual ~Identity() = default;
    // The file key if one of `stanzas` is addressed to this identity and opens;
    // nullopt if none is (no match). Throws Error(HeaderInvalid) for a stanza
    // of this identity's type that is malformed.
    [[nodiscard]] virtual std::optional<SecureBuffer> unwrap(const std::vector<Stanza>& stanzas) const = 0;
};

class X25519Recipient final : public Recipient {
public:
    explicit X25519Recipient(const std::array<std::uint8_t, 32>& publicKey) : publicKey_(publicKey) {}
    // Parses "age1..."; throws Error(InvalidKey).
    [[nodiscard]] static X25519Recipient parse(std::string_view text);
    [[nodiscard]] std::string toString() const;
    [[nodiscard]] const std::array<std::uint8_t, 32>& publicKey() const { return publicKey_; }
    [[nodiscard]] std::vector<Stanza> wrap(const SecureBuffer& fileKey) const override;

private:
    std::array<std::uint8_t, 32> publicKey_;
};

class X25519Identity final : public Identity {
public:
    [[nodiscard]] static X25519Identity generate();
    // Parses "AGE-SECRET-KEY-1..."; throws Error(InvalidKey).
    [[nodiscard]] static X25519Identity parse(std::string_view text);
    // The Bech32 secret key text, in guarded memory.
    [[nodiscard]] SecureBuffer toString() const;
    [[nodiscard]] X25519Recipient recipient() const;
    [[nodiscard]] std::optional<SecureBuffer> unwrap(const std::vector<Stanza>& stanzas) const override;

private:
    explicit X25519Identity(SecureBuffer secret);
    SecureBuffer secret_;
    std::array<std::uint8_t, 32> publicKey_{};
};

// Passphrase encryption. The work factor is log2(N) of scrypt; age's default
// is 18 (about 1 s and 256 MiB here).
class ScryptRecipient final : public Recipient {
public:
    ScryptRecipient(SecureBuffer passphrase, int workFactor);
    [[nodiscard]] std::vector<Stanza> wrap(const SecureBuffer& fileKey) const override;

private:
    SecureBuffer passphrase_;
    int workFactor_;
};

class ScryptIdentity final : public Identity {
public:
    static constexpr int kDefaultMaxWorkFactor = 22;
    explicit ScryptIdentity(SecureBuffer passphrase, int maxWorkFactor = kDefaultMaxWorkFactor);
    [[nodiscard]] std::optional<SecureBuffer> unwrap(const std::vector<Stanza>& stanzas) const override;

private:
    SecureBuffer passphrase_;
    int maxWorkFactor_;
};

inline constexpr int kDefaultScryptWorkFactor = 18;

// Streaming encryption: the constructor writes the header and the payload
// nonce to `dst`; write() the plaintext in any pieces (it is a ByteSink, so
// whatever produces plaintext can write into it); finish() seals it.
class Encryptor final : public ByteSink {
public:
    Encryptor(ByteSink& dst, std::span<const Recipient* const> recipients);
    void write(std::span<const std::uint8_t> plaintext) override { payload_->write(plaintext); }
    void finish() { payload_->finish(); }
    // The chunks sealed so far, written to `dst` now (PayloadWriter::flush).
    void flush() { payload_->flush(); }

private:
    std::unique_ptr<PayloadWriter> payload_;
};

// The file key of a parsed header: unwrapped by the first identity that can,
// the header MAC verified. Errors: NoMatch, HeaderInvalid, HeaderMac.
[[nodiscard]] SecureBuffer openHeader(const Header& header, std::span<const Identity* const> identities);

// Streaming decryption: the constructor reads and checks the header (parse,
// unwrap, MAC) and the nonce; read() releases verified plaintext only.
// Errors: NoMatch (no identity fits: wrong key or passphrase), HeaderInvalid,
// HeaderMac, PayloadInvalid, Io.
class Decryptor final : public ByteSource {
public:
    Decryptor(ByteSource& src, std::span<const Identity* const> identities);
    [[nodiscard]] std::size_t read(std::span<std::uint8_t> out) override { return payload_->read(out); }

private:
    BufferedSource buffered_;
    std::unique_ptr<PayloadReader> payload_;
};

// Whole-buffer helpers for small secrets (keyslots): the plaintext stays in
// guarded memory.
[[nodiscard]] std::vector<std::uint8_t> encryptSecret(const SecureBuffer& plaintext, const Recipient& recipient);
[[nodiscard]] SecureBuffer decryptSecret(std::span<const std::uint8_t> ciphertext, const Identity& identity,
                                         std::size_t maxSize);

}  // namespace custodia::crypto::age
