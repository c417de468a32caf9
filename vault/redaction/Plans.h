// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Items.h"
#include "vault/Progress.h"
#include "vault/redaction/Layout.h"
#include "vault/redaction/Region.h"
#include "vault/redaction/Video.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

// R7: the redaction plan of an item — what the detectors proposed to hide in
// a picture, and what the reviewer decided — kept encrypted in the catalog
// (table redaction_plans, docs/formats.md "Redaction plans"). Every decision
// is a custody event: redact.plan, redact.add, redact.remove, redact.approve.
// Changing an approved plan makes it proposed again.
namespace custodia::vault {
class Vault;
class BlobRandomReader;
}  // namespace custodia::vault

namespace custodia::vault::redaction {

struct PlanRegion {
    std::string id;  // "r1", "r2"... unique within the plan
    Region region;
    bool removed = false;  // the reviewer decided it identifies no one
    std::string addedAt;
    std::string addedBy;
    std::optional<std::string> removedAt;
    std::optional<std::string> removedBy;
    std::optional<std::string> note;

    [[nodiscard]] nlohmann::json toJson() const;
    [[nodiscard]] static PlanRegion fromJson(const nlohmann::json& j);
};

struct Plan {
    std::string itemId;
    std::int64_t caseId = 0;
    std::string status = "proposed";  // proposed | approved
    int width = 0;
    int height = 0;
    std::vector<PlanRegion> regions;
    std::string engine;
    std::string plannedAt;
    std::string plannedBy;
    std::optional<std::string> approvedAt;
    std::optional<std::string> approvedBy;
    std::optional<std::string> leakCheck;  // clean | needs-review, after a consult export tried it
    std::string updatedAt;
    // Videos: how the content moved (VideoTrack JSON), so that an export
    // renders the regions without analysing the video again.
    std::optional<nlohmann::json> track;
    // Photos of a phone screen: the screen's corners the picture was read
    // on (top left, top right, bottom right, bottom left, in its pixels),
    // found by the detector or set by the reviewer (kept when re-planned).
    std::optional<Quad> screen;
    bool screenByReviewer = false;

    [[nodiscard]] bool approved() const { return status == "approved"; }
    // The regions to burn: every one the reviewer did not remove.
    [[nodiscard]] std::vector<Region> active() const;
    [[nodiscard]] nlohmann::json toJson() const;
};

namespace plans {

// Pictures (PNG, JPEG, WebP, BMP, TIFF) and videos (any FFmpeg decodes)
// can be redacted.
[[nodiscard]] bool isPicture(const Item& item);
[[nodiscard]] bool isVideo(const Item& item);
[[nodiscard]] inline bool canRedact(const Item& item) {
    return isPicture(item) || isVideo(item);
}

// The items of a case to redact: every picture and video, or `itemIds`,
// each of which must belong to the case and be a picture or a video
// (Error(InvalidInput) otherwise).
[[nodiscard]] std::vector<Item> redactable(Vault& v, std::int64_t caseId, const std::vector<std::string>& itemIds);

// Detects the identifying regions of every picture of the case (or of
// `itemIds`, which must belong to it) and stores them as proposals; a plan
// made before is replaced, keeping its manual regions and the removals of
// regions found again. Recorded per item as "redact.plan". dirigente and
// referente only. Cancellable between items.
std::vector<Plan> plan(Vault& v, std::int64_t caseId, const std::vector<std::string>& itemIds, Progress* progress);

[[nodiscard]] std::optional<Plan> find(Vault& v, const std::string& itemId);
// The plan of an item (id or unique prefix); Error(NotFound) when the item
// has none ("run redact plan first").
[[nodiscard]] Plan get(Vault& v, const std::string& idOrPrefix);
[[nodiscard]] std::vector<Plan> list(Vault& v, std::int64_t caseId);

// A region drawn by the reviewer ("redact.add"): kind manual unless given.
// In a video, `frame` is the frame it was drawn on (the region then follows
// the content over that shot, like a detected one); -1 hides the box in
// every frame.
Plan addRegion(Vault& v, const std::string& itemIdOrPrefix, const Box& box, Kind kind,
               const std::optional<std::string>& note, int frame = -1);
// The reviewer's decision that a proposed region hides nothing identifying
// ("redact.remove"). A manual region is removed the same way.
Plan removeRegion(Vault& v, const std::string& itemIdOrPrefix, const std::string& regionId,
                  const std::optional<std::string>& note);
// Undoes a removal ("redact.restore"): the region is hidden again.
Plan restoreRegion(Vault& v, const std::string& itemIdOrPrefix, const std::string& regionId,
                   const std::optional<std::string>& note);
// "redact.screen": the reviewer sets the corners of the phone screen in a
// photo where the automatic search failed or went wrong (a dark screen on a
// dark desk), or with nullopt goes back to the automatic search; the
// picture is read again on that screen and its proposals replaced (manual
// regions and removals kept), and the plan must be approved again.
// Error(InvalidInput) for a video or corners that make no quadrilateral.
Plan setScreen(Vault& v, const std::string& itemIdOrPrefix, const std::optional<Quad>& corners);
// "redact.approve": the plan as it stands is what the consult copy hides.
Plan approve(Vault& v, const std::string& itemIdOrPrefix);

// Records what the leak check of a consult export found ("redact.leak-check"):
// regions it added (kept in the plan, source leak-check) and whether the item
// is clean; an item that is not goes back to "proposed" for a person to look
// at. In the caller's transaction.
void recordLeakCheck(Vault& v, const std::string& itemId, const std::vector<Region>& added, bool clean);

// The decrypted picture of an item, in memory only (checked against its
// acquisition hash first), EXIF orientation applied.
[[nodiscard]] cv::Mat loadPicture(Vault& v, const Item& item);

// A video item's bytes, decrypted chunk by chunk as FFmpeg reads them.
class BlobVideoInput final : public VideoInput {
public:
    BlobVideoInput(Vault& v, const Item& item);
    ~BlobVideoInput() override;
    [[nodiscard]] std::uint64_t size() const override;
    [[nodiscard]] std::size_t readAt(std::uint64_t offset, std::span<std::uint8_t> out) override;

private:
    std::unique_ptr<BlobRandomReader> reader_;
};

// The frames of a video a reviewer looks at: every frame the engine read
// fully and the first of each shot, thinned evenly to at most `max`.
[[nodiscard]] std::vector<int> reviewFrames(const VideoTrack& track, std::size_t max = 60);

// The engine's name and version, stored with each plan.
[[nodiscard]] std::string engineDescription();

}  // namespace plans

}  // namespace custodia::vault::redaction
