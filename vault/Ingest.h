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

// A live recording (issue 8), registered in the catalog (table
// `recordings`: the item's key and these details) before its first byte, so
// that what it wrote survives a crash, a full or a removed medium.
struct RecordingStart {
    std::int64_t caseId = 0;
    Acquisition details;  // validated, R6 already asked
    std::string originalName;
    nlohmann::json capture;  // what is known when it starts: device, resolution, fps
};

// An item written as its bytes are made (a live capture, issue 8): each
// write() goes through SHA-256 into the age encryptor (the item's own X25519
// key) and into blobs/.incoming/<id>.age.partial; commit() seals the stream,
// syncs it, and commits the item as ingestFile does (catalog row and
// "item.ingest" entry in one transaction, then the rename into place).
// A still (first constructor) dropped without a commit removes its partial
// blob: no plaintext and no item remain. A recording (second constructor)
// also writes each sealed chunk at once and syncs every 2 seconds, keeps a
// 1 MiB reserve file beside the blob so that the catalog can still be
// written on a full medium, and is never silently removed: dropped without
// commit() or keepInterrupted(), it stays for recoverRecording() at the next
// unlock. One thread writes.
class ItemWriter final : public crypto::ByteSink {
public:
    explicit ItemWriter(Vault& v);
    ItemWriter(Vault& v, const RecordingStart& recording);
    ~ItemWriter() override;
    ItemWriter(const ItemWriter&) = delete;
    ItemWriter& operator=(const ItemWriter&) = delete;

    // Error(Io) when the medium refuses (full, removed): the capture stops.
    void write(std::span<const std::uint8_t> bytes) override;
    [[nodiscard]] const std::string& id() const;
    // Plaintext bytes written so far.
    [[nodiscard]] std::uint64_t size() const;
    // Ends the age stream and syncs the blob (commit() does it if not done):
    // a recording is then whole on the medium while its details are asked.
    // Error(Io) when the medium refuses.
    void seal();
    // `details` as for ingestFile (already validated by the caller, R6
    // asked before the capture began); `extra` is merged into the custody
    // entry's details (how it was captured). `interrupted` marks the item
    // (a recording that ended early but cleanly: the camera went away).
    Item commit(std::int64_t caseId, const Acquisition& details, const std::string& originalName,
                const nlohmann::json& extra, bool interrupted = false);
    // A recording whose writing failed (full or removed medium): keeps what
    // reached the blob, as recoverRecording() does at unlock, with `reason`
    // and the latest `capture` facts. nullopt when nothing complete was
    // written. Throws Error(Io) when the medium cannot be read or written
    // either: the recording then waits in blobs/.incoming for the next unlock.
    std::optional<Item> keepInterrupted(const std::string& reason, const nlohmann::json& capture);
    // A recording that ends before its first frame (the device did not
    // start): nothing was recorded, so its row and partial blob go.
    void discard();

private:
    struct State;
    std::unique_ptr<State> s_;
};

// A recording that never reached its commit (table `recordings`): every
// complete age chunk of its partial blob is kept (crypto::age::recoverPrefix;
// the blob is fixed in place, so a full medium needs no room for a copy) and
// committed as an item marked interrupted, acquired by whoever started the
// recording when it started, with the SHA-256 of the recovered bytes; the
// custody entry "item.ingest" says why ("interrupted": reason, bytes kept and
// dropped). With nothing complete, the partial blob is removed and
// "recording.lost" logged. `capture` (may be empty) is merged over the facts
// recorded at the start.
std::optional<Item> recoverRecording(Vault& v, const std::string& itemId, const std::string& reason,
                                     const nlohmann::json& capture);

// R5 on an item already in the vault: verify the stored copy, then remove
// `source` if it is the same content. Recorded as "item.source_removed".
void removeSource(Vault& v, const Item& item, const std::filesystem::path& source);

}  // namespace custodia::vault
