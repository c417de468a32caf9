// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include <optional>
#include <string>
#include <string_view>

// Times are stored in UTC as RFC 3339 ("2026-11-23T13:49:00Z") and shown in
// Europe/Rome, the time zone of the schools Custodia serves.
namespace custodia::vault::time {

[[nodiscard]] std::string formatUtc(Seconds t);
// Parses exactly the stored form (YYYY-MM-DDTHH:MM:SSZ); nullopt otherwise.
[[nodiscard]] std::optional<Seconds> parseUtc(std::string_view text);

// "2026-11-23 14:49:00 CET": how a person reads a time.
[[nodiscard]] std::string formatRome(Seconds t);
// "2026-11-23": the Rome calendar date of a time.
[[nodiscard]] std::string formatRomeDate(Seconds t);

// A time a person typed: "20/11/2026 14:30", "20/11/2026", "2026-11-20 14:30",
// "2026-11-20T14:30:05", "2026-11-20" (midnight) in Rome time, or RFC 3339
// with "Z" or an offset.
// nullopt if it is none of these or not a real date.
[[nodiscard]] std::optional<Seconds> parseUserTime(std::string_view text);

// The offset of Rome from UTC at instant t: +1 h (CET) or +2 h (CEST, from the
// last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC,
// the EU rule in force since 1996).
[[nodiscard]] std::chrono::seconds romeOffset(Seconds t);

}  // namespace custodia::vault::time
