// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/popuplistmodel.h"

namespace mirage {

PopupListModel::PopupListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int PopupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PopupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotificationRequest &r = m_rows.at(index.row());
    switch (role) {
    case SummaryRole:
        return r.summary;
    case BodyRole:
        return r.body;
    case UrgencyRole:
        return int(r.urgency);
    case SectionRole:
        return r.section;
    default:
        return {};
    }
}

QHash<int, QByteArray> PopupListModel::roleNames() const
{
    return {{SummaryRole, "summary"}, {BodyRole, "body"}, {UrgencyRole, "urgency"}, {SectionRole, "section"}};
}

void PopupListModel::add(const NotificationRequest &request)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == request.key) {
            m_rows[row] = request; // replaced where it is, as a daemon replaces a popup
            Q_EMIT dataChanged(index(row), index(row));
            return;
        }
    }
    if (m_rows.size() >= kMaxRows) {
        const int last = int(m_rows.size()) - 1;
        beginRemoveRows({}, last, last);
        m_rows.removeLast();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(request);
    endInsertRows();
    Q_EMIT countChanged();
}

void PopupListModel::dismiss(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void PopupListModel::dismissAll()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void PopupListModel::activate(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const NotificationRequest r = m_rows.at(row);
    dismiss(row);
    Q_EMIT activated(r.section, r.itemId, r.key);
}

} // namespace mirage
