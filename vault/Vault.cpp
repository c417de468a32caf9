// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vault.h"

#include "Blob.h"
#include "Catalog.h"
#include "Error.h"
#include "Ingest.h"
#include "Items.h"
#include "RecoveryCode.h"
#include "RetentionIndex.h"
#include "Time.h"
#include "crypto/Age.h"
#include "crypto/Encoding.h"
#include "crypto/Error.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <fcntl.h>
#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <set>

namespace custodia::vault {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMasterKeySize = 32;
constexpr std::size_t kMaxKeyslotSize = 4096;

std::string userList(const VaultHeader& h) {
    std::string s;
    for (const auto& u : h.users) {
        s += (s.empty() ? "" : ", ") + u.id;
    }
    return s;
}

void makeDir(const fs::path& p) {
    std::error_code ec;
    fs::create_directory(p, ec);
    if (ec) {
        throw files::ioError(ec.value(), "create directory", p);
    }
    fs::permissions(p, fs::perms::owner_all, ec);  // best effort: vfat has no modes
}

}  // namespace

crypto::SecureBuffer catalogKey(const crypto::SecureBuffer& masterKey) {
    return crypto::hkdfSha256(masterKey.span(), {}, "custodia/v1/catalog");
}

Vault::Vault(fs::path dir, VaultHeader header, std::string actorId, crypto::SecureBuffer masterKey,
             std::unique_ptr<files::DirLock> lock, const Clock& clock)
    : dir_(std::move(dir)),
      header_(std::move(header)),
      actorId_(std::move(actorId)),
      masterKey_(std::move(masterKey)),
      lock_(std::move(lock)),
      clock_(clock) {}

Vault::~Vault() {
    try {
        close();
    } catch (...) {
        // A destructor must not throw; close() already released what it could.
    }
}

Vault::Vault(Vault&& o) noexcept
    : dir_(std::move(o.dir_)),
      header_(std::move(o.header_)),
      actorId_(std::move(o.actorId_)),
      masterKey_(std::move(o.masterKey_)),
      lock_(std::move(o.lock_)),
      clock_(o.clock_),
      db_(std::move(o.db_)),
      log_(std::move(o.log_)),
      signingKey_(std::move(o.signingKey_)),
      purgedAtUnlock_(std::move(o.purgedAtUnlock_)),
      migratedFrom_(o.migratedFrom_) {}

const UserInfo& Vault::actor() const {
    return *header_.findUser(actorId_);
}

void Vault::openCatalog(bool create) {
    const crypto::SecureBuffer key = catalogKey(masterKey_);
    db_ = std::make_unique<Database>(Database::open(dir_ / "catalog.db", key, create));
    const int before = catalog::schemaVersion(*db_);
    catalog::migrate(*db_, clock_.now());
    if (!create && before < catalog::kSchemaVersion) {
        migratedFrom_ = before;
    }
    log_ = std::make_unique<CustodyLog>(*db_);
}

void Vault::loadSigningKey() {
    auto st = db_->prepare("SELECT signing_seed, public_key FROM users WHERE id = ?1");
    st.bind(1, actorId_);
    if (!st.step()) {
        throw Error(Error::Code::Integrity, "user '" + actorId_ + "' is in custodia.json but not in the catalog",
                    "custodia.json was altered; restore it from a backup copy of the vault");
    }
    const crypto::SecureBuffer seed = st.secretAt(0);
    auto kp = crypto::Ed25519KeyPair::fromSeed(seed.span());
    if (kp.publicKey() != actor().publicKey) {
        throw Error(Error::Code::Integrity,
                    "the signing key of user '" + actorId_ + "' does not match its public key in the catalog",
                    "the catalog was altered; keep the vault as it is for an examiner");
    }
    signingKey_.emplace(std::move(kp));
}

