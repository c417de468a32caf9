// SPDX-License-Identifier: GPL-3.0-or-later
#define SQLITE_HAS_CODEC 1
#include "Database.h"

#include "Error.h"
#include "crypto/Encoding.h"

#include <sqlite3.h>

#include <cstring>

namespace custodia::vault {

// ---- Statement --------------------------------------------------------------

Statement::~Statement() {
    if (stmt_ != nullptr) {
        sqlite3_finalize(stmt_);
    }
}

Statement::Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) {
    o.stmt_ = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) {
        db_->fail(rc, "bind");
    }
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) {
        db_->fail(rc, "bind");
    }
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text) {
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> bytes) {
    const int rc = sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) {
        db_->fail(rc, "bind");
    }
    return *this;
}

Statement& Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) {
        db_->fail(rc, "bind");
    }
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    db_->fail(rc, "query");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64At(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::string Statement::textAt(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    const int n = sqlite3_column_bytes(stmt_, column);
    return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
}

std::optional<std::string> Statement::optTextAt(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return textAt(column);
}

std::optional<std::int64_t> Statement::optInt64At(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return int64At(column);
}

std::vector<std::uint8_t> Statement::blobAt(int column) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, column));
    const int n = sqlite3_column_bytes(stmt_, column);
    return p == nullptr ? std::vector<std::uint8_t>() : std::vector<std::uint8_t>(p, p + n);
}

crypto::SecureBuffer Statement::secretAt(int column) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, column));
    const int n = sqlite3_column_bytes(stmt_, column);
    return crypto::SecureBuffer::copyOf(std::span<const std::uint8_t>(p, static_cast<std::size_t>(n)));
}

// ---- Transaction ------------------------------------------------------------

Transaction::Transaction(Database& db) : db_(db), depth_(db.txDepth_) {
    db_.exec(depth_ == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT sp" + std::to_string(depth_));
    ++db_.txDepth_;
}

Transaction::~Transaction() {
    if (!done_) {
        --db_.txDepth_;
        const std::string sql =
            depth_ == 0 ? "ROLLBACK"
                        : "ROLLBACK TO sp" + std::to_string(depth_) + "; RELEASE sp" + std::to_string(depth_);
        sqlite3_exec(db_.db_, sql.c_str(), nullptr, nullptr, nullptr);
    }
}

void Transaction::commit() {
    db_.exec(depth_ == 0 ? "COMMIT" : "RELEASE sp" + std::to_string(depth_));
    --db_.txDepth_;
    done_ = true;
}

// ---- Database ---------------------------------------------------------------

Database Database::open(const std::filesystem::path& file, const crypto::SecureBuffer& rawKey, bool create) {
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
    Database db(raw, file);
    if (rc != SQLITE_OK) {
        db.fail(rc, "open");
    }
    // SQLCipher takes a raw key as the text x'<64 hex>'; build it in guarded memory.
    crypto::SecureBuffer pragma(3 + rawKey.size() * 2);
    pragma.data()[0] = 'x';
    pragma.data()[1] = '\'';
    static constexpr char kHex[] = "0123456789abcdef";
    for (std::size_t i = 0; i < rawKey.size(); ++i) {
        pragma.data()[2 + 2 * i] = static_cast<std::uint8_t>(kHex[rawKey.data()[i] >> 4]);
        pragma.data()[3 + 2 * i] = static_cast<std::uint8_t>(kHex[rawKey.data()[i] & 15]);
    }
    pragma.data()[pragma.size() - 1] = '\'';
    if (const int krc = sqlite3_key(db.db_, pragma.data(), static_cast<int>(pragma.size())); krc != SQLITE_OK) {
        db.fail(krc, "key");
    }
    // The first read proves the key: a wrong key gives SQLITE_NOTADB here.
    db.exec("SELECT count(*) FROM sqlite_master");
    db.exec("PRAGMA secure_delete = ON");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
    sqlite3_busy_timeout(db.db_, 5000);
    return db;
}

Database::~Database() {
    close();
}

Database::Database(Database&& o) noexcept : db_(o.db_), file_(std::move(o.file_)), txDepth_(o.txDepth_) {
    o.db_ = nullptr;
}

void Database::close() {
    if (db_ != nullptr) {
        sqlite3_close_v2(db_);
        db_ = nullptr;
    }
}

Statement Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc, "prepare");
    }
    return Statement(*this, stmt);
}

void Database::exec(std::string_view sql) {
    const std::string s(sql);
    char* msg = nullptr;
    const int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &msg);
    sqlite3_free(msg);
    if (rc != SQLITE_OK) {
        fail(rc, "exec");
    }
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const {
    return sqlite3_changes(db_);
}

void Database::fail(int rc, std::string_view context) const {
    const std::string name = file_.filename().string();
    const std::string detail = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    switch (rc & 0xff) {
        case SQLITE_NOTADB:
            throw Error(Error::Code::Integrity, "the catalog " + name + " cannot be decrypted with this vault's key",
                        "the catalog was replaced or damaged; restore catalog.db from a backup copy of the vault");
        case SQLITE_CORRUPT:
            throw Error(Error::Code::Integrity, "the catalog " + name + " is damaged (" + detail + ")",
                        "restore catalog.db from a backup copy of the vault");
        case SQLITE_FULL:
            throw Error(Error::Code::Io, "the medium holding " + name + " is full",
                        "free space on the USB stick or disk; nothing was changed");
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw Error(Error::Code::Busy, "the catalog " + name + " is in use by another Custodia process",
                        "close the other Custodia window or command and try again");
        case SQLITE_CONSTRAINT:
            throw Error(Error::Code::InvalidInput, "the catalog refused the change: " + detail);
        case SQLITE_IOERR:
        case SQLITE_CANTOPEN:
        case SQLITE_READONLY:
        case SQLITE_PERM:
            throw Error(Error::Code::Io, "cannot access the catalog " + name + " (" + detail + ")",
                        "check that the USB stick is still connected and writable");
        default:
            throw Error(Error::Code::Io, "catalog " + name + ": " + std::string(context) + " failed (" + detail + ")");
    }
}

}  // namespace custodia::vault
