// SPDX-License-Identifier: GPL-3.0-or-later
#include "Blob.h"

#include "Error.h"
#include "Vault.h"
#include "crypto/Error.h"

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>

namespace custodia::vault {

namespace {
constexpr std::size_t kBuffer = 1 << 20;

void checkCancel(Progress* p) {
    if (p != nullptr && p->cancelled()) {
        throw Error(Error::Code::Cancelled, "cancelled");
    }
}

[[noreturn]] void rethrowBlobError(const std::exception_ptr& e, const std::string& itemId,
                                   const std::filesystem::path& path) {
    try {
        std::rethrow_exception(e);
    } catch (const crypto::Error& ce) {
        using C = crypto::Error::Code;
        switch (ce.code()) {
            case C::Io:
                throw files::ioError(ce.sysErrno() != 0 ? ce.sysErrno() : EIO, "read", path);
            case C::NoMatch:
                throw Error(Error::Code::Integrity,
                            "the blob of item " + itemId + " does not open with the item's key: it was replaced",
                            "keep the vault as it is and run 'custodia log verify'; restore the blob from a backup");
            default:
                throw Error(Error::Code::Integrity,
                            "the blob of item " + itemId + " is damaged or was altered (" + ce.what() + ")",
                            "keep the vault as it is and run 'custodia log verify'; restore the blob from a backup");
        }
    }
}

// Checks that `item` has a blob and that it is at `path`, opens it into `fd`
// and returns the item's age identity. Shared by both readers.
std::unique_ptr<crypto::age::X25519Identity> openItemBlob(Vault& v, const Item& item, const std::filesystem::path& path,
                                                          files::UniqueFd& fd) {
    if (!item.hasBlob()) {
        throw Error(Error::Code::InvalidInput, "item " + item.id + " is a physical item: it has no file");
    }
    const crypto::SecureBuffer key = items::identityOf(v, item.id);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        throw Error(Error::Code::Integrity, "the blob of item " + item.id + " is missing (" + path.string() + ")",
                    "the file was deleted or moved; restore it from a backup copy of the vault");
    }
    try {
        fd = files::openRead(path);
        return std::make_unique<crypto::age::X25519Identity>(crypto::age::X25519Identity::parse(key.view()));
    } catch (...) {  // a vault::Error (the open) passes through unchanged
        rethrowBlobError(std::current_exception(), item.id, path);
    }
}
}  // namespace

BlobReader::BlobReader(Vault& v, const Item& item, std::optional<std::filesystem::path> blob)
    : itemId_(item.id), path_(blob ? std::move(*blob) : v.blobPath(item.id)) {
    identity_ = openItemBlob(v, item, path_, fd_);
    try {
        source_ = std::make_unique<crypto::FdSource>(fd_.get(), path_.string());
        const crypto::age::Identity* ids[] = {identity_.get()};
        decryptor_ = std::make_unique<crypto::age::Decryptor>(*source_, ids);
    } catch (...) {
        rethrow(std::current_exception());
    }
}

std::size_t BlobReader::read(std::span<std::uint8_t> out) {
    try {
        return decryptor_->read(out);
    } catch (...) {
        rethrow(std::current_exception());
    }
}

void BlobReader::rethrow(const std::exception_ptr& e) const {
    rethrowBlobError(e, itemId_, path_);
}

BlobRandomReader::BlobRandomReader(Vault& v, const Item& item) : itemId_(item.id), path_(v.blobPath(item.id)) {
    identity_ = openItemBlob(v, item, path_, fd_);
    try {
        source_ = std::make_unique<crypto::age::FdPositionalSource>(fd_.get());
        const crypto::age::Identity* ids[] = {identity_.get()};
        decryptor_ = std::make_unique<crypto::age::RandomAccessDecryptor>(*source_, ids);
    } catch (...) {
        rethrowBlobError(std::current_exception(), itemId_, path_);
    }
    if (item.size && decryptor_->size() != static_cast<std::uint64_t>(*item.size)) {
        throw Error(Error::Code::Integrity,
                    "the blob of item " + item.id + " holds " + std::to_string(decryptor_->size()) +
                        " bytes, not the " + std::to_string(*item.size) + " acquired",
                    "keep the vault as it is and run 'custodia log verify'; restore the blob from a backup");
    }
}

BlobRandomReader::~BlobRandomReader() = default;

std::uint64_t BlobRandomReader::size() const {
    return decryptor_->size();
}

std::size_t BlobRandomReader::readAt(std::uint64_t offset, std::span<std::uint8_t> out) {
    try {
        return decryptor_->readAt(offset, out);
    } catch (...) {
        rethrowBlobError(std::current_exception(), itemId_, path_);
    }
}

