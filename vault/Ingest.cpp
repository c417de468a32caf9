// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ingest.h"

#include "Blob.h"
#include "Cases.h"
#include "Error.h"
#include "Files.h"
#include "Interviews.h"
#include "Json.h"
#include "Mime.h"
#include "Pipeline.h"
#include "Retention.h"
#include "Time.h"
#include "Vault.h"
#include "crypto/Age.h"
#include "crypto/AgeRecover.h"
#include "crypto/Encoding.h"
#include "crypto/Error.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>

namespace custodia::vault {

namespace fs = std::filesystem;

std::string_view r6Guidance() {
    return "R6 - ACQUISIZIONE INTERROTTA. Il materiale a contenuto sessuale che coinvolge minori "
           "(pedopornografia, anche sexting) NON va fotografato, filmato, copiato ne' inoltrato, nemmeno "
           "per documentarlo. Cosa fare adesso:\n"
           "  1. Non acquisire e non diffondere il contenuto; se possibile trattenere il dispositivo spento.\n"
           "  2. Informare subito il Dirigente Scolastico.\n"
           "  3. Chiedere indicazioni alla Polizia Postale: https://www.commissariatodips.it (o il 112/113).\n"
           "  4. Per supporto: Telefono Azzurro 19696; Save the Children \"Stop-It\" (stop-it.it).\n"
           "Se una copia e' gia' sul tuo dispositivo, non inoltrarla a nessuno e chiedi alla Polizia Postale "
           "come procedere.\n"
           "Nel registro di custodia resta solo l'annotazione che l'acquisizione e' stata interrotta, senza "
           "alcun contenuto.";
}

void stopUnderR6(Vault& v, std::int64_t caseId, std::optional<std::int64_t> interviewId) {
    (void)cases::get(v, caseId);
    if (interviewId) {
        (void)interviews::get(v, caseId, *interviewId);
    }
    v.record({"acquisition.stopped_r6",
              caseId,
              std::nullopt,
              {{"interview", interviewId ? nlohmann::json(*interviewId) : nlohmann::json(nullptr)}}});
    throw Error(Error::Code::StoppedByRule,
                "acquisition stopped under R6: sexual content involving minors must not be documented",
                std::string(r6Guidance()));
}

namespace {

class CountingFdSink final : public crypto::ByteSink {
public:
    CountingFdSink(int fd, std::string name) : sink_(fd, std::move(name)) {}
    void write(std::span<const std::uint8_t> bytes) override {
        sink_.write(bytes);
        size += bytes.size();
    }
    std::uint64_t size = 0;

private:
    crypto::FdSink sink_;
};

// Encrypts `src` into the partial blob; returns plaintext and blob facts.
// The reader thread hashes while this thread encrypts and writes; a blob
// hash is not computed (decrypting checks a blob faster than hashing it).
struct Written {
    std::string sha256;
    std::uint64_t size = 0;
    std::uint64_t blobSize = 0;
    std::string mime;
};

Written encryptInto(int srcFd, const fs::path& source, int dstFd, const fs::path& partial,
                    const crypto::age::X25519Recipient& recipient, std::uint64_t expected, Progress* progress) {
    Written w;
    try {
        CountingFdSink sink(dstFd, partial.string());
        {
            const crypto::age::Recipient* rs[] = {&recipient};
            crypto::age::Encryptor enc(sink, rs);
            pipeline::HashingReader reader(srcFd, source);
            std::uint64_t done = 0;
            for (;;) {
                if (progress != nullptr && progress->cancelled()) {
                    throw Error(Error::Code::Cancelled, "import of '" + source.string() + "' cancelled");
                }
                const auto block = reader.next();
                if (block.empty()) {
                    break;
                }
                enc.write(block);
                done += block.size();
                if (progress != nullptr) {
                    progress->update(done, expected);
                }
            }
            enc.finish();
            w.sha256 = crypto::toHex(reader.digest());
            w.size = reader.size();
            w.mime = mime::sniff(reader.head());
        }
        w.blobSize = sink.size;
    } catch (const crypto::Error& e) {
        throw files::ioError(e.sysErrno() != 0 ? e.sysErrno() : EIO, "write", partial);
    }
    return w;
}

// The catalog row and its "item.ingest" entry for a blob written and
// synced in blobs/.incoming (one transaction, which also ends a recording's
// row in `recordings`), then the blob moved into place. `extra` is merged
// into the entry's details; an acquisition time and user already set in
// `item` are kept (a recovered recording: when and by whom it was started).
// Before the commit a failure removes the partial blob (no item, no blob)
// unless `removeOnFailure` is false (a recording: the next unlock recovers it).
Item commitItem(Vault& v, Item item, std::int64_t caseId, const Acquisition& a,
                const crypto::age::X25519Identity& identity, const Written& w, const nlohmann::json& extra,
                bool removeOnFailure = true) {
    const fs::path partial = v.incomingPath(item.id);
    try {
        item.caseId = caseId;
        item.interviewId = a.interviewId;
        item.mime = w.mime;
        item.kind = a.kind.value_or(mime::kindFor(w.mime));
        item.size = static_cast<std::int64_t>(w.size);
        item.sha256 = w.sha256;
        item.blobSize = static_cast<std::int64_t>(w.blobSize);
        if (item.acquiredAt.empty()) {
            item.acquiredAt = time::formatUtc(v.clock().now());
        }
        if (item.acquiredBy.empty()) {
            item.acquiredBy = v.actor().id;
        }
        item.method = a.method;
        item.device = a.device;
        item.consent = a.consent;
        item.postedAt = a.postedAt;
        item.platform = a.platform;
        item.place = a.place;
        item.participants = a.participants;
        item.profiles = a.profiles;
        item.description = a.description;
        item.destroyAfter =
            time::formatUtc(retention::destroyAfter(*time::parseUtc(item.acquiredAt), retention::months(v)));
        if (const auto c = extra.find("capture"); c != extra.end()) {
            item.capture = *c;
            if (const auto i = extra.find("interrupted"); i != extra.end()) {
                item.capture["interrupted"] = *i;
            }
        }

        nlohmann::json details = {
            {"sha256", w.sha256},
            {"size", w.size},
            {"blob_size", w.blobSize},
            {"kind", item.kind},
            {"method", item.method},
            {"consent", item.consent},
            {"interview", a.interviewId ? nlohmann::json(*a.interviewId) : nlohmann::json(nullptr)},
            {"destroy_after", *item.destroyAfter},
            {"r6_declared_not_sexual_content_of_minors", true}};
        for (const auto& [key, value] : extra.items())
            details[key] = value;
        Transaction tx(v.db());
        items::insert(v, item, identity.toString());
        v.db().prepare("DELETE FROM recordings WHERE item_id = ?1").bind(1, item.id).run();
        v.record({"item.ingest", caseId, item.id, std::move(details)});
        tx.commit();
    } catch (...) {
        if (removeOnFailure) {
            ::unlink(partial.c_str());
        }
        throw;
    }
    // Committed: from here a crash leaves the partial blob, which the next
    // unlock moves into place after checking its hash (Vault::unlock).
    const fs::path target = v.blobPath(item.id);
    std::error_code ec;
    fs::create_directory(target.parent_path(), ec);
    if (::rename(partial.c_str(), target.c_str()) != 0) {
        throw files::ioError(errno, "move into place", target);
    }
    files::fsyncDir(target.parent_path());
    files::fsyncDir(partial.parent_path());
    return item;
}

// A missing source is the user's typo, not a failing medium.
files::UniqueFd openSource(const fs::path& source) {
    std::error_code ec;
    if (!fs::exists(source, ec)) {
        throw Error(Error::Code::InvalidInput, "there is no file '" + source.string() + "'",
                    "check the name and the folder of the file to import");
    }
    return files::openRead(source);
}

}  // namespace

Item ingestFile(Vault& v, std::int64_t caseId, const fs::path& source, const Acquisition& details, R6Answer r6,
                const IngestOptions& options) {
    if (r6 != R6Answer::NotSexualContentOfMinors) {
        stopUnderR6(v, caseId, details.interviewId);
    }
    Acquisition a = details;
    items::validate(v, caseId, a);

    files::UniqueFd src = openSource(source);
    struct stat st {};
    if (::fstat(src.get(), &st) != 0) {
        throw files::ioError(errno, "read", source);
    }
    if (!S_ISREG(st.st_mode)) {
        throw Error(Error::Code::InvalidInput, "'" + source.string() + "' is not a regular file",
                    "give the path of a photo, video or document file");
    }

    Item item;
    item.id = crypto::randomHex(16);
    const auto identity = crypto::age::X25519Identity::generate();
    const fs::path partial = v.incomingPath(item.id);
    Written w;
    try {
        files::UniqueFd dst = files::createNew(partial);
        w = encryptInto(src.get(), source, dst.get(), partial, identity.recipient(),
                        static_cast<std::uint64_t>(st.st_size), options.progress);
        files::fsyncFd(dst.get(), partial);
        if (::close(dst.release()) != 0) {
            throw files::ioError(errno, "write", partial);
        }
        files::fsyncDir(partial.parent_path());
    } catch (...) {
        ::unlink(partial.c_str());
        throw;
    }
    item.originalName = source.filename().string();
    item = commitItem(v, std::move(item), caseId, a, identity, w, nlohmann::json::object());
    if (options.removeSource) {
        removeSource(v, item, source);
        item = items::get(v, item.id);
    }
    return item;
}

namespace {

// Plaintext facts of an item written piecewise: SHA-256, size, and the
// first bytes for the MIME sniff.
struct PlaintextFacts final : crypto::ByteSink {
    crypto::Sha256 hash;
    std::uint64_t size = 0;
    std::vector<std::uint8_t> head;

