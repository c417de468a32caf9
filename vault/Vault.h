// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "CustodyLog.h"
#include "Database.h"
#include "Files.h"
#include "Retention.h"
#include "VaultHeader.h"
#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"

#include <filesystem>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace custodia::vault {

// An unlocked vault: the session of one user on one vault directory
// (DESIGN.md "Layout"). While it lives it holds the master key in guarded
// memory, the open catalog, the user's signing key and an exclusive lock on
// the directory. Every act goes through record(), which appends a signed
// custody log entry in the same transaction as the act.
//
// Invariant: actor() is a user of both custodia.json and the catalog, with
// the same public key, and the signing key matches it.
class Vault {
public:
    struct CreateOptions {
        std::filesystem::path dir;
        std::string school;
        std::string userId;
        std::string displayName;
        Role role = Role::Referente;
        crypto::SecureBuffer passphrase;
        int kdfWorkFactor = 18;  // age scrypt log2(N) for keyslots
    };
    struct Created;

    // Creates a vault in `dir` (new or without a vault in it) with its first
    // user; returns the unlocked vault and the recovery code, to be shown once.
    [[nodiscard]] static Created create(CreateOptions options, const Clock& clock);

    enum class Secret { Passphrase, RecoveryCode };
    // Unlocks with the user's passphrase, or with the vault's recovery code
    // acting as that user (recorded in the log). Completes or removes blobs an
    // interrupted ingest left behind.
    // R11: unlocking first destroys what is due (unless purgeDue is false, for
    // a dry run), completing what an unattended purge began; purgedAtUnlock()
    // says what went.
    [[nodiscard]] static Vault unlock(const std::filesystem::path& dir, const std::string& userId,
                                      const crypto::SecureBuffer& secret, Secret kind, const Clock& clock,
                                      bool purgeDue = true);

    ~Vault();
    Vault(Vault&&) noexcept;
    Vault& operator=(Vault&&) = delete;
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }
    [[nodiscard]] const VaultHeader& header() const { return header_; }
    [[nodiscard]] const UserInfo& actor() const;
    [[nodiscard]] const Clock& clock() const { return clock_; }
    [[nodiscard]] Database& db() { return *db_; }
    [[nodiscard]] CustodyLog& log() { return *log_; }

    // Appends a custody log entry signed by the actor; runs in the caller's
    // transaction when there is one, else in its own.
    LogEntry record(CustodyLog::Draft draft);

    // An Ed25519 signature by the actor (for signed files beside the catalog).
    [[nodiscard]] crypto::Ed25519Signature sign(std::span<const std::uint8_t> message) const;

    // What the purge at unlock destroyed (empty result if none ran).
    [[nodiscard]] const retention::PurgeResult& purgedAtUnlock() const { return purgedAtUnlock_; }

    // Signs a tree head over the whole log with the actor's key (unless the
    // latest head already covers it) and returns the current head.
    TreeHead signTreeHead();

    // Throws Error(PermissionDenied) unless the actor has one of `roles`;
    // a refused attempt is itself recorded ("access.denied"). R2: access on
    // a need-to-know basis.
    void requireRole(std::initializer_list<Role> roles, const std::string& what);

    // The custody log as a user reads it (all of it, or one case's), recorded
    // as "log.view". dirigente and referente only.
    std::vector<LogEntry> viewLog(std::optional<std::int64_t> caseId);

    [[nodiscard]] std::filesystem::path blobPath(const std::string& itemId) const;
    [[nodiscard]] std::filesystem::path incomingPath(const std::string& itemId) const;

    // Users (Users.cpp).
    void addUser(const std::string& id, const std::string& displayName, Role role,
                 const crypto::SecureBuffer& passphrase, int kdfWorkFactor);
    void changePassphrase(const crypto::SecureBuffer& newPassphrase, int kdfWorkFactor);
    // Replaces the recovery code (after it was used or exposed); returns the
    // new one, to be shown once. dirigente only.
    [[nodiscard]] crypto::SecureBuffer renewRecoveryCode(int kdfWorkFactor);
    [[nodiscard]] std::vector<UserInfo> catalogUsers();

    // Signs a tree head over the whole log if it grew, then closes the
    // catalog and releases the lock. Called by the destructor if not before.
    void close();

private:
    Vault(std::filesystem::path dir, VaultHeader header, std::string actorId, crypto::SecureBuffer masterKey,
          std::unique_ptr<files::DirLock> lock, const Clock& clock);
    void openCatalog(bool create);
    void loadSigningKey();
    std::vector<std::string> adoptCatalogUsers();
    void finishInterruptedIngests();
    void writeKeyslot(const std::string& name, const crypto::SecureBuffer& passphrase, int kdfWorkFactor,
                      bool replace) const;

    std::filesystem::path dir_;
    VaultHeader header_;
    std::string actorId_;
    crypto::SecureBuffer masterKey_;
    std::unique_ptr<files::DirLock> lock_;
    const Clock& clock_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<CustodyLog> log_;
    std::optional<crypto::Ed25519KeyPair> signingKey_;
    retention::PurgeResult purgedAtUnlock_;
    std::optional<int> migratedFrom_;  // schema version before this unlock migrated the catalog
};

struct Vault::Created {
    Vault vault;
    crypto::SecureBuffer recoveryCode;
};

// Where an item's blob lives in a vault folder: blobs/<first two hex digits>/<id>.age.
[[nodiscard]] std::filesystem::path blobPathIn(const std::filesystem::path& vaultDir, const std::string& itemId);

// The raw SQLCipher key of a vault's catalog, derived from the master key
// (docs/formats.md shows the same derivation with the openssl command).
[[nodiscard]] crypto::SecureBuffer catalogKey(const crypto::SecureBuffer& masterKey);

}  // namespace custodia::vault