ReadResult readAndCheck(Vault& v, const Item& item, crypto::ByteSink* sink, Progress* progress,
                        const std::optional<std::filesystem::path>& blob) {
    BlobReader reader(v, item, blob);
    crypto::Sha256 hash;
    ReadResult r;
    std::vector<std::uint8_t> buf(kBuffer);
    const auto total = static_cast<std::uint64_t>(item.size.value_or(0));
    for (;;) {
        checkCancel(progress);
        const std::size_t n = reader.read(buf);
        if (n == 0) {
            break;
        }
        const std::span<const std::uint8_t> part(buf.data(), n);
        hash.update(part);
        if (sink != nullptr) {
            sink->write(part);
        }
        r.bytes += n;
        if (progress != nullptr) {
            progress->update(r.bytes, total);
        }
    }
    r.sha256 = crypto::toHex(hash.finish());
    if (r.sha256 != item.sha256.value_or("") || static_cast<std::int64_t>(r.bytes) != item.size.value_or(-1)) {
        throw Error(Error::Code::Integrity,
                    "item " + item.id + " decrypts to content whose SHA-256 (" + r.sha256 +
                        ") is not the one recorded at acquisition (" + item.sha256.value_or("?") + ")",
                    "the catalog or the blob was altered; keep the vault as it is for an examiner");
    }
    return r;
}

std::pair<std::string, std::uint64_t> hashFile(const std::filesystem::path& path) {
    files::UniqueFd fd = files::openRead(path);
    crypto::Sha256 h;
    std::vector<std::uint8_t> buf(kBuffer);
    std::uint64_t size = 0;
    for (;;) {
        const ssize_t n = ::read(fd.get(), buf.data(), buf.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw files::ioError(errno, "read", path);
        }
        if (n == 0) {
            break;
        }
        h.update(std::span(buf.data(), static_cast<std::size_t>(n)));
        size += static_cast<std::uint64_t>(n);
    }
    return {crypto::toHex(h.finish()), size};
}

namespace {

ReadResult extractChecked(Vault& v, const Item& item, crypto::ByteSink& sink, const std::string& destination,
                          Progress* progress) {
    try {
        return readAndCheck(v, item, &sink, progress);
    } catch (const crypto::Error& e) {  // from the sink: the destination failed
        throw files::ioError(e.sysErrno() != 0 ? e.sysErrno() : EIO, "write", destination);
    }
}

void recordExtract(Vault& v, const Item& item, const std::string& destination, const ReadResult& r) {
    v.record({"item.extract", item.caseId, item.id, {{"destination", destination}, {"sha256", r.sha256}}});
}

}  // namespace

ReadResult extract(Vault& v, const std::string& idOrPrefix, crypto::ByteSink& sink, const std::string& destination,
                   Progress* progress) {
    v.requireRole({Role::Dirigente, Role::Referente}, "extract evidence");
    const Item item = items::get(v, idOrPrefix);
    const ReadResult r = extractChecked(v, item, sink, destination, progress);
    recordExtract(v, item, destination, r);
    return r;
}

ReadResult extractToFile(Vault& v, const std::string& idOrPrefix, const std::filesystem::path& target,
                         Progress* progress) {
    v.requireRole({Role::Dirigente, Role::Referente}, "extract evidence");
    const Item item = items::get(v, idOrPrefix);
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(target, ec);
    if (std::filesystem::exists(absolute, ec)) {
        throw Error(Error::Code::AlreadyExists, "'" + target.string() + "' already exists",
                    "choose a new file name; Custodia does not overwrite files");
    }
    if (!std::filesystem::is_directory(absolute.parent_path(), ec)) {
        throw Error(Error::Code::InvalidInput, "the folder '" + absolute.parent_path().string() + "' does not exist",
                    "create it first, or choose another place for the file");
    }
    const auto tmp = files::tempNameFor(absolute);
    try {
        files::UniqueFd fd = files::createNew(tmp);
        crypto::FdSink sink(fd.get(), target.string());
        const ReadResult r = extractChecked(v, item, sink, target.string(), progress);
        files::fsyncFd(fd.get(), target);
        if (::close(fd.release()) != 0) {
            throw files::ioError(errno, "write", target);
        }
        // Recorded before the file appears under its name: if anything fails
        // after this point the log overstates what left the vault, never
        // understates it.
        recordExtract(v, item, absolute.string(), r);
        files::renameNoReplace(tmp, absolute);
        files::fsyncDir(absolute.parent_path());
        return r;
    } catch (...) {
        ::unlink(tmp.c_str());
        throw;
    }
}

}  // namespace custodia::vault