// The catalog (authenticated by the master key) is the authority on users,
// their roles and keys; custodia.json is a public mirror anyone can edit. The
// session takes its users from the catalog and rewrites a mirror that
// differs; returns the ids that differed, for the log.
std::vector<std::string> Vault::adoptCatalogUsers() {
    std::vector<UserInfo> users = catalogUsers();
    std::vector<std::string> differing;
    for (const UserInfo& u : users) {
        const UserInfo* h = header_.findUser(u.id);
        if (h == nullptr || h->publicKey != u.publicKey || h->role != u.role || h->displayName != u.displayName) {
            differing.push_back(u.id);
        }
    }
    for (const UserInfo& h : header_.users) {
        if (std::none_of(users.begin(), users.end(), [&](const UserInfo& u) { return u.id == h.id; })) {
            differing.push_back(h.id);
        }
    }
    if (std::none_of(users.begin(), users.end(), [&](const UserInfo& u) { return u.id == actorId_; })) {
        throw Error(Error::Code::Integrity, "user '" + actorId_ + "' is in custodia.json but not in the catalog",
                    "custodia.json was altered; restore it from a backup copy of the vault");
    }
    header_.users = std::move(users);
    if (!differing.empty()) {  // the log entry names the users; verify compares them with their signed entries
        header_.write(dir_);
    }
    return differing;
}

Vault::Created Vault::create(CreateOptions o, const Clock& clock) {
    if (!isValidUserId(o.userId)) {
        throw Error(Error::Code::InvalidInput, "'" + o.userId + "' is not a valid user name",
                    "use 1-32 lower-case letters, digits, '.', '_' or '-', e.g. 'mrossi'");
    }
    if (o.school.empty()) {
        throw Error(Error::Code::InvalidInput, "the school name is empty", "give it with --school");
    }
    if (o.passphrase.empty()) {
        throw Error(Error::Code::InvalidInput, "the passphrase is empty");
    }
    std::error_code ec;
    if (!fs::exists(o.dir, ec)) {
        makeDir(o.dir);
    } else if (!fs::is_directory(o.dir, ec)) {
        throw Error(Error::Code::InvalidInput, "'" + o.dir.string() + "' is not a directory");
    }
    for (const char* name : {"custodia.json", "catalog.db", "keys", "blobs"}) {
        if (fs::exists(o.dir / name, ec)) {
            throw Error(Error::Code::AlreadyExists,
                        "'" + o.dir.string() + "' already holds a vault (or part of one: " + name + ")",
                        "choose an empty folder, or open the existing vault");
        }
    }
    auto lock = std::make_unique<files::DirLock>(o.dir);
    const Seconds now = clock.now();

    VaultHeader header;
    header.vaultId = crypto::randomHex(16);
    header.createdAt = time::formatUtc(now);
    header.school = o.school;
    crypto::SecureBuffer master(kMasterKeySize);
    crypto::randomBytes(master.span());

    Vault v(o.dir, header, o.userId, std::move(master), std::move(lock), clock);
    makeDir(o.dir / "keys");
    makeDir(o.dir / "blobs");
    makeDir(o.dir / "blobs" / ".incoming");
    v.writeKeyslot(o.userId, o.passphrase, o.kdfWorkFactor, false);
    crypto::SecureBuffer code = recovery::generate();
    v.writeKeyslot("recovery", code, o.kdfWorkFactor, false);

    v.openCatalog(true);
    const auto signing = crypto::Ed25519KeyPair::generate();
    UserInfo user{o.userId, o.displayName.empty() ? o.userId : o.displayName, o.role, signing.publicKey(),
                  header.createdAt};
    v.header_.users.push_back(user);
    {
        Transaction tx(*v.db_);
        auto st = v.db_->prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)");
        for (const auto& [k, val] : {std::pair<std::string, std::string>{"vault_id", header.vaultId},
                                     {"school", header.school},
                                     {"created_at", header.createdAt}}) {
            st.bind(1, k).bind(2, val).run();
            st.reset();
        }
        const crypto::SecureBuffer seed = signing.seed();
        auto ins = v.db_->prepare(
            "INSERT INTO users (id, display_name, role, public_key, signing_seed, created_at, created_by) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL)");
        ins.bind(1, user.id)
            .bind(2, user.displayName)
            .bind(3, roleName(user.role))
            .bindBlob(4, user.publicKey)
            .bindBlob(5, seed.span())
            .bind(6, user.createdAt)
            .run();
        v.signingKey_.emplace(crypto::Ed25519KeyPair::fromSeed(seed.span()));
        v.record({"vault.create",
                  std::nullopt,
                  std::nullopt,
                  {{"vault_id", header.vaultId}, {"school", header.school}, {"format_version", 1}}});
        v.record({"user.add",
                  std::nullopt,
                  std::nullopt,
                  {{"user", user.id}, {"role", roleName(user.role)}, {"public_key", crypto::toHex(user.publicKey)}}});
        tx.commit();
    }
    // custodia.json last: its presence marks a complete vault.
    v.header_.write(o.dir);
    return Created{std::move(v), std::move(code)};
}

