// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Files.h"
#include "Items.h"
#include "Progress.h"
#include "crypto/Age.h"
#include "crypto/AgeRandomAccess.h"
#include "crypto/Sha256.h"
#include "crypto/Stream.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace custodia::vault {

class Vault;

// Reads an item's plaintext from its age blob with the item's key. Every
// failure names the item: a missing blob, a blob the key does not open
// (replaced), a damaged header or a chunk that fails authentication (a
// flipped byte, truncation) are Error(Integrity); a failing medium is
// Error(Io). Only authenticated plaintext is ever returned.
class BlobReader final : public crypto::ByteSource {
public:
    BlobReader(Vault& v, const Item& item, std::optional<std::filesystem::path> blob = std::nullopt);
    [[nodiscard]] std::size_t read(std::span<std::uint8_t> out) override;

private:
    [[noreturn]] void rethrow(const std::exception_ptr& e) const;
    std::string itemId_;
    std::filesystem::path path_;
    files::UniqueFd fd_;
    std::unique_ptr<crypto::FdSource> source_;
    std::unique_ptr<crypto::age::X25519Identity> identity_;
    std::unique_ptr<crypto::age::Decryptor> decryptor_;
};

// Random access to an item's plaintext, for the viewer that seeks in a video
// without a decrypted copy anywhere (crypto/AgeRandomAccess.h): each 64 KiB
// chunk is authenticated when read; the size is checked against the catalog
// at open. Errors as BlobReader's. Independent of the Vault once made (its own
// descriptor and key), so another thread may read it.
class BlobRandomReader final {
public:
    BlobRandomReader(Vault& v, const Item& item);
    ~BlobRandomReader();
    BlobRandomReader(const BlobRandomReader&) = delete;
    BlobRandomReader& operator=(const BlobRandomReader&) = delete;

    [[nodiscard]] std::uint64_t size() const;
    [[nodiscard]] std::size_t readAt(std::uint64_t offset, std::span<std::uint8_t> out);

private:
    std::string itemId_;
    std::filesystem::path path_;
    files::UniqueFd fd_;
    std::unique_ptr<crypto::age::FdPositionalSource> source_;
    std::unique_ptr<crypto::age::X25519Identity> identity_;
    std::unique_ptr<crypto::age::RandomAccessDecryptor> decryptor_;
};

struct ReadResult {
    std::uint64_t bytes = 0;
    std::string sha256;
};

// Decrypts the whole item into `sink` (nullptr: only hash it) and checks the
// plaintext SHA-256 and size against the catalog; Error(Integrity) if they
// differ. `blob` overrides where the age file is read from.
ReadResult readAndCheck(Vault& v, const Item& item, crypto::ByteSink* sink, Progress* progress,
                        const std::optional<std::filesystem::path>& blob = std::nullopt);

// SHA-256 and size of a file (R5: is this the file that was imported?).
[[nodiscard]] std::pair<std::string, std::uint64_t> hashFile(const std::filesystem::path& path);

// Decrypts an item to `sink` after checking it, recording "item.extract" with
// `destination` (a path, or "stdout"). The one way plaintext leaves the vault.
ReadResult extract(Vault& v, const std::string& idOrPrefix, crypto::ByteSink& sink, const std::string& destination,
                   Progress* progress);
// The same into a new file the user named: written beside it under a
// temporary name, fsynced and renamed, removed again on any failure.
ReadResult extractToFile(Vault& v, const std::string& idOrPrefix, const std::filesystem::path& target,
                         Progress* progress);

}  // namespace custodia::vault
