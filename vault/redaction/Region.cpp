// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/redaction/Region.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

namespace custodia::vault::redaction {

namespace {

struct KindInfo {
    Kind kind;
    std::string_view name;
    std::string_view label;
};

constexpr std::array<KindInfo, 13> kKinds{{
    {Kind::Name, "name", "nome"},
    {Kind::Surname, "surname", "cognome"},
    {Kind::Nickname, "nickname", "soprannome"},
    {Kind::Phone, "phone", "tel."},
    {Kind::Handle, "handle", "profilo"},
    {Kind::Email, "email", "e-mail"},
    {Kind::Class, "class", "classe"},
    {Kind::School, "school", "scuola"},
    {Kind::Header, "header", "chat"},
    {Kind::Sender, "sender", "mittente"},
    {Kind::Avatar, "avatar", "avatar"},
    {Kind::Face, "face", "volto"},
    {Kind::Manual, "manual", "oscurato"},
}};

constexpr std::array<std::pair<Source, std::string_view>, 6> kSources{{
    {Source::Roster, "roster"},
    {Source::Pattern, "pattern"},
    {Source::Layout, "layout"},
    {Source::Detector, "detector"},
    {Source::LeakCheck, "leak-check"},
    {Source::Manual, "manual"},
}};

// Same text line: the vertical overlap is at least half the shorter box.
bool sameLine(const Box& a, const Box& b) {
    const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.y, b.y);
    return overlap * 2 >= std::min(a.h, b.h);
}

int horizontalGap(const Box& a, const Box& b) {
    return std::max(a.x, b.x) - std::min(a.right(), b.right());
}

bool shouldMerge(const Region& a, const Region& b, int gap) {
    if (a.frame != b.frame)
        return false;
    const Box inter = a.box.intersected(b.box);
    if (a.kind == b.kind)
        return inter.area() * 2 >= std::min(a.box.area(), b.box.area()) ||
               (sameLine(a.box, b.box) && horizontalGap(a.box, b.box) <= gap);
    // Different kinds merge only when one nearly holds the other: a name on
    // a face must not grow into the union of both.
    const long long larger = std::max(a.box.area(), b.box.area());
    return inter.area() * 5 >= std::min(a.box.area(), b.box.area()) * 4 &&
           a.box.united(b.box).area() * 10 <= larger * 13;
}

}  // namespace

std::string_view kindName(Kind k) {
    for (const auto& info : kKinds)
        if (info.kind == k)
            return info.name;
    return "manual";
}

std::optional<Kind> kindFromName(std::string_view name) {
    for (const auto& info : kKinds)
        if (info.name == name)
            return info.kind;
    return std::nullopt;
}

std::string_view kindLabel(Kind k) {
    for (const auto& info : kKinds)
        if (info.kind == k)
            return info.label;
    return "oscurato";
}

std::string_view sourceName(Source s) {
    for (const auto& [source, name] : kSources)
        if (source == s)
            return name;
    return "manual";
}

std::optional<Source> sourceFromName(std::string_view name) {
    for (const auto& [source, n] : kSources)
        if (n == name)
            return source;
    return std::nullopt;
}

Box Box::united(const Box& o) const {
    if (empty())
        return o;
    if (o.empty())
        return *this;
    const int x0 = std::min(x, o.x);
    const int y0 = std::min(y, o.y);
    return {x0, y0, std::max(right(), o.right()) - x0, std::max(bottom(), o.bottom()) - y0};
}

Box Box::intersected(const Box& o) const {
    const int x0 = std::max(x, o.x);
    const int y0 = std::max(y, o.y);
    const int x1 = std::min(right(), o.right());
    const int y1 = std::min(bottom(), o.bottom());
    if (x1 <= x0 || y1 <= y0)
        return {};
    return {x0, y0, x1 - x0, y1 - y0};
}

Box Box::grown(int margin) const {
    return {x - margin, y - margin, w + 2 * margin, h + 2 * margin};
}

Box Box::clipped(int width, int height) const {
    return intersected({0, 0, width, height});
}

nlohmann::json Region::toJson() const {
    nlohmann::json j = {{"box", {box.x, box.y, box.w, box.h}},
                        {"kind", kindName(kind)},
                        {"source", sourceName(source)},
                        {"reason", reason},
                        {"person_id", personId == 0 ? nlohmann::json() : nlohmann::json(personId)},
                        {"confidence", confidence},
                        {"weak", weak}};
    if (frame >= 0)
        j["frame"] = frame;
    return j;
}

