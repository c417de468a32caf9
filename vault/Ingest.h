// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Items.h"
#include "Progress.h"
#include "crypto/Stream.h"

#include <nlohmann/json.hpp>

#include <memory>

#include <filesystem>
#include <optional>
#include <string_view>

namespace custodia::vault {

class Vault;

// R6: before every capture or import the user states whether the content is
// sexual material involving minors. The acquisition rules do not apply to it:
// it must not be documented at all.
enum class R6Answer { NotSexualContentOfMinors, SexualContentOfMinors };

// What to do and whom to call when R6 stops an acquisition (Italian, for the
// user; the same text in the CLI and the GUI).
[[nodiscard]] std::string_view r6Guidance();

// Records in the custody log that an acquisition was stopped under R6 (no
// content, no file name) and throws Error(StoppedByRule).
[[noreturn]] void stopUnderR6(Vault& v, std::int64_t caseId, std::optional<std::int64_t> interviewId);

struct IngestOptions {
    // R5: after the stored copy is verified, remove the source file.
    bool removeSource = false;
    Progress* progress = nullptr;
};

// Imports one file as evidence of a case in one streaming pass:
// read -> SHA-256 and age encryption to the item's own X25519 key (two
// threads) -> blobs/.incoming/<id>.age.partial -> fsync -> catalog row and
// custody entry in one transaction -> rename into blobs/<ab>/<id>.age.
// Memory stays constant whatever the file size. With removeSource, the blob
// is decrypted again and its hash compared before the source is deleted (R5).
// Any failure before the commit leaves no item and no blob behind.
Item ingestFile(Vault& v, std::int64_t caseId, const std::filesystem::path& source, const Acquisition& details,
                R6Answer r6, const IngestOptions& options);

// An item written as its bytes are made (a live capture, issue 8): each
// write() goes through SHA-256 into the age encryptor (the item's own X25519
// key) and into blobs/.incoming/<id>.age.partial; commit() seals the stream,
// syncs it, and commits the item as ingestFile does (catalog row and
// "item.ingest" entry in one transaction, then the rename into place).
// Dropped without a commit (an error, a cancelled capture), it removes the
// partial blob: no plaintext and no item remain. One thread writes.
class ItemWriter final : public crypto::ByteSink {
public:
    explicit ItemWriter(Vault& v);
    ~ItemWriter() override;
    ItemWriter(const ItemWriter&) = delete;
    ItemWriter& operator=(const ItemWriter&) = delete;

    // Error(Io) when the medium refuses (full, removed): the capture stops.
    void write(std::span<const std::uint8_t> bytes) override;
    [[nodiscard]] const std::string& id() const;
    // Plaintext bytes written so far.
    [[nodiscard]] std::uint64_t size() const;
    // `details` as for ingestFile (already validated by the caller, R6
    // asked before the capture began); `extra` is merged into the custody
    // entry's details (how it was captured).
    Item commit(std::int64_t caseId, const Acquisition& details, const std::string& originalName,
                const nlohmann::json& extra);

private:
    struct State;
    std::unique_ptr<State> s_;
};

// R5 on an item already in the vault: verify the stored copy, then remove
// `source` if it is the same content. Recorded as "item.source_removed".
void removeSource(Vault& v, const Item& item, const std::filesystem::path& source);

}  // namespace custodia::vault
