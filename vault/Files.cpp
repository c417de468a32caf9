// SPDX-License-Identifier: GPL-3.0-or-later
#include "Files.h"

#include "crypto/Random.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

namespace custodia::vault::files {

UniqueFd::~UniqueFd() {
    if (fd_ >= 0) {
        ::close(fd_);
    }
}

UniqueFd& UniqueFd::operator=(UniqueFd&& o) noexcept {
    if (this != &o) {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        fd_ = o.release();
    }
    return *this;
}

int UniqueFd::release() noexcept {
    const int fd = fd_;
    fd_ = -1;
    return fd;
}

Error ioError(int err, const std::string& what, const std::filesystem::path& path) {
    const std::string obj = "'" + path.string() + "'";
    switch (err) {
        case ENOSPC:
        case EDQUOT:
            return Error(Error::Code::Io, "the medium is full: cannot " + what + " " + obj,
                         "free some space on the USB stick or disk and try again; the vault was not changed");
        case ENOENT:
            return Error(Error::Code::Io, "cannot " + what + " " + obj + ": no such file or directory",
                         "check the path; if the vault is on a USB stick, check that it is still connected");
        case EACCES:
        case EPERM:
            return Error(Error::Code::Io, "cannot " + what + " " + obj + ": permission denied",
                         "check the file's permissions");
        case EROFS:
            return Error(Error::Code::Io, "cannot " + what + " " + obj + ": the medium is read-only",
                         "check the write-protect switch of the USB stick or remount it read-write");
        case EIO:
        case ENODEV:
        case ENXIO:
            return Error(Error::Code::Io, "cannot " + what + " " + obj + ": input/output error",
                         "the USB stick may have been removed or be failing; reconnect it and run "
                         "'custodia log verify' on the vault");
        default:
            return Error(Error::Code::Io, "cannot " + what + " " + obj + ": " + std::strerror(err));
    }
}

UniqueFd openRead(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw ioError(errno, "read", path);
    }
    return UniqueFd(fd);
}

UniqueFd createNew(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw ioError(errno, "create", path);
    }
    return UniqueFd(fd);
}

void fsyncFd(int fd, const std::filesystem::path& path) {
    if (::fsync(fd) != 0) {
        throw ioError(errno, "write", path);
    }
}

void fsyncDir(const std::filesystem::path& dir) {
    // A bare file name's folder is the current one.
    UniqueFd fd(::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid()) {
        throw ioError(errno, "open directory", dir);
    }
    // Some file systems (e.g. vfat on older kernels) refuse fsync on a
    // directory with EINVAL: there is nothing more we can do, so accept it.
    if (::fsync(fd.get()) != 0 && errno != EINVAL) {
        throw ioError(errno, "write", dir);
    }
}

std::filesystem::path tempNameFor(const std::filesystem::path& target) {
    return target.parent_path() / ("." + target.filename().string() + ".tmp-" + crypto::randomHex(6));
}

void removeIfExists(const std::filesystem::path& path) {
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
        throw ioError(errno, "remove", path);
    }
}

void removeDurably(const std::vector<std::filesystem::path>& paths) {
    std::set<std::filesystem::path> folders;
    for (const auto& p : paths) {
        removeIfExists(p);
        folders.insert(p.parent_path());
    }
    for (const auto& folder : folders) {
        std::error_code ec;
        if (std::filesystem::is_directory(folder, ec)) {
            fsyncDir(folder);
        }
    }
}

void writeFileAtomic(const std::filesystem::path& path, std::span<const std::uint8_t> bytes) {
    const auto tmp = tempNameFor(path);
    try {
        UniqueFd fd = createNew(tmp);
        std::size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
            if (n < 0) {
                if (errno == EINTR) {
                    continue;
                }
                throw ioError(errno, "write", path);
            }
            done += static_cast<std::size_t>(n);
        }
        fsyncFd(fd.get(), path);
        if (::close(fd.release()) != 0) {
            throw ioError(errno, "write", path);
        }
        if (::rename(tmp.c_str(), path.c_str()) != 0) {
            throw ioError(errno, "replace", path);
        }
    } catch (...) {
        ::unlink(tmp.c_str());
        throw;
    }
    fsyncDir(path.parent_path());
}

void writeFileAtomic(const std::filesystem::path& path, const std::string& text) {
    writeFileAtomic(path, std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

std::vector<std::uint8_t> readFile(const std::filesystem::path& path, std::size_t maxSize) {
    UniqueFd fd = openRead(path);
    std::vector<std::uint8_t> out;
    std::uint8_t buf[8192];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw ioError(errno, "read", path);
        }
        if (n == 0) {
            return out;
        }
        out.insert(out.end(), buf, buf + n);
        if (out.size() > maxSize) {
            throw Error(Error::Code::InvalidInput, "'" + path.string() + "' is larger than expected",
                        "this file is not what Custodia wrote there; check the vault");
        }
    }
}

DirLock::DirLock(const std::filesystem::path& dir) : fd_(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
    if (!fd_.valid()) {
        throw ioError(errno, "open", dir);
    }
    if (::flock(fd_.get(), LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK) {
            throw Error(Error::Code::Busy, "the vault '" + dir.string() + "' is open in another Custodia process",
                        "close the other Custodia window or wait for the other command to finish");
        }
        throw ioError(errno, "lock", dir);
    }
}

void renameNoReplace(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
        return;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        throw ioError(errno, "create", to);
    }
    std::error_code ec;  // the file system cannot do it atomically (e.g. vfat)
    if (std::filesystem::exists(to, ec)) {
        throw ioError(EEXIST, "create", to);
    }
    if (::rename(from.c_str(), to.c_str()) != 0) {
        throw ioError(errno, "create", to);
    }
}

}  // namespace custodia::vault::files
