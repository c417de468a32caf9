// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace custodia::vault {

class Database;

// A prepared statement. Binding indexes start at 1, column indexes at 0 (as
// in SQLite). Any SQLite failure becomes a vault::Error via Database::fail.
class Statement {
public:
    Statement(Database& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
    ~Statement();
    Statement(Statement&& o) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::optional<std::string>& text);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bindBlob(int index, std::span<const std::uint8_t> bytes);
    Statement& bindNull(int index);

    // true when a row is available, false when the statement is done.
    [[nodiscard]] bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64At(int column) const;
    [[nodiscard]] std::string textAt(int column) const;
    [[nodiscard]] std::optional<std::string> optTextAt(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optInt64At(int column) const;
    [[nodiscard]] std::vector<std::uint8_t> blobAt(int column) const;
    // A secret column copied straight into guarded memory.
    [[nodiscard]] crypto::SecureBuffer secretAt(int column) const;

private:
    Database* db_;
    sqlite3_stmt* stmt_;
};

// A transaction (BEGIN IMMEDIATE, or a SAVEPOINT when nested) that rolls
// back unless commit() is called: a failure at any point leaves the catalog
// as it was.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    int depth_;
    bool done_ = false;
};

// The SQLCipher catalog connection. Opened with a raw 256-bit key (never
// SQLCipher's passphrase KDF), WAL journal, secure_delete on, temporary
// tables in memory, foreign keys enforced, synchronous=FULL so a committed
// transaction survives a pulled USB stick.
class Database {
public:
    // Opens (or, with create, creates) the catalog. Throws Error(Integrity)
    // if the key does not decrypt it, Error(Io) if it cannot be opened.
    static Database open(const std::filesystem::path& file, const crypto::SecureBuffer& rawKey, bool create);
    ~Database();
    Database(Database&& o) noexcept;
    Database& operator=(Database&&) = delete;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] Statement prepare(std::string_view sql);
    void exec(std::string_view sql);
    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] int changes() const;
    void close();

    // Converts an SQLite result code into a vault::Error naming `context`.
    [[noreturn]] void fail(int rc, std::string_view context) const;

private:
    friend class Transaction;
    Database(sqlite3* db, std::filesystem::path file) : db_(db), file_(std::move(file)) {}
    sqlite3* db_;
    std::filesystem::path file_;
    int txDepth_ = 0;
};

}  // namespace custodia::vault
