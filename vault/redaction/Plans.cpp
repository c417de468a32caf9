// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/redaction/Plans.h"

#include "vault/Blob.h"
#include "vault/Database.h"
#include "vault/Error.h"
#include "vault/Persons.h"
#include "vault/Time.h"
#include "vault/Vault.h"
#include "vault/redaction/Matcher.h"
#include "vault/redaction/Redactor.h"
#include "vault/redaction/Video.h"

#include <tesseract/baseapi.h>

#include <algorithm>
#include <set>

namespace custodia::vault::redaction {

namespace {

nlohmann::json optJson(const std::optional<std::string>& s) {
    return s ? nlohmann::json(*s) : nlohmann::json();
}

std::optional<std::string> optString(const nlohmann::json& j, const char* key) {
    if (!j.contains(key) || !j[key].is_string())
        return std::nullopt;
    return j[key].get<std::string>();
}

constexpr const char* kColumns =
    "item_id, case_id, status, width, height, regions, engine, planned_at, planned_by, approved_at, approved_by, "
    "leak_check, updated_at, track, screen";

Plan planFromRow(const Statement& st) {
    Plan p;
    p.itemId = st.textAt(0);
    p.caseId = st.int64At(1);
    p.status = st.textAt(2);
    p.width = static_cast<int>(st.int64At(3));
    p.height = static_cast<int>(st.int64At(4));
    try {
        for (const auto& r : nlohmann::json::parse(st.textAt(5)))
            p.regions.push_back(PlanRegion::fromJson(r));
    } catch (const std::exception& e) {
        throw Error(Error::Code::Integrity, "the redaction plan of item " + p.itemId + " is damaged: " + e.what());
    }
    p.engine = st.textAt(6);
    p.plannedAt = st.textAt(7);
    p.plannedBy = st.textAt(8);
    p.approvedAt = st.optTextAt(9);
    p.approvedBy = st.optTextAt(10);
    p.leakCheck = st.optTextAt(11);
    p.updatedAt = st.textAt(12);
    if (const auto track = st.optTextAt(13)) {
        try {
            p.track = nlohmann::json::parse(*track);
        } catch (const std::exception&) {
            throw Error(Error::Code::Integrity,
                        "the video track of the redaction plan of item " + p.itemId + " is damaged");
        }
    }
    if (const auto screen = st.optTextAt(14)) {
        try {
            const auto j = nlohmann::json::parse(*screen);
            Quad q;
            const auto& corners = j.at("corners");
            if (!corners.is_array() || corners.size() != 4)
                throw std::invalid_argument("four corners");
            for (std::size_t i = 0; i < 4; ++i)
                q[i] = cv::Point2f(corners.at(i).at(0).get<float>(), corners.at(i).at(1).get<float>());
            p.screen = q;
            p.screenByReviewer = j.at("set_by").get<std::string>() == "reviewer";
        } catch (const std::exception&) {
            throw Error(Error::Code::Integrity,
                        "the screen corners of the redaction plan of item " + p.itemId + " are damaged");
        }
    }
    return p;
}

// Whole pixels: a corner is dragged or found to a pixel at best.
nlohmann::json cornersJson(const Quad& q) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& c : q)
        out.push_back({std::lround(c.x), std::lround(c.y)});
    return out;
}

nlohmann::json screenJson(const Plan& p) {
    if (!p.screen)
        return nullptr;
    return {{"corners", cornersJson(*p.screen)}, {"set_by", p.screenByReviewer ? "reviewer" : "detector"}};
}

std::string regionsText(const Plan& p) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& r : p.regions)
        arr.push_back(r.toJson());
    return arr.dump();
}

void save(Vault& v, const Plan& p) {
    v.db()
        .prepare(std::string("INSERT OR REPLACE INTO redaction_plans (") + kColumns +
                 ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)")
        .bind(1, p.itemId)
        .bind(2, p.caseId)
        .bind(3, p.status)
        .bind(4, std::int64_t{p.width})
        .bind(5, std::int64_t{p.height})
        .bind(6, regionsText(p))
        .bind(7, p.engine)
        .bind(8, p.plannedAt)
        .bind(9, p.plannedBy)
        .bind(10, p.approvedAt)
        .bind(11, p.approvedBy)
        .bind(12, p.leakCheck)
        .bind(13, p.updatedAt)
        .bind(14, p.track ? std::optional<std::string>(p.track->dump()) : std::nullopt)
        .bind(15, p.screen ? std::optional<std::string>(screenJson(p).dump()) : std::nullopt)
        .run();
}

