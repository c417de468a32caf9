// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsultExport.h"

#include "Blob.h"
#include "Cases.h"
#include "Database.h"
#include "Error.h"
#include "Export.h"
#include "ExportFolder.h"
#include "Items.h"
#include "Persons.h"
#include "Renderers.h"
#include "Time.h"
#include "Vault.h"
#include "crypto/Encoding.h"
#include "crypto/Random.h"
#include "redaction/Plans.h"
#include "redaction/Pseudonyms.h"
#include "redaction/Redactor.h"
#include "redaction/Video.h"

#include <array>
#include <cstdio>

namespace custodia::vault::exports {

namespace {

namespace rd = redaction;

std::string itemLabel(const Item& i) {
    return i.id.substr(0, 8);
}

// Why an item cannot go into the copy as things stand ("" when it can).
std::string notReady(const std::optional<rd::Plan>& plan, bool acceptDetected) {
    if (!plan)
        return acceptDetected ? "" : "no redaction plan yet (run 'redact plan', review, approve)";
    if (!plan->approved() && !acceptDetected)
        return plan->leakCheck == std::optional<std::string>("needs-review")
                   ? "still readable after the last leak check: look at it again and approve"
                   : "redaction plan not yet approved";
    return "";
}

// The regions the leak check appended after the plan's own.
std::vector<rd::Region> leakAdded(const rd::Plan& plan, const std::vector<rd::Region>& burned) {
    const auto own = static_cast<std::ptrdiff_t>(std::min(plan.active().size(), burned.size()));
    return {burned.begin() + own, burned.end()};
}

}  // namespace

std::size_t ConsultExportResult::exported() const {
    std::size_t n = 0;
    for (const auto& i : items)
        n += i.file.empty() ? 0 : 1;
    return n;
}

ConsultExportResult exportForConsult(Vault& v, ConsultExportOptions o, Progress* progress) {
    v.requireRole({Role::Dirigente, Role::Referente}, "export a consult copy of a case");
    const Case c = cases::get(v, o.caseId);
    o.to = std::filesystem::absolute(o.to).lexically_normal();
    if (o.to.filename().empty())
        o.to = o.to.parent_path();
    checkDestination(v, o.to, o.zip);

    // 1. Which items, and whether each may go in.
    const std::vector<Item> selected = rd::plans::redactable(v, c.id, o.itemIds);
    ConsultExportResult result;
    std::vector<const Item*> ready;
    std::string refused;
    for (const auto& i : selected) {
        const std::string why = notReady(rd::plans::find(v, i.id), o.acceptDetected);
        if (why.empty()) {
            ready.push_back(&i);
        } else {
            result.items.push_back({i.id, "", "", 0, 0, why});
            refused += (refused.empty() ? "" : "; ") + ("item " + itemLabel(i) + ": " + why);
        }
    }
    if (!o.itemIds.empty() && !refused.empty())
        throw Error(Error::Code::InvalidInput, "cannot export these items for a consult: " + refused,
                    "review and approve their redaction ('custodia redact show / approve'), or give "
                    "--accept-detected to share what the detectors found");
    if (ready.empty())
        throw Error(Error::Code::InvalidInput,
                    selected.empty() ? "case " + std::to_string(c.id) + " has no pictures to share"
                                     : "no picture of case " + std::to_string(c.id) + " is ready: " + refused,
                    "review and approve their redaction ('custodia redact plan / show / approve'), or give "
                    "--accept-detected");

    // Planning for --accept-detected happens before anything is written.
    for (const Item* i : ready)
        if (!rd::plans::find(v, i->id))
            (void)rd::plans::plan(v, c.id, {i->id}, nullptr);

    const auto persons = persons::list(v, c.id);
    const rd::Pseudonymiser pseudonyms(persons);
    std::array<std::uint8_t, 8> rnd{};
    crypto::randomBytes(rnd);
    const std::string exportId = crypto::toHex(rnd);
    const std::string now = time::formatUtc(v.clock().now());
    result.exportId = exportId;
    result.dir = o.to;
    result.warnings = staleExportWarnings(o.to.parent_path());

    const auto tmp = makeStagingDir(o.to, exportId);
    try {
        ExportDir out(tmp);
        rd::Redactor redactor(rd::rosterOf(persons));
        struct Done {
            const Item* item;
            rd::Plan plan;
            std::vector<rd::Region> regions;  // burned, leak-check additions last
            bool needsReview;
        };
        std::vector<Done> done;
        nlohmann::json manifestItems = nlohmann::json::array();
        nlohmann::json sheetItems = nlohmann::json::array();
        std::size_t number = 0;
        for (std::size_t n = 0; n < ready.size(); ++n) {
            if (progress != nullptr) {
                if (progress->cancelled())
                    throw Error(Error::Code::Cancelled, "consult export cancelled; nothing was written");
                progress->update(n, ready.size());
            }
            const Item& item = *ready[n];
            rd::Plan plan = *rd::plans::find(v, item.id);
            const bool video = rd::plans::isVideo(item);
            char name[32];
            std::snprintf(name, sizeof name, video ? "elemento-%02zu.mp4" : "elemento-%02zu.png", number + 1);
            nlohmann::json extra = nlohmann::json::object();
            std::vector<rd::Region> burned;
            int leaksFixed = 0;
            bool needsReview = false;
            if (video) {
                if (!plan.track)
                    throw Error(Error::Code::Integrity, "the redaction plan of video " + item.id + " has no track",
                                "plan it again: custodia redact plan VAULT CASE --item " + item.id);
                const auto track = rd::VideoTrack::fromJson(*plan.track);
                rd::plans::BlobVideoInput input(v, item);
                rd::VideoOptions vo;
                vo.keepAudio = o.keepAudio;
                vo.maxLeakRounds = o.maxLeakRounds;
                auto rendered = rd::renderVideo(input, track, plan.active(), tmp / name, redactor, vo, nullptr);
                burned = std::move(rendered.regions);
                leaksFixed = rendered.leaksFixed;
                needsReview = rendered.needsReview;
                extra = {{"frames", rendered.frames}, {"duration", rendered.duration}};
                if (needsReview) {
                    std::error_code ec;
                    std::filesystem::remove(tmp / name, ec);
                }
            } else {
                const cv::Mat picture = rd::plans::loadPicture(v, item);
                auto redacted = redactor.redact(picture, plan.active(), o.maxLeakRounds);
                burned = std::move(redacted.regions);
                leaksFixed = redacted.leaksFixed;
                needsReview = redacted.needsReview;
                if (!needsReview) {
                    const auto bytes = rd::encodeImage(redacted.image, "png");
                    (void)out.write(name, std::span<const std::uint8_t>(bytes.data(), bytes.size()), "evidence");
                }
            }
            if (needsReview) {
                result.items.push_back({item.id, "", "", burned.size(), static_cast<std::size_t>(leaksFixed),
                                        "still readable after the leak check: look at it again and approve"});
                done.push_back({&item, std::move(plan), std::move(burned), true});
                continue;
            }
            ++number;
            if (video) {
                const auto [sha, size] = hashFile(tmp / name);
                out.add({name, size, sha, "evidence", item.id});
            }
            const FileEntry& f = out.files().back();
            result.items.push_back({item.id, name, f.sha256, burned.size(), static_cast<std::size_t>(leaksFixed), ""});
            nlohmann::json m = {{"file", name},
                                {"sha256", f.sha256},
                                {"size", f.size},
                                {"width", plan.width},
                                {"height", plan.height},
                                {"regions", burned.size()},
                                {"regions_by_kind", rd::countByKind(burned)},
                                {"leak_check", "clean"}};
            m.update(extra);
            manifestItems.push_back(m);
            sheetItems.push_back({{"file", name},
                                  {"number", number},
                                  {"date", item.postedAt ? *item.postedAt : item.acquiredAt},
                                  {"platform", item.platform ? pseudonyms.apply(*item.platform) : ""},
                                  {"description", item.description ? pseudonyms.apply(*item.description) : ""},
                                  {"regions", burned.size()},
                                  {"hidden", rd::countByKind(burned, true)}});
            done.push_back({&item, std::move(plan), std::move(burned), false});
        }
        if (number == 0) {
            // Nothing to share; what the leak check found is kept all the same.
            Transaction tx(v.db());
            for (auto& d : done)
                rd::plans::recordLeakCheck(v, d.item->id, leakAdded(d.plan, d.regions), false);
            tx.commit();
            throw Error(Error::Code::InvalidInput,
                        "every picture was still readable after the leak check: nothing was exported",
                        "open their redaction plans, add the missing regions, approve and export again");
        }

        // 2. The consult sheet, pseudonymised throughout.
        nlohmann::json people = nlohmann::json::array();
        for (const auto& [id, label] : pseudonyms.labels())
            people.push_back(label);
        std::size_t skipped = 0;
        for (const auto& i : result.items)
            skipped += i.file.empty() ? 1 : 0;
        const nlohmann::json sheet = {{"created_at", now},
                                      {"case", c.id},
                                      {"recipient", o.recipient ? pseudonyms.apply(*o.recipient) : ""},
                                      {"purpose", o.purpose ? pseudonyms.apply(*o.purpose) : ""},
                                      {"incident_date", c.incidentDate ? *c.incidentDate : ""},
                                      {"people", people},
                                      {"items", sheetItems},
                                      {"skipped", skipped},
                                      {"export_id", exportId}};
        const auto pdf = renderers::render("consult-sheet", sheet);
        if (!pdf)
            throw Error(Error::Code::InvalidInput, "this program cannot draw PDF documents (consult-sheet)",
                        "use the custodia command or the desktop app, which can");
        out.write(kConsultSheet, *pdf, "document");

        // 3. manifest.json and SHA256SUMS.
        nlohmann::json manifest = {
            {"format", kConsultFormat},
            {"export_id", exportId},
            {"created_at", now},
            {"purpose_note", "R7: copy for an external consult; the minors' identity is hidden"},
            {"recipient", o.recipient ? nlohmann::json(pseudonyms.apply(*o.recipient)) : nlohmann::json()},
            {"purpose", o.purpose ? nlohmann::json(pseudonyms.apply(*o.purpose)) : nlohmann::json()},
            {"redaction_engine", rd::plans::engineDescription()},
            {"items", manifestItems},
            {"sheet", kConsultSheet}};
        const FileEntry& m = out.write(kManifest, manifest.dump(2) + "\n", "metadata");
        result.manifestSha256 = m.sha256;
        out.write(kSums, sumsText(out.files()), "sums");
        out.syncDirs();

        // 4. The record: leak checks, the export, the log entry; committed
        // only once the folder is in place.
        Transaction tx(v.db());
        nlohmann::json logItems = nlohmann::json::array();
        for (auto& d : done)
            rd::plans::recordLeakCheck(v, d.item->id, leakAdded(d.plan, d.regions), !d.needsReview);
        for (const auto& i : result.items) {
            logItems.push_back({{"item", i.itemId},
                                {"file", i.file.empty() ? nlohmann::json() : nlohmann::json(i.file)},
                                {"sha256", i.sha256.empty() ? nlohmann::json() : nlohmann::json(i.sha256)},
                                {"regions", i.regions},
                                {"leak_check_added", i.leaksFixed},
                                {"skipped", i.skipped.empty() ? nlohmann::json() : nlohmann::json(i.skipped)}});
        }
        nlohmann::json fileList = nlohmann::json::array();
        for (const auto& f : out.files())
            fileList.push_back({{"path", f.path}, {"sha256", f.sha256}, {"size", f.size}});
        const auto entry = v.record({"export.consult",
                                     c.id,
                                     std::nullopt,
                                     {{"export_id", exportId},
                                      {"destination", o.to.string()},
                                      {"recipient", o.recipient ? nlohmann::json(*o.recipient) : nlohmann::json()},
                                      {"purpose", o.purpose ? nlohmann::json(*o.purpose) : nlohmann::json()},
                                      {"accept_detected", o.acceptDetected},
                                      {"manifest_sha256", result.manifestSha256},
                                      {"items", logItems},
                                      {"files", fileList}}});
        v.db()
            .prepare(
                "INSERT INTO consult_exports (id, case_id, created_at, created_by, destination, recipient, "
                "purpose, manifest_sha256, log_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
            .bind(1, exportId)
            .bind(2, c.id)
            .bind(3, now)
            .bind(4, v.actor().id)
            .bind(5, o.to.string())
            .bind(6, o.recipient)
            .bind(7, o.purpose)
            .bind(8, result.manifestSha256)
            .bind(9, entry.seq)
            .run();
        result.logSeq = entry.seq;
        publish(tmp, o.to, [&tx] { tx.commit(); });
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove_all(tmp, ec);
        throw;
    }
    if (progress != nullptr)
        progress->update(ready.size(), ready.size());
    if (o.zip)
        result.zip = zipExport(o.to, result.warnings);
    return result;
}

}  // namespace custodia::vault::exports
