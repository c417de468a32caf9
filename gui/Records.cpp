// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/Records.h"

#include "crypto/Encoding.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace custodia::gui::records {

namespace {

QStringList keysOf(const nlohmann::json& sample, const QStringList& extra) {
    QStringList keys;
    for (const auto& [k, v] : sample.items()) {
        keys.append(QString::fromStdString(k));
    }
    keys.append(extra);
    return keys;
}

QString text(const std::optional<std::string>& s) {
    return s ? QString::fromStdString(*s) : QString();
}

}  // namespace

QVariant toVariant(const nlohmann::json& j) {
    // Through QJsonDocument: numbers, strings, arrays and objects as QML expects them.
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(nlohmann::json::array({j}).dump()));
    return doc.array().at(0).toVariant();
}

QVariantMap toMap(const nlohmann::json& object) {
    return toVariant(object).toMap();
}

QVariantMap caseRecord(const vault::Case& c, vault::Seconds now, int itemsDueSoon) {
    QVariantMap m = toMap(c.toJson());
    const auto deadline = c.reportDeadline();
    m["deadline_seconds"] = deadline ? static_cast<qint64>((*deadline - now).count()) : 0;
    m["persons"] = static_cast<qint64>(c.persons);
    m["interviews"] = static_cast<qint64>(c.interviews);
    m["items"] = static_cast<qint64>(c.items);
    m["items_due_soon"] = itemsDueSoon;
    return m;
}

QStringList caseKeys() {
    return keysOf(vault::Case{}.toJson(), {"deadline_seconds", "persons", "interviews", "items", "items_due_soon"});
}

QVariantMap personRecord(const vault::Person& p) {
    QVariantMap m = toMap(p.toJson());
    m["display_name"] = QString::fromStdString(p.displayName());
    return m;
}

QStringList personKeys() {
    return keysOf(vault::Person{}.toJson(), {"display_name"});
}

QVariantMap interviewRecord(const vault::Interview& i, const QString& studentName, int itemCount) {
    QVariantMap m = toMap(i.toJson());
    m["student_name"] = studentName;
    m["item_count"] = itemCount;
    return m;
}

QStringList interviewKeys() {
    return keysOf(vault::Interview{}.toJson(), {"student_name", "item_count"});
}

QVariantMap itemRecord(const vault::Item& i, bool held, const QString& redaction) {
    QVariantMap m = toMap(i.toJson());
    const QString mime = text(i.mime);
    m["short_id"] = QString::fromStdString(i.id.substr(0, 8));
    m["is_image"] = mime.startsWith("image/");
    m["is_video"] = mime.startsWith("video/");
    m["held"] = held;
    m["redaction"] = redaction;
    return m;
}

QStringList itemKeys() {
    return keysOf(vault::Item{}.toJson(), {"short_id", "is_image", "is_video", "held", "redaction"});
}

QVariantMap logRecord(const vault::LogEntry& e, const QString& actorName) {
    QVariantMap m;
    m["seq"] = static_cast<qint64>(e.seq);
    m["time"] = QString::fromStdString(e.time);
    m["actor"] = QString::fromStdString(e.actor);
    m["actor_name"] = actorName;
    m["action"] = QString::fromStdString(e.action);
    m["case"] = e.caseId ? QVariant(static_cast<qint64>(*e.caseId)) : QVariant();
    m["item"] = text(e.itemId);
    m["details"] = toVariant(e.details);
    m["details_text"] = QString::fromStdString(e.details.empty() ? std::string() : e.details.dump(1));
    m["entry_hash"] = QString::fromStdString(crypto::toHex(e.entryHash));
    return m;
}

QStringList logKeys() {
    return {"seq", "time", "actor", "actor_name", "action", "case", "item", "details", "details_text", "entry_hash"};
}

QString roleText(vault::Role r) {
    return QString::fromUtf8(vault::roleName(r).data());
}

QVariantMap userRecord(const vault::UserInfo& u) {
    return {{"id", QString::fromStdString(u.id)},
            {"display_name", QString::fromStdString(u.displayName)},
            {"role", roleText(u.role)}};
}

QVariantMap holdRecord(const vault::Hold& h) {
    QVariantMap m = toMap(h.toJson());
    m["active"] = h.active();
    return m;
}

QStringList holdKeys() {
    return keysOf(vault::Hold{}.toJson(), {"active"});
}

QVariantMap certificateRecord(const vault::Certificate& c) {
    QVariantMap m;
    m["id"] = static_cast<qint64>(c.id);
    m["created_at"] = QString::fromStdString(c.createdAt);
    m["created_by"] = QString::fromStdString(c.createdBy);
    m["how"] = QString::fromStdString(c.how);
    m["json_sha256"] = QString::fromStdString(c.jsonSha256);
    const auto items = c.content.find("items");
    m["items"] = items != c.content.end() && items->is_array() ? static_cast<int>(items->size()) : 0;
    return m;
}

QStringList certificateKeys() {
    return {"id", "created_at", "created_by", "how", "json_sha256", "items"};
}

QVariantMap tombstoneRecord(const vault::Tombstone& t) {
    return toMap(t.toJson());
}

QStringList tombstoneKeys() {
    return keysOf(vault::Tombstone{}.toJson(), {});
}

}  // namespace custodia::gui::records
