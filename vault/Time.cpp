// SPDX-License-Identifier: GPL-3.0-or-later
#include "Time.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace custodia::vault::time {

namespace {

using namespace std::chrono;

struct Fields {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
};

bool digits(std::string_view text, std::size_t pos, std::size_t n, int& out) {
    if (pos + n > text.size()) {
        return false;
    }
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    std::from_chars(text.data() + pos, text.data() + pos + n, out);
    return true;
}

// Years a record can plausibly carry (birth dates included). parseUserTime
// also keeps its result, after the shift to UTC, inside them, so that every
// time it returns has the stored four-digit form and reads back.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 9999;

bool inRange(Seconds t) {
    const auto y = static_cast<int>(year_month_day{floor<days>(t)}.year());
    return y >= kFirstYear && y <= kLastYear;
}

std::optional<Seconds> fromFields(const Fields& f) {
    const year_month_day ymd{year{f.y}, month{static_cast<unsigned>(f.mo)}, day{static_cast<unsigned>(f.d)}};
    if (f.y < kFirstYear || f.y > kLastYear || !ymd.ok() || f.h > 23 || f.mi > 59 || f.s > 59) {
        return std::nullopt;
    }
    return sys_days{ymd} + hours{f.h} + minutes{f.mi} + seconds{f.s};
}

Fields toFields(Seconds t) {
    const auto dp = floor<days>(t);
    const year_month_day ymd{dp};
    const hh_mm_ss hms{t - dp};
    return {static_cast<int>(ymd.year()),
            static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day())),
            static_cast<int>(hms.hours().count()),
            static_cast<int>(hms.minutes().count()),
            static_cast<int>(hms.seconds().count())};
}

// 01:00 UTC on the last Sunday of the month.
Seconds lastSunday(int y, unsigned m) {
    const sys_days last{year{y} / month{m} / std::chrono::last};
    const weekday wd{last};
    return last - (wd - Sunday) + hours{1};
}

}  // namespace

std::string formatUtc(Seconds t) {
    const Fields f = toFields(t);
    std::array<char, 32> buf{};
    (void)std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02dT%02d:%02d:%02dZ", f.y, f.mo, f.d, f.h, f.mi, f.s);
    return buf.data();
}

std::optional<Seconds> parseUtc(std::string_view text) {
    Fields f;
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != 'Z' || !digits(text, 0, 4, f.y) || !digits(text, 5, 2, f.mo) ||
        !digits(text, 8, 2, f.d) || !digits(text, 11, 2, f.h) || !digits(text, 14, 2, f.mi) ||
        !digits(text, 17, 2, f.s)) {
        return std::nullopt;
    }
    return fromFields(f);
}

seconds romeOffset(Seconds t) {
    const int y = toFields(t).y;
    return (t >= lastSunday(y, 3) && t < lastSunday(y, 10)) ? hours{2} : hours{1};
}

std::string formatRome(Seconds t) {
    const auto off = romeOffset(t);
    const Fields f = toFields(t + off);
    std::array<char, 40> buf{};
    (void)std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02d %02d:%02d:%02d %s", f.y, f.mo, f.d, f.h, f.mi, f.s,
                        off == hours{2} ? "CEST" : "CET");
    return buf.data();
}

std::string formatRomeDate(Seconds t) {
    return formatRome(t).substr(0, 10);
}

std::optional<Seconds> parseUserTime(std::string_view input) {
    // The Italian way, DD/MM/YYYY[ HH:MM[:SS]], is rewritten to ISO first.
    std::string iso(input);
    if (input.size() >= 10 && input[2] == '/' && input[5] == '/') {
        iso = std::string(input.substr(6, 4)) + "-" + std::string(input.substr(3, 2)) + "-" +
              std::string(input.substr(0, 2)) + std::string(input.substr(10));
    }
    const std::string_view text = iso;
    Fields f;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, f.y) || !digits(text, 5, 2, f.mo) ||
        !digits(text, 8, 2, f.d)) {
        return std::nullopt;
    }
    std::size_t pos = 10;
    if (pos < text.size()) {
        if ((text[pos] != 'T' && text[pos] != ' ') || !digits(text, pos + 1, 2, f.h) || pos + 3 >= text.size() ||
            text[pos + 3] != ':' || !digits(text, pos + 4, 2, f.mi)) {
            return std::nullopt;
        }
        pos += 6;
        if (pos < text.size() && text[pos] == ':') {
            if (!digits(text, pos + 1, 2, f.s)) {
                return std::nullopt;
            }
            pos += 3;
        }
    }
    const auto local = fromFields(f);
    if (!local) {
        return std::nullopt;
    }
    const std::string_view zone = text.substr(pos);
    if (zone == "Z") {
        return local;
    }
    if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        int oh = 0, om = 0;
        if (!digits(zone, 1, 2, oh) || !digits(zone, 4, 2, om) || oh > 14 || om > 59) {
            return std::nullopt;
        }
        const seconds off = hours{oh} + minutes{om};
        const Seconds t = zone[0] == '+' ? *local - off : *local + off;
        return inRange(t) ? std::optional(t) : std::nullopt;
    }
    if (!zone.empty()) {
        return std::nullopt;
    }
    // Rome wall-clock time: try summer time first, so that the repeated hour
    // in October resolves to its first occurrence; a time in the skipped
    // hour of March resolves as winter time.
    const Seconds asSummer = *local - hours{2};
    const Seconds t = romeOffset(asSummer) == hours{2} ? asSummer : *local - hours{1};
    return inRange(t) ? std::optional(t) : std::nullopt;
}

}  // namespace custodia::vault::time
