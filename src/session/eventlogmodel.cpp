// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/eventlogmodel.h"

namespace mirage {

EventLogModel::EventLogModel(int capacity, QObject *parent)
    : QAbstractListModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 %2 %3").arg(e.name, e.applied ? QString() : QStringLiteral("rejected:"), e.summary);
    case SeqRole:
        return e.seq;
    case TimeRole:
        return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    case EventIdRole:
        return e.eventId;
    case NameRole:
        return e.name;
    case CategoryRole:
        return e.category;
    case AppliedRole:
        return e.applied;
    case SummaryRole:
        return e.summary;
    default:
        return {};
    }
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    return {{SeqRole, "seq"}, {TimeRole, "time"}, {EventIdRole, "eventId"}, {NameRole, "name"}, {CategoryRole, "category"},
        {AppliedRole, "applied"}, {SummaryRole, "summary"}};
}

void EventLogModel::append(std::vector<Entry> entries)
{
    if (entries.empty())
        return;
    const size_t cap = size_t(m_capacity);
    if (entries.size() > cap) // only the newest fit anyway
        entries.erase(entries.begin(), entries.end() - qsizetype(cap));
    const size_t overflow = m_entries.size() + entries.size() > cap ? m_entries.size() + entries.size() - cap : 0;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, int(overflow) - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + qsizetype(overflow));
        endRemoveRows();
    }
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(entries.size()) - 1);
    for (Entry &e : entries)
        m_entries.push_back(std::move(e));
    endInsertRows();
    Q_EMIT countChanged();
}

void EventLogModel::clear()
{
    if (m_entries.empty())
        return;
    beginRemoveRows(QModelIndex(), 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
    Q_EMIT countChanged();
}

} // namespace mirage
