// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QVariantMap>

namespace custodia::gui {

// A list of records (QVariantMap rows) shown by a QML ListView/GridView, each
// key a role. The Session fills it from the vault (Records.h converts the
// vault's structs); QML reads `model.<key>` in delegates and get(row) in
// handlers. The roles are fixed when the model is made (views read them
// once); a key missing from a row reads as undefined.
class RecordModel final : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    RecordModel(const QStringList& keys, QObject* parent);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }
    [[nodiscard]] const QList<QVariantMap>& rows() const { return rows_; }
    // The row as a JS object; an empty map outside the range.
    Q_INVOKABLE [[nodiscard]] QVariantMap get(int row) const;

    // Replaces every row (a model reset).
    void setRows(QList<QVariantMap> rows);
    void clear() { setRows({}); }

signals:
    void countChanged();

private:
    QList<QVariantMap> rows_;
    QList<QByteArray> keys_;
};

}  // namespace custodia::gui