    void write(std::span<const std::uint8_t> bytes) override {
        hash.update(bytes);
        if (head.size() < 4096) {
            const std::size_t n = std::min(bytes.size(), 4096 - head.size());
            head.insert(head.end(), bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(n));
        }
        size += bytes.size();
    }
};

constexpr off_t kReserveBytes = 1 << 20;
constexpr auto kSyncEvery = std::chrono::seconds(2);

fs::path reservePath(const Vault& v, const std::string& id) {
    return v.incomingPath(id).parent_path() / (id + ".reserve");
}

}  // namespace

struct ItemWriter::State {
    Vault& v;
    Item item;
    crypto::age::X25519Identity identity = crypto::age::X25519Identity::generate();
    fs::path partial;
    files::UniqueFd fd;
    std::unique_ptr<CountingFdSink> sink;
    std::unique_ptr<crypto::age::Encryptor> enc;
    PlaintextFacts facts;
    bool committed = false;
    // A recording (RecordingStart): its row, the reserve, the last sync.
    bool recording = false;
    bool settled = false;  // kept (keepInterrupted) or discarded
    bool sealed = false;   // the age stream finished and synced
    fs::path reserve;
    std::chrono::steady_clock::time_point lastSync = std::chrono::steady_clock::now();

    explicit State(Vault& vault) : v(vault) {}