std::string nextRegionId(const Plan& p) {
    int max = 0;
    for (const auto& r : p.regions) {
        if (r.id.size() > 1 && r.id[0] == 'r') {
            try {
                max = std::max(max, std::stoi(r.id.substr(1)));
            } catch (const std::exception&) {
            }
        }
    }
    return "r" + std::to_string(max + 1);
}

// A change by the reviewer: an approved plan must be approved again.
void touched(Vault& v, Plan& p) {
    p.updatedAt = time::formatUtc(v.clock().now());
    p.status = "proposed";
    p.approvedAt.reset();
    p.approvedBy.reset();
    p.leakCheck.reset();
}

// A reviewer's change to the plan: it must be approved again; saved and
// recorded as `action` in one transaction.
void saveDecision(Vault& v, Plan& p, const char* action, nlohmann::json details) {
    touched(v, p);
    Transaction tx(v.db());
    save(v, p);
    v.record({action, p.caseId, p.itemId, std::move(details)});
    tx.commit();
}

PlanRegion& regionOf(Plan& p, const std::string& regionId) {
    const auto it =
        std::find_if(p.regions.begin(), p.regions.end(), [&](const PlanRegion& r) { return r.id == regionId; });
    if (it == p.regions.end())
        throw Error(Error::Code::NotFound, "item " + p.itemId + " has no region " + regionId,
                    "'custodia redact show' lists the regions and their ids");
    return *it;
}

}  // namespace

nlohmann::json PlanRegion::toJson() const {
    nlohmann::json j = region.toJson();
    j["id"] = id;
    j["removed"] = removed;
    j["added_at"] = addedAt;
    j["added_by"] = addedBy;
    j["removed_at"] = optJson(removedAt);
    j["removed_by"] = optJson(removedBy);
    j["note"] = optJson(note);
    return j;
}

PlanRegion PlanRegion::fromJson(const nlohmann::json& j) {
    PlanRegion r;
    r.region = Region::fromJson(j);
    r.id = j.value("id", std::string());
    if (r.id.empty())
        throw std::invalid_argument("a planned region has no id");
    r.removed = j.value("removed", false);
    r.addedAt = j.value("added_at", std::string());
    r.addedBy = j.value("added_by", std::string());
    r.removedAt = optString(j, "removed_at");
    r.removedBy = optString(j, "removed_by");
    r.note = optString(j, "note");
    return r;
}

std::vector<Region> Plan::active() const {
    std::vector<Region> out;
    for (const auto& r : regions)
        if (!r.removed)
            out.push_back(r.region);
    return out;
}

nlohmann::json Plan::toJson() const {
    nlohmann::json regs = nlohmann::json::array();
    std::size_t active = 0;
    std::size_t weak = 0;
    for (const auto& r : regions) {
        regs.push_back(r.toJson());
        active += r.removed ? 0 : 1;
        weak += !r.removed && r.region.weak ? 1 : 0;
    }
    return {{"item", itemId},
            {"case", caseId},
            {"status", status},
            {"width", width},
            {"height", height},
            {"regions", regs},
            {"active_regions", active},
            {"weak_regions", weak},
            {"engine", engine},
            {"planned_at", plannedAt},
            {"planned_by", plannedBy},
            {"approved_at", optJson(approvedAt)},
            {"approved_by", optJson(approvedBy)},
            {"leak_check", optJson(leakCheck)},
            {"screen", screenJson(*this)},
            {"updated_at", updatedAt}};
}