Vault Vault::unlock(const fs::path& dir, const std::string& userId, const crypto::SecureBuffer& secret, Secret kind,
                    const Clock& clock, bool purgeDue) {
    VaultHeader header = VaultHeader::read(dir);
    if (header.findUser(userId) == nullptr) {
        throw Error(Error::Code::NotFound, "there is no user '" + userId + "' in this vault",
                    "the users are: " + userList(header));
    }
    auto lock = std::make_unique<files::DirLock>(dir);
    crypto::SecureBuffer typed;
    std::string slot = userId;
    if (kind == Secret::RecoveryCode) {
        auto code = recovery::normalize(secret.view());
        if (!code) {
            throw Error(Error::Code::WrongPassphrase, "this is not a recovery code",
                        "a recovery code has 32 letters and digits in 8 groups of 4, as printed when the vault "
                        "was created");
        }
        typed = std::move(*code);
        slot = "recovery";
    } else {
        typed = crypto::SecureBuffer::copyOf(secret.span());
    }
    const fs::path slotFile = dir / "keys" / (slot + ".age");
    const auto sealed = files::readFile(slotFile, kMaxKeyslotSize);
    crypto::SecureBuffer master;
    try {
        master = crypto::age::decryptSecret(sealed, crypto::age::ScryptIdentity(std::move(typed)), kMasterKeySize);
    } catch (const crypto::Error& e) {
        if (e.code() == crypto::Error::Code::NoMatch) {
            if (kind == Secret::RecoveryCode) {
                throw Error(Error::Code::WrongPassphrase, "wrong recovery code for this vault",
                            "check it against the printed copy; letters may be typed in upper or lower case");
            }
            throw Error(Error::Code::WrongPassphrase, "wrong passphrase for user '" + userId + "'",
                        "type it again; passphrases are case-sensitive");
        }
        throw Error(Error::Code::Integrity, "the keyslot " + slotFile.string() + " is damaged (" + e.what() + ")",
                    "restore the keys folder from a backup copy of the vault, or unlock with the recovery code");
    }
    if (master.size() != kMasterKeySize) {
        throw Error(Error::Code::Integrity, "the keyslot " + slotFile.string() + " does not hold a master key");
    }
    Vault v(dir, std::move(header), userId, std::move(master), std::move(lock), clock);
    v.openCatalog(false);
    const std::vector<std::string> repaired = v.adoptCatalogUsers();
    v.loadSigningKey();
    if (!repaired.empty()) {
        v.record({"vault.header_repaired", std::nullopt, std::nullopt, {{"users", repaired}}});
    }
    if (kind == Secret::RecoveryCode) {
        v.record({"vault.recovery_unlock", std::nullopt, std::nullopt, {{"user", userId}}});
    }
    if (v.migratedFrom_) {
        nlohmann::json details = {{"from", *v.migratedFrom_}, {"to", catalog::kSchemaVersion}};
        if (*v.migratedFrom_ < 2) {  // the step to schema 2 gave existing items a grace (Catalog.cpp)
            details["retention_grace_until"] = time::formatUtc(clock.now() + std::chrono::days{30});
        }
        v.record({"catalog.migrate", std::nullopt, std::nullopt, std::move(details)});
    }
    v.finishInterruptedIngests();
    // This computer learns the users' keys now; the index's generation is
    // pinned when the session closes (retention_index::write verifies it).
    retention_index::remember(v.header_, std::nullopt);
    retention_index::completeJournal(v);
    if (purgeDue) {
        // R11 at every unlock; but a purge that fails (full or failing
        // medium) must not lock the users out of their vault: they are told,
        // and the next unlock or `purge --due` tries again.
        try {
            v.purgedAtUnlock_ = retention::purgeDue(v, retention::How::Automatic, false);
        } catch (const Error& e) {
            if (e.code() == Error::Code::Integrity) {
                throw;
            }
            v.purgedAtUnlock_.error = e.what();
        }
    }
    return v;
}

