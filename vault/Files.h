// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

// File-system primitives with the vault's guarantees: writes are atomic
// (temporary file in the same directory, fsync, rename, fsync of the
// directory), and every failure is a vault::Error that names the file and
// says what to do (full medium, removed USB stick, permissions).
namespace custodia::vault::files {

// An owned file descriptor, closed on destruction.
class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    ~UniqueFd();
    UniqueFd(UniqueFd&& o) noexcept : fd_(o.release()) {}
    UniqueFd& operator=(UniqueFd&& o) noexcept;
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;

    [[nodiscard]] int get() const noexcept { return fd_; }
    [[nodiscard]] bool valid() const noexcept { return fd_ >= 0; }
    int release() noexcept;

private:
    int fd_ = -1;
};

// The vault::Error for a failed system call: `what` is the action ("write"),
// `path` the object; errno picks the code and the hint.
[[nodiscard]] Error ioError(int err, const std::string& what, const std::filesystem::path& path);

[[nodiscard]] UniqueFd openRead(const std::filesystem::path& path);
// Creates a new file (O_EXCL, mode 0600) for writing.
[[nodiscard]] UniqueFd createNew(const std::filesystem::path& path);

void fsyncFd(int fd, const std::filesystem::path& path);
void fsyncDir(const std::filesystem::path& dir);

// Replaces (or creates) `path` with `bytes` atomically.
void writeFileAtomic(const std::filesystem::path& path, std::span<const std::uint8_t> bytes);
void writeFileAtomic(const std::filesystem::path& path, const std::string& text);

// Reads a whole small file; throws Error(InvalidInput) above maxSize.
[[nodiscard]] std::vector<std::uint8_t> readFile(const std::filesystem::path& path, std::size_t maxSize);

// A name for a temporary file beside `target`, unique to this call.
// rename() that never replaces an existing file or folder (renameat2
// RENAME_NOREPLACE; a check first on file systems that cannot, e.g. vfat).
void renameNoReplace(const std::filesystem::path& from, const std::filesystem::path& to);
[[nodiscard]] std::filesystem::path tempNameFor(const std::filesystem::path& target);

// Removes a file if it exists; errors other than "not there" are thrown.
void removeIfExists(const std::filesystem::path& path);
// Removes each file (a missing one is fine) and makes the removals durable:
// every folder they were in is fsync'ed once.
void removeDurably(const std::vector<std::filesystem::path>& paths);

// An exclusive advisory lock (flock) on the vault directory for as long as
// the object lives: one Custodia process per vault at a time.
class DirLock {
public:
    // Throws Error(Busy) if another process holds it.
    explicit DirLock(const std::filesystem::path& dir);

private:
    UniqueFd fd_;
};

}  // namespace custodia::vault::files