namespace plans {

BlobVideoInput::BlobVideoInput(Vault& v, const Item& item) : reader_(std::make_unique<BlobRandomReader>(v, item)) {}
BlobVideoInput::~BlobVideoInput() = default;
std::uint64_t BlobVideoInput::size() const {
    return reader_->size();
}
std::size_t BlobVideoInput::readAt(std::uint64_t offset, std::span<std::uint8_t> out) {
    return reader_->readAt(offset, out);
}

bool isPicture(const Item& item) {
    if (!item.hasBlob() || !item.mime)
        return false;
    static const std::vector<std::string> kTypes{"image/png", "image/jpeg", "image/webp",
                                                 "image/bmp", "image/tiff", "image/x-ms-bmp"};
    return std::find(kTypes.begin(), kTypes.end(), *item.mime) != kTypes.end();
}

bool isVideo(const Item& item) {
    return item.hasBlob() && item.mime && item.mime->rfind("video/", 0) == 0;
}

std::string engineDescription() {
    return std::string("custodia-redaction/1 (tesseract ") + tesseract::TessBaseAPI::Version() + " ita, opencv " +
           CV_VERSION + ")";
}

cv::Mat loadPicture(Vault& v, const Item& item) {
    crypto::MemorySink sink;
    (void)readAndCheck(v, item, &sink, nullptr);
    try {
        auto picture = decodeImage(sink.data);
        std::fill(sink.data.begin(), sink.data.end(), std::uint8_t{0});
        return picture;
    } catch (const Error& e) {
        std::fill(sink.data.begin(), sink.data.end(), std::uint8_t{0});
        throw Error(e.code(), "item " + item.id + ": " + e.what());
    }
}

std::vector<Item> redactable(Vault& v, std::int64_t caseId, const std::vector<std::string>& itemIds) {
    std::vector<Item> out;
    if (itemIds.empty()) {
        for (auto& i : items::list(v, caseId))
            if (canRedact(i))
                out.push_back(std::move(i));
        return out;
    }
    for (const auto& id : itemIds) {
        Item i = items::get(v, id);
        if (i.caseId != caseId)
            throw Error(Error::Code::InvalidInput, "item " + i.id + " belongs to case " + std::to_string(i.caseId) +
                                                       ", not to case " + std::to_string(caseId));
        if (!canRedact(i))
            throw Error(Error::Code::InvalidInput,
                        "item " + i.id + " (" + i.mime.value_or(i.kind) + ") is not a picture or a video",
                        "only pictures and videos are redacted");
        out.push_back(std::move(i));
    }
    return out;
}

namespace {

// Detects the regions of one item and stores them as its plan, replacing
// the one before (its manual regions and the removals of regions found
// again are kept); recorded as `action` ("redact.plan", "redact.screen").
// `screen`: the phone screen's corners set by the reviewer for a photo;
// without, the reviewer's corners of the plan before are used again when
// `keepCorners` (a re-plan), else the screen is searched for.
Plan planItem(Vault& v, Redactor& redactor, const Item& item, const std::optional<Quad>& screen, bool keepCorners,
              const char* action, nlohmann::json details) {
    const auto previous = find(v, item.id);
    std::optional<Quad> corners = screen;
    if (!corners && keepCorners && previous && previous->screenByReviewer)
        corners = previous->screen;
    std::vector<Region> detected;
    Plan p;
    if (isVideo(item)) {
        BlobVideoInput input(v, item);
        auto analysis = analyseVideo(input, redactor, nullptr);
        detected = std::move(analysis.regions);
        p.width = analysis.track.width;
        p.height = analysis.track.height;
        p.track = analysis.track.toJson();
    } else {
        const cv::Mat picture = loadPicture(v, item);
        auto found = redactor.detectPicture(picture, std::nullopt, corners);
        detected = std::move(found.regions);
        p.screen = found.screen;
        p.screenByReviewer = corners.has_value();
        p.width = picture.cols;
        p.height = picture.rows;
    }
    const std::string now = time::formatUtc(v.clock().now());
    p.itemId = item.id;
    p.caseId = item.caseId;
    p.engine = engineDescription();
    p.plannedAt = now;
    p.plannedBy = v.actor().id;
    p.updatedAt = now;
    if (previous) {
        for (const auto& r : previous->regions)
            if (r.region.source == Source::Manual)
                p.regions.push_back(r);
    }
    for (const auto& r : detected) {
        PlanRegion pr{nextRegionId(p), r, false, now, v.actor().id, std::nullopt, std::nullopt, std::nullopt};
        if (previous) {
            // The same finding removed before stays removed.
            for (const auto& old : previous->regions) {
                if (old.removed && old.region.source != Source::Manual && old.region.box == r.box &&
                    old.region.kind == r.kind && old.region.frame == r.frame) {
                    pr.removed = true;
                    pr.removedAt = old.removedAt;
                    pr.removedBy = old.removedBy;
                    pr.note = old.note;
                }
            }
        }
        p.regions.push_back(std::move(pr));
    }
    Transaction tx(v.db());
    save(v, p);
    std::size_t weak = 0;
    for (const auto& r : detected)
        weak += r.weak ? 1 : 0;
    details["regions"] = detected.size();
    details["weak"] = weak;
    details["by_kind"] = countByKind(detected);
    details["replanned"] = previous.has_value();
    details["engine"] = p.engine;
    if (p.screen)
        details["screen"] = screenJson(p);
    v.record({action, item.caseId, item.id, std::move(details)});
    tx.commit();
    return p;
}

}  // namespace

std::vector<Plan> plan(Vault& v, std::int64_t caseId, const std::vector<std::string>& itemIds, Progress* progress) {
    v.requireRole({Role::Dirigente, Role::Referente}, "plan the redaction of a case's pictures");
    const std::vector<Item> targets = redactable(v, caseId, itemIds);
    if (targets.empty())
        return {};
    Redactor redactor(rosterOf(persons::list(v, caseId)));
    std::vector<Plan> out;
    for (std::size_t n = 0; n < targets.size(); ++n) {
        if (progress != nullptr) {
            if (progress->cancelled())
                throw Error(Error::Code::Cancelled, "redaction planning cancelled after " + std::to_string(n) + " of " +
                                                        std::to_string(targets.size()) + " items");
            progress->update(n, targets.size());
        }
        out.push_back(planItem(v, redactor, targets[n], std::nullopt, true, "redact.plan", nlohmann::json::object()));
    }
    if (progress != nullptr)
        progress->update(targets.size(), targets.size());
    return out;
}

Plan setScreen(Vault& v, const std::string& itemIdOrPrefix, const std::optional<Quad>& corners) {
    v.requireRole({Role::Dirigente, Role::Referente}, "change a redaction plan");
    const Item item = items::get(v, itemIdOrPrefix);
    if (!isPicture(item))
        throw Error(Error::Code::InvalidInput, "item " + item.id + " is not a picture",
                    "the screen's corners are set on photos of a phone screen");
    const auto previous = find(v, item.id);
    if (corners) {
        const cv::Mat picture = loadPicture(v, item);
        if (!plausibleQuad(*corners, picture.cols, picture.rows))
            throw Error(Error::Code::InvalidInput,
                        "the screen's corners do not make a quadrilateral inside the picture (" +
                            std::to_string(picture.cols) + "x" + std::to_string(picture.rows) + " px)",
                        "give the corners top left, top right, bottom right, bottom left, in the picture's pixels");
    }
    Redactor redactor(rosterOf(persons::list(v, item.caseId)));
    nlohmann::json details = {{"automatic", !corners.has_value()}};
    if (previous && previous->screenByReviewer && previous->screen)
        details["corners_before"] = cornersJson(*previous->screen);
    // Without corners: back to the automatic search.
    return planItem(v, redactor, item, corners, false, "redact.screen", std::move(details));
}

std::optional<Plan> find(Vault& v, const std::string& itemId) {
    auto st = v.db().prepare(std::string("SELECT ") + kColumns + " FROM redaction_plans WHERE item_id = ?1");
    st.bind(1, itemId);
    if (!st.step())
        return std::nullopt;
    return planFromRow(st);
}

Plan get(Vault& v, const std::string& idOrPrefix) {
    const Item item = items::get(v, idOrPrefix);
    auto p = find(v, item.id);
    if (!p)
        throw Error(
            Error::Code::NotFound, "item " + item.id + " has no redaction plan",
            "run 'custodia redact plan VAULT " + std::to_string(item.caseId) + " --item " + item.id + "' first");
    return *p;
}

std::vector<Plan> list(Vault& v, std::int64_t caseId) {
    auto st = v.db().prepare(std::string("SELECT ") + kColumns +
                             " FROM redaction_plans WHERE case_id = ?1 ORDER BY planned_at, item_id");
    st.bind(1, caseId);
    std::vector<Plan> out;
    while (st.step())
        out.push_back(planFromRow(st));
    return out;
}

Plan addRegion(Vault& v, const std::string& itemIdOrPrefix, const Box& box, Kind kind,
               const std::optional<std::string>& note, int frame) {
    v.requireRole({Role::Dirigente, Role::Referente}, "change a redaction plan");
    Plan p = get(v, itemIdOrPrefix);
    const Box clipped = box.clipped(p.width, p.height);
    if (box.empty() || clipped.empty())
        throw Error(Error::Code::InvalidInput,
                    "the region lies outside the picture (" + std::to_string(p.width) + "x" + std::to_string(p.height) +
                        " pixels) or is empty",
                    "give X,Y,W,H in pixels of the picture");
    // A track has one content offset per frame.
    if (frame >= 0 && (!p.track || static_cast<std::size_t>(frame) >= p.track->at("offsets").size()))
        throw Error(Error::Code::InvalidInput,
                    p.track ? "the video has no frame " + std::to_string(frame) : "a picture has no frames",
                    p.track ? "frames are numbered from 0 ('redact show' gives the count)" : "leave out --frame");
    const std::string now = time::formatUtc(v.clock().now());
    PlanRegion r{
        nextRegionId(p), {clipped, kind, Source::Manual, "manual: drawn by the reviewer", 0, 1.0, false, frame},
        false,           now,
        v.actor().id,    std::nullopt,
        std::nullopt,    note};
    p.regions.push_back(r);
    saveDecision(v, p, "redact.add",
                 {{"region", r.id},
                  {"kind", kindName(kind)},
                  {"box", {clipped.x, clipped.y, clipped.w, clipped.h}},
                  {"frame", frame >= 0 ? nlohmann::json(frame) : nlohmann::json()},
                  {"note", optJson(note)}});
    return p;
}

Plan removeRegion(Vault& v, const std::string& itemIdOrPrefix, const std::string& regionId,
                  const std::optional<std::string>& note) {
    v.requireRole({Role::Dirigente, Role::Referente}, "change a redaction plan");
    Plan p = get(v, itemIdOrPrefix);
    PlanRegion& r = regionOf(p, regionId);
    if (r.removed)
        throw Error(Error::Code::InvalidInput, "region " + regionId + " was already removed");
    r.removed = true;
    r.removedAt = time::formatUtc(v.clock().now());
    r.removedBy = v.actor().id;
    if (note)
        r.note = note;
    saveDecision(v, p, "redact.remove",
                 {{"region", regionId},
                  {"kind", kindName(r.region.kind)},
                  {"source", sourceName(r.region.source)},
                  {"note", optJson(note)}});
    return p;
}

Plan restoreRegion(Vault& v, const std::string& itemIdOrPrefix, const std::string& regionId,
                   const std::optional<std::string>& note) {
    v.requireRole({Role::Dirigente, Role::Referente}, "change a redaction plan");
    Plan p = get(v, itemIdOrPrefix);
    PlanRegion& r = regionOf(p, regionId);
    if (!r.removed)
        throw Error(Error::Code::InvalidInput, "region " + regionId + " is hidden already");
    r.removed = false;
    r.removedAt.reset();
    r.removedBy.reset();
    if (note)
        r.note = note;
    saveDecision(v, p, "redact.restore",
                 {{"region", regionId}, {"kind", kindName(r.region.kind)}, {"note", optJson(note)}});
    return p;
}

std::vector<int> reviewFrames(const VideoTrack& track, std::size_t max) {
    std::set<int> all(track.detections.begin(), track.detections.end());
    all.insert(track.shots.begin(), track.shots.end());
    std::vector<int> frames(all.begin(), all.end());
    if (frames.size() <= max || max == 0)
        return frames;
    std::vector<int> thinned;
    for (std::size_t k = 0; k < max; ++k)
        thinned.push_back(frames[k * (frames.size() - 1) / (max - 1)]);
    return thinned;
}

Plan approve(Vault& v, const std::string& itemIdOrPrefix) {
    v.requireRole({Role::Dirigente, Role::Referente}, "approve a redaction plan");
    Plan p = get(v, itemIdOrPrefix);
    if (p.approved())
        throw Error(Error::Code::InvalidInput, "the redaction plan of item " + p.itemId + " is already approved");
    const std::string now = time::formatUtc(v.clock().now());
    p.status = "approved";
    p.approvedAt = now;
    p.approvedBy = v.actor().id;
    p.updatedAt = now;
    const auto active = p.active();
    Transaction tx(v.db());
    save(v, p);
    v.record({"redact.approve",
              p.caseId,
              p.itemId,
              {{"regions", active.size()},
               {"removed", p.regions.size() - active.size()},
               {"by_kind", countByKind(active)}}});
    tx.commit();
    return p;
}

void recordLeakCheck(Vault& v, const std::string& itemId, const std::vector<Region>& added, bool clean) {
    auto found = find(v, itemId);
    if (!found)
        return;
    Plan& p = *found;
    const std::string now = time::formatUtc(v.clock().now());
    for (const auto& r : added)
        p.regions.push_back({nextRegionId(p), r, false, now, v.actor().id, std::nullopt, std::nullopt, std::nullopt});
    p.leakCheck = clean ? "clean" : "needs-review";
    if (!clean) {
        // A person must look again before this item is shared.
        p.status = "proposed";
        p.approvedAt.reset();
        p.approvedBy.reset();
    }
    p.updatedAt = now;
    save(v, p);
    v.record({"redact.leak-check",
              p.caseId,
              p.itemId,
              {{"added", added.size()}, {"by_kind", countByKind(added)}, {"result", *p.leakCheck}}});
}

}  // namespace plans

}  // namespace custodia::vault::redaction
