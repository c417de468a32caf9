// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

// Small conversions between catalog columns and JSON: multi-valued fields
// are stored as JSON arrays in TEXT columns.
namespace custodia::vault::json {

template <typename T>
[[nodiscard]] nlohmann::json opt(const std::optional<T>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

[[nodiscard]] inline std::string stringsToText(const std::vector<std::string>& v) {
    return nlohmann::json(v).dump();
}

// A damaged column reads as an empty list rather than failing the whole read.
[[nodiscard]] inline std::vector<std::string> stringsFromText(const std::string& text) {
    try {
        return nlohmann::json::parse(text).get<std::vector<std::string>>();
    } catch (const nlohmann::json::exception&) {
        return {};
    }
}

[[nodiscard]] inline nlohmann::json parseOr(const std::string& text, nlohmann::json fallback) {
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
        return fallback;
    }
}

}  // namespace custodia::vault::json
