// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON parsers of redaction: a roster file (redact --roster), a region,
// a planned region and a video track as stored in the catalog. Malformed
// input must be refused with an exception, never crash; what parses must
// serialise and parse back to the same.
#include "vault/redaction/Matcher.h"
#include "vault/redaction/Plans.h"
#include "vault/redaction/Region.h"
#include "vault/redaction/Video.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace rd = custodia::vault::redaction;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto j = nlohmann::json::parse(data, data + size, nullptr, false);
    if (j.is_discarded())
        return 0;
    try {
        const auto persons = rd::personsFromRosterJson(j);
        (void)rd::rosterOf(persons);
    } catch (const std::exception&) {
    }
    try {
        const auto r = rd::Region::fromJson(j);
        const auto back = rd::Region::fromJson(r.toJson());
        if (!(back.box == r.box) || back.kind != r.kind || back.frame != r.frame)
            std::abort();
    } catch (const std::invalid_argument&) {
    } catch (const nlohmann::json::exception&) {
    }
    try {
        const auto p = rd::PlanRegion::fromJson(j);
        const auto back = rd::PlanRegion::fromJson(p.toJson());
        if (back.id != p.id || back.removed != p.removed)
            std::abort();
    } catch (const std::invalid_argument&) {
    } catch (const nlohmann::json::exception&) {
    }
    try {
        const auto t = rd::VideoTrack::fromJson(j);
        const auto back = rd::VideoTrack::fromJson(t.toJson());
        if (back.offsets != t.offsets || back.shots != t.shots)
            std::abort();
        (void)rd::boxesAt(t, {}, 0);
    } catch (const std::invalid_argument&) {
    } catch (const nlohmann::json::exception&) {
    }
    return 0;
}
