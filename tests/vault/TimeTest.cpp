// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Time.h"

#include <catch2/catch.hpp>

using namespace custodia::vault;
using namespace std::chrono;

TEST_CASE("UTC times round trip through the stored form", "[time]") {
    const Seconds t = sys_days{year{2026} / November / 23} + hours{13} + minutes{49} + seconds{7};
    CHECK(time::formatUtc(t) == "2026-11-23T13:49:07Z");
    CHECK(time::parseUtc("2026-11-23T13:49:07Z") == t);
    CHECK_FALSE(time::parseUtc("2026-11-23 13:49:07"));
    CHECK_FALSE(time::parseUtc("2026-02-30T00:00:00Z"));
    CHECK_FALSE(time::parseUtc("2026-11-23T24:00:00Z"));
}

TEST_CASE("Rome is UTC+1 in winter and UTC+2 in summer, switching on the EU dates", "[time]") {
    // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
    const Seconds beforeSpring = sys_days{year{2026} / March / 29} + minutes{59};
    CHECK(time::romeOffset(beforeSpring) == hours{1});
    CHECK(time::romeOffset(beforeSpring + minutes{1}) == hours{2});
    const Seconds beforeAutumn = sys_days{year{2026} / October / 25} + minutes{59};
    CHECK(time::romeOffset(beforeAutumn) == hours{2});
    CHECK(time::romeOffset(beforeAutumn + minutes{1}) == hours{1});
    CHECK(time::formatRome(sys_days{year{2026} / July / 1} + hours{10}) == "2026-07-01 12:00:00 CEST");
    CHECK(time::formatRome(sys_days{year{2026} / December / 1} + hours{10}) == "2026-12-01 11:00:00 CET");
}

TEST_CASE("times people type are read as Rome time unless they say otherwise", "[time]") {
    CHECK(time::parseUserTime("2026-12-01 11:00") == sys_days{year{2026} / December / 1} + hours{10});
    CHECK(time::parseUserTime("2026-07-01T12:00:30") == sys_days{year{2026} / July / 1} + hours{10} + seconds{30});
    CHECK(time::parseUserTime("2026-07-01") == sys_days{year{2026} / June / 30} + hours{22});
    CHECK(time::parseUserTime("2026-07-01T12:00:00Z") == sys_days{year{2026} / July / 1} + hours{12});
    CHECK(time::parseUserTime("2026-07-01T12:00:00+02:00") == sys_days{year{2026} / July / 1} + hours{10});
    CHECK(time::parseUserTime("01/07/2026 12:00") == sys_days{year{2026} / July / 1} + hours{10});
    CHECK(time::parseUserTime("20/11/2026") == sys_days{year{2026} / November / 19} + hours{23});
    CHECK_FALSE(time::parseUserTime("31/02/2026"));
    CHECK_FALSE(time::parseUserTime("01/01/0000"));  // found by fuzz_user_time: not representable in UTC
    CHECK_FALSE(time::parseUtc("0000-01-01T00:00:00Z"));
    CHECK_FALSE(time::parseUserTime("1900-01-01T01:00+02:00"));  // fuzz_user_time: 1899 in UTC
    CHECK(time::parseUserTime("1900-01-01T03:00+02:00"));
    CHECK_FALSE(time::parseUserTime("1/7/2026"));
    CHECK_FALSE(time::parseUserTime("2026-07-01 25:00"));
    CHECK_FALSE(time::parseUserTime("2026-07-01 12:00 domani"));
}
