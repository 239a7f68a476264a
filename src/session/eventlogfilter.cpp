// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/eventlogfilter.h"

#include "session/eventlogmodel.h"

namespace mirage {

EventLogFilter::EventLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &EventLogFilter::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &EventLogFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &EventLogFilter::countChanged);
}

void EventLogFilter::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
    Q_EMIT categoryChanged();
    Q_EMIT countChanged();
}

void EventLogFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
    if (auto *log = qobject_cast<EventLogModel *>(sourceModel()))
        log->setHistorySearch(text);
    Q_EMIT textChanged();
    Q_EMIT countChanged();
}

int EventLogFilter::keptDays() const
{
    const auto *log = qobject_cast<const EventLogModel *>(sourceModel());
    return log ? log->historyDays() : 0;
}

QString EventLogFilter::sectionAt(int row) const
{
    return index(row, 0).data(EventLogModel::SectionRole).toString();
}

QString EventLogFilter::itemIdAt(int row) const
{
    return index(row, 0).data(EventLogModel::ItemIdRole).toString();
}

bool EventLogFilter::fetchOlder()
{
    QAbstractItemModel *log = sourceModel();
    if (!log || !log->canFetchMore(QModelIndex()))
        return false;
    log->fetchMore(QModelIndex());
    return true;
}

bool EventLogFilter::canFetchMore(const QModelIndex &parent) const
{
    const auto *log = qobject_cast<const EventLogModel *>(sourceModel());
    return log && log->historyCount() == 0 && log->canFetchMore(parent);
}

bool EventLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_category.isEmpty() && m_text.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_text.isEmpty() && !i.data(EventLogModel::SummaryRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if (m_category.isEmpty())
        return true;
    if (m_category == QLatin1String("rejected"))
        return !i.data(EventLogModel::AppliedRole).toBool();
    return i.data(EventLogModel::CategoryRole).toString() == m_category;
}

} // namespace mirage