void Vault::finishInterruptedIngests() {
    const fs::path incoming = dir_ / "blobs" / ".incoming";
    std::error_code ec;
    if (!fs::is_directory(incoming, ec)) {
        makeDir(incoming);  // the recordings below are then lost (recording.lost)
    }
    std::vector<fs::path> leftovers;
    for (const auto& e : fs::directory_iterator(incoming, ec)) {
        if (e.is_regular_file(ec)) {  // Custodia writes only files here; leave anything else alone
            leftovers.push_back(e.path());
        }
    }
    // Recordings that never reached their commit (a crash, a pulled
    // medium): recovered below, after the plain leftovers.
    std::set<std::string> recordings;
    {
        auto st = db_->prepare("SELECT item_id FROM recordings ORDER BY started_at, item_id");
        while (st.step()) {
            recordings.insert(st.textAt(0));
        }
    }
    for (const fs::path& p : leftovers) {
        const std::string name = p.filename().string();
        const std::string id = name.substr(0, name.find('.'));
        if (name.ends_with(".age.damaged")) {
            continue;  // set aside by an earlier unlock for an examiner
        }
        if (name.ends_with(".reserve")) {
            files::removeIfExists(p);  // a recording's spare room (ItemWriter), no content
            continue;
        }
        if (recordings.contains(id)) {
            continue;
        }
        auto st = db_->prepare("SELECT 1 FROM items WHERE id = ?1");
        st.bind(1, id);
        const bool committed = name.ends_with(".age.partial") && st.step();
        if (!committed) {
            // Never committed: its key died with the process, so the bytes are
            // unreadable; remove them and say so.
            const auto size = fs::file_size(p, ec);
            files::removeIfExists(p);
            record({"blob.incomplete_removed",
                    std::nullopt,
                    std::nullopt,
                    {{"file", name}, {"size", ec ? 0 : static_cast<std::int64_t>(size)}}});
            continue;
        }
        // Committed but not moved into place: finish the move if the bytes
        // decrypt to what the catalog recorded (readAndCheck throws otherwise).
        const Item item = items::get(*this, id);
        try {
            (void)readAndCheck(*this, item, nullptr, nullptr, p);
        } catch (const Error& e) {
            if (e.code() != Error::Code::Integrity) {
                throw;
            }
            // Kept aside for an examiner (never deleted, never retried); the
            // item then shows as missing its blob in 'log verify'.
            const fs::path aside = p.parent_path() / (id + ".age.damaged");
            if (::rename(p.c_str(), aside.c_str()) != 0) {
                throw files::ioError(errno, "move", p);
            }
            record({"blob.incomplete_damaged", item.caseId, id, {{"kept_as", aside.filename().string()}}});
            continue;
        }
        const fs::path target = blobPath(id);
        makeDir(target.parent_path());
        if (::rename(p.c_str(), target.c_str()) != 0) {
            throw files::ioError(errno, "move", p);
        }
        files::fsyncDir(target.parent_path());
        files::fsyncDir(incoming);
        record({"blob.completed", item.caseId, id, {{"sha256", item.sha256.value_or("")}}});
    }
    for (const std::string& id : recordings) {
        // A recording that cannot be read now (a failing medium) must not
        // lock the users out: it stays for the next unlock, and that is said.
        try {
            (void)recoverRecording(*this, id, "unfinished", nlohmann::json::object());
        } catch (const Error& e) {
            if (e.code() != Error::Code::Io)
                throw;
            record(
                {"recording.recovery_deferred", std::nullopt, std::nullopt, {{"recording", id}, {"error", e.what()}}});
        }
    }
}

