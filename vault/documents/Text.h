// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Time.h"

#include <QLocale>
#include <QString>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

// Small text helpers shared by the PDFs: JSON values as Italian text.
namespace custodia::documents {

inline QString q(const std::string& s) {
    return QString::fromStdString(s);
}

inline QString str(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? q(it->get<std::string>()) : QStringLiteral("—");
}

// "23/11/2026 18:19" in Rome time (or only the date).
inline QString rome(const nlohmann::json& j, const char* key, bool withTime = true) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string()) {
        return QStringLiteral("—");
    }
    const auto t = vault::time::parseUtc(it->get<std::string>());
    if (!t) {
        return q(it->get<std::string>());
    }
    const QString r = q(vault::time::formatRome(*t));  // 2026-11-23 18:19:55 CET
    const QString date = r.mid(8, 2) + QChar('/') + r.mid(5, 2) + QChar('/') + r.left(4);
    return withTime ? date + QChar(' ') + r.mid(11, 5) : date;
}

inline QString kindText(const std::string& kind) {
    static const std::map<std::string, QString> names = {{"photo", QStringLiteral("foto")},
                                                         {"video", QStringLiteral("video")},
                                                         {"screenshot", QStringLiteral("schermata")},
                                                         {"screen-recording", QStringLiteral("registrazione schermo")},
                                                         {"document", QStringLiteral("documento")},
                                                         {"audio", QStringLiteral("audio")},
                                                         {"physical", QStringLiteral("oggetto fisico")}};
    const auto it = names.find(kind);
    return it != names.end() ? it->second : q(kind);
}

inline QString bytes(const nlohmann::json& item) {
    const auto it = item.find("size");
    if (it == item.end() || !it->is_number_integer()) {
        return QStringLiteral("—");
    }
    return QLocale(QLocale::Italian).toString(it->get<qlonglong>()) + QStringLiteral(" byte");
}

// A hash or id in lines of `width` characters, so the columns stay readable.
inline QString split(const QString& h, int width) {
    QString out;
    for (int i = 0; i < h.size(); i += width) {
        out += (i > 0 ? QStringLiteral("\n") : QString()) + h.mid(i, width);
    }
    return out;
}

}  // namespace custodia::documents