Region Region::fromJson(const nlohmann::json& j) {
    if (!j.is_object() || !j.contains("box") || !j["box"].is_array() || j["box"].size() != 4)
        throw std::invalid_argument("a region needs a box [x, y, w, h]");
    Region r;
    const auto& b = j["box"];
    for (const auto& v : b)
        if (!v.is_number_integer())
            throw std::invalid_argument("a region's box holds whole pixels");
    r.box = {b[0].get<int>(), b[1].get<int>(), b[2].get<int>(), b[3].get<int>()};
    if (r.box.empty())
        throw std::invalid_argument("a region's box is empty");
    const auto kind = kindFromName(j.value("kind", std::string("manual")));
    const auto source = sourceFromName(j.value("source", std::string("manual")));
    if (!kind || !source)
        throw std::invalid_argument("unknown region kind or source");
    r.kind = *kind;
    r.source = *source;
    r.reason = j.value("reason", std::string());
    if (j.contains("person_id") && j["person_id"].is_number_integer())
        r.personId = j["person_id"].get<std::int64_t>();
    r.confidence = j.value("confidence", 1.0);
    r.weak = j.value("weak", false);
    if (j.contains("frame") && j["frame"].is_number_integer())
        r.frame = j["frame"].get<int>();
    if (r.frame < -1)
        throw std::invalid_argument("a region's frame is negative");
    return r;
}

std::vector<Region> mergeRegions(std::vector<Region> regions, int gap) {
    bool merged = true;
    while (merged) {
        merged = false;
        for (std::size_t i = 0; i < regions.size() && !merged; ++i) {
            for (std::size_t j = i + 1; j < regions.size(); ++j) {
                if (!shouldMerge(regions[i], regions[j], gap))
                    continue;
                Region& a = regions[i];
                const Region b = std::move(regions[j]);
                regions.erase(regions.begin() + static_cast<std::ptrdiff_t>(j));
                // The surer finding names the region; but of a picture (face,
                // avatar) and text, the one that holds the other does: a
                // face with digits read in it stays a face and is burned as
                // one (no rounding of its width as for text). A weak region
                // stays weak only when both were.
                const bool aPicture = a.kind == Kind::Face || a.kind == Kind::Avatar;
                const bool bPicture = b.kind == Kind::Face || b.kind == Kind::Avatar;
                const bool bNames = aPicture != bPicture
                                        ? b.box.area() > a.box.area() || (b.box.area() == a.box.area() && bPicture)
                                        : b.confidence > a.confidence;
                a.box = a.box.united(b.box);
                if (bNames) {
                    a.kind = b.kind;
                    a.source = b.source;
                    a.reason = b.reason;
                    a.personId = b.personId;
                }
                a.confidence = std::max(a.confidence, b.confidence);
                a.weak = a.weak && b.weak;
                merged = true;
                break;
            }
        }
    }
    std::sort(regions.begin(), regions.end(), [](const Region& a, const Region& b) {
        return std::pair(a.box.y, a.box.x) < std::pair(b.box.y, b.box.x);
    });
    return regions;
}

nlohmann::json countByKind(const std::vector<Region>& regions, bool italianLabels) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& r : regions) {
        const std::string key(italianLabels ? kindLabel(r.kind) : kindName(r.kind));
        j[key] = j.value(key, 0) + 1;
    }
    return j;
}

double coveredShare(const Box& box, const std::vector<Box>& cover) {
    if (box.empty())
        return 1.0;
    std::vector<Box> parts;
    std::vector<int> xs{box.x, box.right()};
    std::vector<int> ys{box.y, box.bottom()};
    for (const Box& c : cover) {
        const Box part = c.intersected(box);
        if (part.empty())
            continue;
        parts.push_back(part);
        xs.insert(xs.end(), {part.x, part.right()});
        ys.insert(ys.end(), {part.y, part.bottom()});
    }
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    std::sort(ys.begin(), ys.end());
    ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
    long long covered = 0;
    for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
        for (std::size_t k = 0; k + 1 < ys.size(); ++k) {
            const Box cell{xs[i], ys[k], xs[i + 1] - xs[i], ys[k + 1] - ys[k]};
            const bool in =
                std::any_of(parts.begin(), parts.end(), [&](const Box& p) { return !cell.intersected(p).empty(); });
            if (in)
                covered += cell.area();
        }
    }
    return static_cast<double>(covered) / static_cast<double>(box.area());
}

}  // namespace custodia::vault::redaction