    void open() {
        item.id = crypto::randomHex(16);
        partial = v.incomingPath(item.id);
        fd = files::createNew(partial);
        try {
            sink = std::make_unique<CountingFdSink>(fd.get(), partial.string());
            const auto recipient = identity.recipient();
            const crypto::age::Recipient* rs[] = {&recipient};
            enc = std::make_unique<crypto::age::Encryptor>(*sink, rs);
        } catch (const crypto::Error& e) {
            ::unlink(partial.c_str());
            throw files::ioError(e.sysErrno() != 0 ? e.sysErrno() : EIO, "write", partial);
        } catch (...) {
            ::unlink(partial.c_str());
            throw;
        }
    }

    // The room the catalog needs to record the end of a recording on a full
    // medium. Where the file system cannot preallocate, there is none.
    void makeReserve() {
        reserve = reservePath(v, item.id);
        files::UniqueFd r = files::createNew(reserve);
        if (::posix_fallocate(r.get(), 0, kReserveBytes) != 0) {
            ::unlink(reserve.c_str());
            reserve.clear();
        }
    }

    void dropReserve() {
        if (!reserve.empty()) {
            ::unlink(reserve.c_str());
            reserve.clear();
        }
    }
};

ItemWriter::ItemWriter(Vault& v) : s_(std::make_unique<State>(v)) {
    s_->open();
}

ItemWriter::ItemWriter(Vault& v, const RecordingStart& r) : s_(std::make_unique<State>(v)) {
    State& s = *s_;
    s.open();
    s.recording = true;
    try {
        s.enc->flush();
        files::fsyncFd(s.fd.get(), s.partial);
        files::fsyncDir(s.partial.parent_path());
        s.makeReserve();
        Transaction tx(v.db());
        v.db()
            .prepare(
                "INSERT INTO recordings (item_id, case_id, age_identity, started_at, started_by, original_name, "
                "acquisition, capture) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
            .bind(1, s.item.id)
            .bind(2, r.caseId)
            .bind(3, s.identity.toString().view())
            .bind(4, time::formatUtc(v.clock().now()))
            .bind(5, v.actor().id)
            .bind(6, r.originalName)
            .bind(7, items::acquisitionToJson(r.details).dump())
            .bind(8, (r.capture.is_object() ? r.capture : nlohmann::json::object()).dump())
            .run();
        tx.commit();
    } catch (const crypto::Error& e) {
        ::unlink(s.partial.c_str());
        s.dropReserve();
        throw files::ioError(e.sysErrno() != 0 ? e.sysErrno() : EIO, "write", s.partial);
    } catch (...) {
        ::unlink(s.partial.c_str());
        s.dropReserve();
        throw;
    }
}

ItemWriter::~ItemWriter() {
    State& s = *s_;
    if (s.committed || s.settled) {
        return;
    }
    if (!s.recording) {
        ::unlink(s.partial.c_str());
        return;
    }
    // A recording left without an end: its row and blob wait for the next
    // unlock (recoverRecording); only the reserve goes.
    s.dropReserve();
}

void ItemWriter::write(std::span<const std::uint8_t> bytes) {
    State& s = *s_;
    if (s.committed || s.settled)
        throw Error(Error::Code::InvalidInput, "item " + s.item.id + " is already committed");
    s.facts.write(bytes);
    try {
        s.enc->write(bytes);
        if (s.recording) {
            s.enc->flush();
            const auto now = std::chrono::steady_clock::now();
            if (now - s.lastSync >= kSyncEvery) {
                if (::fdatasync(s.fd.get()) != 0)
                    throw files::ioError(errno, "write", s.partial);
                s.lastSync = now;
            }
        }
    } catch (const crypto::Error& e) {
        throw files::ioError(e.sysErrno() != 0 ? e.sysErrno() : EIO, "write", s.partial);
    }
}

const std::string& ItemWriter::id() const {
    return s_->item.id;
}

std::uint64_t ItemWriter::size() const {
    return s_->facts.size;
}

void ItemWriter::seal() {
    State& s = *s_;
    if (s.sealed)
        return;
    try {
        s.enc->finish();
        files::fsyncFd(s.fd.get(), s.partial);
        if (::close(s.fd.release()) != 0)
            throw files::ioError(errno, "write", s.partial);
        files::fsyncDir(s.partial.parent_path());
    } catch (const crypto::Error& e) {
        throw files::ioError(e.sysErrno() != 0 ? e.sysErrno() : EIO, "write", s.partial);
    }
    s.sealed = true;
}

Item ItemWriter::commit(std::int64_t caseId, const Acquisition& details, const std::string& originalName,
                        const nlohmann::json& extra, bool interrupted) {
    State& s = *s_;
    Written w;
    seal();
    s.dropReserve();
    w.sha256 = crypto::toHex(s.facts.hash.finish());
    w.size = s.facts.size;
    w.blobSize = s.sink->size;
    w.mime = mime::sniff(s.facts.head);
    Item item = s.item;
    item.originalName = originalName;
    item.interrupted = interrupted;
    // From here the partial blob is commitItem's: it removes it on failure,
    // except a recording's, which the next unlock recovers.
    s.committed = true;
    return commitItem(s.v, std::move(item), caseId, details, s.identity, w, extra, !s.recording);
}

std::optional<Item> ItemWriter::keepInterrupted(const std::string& reason, const nlohmann::json& capture) {
    State& s = *s_;
    if (!s.recording || s.committed || s.settled)
        throw Error(Error::Code::InvalidInput, "item " + s.item.id + " is not a recording in progress");
    s.settled = true;
    if (s.fd.valid())
        (void)::close(s.fd.release());  // the medium already failed: what reached it is what counts
    s.dropReserve();
    return recoverRecording(s.v, s.item.id, reason, capture);
}

void ItemWriter::discard() {
    State& s = *s_;
    if (s.committed || s.settled)
        return;
    s.settled = true;
    if (s.fd.valid())
        (void)::close(s.fd.release());
    ::unlink(s.partial.c_str());
    s.dropReserve();
    if (s.recording) {
        Transaction tx(s.v.db());
        s.v.db().prepare("DELETE FROM recordings WHERE item_id = ?1").bind(1, s.item.id).run();
        tx.commit();
    }
}

std::optional<Item> recoverRecording(Vault& v, const std::string& itemId, const std::string& reason,
                                     const nlohmann::json& capture) {
    std::int64_t caseId = 0;
    std::string startedAt;
    std::string startedBy;
    std::string originalName;
    Acquisition a;
    nlohmann::json facts;
    std::optional<crypto::age::X25519Identity> identity;
    {
        auto st = v.db().prepare(
            "SELECT case_id, age_identity, started_at, started_by, original_name, acquisition, capture "
            "FROM recordings WHERE item_id = ?1");
        st.bind(1, itemId);
        if (!st.step())
            throw Error(Error::Code::NotFound, "there is no recording " + itemId + " in progress");
        caseId = st.int64At(0);
        identity.emplace(crypto::age::X25519Identity::parse(st.secretAt(1).view()));
        startedAt = st.textAt(2);
        startedBy = st.textAt(3);
        originalName = st.textAt(4);
        a = items::acquisitionFromJson(json::parseOr(st.textAt(5), nlohmann::json::object()));
        facts = json::parseOr(st.textAt(6), nlohmann::json::object());
    }
    if (capture.is_object()) {
        for (const auto& [key, value] : capture.items())
            facts[key] = value;
    }
    facts["started_at"] = startedAt;

    const fs::path partial = v.incomingPath(itemId);
    std::error_code ec;
    const bool present = fs::exists(partial, ec);
    crypto::age::RecoveredPrefix r;
    PlaintextFacts plain;
    std::uint64_t blobBytes = 0;
    if (present) {
        files::UniqueFd fd(::open(partial.c_str(), O_RDWR | O_CLOEXEC));
        if (!fd.valid())
            throw files::ioError(errno, "open", partial);
        try {
            crypto::age::FdPositionalSource src(fd.get());
            blobBytes = src.size();
            const crypto::age::Identity* ids[] = {&*identity};
            r = crypto::age::recoverPrefix(src, ids, plain);
        } catch (const crypto::Error& e) {
            if (e.code() == crypto::Error::Code::Io)
                throw files::ioError(e.sysErrno() != 0 ? e.sysErrno() : EIO, "read", partial);
            r = {};  // the header itself was cut: nothing to keep
            r.discardedBytes = blobBytes;
        }
        if (r.plaintextSize > 0) {
            if (!r.rewrite.empty()) {
                std::size_t done = 0;
                while (done < r.rewrite.size()) {
                    const ssize_t n = ::pwrite(fd.get(), r.rewrite.data() + done, r.rewrite.size() - done,
                                               static_cast<off_t>(r.rewriteAt + done));
                    if (n < 0 && errno == EINTR)
                        continue;
                    if (n <= 0)
                        throw files::ioError(n < 0 ? errno : EIO, "write", partial);
                    done += static_cast<std::size_t>(n);
                }
            }
            if (r.keepBytes < blobBytes && ::ftruncate(fd.get(), static_cast<off_t>(r.keepBytes)) != 0)
                throw files::ioError(errno, "write", partial);
            files::fsyncFd(fd.get(), partial);
        }
    }
    if (r.plaintextSize == 0) {
        // Nothing complete reached the medium: nothing to keep, and the
        // bytes there cannot be read by anyone (no complete chunk).
        files::removeIfExists(partial);
        files::fsyncDir(partial.parent_path());
        Transaction tx(v.db());
        v.db().prepare("DELETE FROM recordings WHERE item_id = ?1").bind(1, itemId).run();
        v.record({"recording.lost",
                  caseId,
                  std::nullopt,
                  {{"recording", itemId}, {"reason", reason}, {"blob_bytes", blobBytes}, {"capture", facts}}});
        tx.commit();
        return std::nullopt;
    }
    Written w;
    w.sha256 = crypto::toHex(plain.hash.finish());
    w.size = plain.size;
    w.blobSize = r.keepBytes;
    w.mime = mime::sniff(plain.head);
    Item item;
    item.id = itemId;
    item.originalName = originalName;
    item.acquiredAt = startedAt;
    item.acquiredBy = startedBy;
    item.interrupted = true;
    const nlohmann::json extra = {{"capture", facts},
                                  {"interrupted",
                                   {{"reason", reason},
                                    {"recovered_bytes", r.plaintextSize},
                                    {"dropped_blob_bytes", r.discardedBytes},
                                    {"payload_was_complete", r.complete}}}};
    return commitItem(v, std::move(item), caseId, a, *identity, w, extra, false);
}

void removeSource(Vault& v, const Item& item, const fs::path& source) {
    (void)openSource(source);
    const auto [sourceHash, sourceSize] = hashFile(source);
    if (sourceHash != item.sha256) {
        throw Error(Error::Code::InvalidInput,
                    "R5: '" + source.string() + "' is not the content of item " + item.id + "; it was not removed");
    }
    // The stored copy must decrypt to exactly these bytes before the only
    // other copy goes.
    (void)readAndCheck(v, item, nullptr, nullptr);
    if (::unlink(source.c_str()) != 0) {
        throw files::ioError(errno, "remove", source);
    }
    files::fsyncDir(fs::absolute(source).parent_path());
    Transaction tx(v.db());
    v.db()
        .prepare("UPDATE items SET source_removed = 1, source_removed_at = ?2 WHERE id = ?1")
        .bind(1, item.id)
        .bind(2, time::formatUtc(v.clock().now()))
        .run();
    v.record({"item.source_removed", item.caseId, item.id, {{"verified_sha256", item.sha256.value_or("")}}});
    tx.commit();
}

}  // namespace custodia::vault
