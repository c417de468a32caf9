// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Files.h"
#include "crypto/Encoding.h"
#include "crypto/Error.h"
#include "crypto/Sha256.h"
#include "crypto/Stream.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

// What the exports of a case share (the police export, Export.cpp; the
// consult copy, ConsultExport.cpp): a folder written under a temporary name
// beside its destination, with every file hashed as it is written, fsynced
// and published by one rename; SHA256SUMS in sha256sum's format.
namespace custodia::vault {

class Vault;

namespace exports {

struct FileEntry {
    std::string path;
    std::uint64_t size = 0;
    std::string sha256;
    std::string role;  // evidence | metadata | custody | document | readme
    std::optional<std::string> item;
};

// The folder being written, and what went into it.
class ExportDir {
public:
    explicit ExportDir(std::filesystem::path root) : root_(std::move(root)) {}

    [[nodiscard]] const std::filesystem::path& root() const { return root_; }
    [[nodiscard]] const std::vector<FileEntry>& files() const { return files_; }

    files::UniqueFd create(const std::string& rel) {
        const auto path = root_ / rel;
        makeParents(path.parent_path());
        return files::createNew(path);
    }

    void finishFile(files::UniqueFd fd, const std::string& rel) {
        const auto path = root_ / rel;
        files::fsyncFd(fd.get(), path);
        if (::close(fd.release()) != 0) {
            throw files::ioError(errno, "write", path);
        }
    }

    FileEntry& write(const std::string& rel, std::span<const std::uint8_t> bytes, const std::string& role) {
        files::UniqueFd fd = create(rel);
        crypto::FdSink sink(fd.get(), (root_ / rel).string());
        try {
            sink.write(bytes);
        } catch (const crypto::Error& e) {
            throw files::ioError(e.sysErrno() != 0 ? e.sysErrno() : EIO, "write", root_ / rel);
        }
        finishFile(std::move(fd), rel);
        return add({rel, bytes.size(), crypto::toHex(crypto::Sha256::of(bytes)), role, std::nullopt});
    }

    FileEntry& write(const std::string& rel, const std::string& text, const std::string& role) {
        return write(rel, crypto::asBytes(text), role);
    }

    FileEntry& add(FileEntry e) {
        files_.push_back(std::move(e));
        return files_.back();
    }

    // fsync of every folder written, deepest first, so the rename that
    // publishes the export publishes complete contents.
    void syncDirs() {
        std::vector<std::filesystem::path> dirs(madeDirs_.begin(), madeDirs_.end());
        std::sort(dirs.begin(), dirs.end(), [](const auto& a, const auto& b) { return a.string() > b.string(); });
        for (const auto& d : dirs) {
            files::fsyncDir(d);
        }
        files::fsyncDir(root_);
    }

private:
    void makeParents(const std::filesystem::path& dir) {
        if (dir == root_ || madeDirs_.count(dir) != 0) {
            return;
        }
        makeParents(dir.parent_path());
        if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
            throw files::ioError(errno, "create", dir);
        }
        madeDirs_.insert(dir);
    }

    std::filesystem::path root_;
    std::vector<FileEntry> files_;
    std::set<std::filesystem::path> madeDirs_;
};

// Refuses a destination that exists, whose parent does not, that lies inside
// the vault, or (with zip) whose .zip exists.
void checkDestination(const Vault& v, const std::filesystem::path& to, bool zip);

// SHA256SUMS for `files`, sorted by path.
[[nodiscard]] std::string sumsText(const std::vector<FileEntry>& files);

// Warnings for folders left by an interrupted export beside `parent`: they
// may hold plaintext evidence.
[[nodiscard]] std::vector<std::string> staleExportWarnings(const std::filesystem::path& parent);

// Makes the hidden folder an export `to` is written in before the rename.
[[nodiscard]] std::filesystem::path makeStagingDir(const std::filesystem::path& to, const std::string& exportId);

// Publishes a complete staging folder as `to` (rename, fsync of the parent)
// and then runs `commit` (the catalog transaction that records the export);
// if the commit fails, the published folder is removed again.
void publish(const std::filesystem::path& staging, const std::filesystem::path& to,
             const std::function<void()>& commit);

// `to`.zip of a published export; a failure is returned as a warning (the
// folder is complete and recorded), nullopt path then.
[[nodiscard]] std::optional<std::filesystem::path> zipExport(const std::filesystem::path& to,
                                                             std::vector<std::string>& warnings);

}  // namespace exports

}  // namespace custodia::vault
