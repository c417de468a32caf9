// SPDX-License-Identifier: GPL-3.0-or-later
// Vault users: adding them, changing passphrases (Vault member functions).
#include "Error.h"
#include "RecoveryCode.h"
#include "Time.h"
#include "Vault.h"
#include "crypto/Encoding.h"

namespace custodia::vault {

std::vector<UserInfo> Vault::catalogUsers() {
    std::vector<UserInfo> out;
    auto st = db_->prepare("SELECT id, display_name, role, public_key, created_at FROM users ORDER BY created_at, id");
    while (st.step()) {
        UserInfo u;
        u.id = st.textAt(0);
        u.displayName = st.textAt(1);
        u.role = parseRole(st.textAt(2)).value_or(Role::Docente);
        const auto key = st.blobAt(3);
        std::copy_n(key.begin(), std::min<std::size_t>(32, key.size()), u.publicKey.begin());
        u.createdAt = st.textAt(4);
        out.push_back(std::move(u));
    }
    return out;
}

void Vault::addUser(const std::string& id, const std::string& displayName, Role role,
                    const crypto::SecureBuffer& passphrase, int kdfWorkFactor) {
    requireRole({Role::Dirigente, Role::Referente}, "add users");
    if (!isValidUserId(id)) {
        throw Error(Error::Code::InvalidInput, "'" + id + "' is not a valid user name",
                    "use 1-32 lower-case letters, digits, '.', '_' or '-', e.g. 'dsbianchi'");
    }
    if (header_.findUser(id) != nullptr) {
        throw Error(Error::Code::AlreadyExists, "there is already a user '" + id + "' in this vault");
    }
    if (passphrase.empty()) {
        throw Error(Error::Code::InvalidInput, "the new user's passphrase is empty");
    }
    const auto signing = crypto::Ed25519KeyPair::generate();
    const crypto::SecureBuffer seed = signing.seed();
    UserInfo user{id, displayName.empty() ? id : displayName, role, signing.publicKey(), time::formatUtc(clock_.now())};

    // Order for a crash at any point: keyslot, then catalog (authoritative),
    // then custodia.json (reconciled from the catalog at the next unlock).
    writeKeyslot(id, passphrase, kdfWorkFactor, false);
    try {
        Transaction tx(*db_);
        db_->prepare(
               "INSERT INTO users (id, display_name, role, public_key, signing_seed, created_at, created_by) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind(1, user.id)
            .bind(2, user.displayName)
            .bind(3, roleName(role))
            .bindBlob(4, user.publicKey)
            .bindBlob(5, seed.span())
            .bind(6, user.createdAt)
            .bind(7, actorId_)
            .run();
        record({"user.add",
                std::nullopt,
                std::nullopt,
                {{"user", id}, {"role", roleName(role)}, {"public_key", crypto::toHex(user.publicKey)}}});
        tx.commit();
    } catch (...) {
        files::removeIfExists(dir_ / "keys" / (id + ".age"));
        throw;
    }
    header_.users.push_back(std::move(user));
    header_.write(dir_);
}

void Vault::changePassphrase(const crypto::SecureBuffer& newPassphrase, int kdfWorkFactor) {
    if (newPassphrase.empty()) {
        throw Error(Error::Code::InvalidInput, "the new passphrase is empty");
    }
    // The keyslot is replaced atomically first; the log entry follows. A
    // crash in between leaves the new passphrase working and no entry. The
    // master key is not rotated: a copy of the old keyslot (a backup, flash
    // wear levelling) still opens the vault with the old passphrase
    // (docs/threat-model.md).
    writeKeyslot(actorId_, newPassphrase, kdfWorkFactor, true);
    record({"user.passwd", std::nullopt, std::nullopt, {{"user", actorId_}}});
}

crypto::SecureBuffer Vault::renewRecoveryCode(int kdfWorkFactor) {
    requireRole({Role::Dirigente}, "replace the recovery code");
    crypto::SecureBuffer code = recovery::generate();
    writeKeyslot("recovery", code, kdfWorkFactor, true);
    record({"vault.recovery_renewed", std::nullopt, std::nullopt, {}});
    return code;
}

}  // namespace custodia::vault
