// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

// R7: what a consult copy hides, as boxes on a picture. Every proposed region
// says what it hides (its kind), why it was proposed (its source and reason)
// and how sure the detector was; a weak region is hidden all the same and
// shown to the reviewer as weak.
namespace custodia::vault::redaction {

enum class Kind {
    Name,
    Surname,
    Nickname,
    Phone,
    Handle,
    Email,
    Class,
    School,
    Header,
    Sender,
    Avatar,
    Face,
    Manual,
};
[[nodiscard]] std::string_view kindName(Kind k);
[[nodiscard]] std::optional<Kind> kindFromName(std::string_view name);
// The short Italian label burned into a box ("tel.", "volto"...).
[[nodiscard]] std::string_view kindLabel(Kind k);

// How a region was found.
enum class Source { Roster, Pattern, Layout, Detector, LeakCheck, Manual };
[[nodiscard]] std::string_view sourceName(Source s);
[[nodiscard]] std::optional<Source> sourceFromName(std::string_view name);

// A rectangle in pixels of the (EXIF-oriented) picture.
struct Box {
    int x = 0;
    int y = 0;
    int w = 0;
    int h = 0;

    [[nodiscard]] bool empty() const { return w <= 0 || h <= 0; }
    [[nodiscard]] long long area() const { return empty() ? 0 : static_cast<long long>(w) * h; }
    [[nodiscard]] int right() const { return x + w; }
    [[nodiscard]] int bottom() const { return y + h; }
    [[nodiscard]] Box united(const Box& o) const;
    [[nodiscard]] Box intersected(const Box& o) const;
    [[nodiscard]] Box grown(int margin) const;
    [[nodiscard]] Box clipped(int width, int height) const;
    bool operator==(const Box&) const = default;
};

struct Region {
    Box box;
    Kind kind = Kind::Manual;
    Source source = Source::Manual;
    std::string reason;         // for the reviewer, e.g. "roster: surname of person 3"
    std::int64_t personId = 0;  // the roster person matched, 0 when none
    double confidence = 1.0;
    bool weak = false;  // hidden anyway; shown to the reviewer as weak
    // Videos: the frame it was found in (it then follows the picture's
    // movement over its shot); -1 for a picture, or for a video region in
    // screen coordinates over every frame.
    int frame = -1;

    [[nodiscard]] nlohmann::json toJson() const;
    // Throws std::invalid_argument on a malformed object.
    [[nodiscard]] static Region fromJson(const nlohmann::json& j);
};

// Boxes of the same kind that overlap or touch within `gap` pixels on the
// same line become one (the reviewer sees one box per token run, and the
// width of a run tells less than the widths of its words).
[[nodiscard]] std::vector<Region> mergeRegions(std::vector<Region> regions, int gap);

// How many regions of each kind: {"name": 3, ...}, or with the Italian
// labels burned into the boxes ({"nome": 3, ...}) for documents.
[[nodiscard]] nlohmann::json countByKind(const std::vector<Region>& regions, bool italianLabels = false);

// The share of `box` covered by the union of `cover` (0..1), computed exactly
// on the grid of the boxes' edges.
[[nodiscard]] double coveredShare(const Box& box, const std::vector<Box>& cover);

}  // namespace custodia::vault::redaction
