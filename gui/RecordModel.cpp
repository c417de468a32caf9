// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/RecordModel.h"

namespace custodia::gui {

RecordModel::RecordModel(const QStringList& keys, QObject* parent) : QAbstractListModel(parent) {
    for (const QString& k : keys) {
        keys_.append(k.toUtf8());
    }
}

int RecordModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant RecordModel::data(const QModelIndex& index, int role) const {
    const int key = role - Qt::UserRole;
    if (!index.isValid() || index.row() >= count() || key < 0 || key >= keys_.size()) {
        return {};
    }
    return rows_.at(index.row()).value(QString::fromUtf8(keys_.at(key)));
}

QHash<int, QByteArray> RecordModel::roleNames() const {
    QHash<int, QByteArray> names;
    for (int i = 0; i < keys_.size(); ++i) {
        names.insert(Qt::UserRole + i, keys_.at(i));
    }
    return names;
}

QVariantMap RecordModel::get(int row) const {
    return row >= 0 && row < count() ? rows_.at(row) : QVariantMap{};
}

void RecordModel::setRows(QList<QVariantMap> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit countChanged();
}

}  // namespace custodia::gui