void Vault::writeKeyslot(const std::string& name, const crypto::SecureBuffer& passphrase, int kdfWorkFactor,
                         bool replace) const {
    const fs::path file = dir_ / "keys" / (name + ".age");
    std::error_code ec;
    if (!replace && fs::exists(file, ec)) {
        throw Error(Error::Code::AlreadyExists, "the keyslot " + file.string() + " already exists");
    }
    const crypto::age::ScryptRecipient recipient(crypto::SecureBuffer::copyOf(passphrase.span()), kdfWorkFactor);
    files::writeFileAtomic(file, crypto::age::encryptSecret(masterKey_, recipient));
}

LogEntry Vault::record(CustodyLog::Draft draft) {
    Transaction tx(*db_);
    LogEntry e = log_->append(actorId_, *signingKey_, clock_.now(), std::move(draft));
    tx.commit();
    return e;
}

void Vault::requireRole(std::initializer_list<Role> roles, const std::string& what) {
    const Role r = actor().role;
    if (std::find(roles.begin(), roles.end(), r) == roles.end()) {
        record({"access.denied", std::nullopt, std::nullopt, {{"what", what}, {"role", roleName(r)}}});
        std::string allowed;
        for (Role x : roles) {
            allowed += (allowed.empty() ? "" : " or ") + std::string(roleName(x));
        }
        throw Error(Error::Code::PermissionDenied,
                    "user '" + actorId_ + "' (" + std::string(roleName(r)) + ") may not " + what,
                    "ask a " + allowed + " of the vault to do it");
    }
}

std::vector<LogEntry> Vault::viewLog(std::optional<std::int64_t> caseId) {
    requireRole({Role::Dirigente, Role::Referente}, "read the custody log");
    std::vector<LogEntry> entries = log_->entries(caseId);
    record({"log.view", caseId, std::nullopt, {{"entries", entries.size()}}});
    return entries;
}

crypto::Ed25519Signature Vault::sign(std::span<const std::uint8_t> message) const {
    return signingKey_->sign(message);
}

fs::path blobPathIn(const fs::path& vaultDir, const std::string& itemId) {
    return vaultDir / "blobs" / itemId.substr(0, 2) / (itemId + ".age");
}

fs::path Vault::blobPath(const std::string& itemId) const {
    return blobPathIn(dir_, itemId);
}

fs::path Vault::incomingPath(const std::string& itemId) const {
    return dir_ / "blobs" / ".incoming" / (itemId + ".age.partial");
}

TreeHead Vault::signTreeHead() {
    Transaction tx(*db_);
    TreeHead th = log_->signTreeHead(actorId_, *signingKey_, header_.vaultId, clock_.now());
    tx.commit();
    return th;
}

void Vault::close() {
    if (db_) {
        if (signingKey_) {
            try {
                retention_index::write(*this);
            } catch (const std::exception&) {
                // Safe to leave stale: holds and longer periods reach the
                // index before they are committed (Holds.cpp, Retention.cpp),
                // so a stale index can only lack new items or list destroyed
                // ones; the next session rewrites it.
            }
            (void)signTreeHead();
        }
        log_.reset();
        db_->close();
        db_.reset();
    }
    signingKey_.reset();
    masterKey_ = crypto::SecureBuffer();
    lock_.reset();
}

}  // namespace custodia::vault
