// SPDX-License-Identifier: GPL-3.0-or-later
// R7: regions — merging, coverage, the boxes actually burned, their record.
#include "vault/redaction/Redactor.h"
#include "vault/redaction/Region.h"

#include <catch2/catch.hpp>

using namespace custodia::vault::redaction;

TEST_CASE("Regions: words of one kind on one line merge into one box, other lines stay apart") {
    std::vector<Region> rs{
        {{100, 100, 80, 30}, Kind::Name, Source::Roster, "a", 1, 1.0, false},
        {{190, 102, 90, 28}, Kind::Name, Source::Roster, "b", 1, 0.8, true},
        {{100, 200, 80, 30}, Kind::Name, Source::Roster, "c", 1, 1.0, false},
        {{400, 100, 80, 30}, Kind::Phone, Source::Pattern, "d", 0, 0.9, false},
    };
    const auto merged = mergeRegions(rs, 12);
    REQUIRE(merged.size() == 3);
    CHECK(merged[0].box == Box{100, 100, 180, 30});
    CHECK_FALSE(merged[0].weak);  // one of the two was sure
    CHECK(merged[0].confidence == 1.0);
}

TEST_CASE("Regions: overlapping boxes of different kinds merge and the surer finding names the region") {
    std::vector<Region> rs{
        {{100, 100, 80, 30}, Kind::Header, Source::Layout, "layout", 0, 0.7, false},
        {{105, 100, 70, 30}, Kind::Surname, Source::Roster, "roster", 3, 1.0, false},
    };
    const auto merged = mergeRegions(rs, 0);
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].kind == Kind::Surname);
    CHECK(merged[0].personId == 3);
    // Digits OCR read in a photo's face: the region stays a face (burned as
    // a picture, its width not rounded up as text's is), whatever its order.
    for (const bool faceFirst : {true, false}) {
        std::vector<Region> picture{
            {{300, 100, 220, 240}, Kind::Face, Source::Detector, "detector: face", 0, 0.7, false},
            {{350, 200, 90, 20}, Kind::Phone, Source::Pattern, "pattern: run of 6 or more digits", 0, 0.8, false},
        };
        if (!faceFirst)
            std::swap(picture[0], picture[1]);
        const auto one = mergeRegions(picture, 0);
        REQUIRE(one.size() == 1);
        CHECK(one[0].kind == Kind::Face);
        CHECK(one[0].box == Box{300, 100, 220, 240});
    }
}

TEST_CASE("Regions: covered share is exact over overlapping covers") {
    const Box box{0, 0, 100, 10};
    CHECK(coveredShare(box, {}) == 0.0);
    CHECK(coveredShare(box, {{0, 0, 50, 10}}) == Approx(0.5));
    CHECK(coveredShare(box, {{0, 0, 50, 10}, {40, 0, 30, 10}}) == Approx(0.7));
    CHECK(coveredShare(box, {{-10, -10, 200, 200}}) == Approx(1.0));
    CHECK(coveredShare(box, {{0, 0, 100, 5}, {0, 5, 100, 5}}) == Approx(1.0));
}

TEST_CASE("Regions: burned boxes have a margin and a width that does not tell the name") {
    // Two names of different lengths on the same line height burn to the
    // same width when their lengths fall in the same quantum.
    const Box a = burnedBox({100, 100, 101, 30}, 2000, 2000);
    const Box b = burnedBox({100, 100, 108, 30}, 2000, 2000);
    CHECK(a.w == b.w);
    CHECK(a.w % a.h == 0);
    CHECK(a.x < 100);
    CHECK(a.y < 100);
    CHECK(a.bottom() > 130);
    // A face is a picture: no rounding (a face a little wider than high
    // would nearly double), and a thin margin, for its box already holds
    // the hair and chin; an avatar's box is its circle's square.
    const Box face = burnedBox({100, 100, 330, 300}, 2000, 2000, Kind::Face);
    CHECK(face == Box{100, 100, 330, 300}.grown(12));
    CHECK(burnedBox({100, 100, 66, 66}, 2000, 2000, Kind::Avatar) == Box{100, 100, 66, 66}.grown(5));
    CHECK(burnedBox({100, 100, 330, 300}, 2000, 2000, Kind::Name).w > 600);
    // Clipped to the picture.
    const Box edge = burnedBox({0, 0, 20, 20}, 30, 30);
    CHECK(edge.x == 0);
    CHECK(edge.right() <= 30);
}

TEST_CASE("Regions: a region's record round-trips through JSON and malformed ones are refused") {
    const Region r{{1, 2, 3, 4}, Kind::Face, Source::Detector, "detector: face", 0, 0.7, true};
    const Region back = Region::fromJson(r.toJson());
    CHECK(back.box == r.box);
    CHECK(back.kind == Kind::Face);
    CHECK(back.source == Source::Detector);
    CHECK(back.weak);
    CHECK(back.reason == r.reason);
    CHECK_THROWS_AS(Region::fromJson(nlohmann::json::object()), std::invalid_argument);
    CHECK_THROWS_AS(Region::fromJson({{"box", {1, 2, 0, 4}}}), std::invalid_argument);
    CHECK_THROWS_AS(Region::fromJson({{"box", {1, 2, 3, 4}}, {"kind", "tattoo"}}), std::invalid_argument);
    CHECK_THROWS_AS(Region::fromJson({{"box", {1, 2, "x", 4}}}), std::invalid_argument);
    for (const char* k : {"name", "surname", "nickname", "phone", "handle", "email", "class", "school", "header",
                          "sender", "avatar", "face", "manual"}) {
        const auto kind = kindFromName(k);
        REQUIRE(kind);
        CHECK(kindName(*kind) == k);
        CHECK_FALSE(kindLabel(*kind).empty());
    }
}
