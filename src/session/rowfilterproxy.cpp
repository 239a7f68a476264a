// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/rowfilterproxy.h"

#include <algorithm>
#include <numeric>

namespace mirage {

RowFilterProxy::RowFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void RowFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (model == sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model)
        connectSource(model);
    sourceReset();
    filterAll();
    endResetModel();
}

void RowFilterProxy::connectSource(QAbstractItemModel *model)
{
    using M = QAbstractItemModel;
    m_sourceConnections = {
        connect(model, &M::rowsAboutToBeInserted, this, &RowFilterProxy::sourceRowsAboutToBeInserted),
        connect(model, &M::rowsInserted, this, &RowFilterProxy::sourceRowsInserted),
        connect(model, &M::rowsAboutToBeRemoved, this, &RowFilterProxy::sourceRowsAboutToBeRemoved),
        connect(model, &M::rowsRemoved, this, &RowFilterProxy::sourceRowsRemoved),
        connect(model, &M::dataChanged, this, &RowFilterProxy::sourceDataChanged),
        connect(model, &M::layoutAboutToBeChanged, this, &RowFilterProxy::sourceLayoutAboutToBeChanged),
        connect(model, &M::layoutChanged, this, &RowFilterProxy::sourceLayoutChanged),
        // A move is a layout change here: the persistent indexes follow their rows.
        connect(model, &M::rowsAboutToBeMoved, this, &RowFilterProxy::sourceLayoutAboutToBeChanged),
        connect(model, &M::rowsMoved, this, &RowFilterProxy::sourceLayoutChanged),
        connect(model, &M::modelAboutToBeReset, this, &RowFilterProxy::beginResetModel),
        connect(model, &M::modelReset, this,
            [this] {
                sourceReset();
                filterAll();
                endResetModel();
            }),
        connect(model, &QObject::destroyed, this,
            [this] { // sourceModel() is null now: no rows
                beginResetModel();
                m_filtering = false;
                m_rows.clear();
                sourceReset();
                endResetModel();
            }),
    };
}

QModelIndex RowFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return sourceModel()->index(sourceRowAt(proxyIndex.row()), proxyIndex.column());
}

QModelIndex RowFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !sourceModel() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid())
        return {};
    const int row = rowOfSource(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex RowFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex RowFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex RowFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int RowFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    if (!m_filtering)
        return sourceModel()->rowCount();
    return int(m_merging ? m_merged.size() + m_rows.size() - m_read : m_rows.size());
}

int RowFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : 1;
}

bool RowFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant RowFilterProxy::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    return source.isValid() ? source.data(role) : QVariant();
}

int RowFilterProxy::sourceRowAt(int row) const
{
    if (!m_filtering)
        return row;
    if (!m_merging)
        return m_rows[size_t(row)];
    return size_t(row) < m_merged.size() ? m_merged[size_t(row)] : m_rows[m_read + size_t(row) - m_merged.size()];
}

int RowFilterProxy::rowOfSource(int sourceRow) const
{
    if (!m_filtering)
        return sourceRow;
    const auto in = [sourceRow](auto from, auto to) -> qsizetype {
        const auto at = std::lower_bound(from, to, sourceRow);
        return at != to && *at == sourceRow ? at - from : -1;
    };
    if (!m_merging)
        return int(in(m_rows.cbegin(), m_rows.cend()));
    if (const qsizetype at = in(m_merged.cbegin(), m_merged.cend()); at >= 0)
        return int(at);
    const qsizetype at = in(m_rows.cbegin() + qsizetype(m_read), m_rows.cend());
    return at < 0 ? -1 : int(m_merged.size() + size_t(at));
}

void RowFilterProxy::filterAll()
{
    m_rows.clear();
    m_filtering = sourceModel() && filtering();
    if (!m_filtering)
        return;
    for (int row = 0, rows = sourceModel()->rowCount(); row < rows; ++row) {
        if (acceptsRow(row))
            m_rows.push_back(row);
    }
}

void RowFilterProxy::refilter()
{
    const bool filter = filtering();
    if (!sourceModel() || (!m_filtering && !filter))
        return;
    const int rows = sourceModel()->rowCount();
    if (!m_filtering) { // every row was shown
        m_rows.resize(size_t(rows));
        std::iota(m_rows.begin(), m_rows.end(), 0);
        m_filtering = true;
    }
    // One pass over the source rows: those that stop matching are removed and those that start
    // are inserted, a signal per run. The rows are m_merged (done) then m_rows from m_read on.
    m_merged.clear();
    m_merged.reserve(filter ? m_rows.size() : size_t(rows));
    m_read = 0;
    m_merging = true;
    size_t removing = 0;
    std::vector<int> inserting;
    const auto flush = [&] {
        const int at = int(m_merged.size());
        if (removing) {
            beginRemoveRows(QModelIndex(), at, at + int(removing) - 1);
            m_read += removing;
            removing = 0;
            endRemoveRows();
        }
        if (!inserting.empty()) {
            beginInsertRows(QModelIndex(), at, at + int(inserting.size()) - 1);
            m_merged.insert(m_merged.end(), inserting.cbegin(), inserting.cend());
            inserting.clear();
            endInsertRows();
        }
    };
    for (int row = 0; row < rows; ++row) {
        const size_t next = m_read + removing;
        const bool was = next < m_rows.size() && m_rows[next] == row;
        const bool now = !filter || acceptsRow(row);
        if (was && now) {
            flush();
            m_merged.push_back(row);
            ++m_read;
        } else if (was) {
            if (!inserting.empty())
                flush();
            ++removing;
        } else if (now) {
            if (removing)
                flush();
            inserting.push_back(row);
        }
    }
    flush();
    m_rows.swap(m_merged);
    m_merged = {};
    m_merging = false;
    if (!filter) { // every row again: the identity
        m_filtering = false;
        m_rows = {};
    }
}

void RowFilterProxy::sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid() && !m_filtering)
        beginInsertRows(QModelIndex(), first, last);
}

void RowFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const size_t n = size_t(last - first + 1);
    rowsInsertedInSource(first, last);
    if (!m_filtering) {
        endInsertRows();
        return;
    }
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), first);
    for (auto it = at; it != m_rows.end(); ++it)
        *it += int(n);
    std::vector<int> accepted;
    for (int row = first; row <= last; ++row) {
        if (acceptsRow(row))
            accepted.push_back(row);
    }
    if (accepted.empty())
        return;
    const int proxyRow = int(at - m_rows.begin());
    beginInsertRows(QModelIndex(), proxyRow, proxyRow + int(accepted.size()) - 1);
    m_rows.insert(m_rows.begin() + proxyRow, accepted.cbegin(), accepted.cend());
    endInsertRows();
}

void RowFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    rowsAboutToBeRemovedFromSource(first, last);
    if (!m_filtering) {
        beginRemoveRows(QModelIndex(), first, last);
        return;
    }
    m_removeFrom = size_t(std::lower_bound(m_rows.cbegin(), m_rows.cend(), first) - m_rows.cbegin());
    m_removeTo = size_t(std::upper_bound(m_rows.cbegin(), m_rows.cend(), last) - m_rows.cbegin());
    if (m_removeTo > m_removeFrom)
        beginRemoveRows(QModelIndex(), int(m_removeFrom), int(m_removeTo) - 1);
}

void RowFilterProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    rowsRemovedFromSource(first, last);
    if (!m_filtering) {
        endRemoveRows();
        return;
    }
    const int n = last - first + 1;
    const auto from = m_rows.begin() + qsizetype(m_removeFrom);
    const auto after = m_rows.erase(from, m_rows.begin() + qsizetype(m_removeTo));
    for (auto it = after; it != m_rows.end(); ++it)
        *it -= n;
    if (m_removeTo > m_removeFrom)
        endRemoveRows();
    m_removeFrom = m_removeTo = 0;
}

void RowFilterProxy::sourceDataChanged(const QModelIndex &from, const QModelIndex &to, const QList<int> &roles)
{
    if (from.parent().isValid())
        return;
    const bool touches = rowsChangedInSource(from.row(), to.row(), roles);
    if (!m_filtering) {
        Q_EMIT dataChanged(index(from.row(), 0), index(to.row(), 0), roles);
        return;
    }
    size_t at = size_t(std::lower_bound(m_rows.cbegin(), m_rows.cend(), from.row()) - m_rows.cbegin());
    if (!touches) { // no row starts or stops matching
        const auto end = std::upper_bound(m_rows.cbegin(), m_rows.cend(), to.row()) - m_rows.cbegin();
        if (qsizetype(at) < end)
            Q_EMIT dataChanged(index(int(at), 0), index(int(end) - 1, 0), roles);
        return;
    }
    // Rows still matching are changed, rows that stop are removed, rows that start inserted: a
    // signal per run of each, in the proxy's rows as they are when it is sent.
    enum Kind { None, Changed, Removed, Inserted } kind = None;
    size_t runStart = 0;
    std::vector<int> inserting;
    const auto flush = [&] {
        if (kind == Changed) {
            Q_EMIT dataChanged(index(int(runStart), 0), index(int(at) - 1, 0), roles);
        } else if (kind == Removed) {
            beginRemoveRows(QModelIndex(), int(runStart), int(at) - 1);
            m_rows.erase(m_rows.begin() + qsizetype(runStart), m_rows.begin() + qsizetype(at));
            at = runStart;
            endRemoveRows();
        } else if (kind == Inserted) {
            beginInsertRows(QModelIndex(), int(at), int(at + inserting.size()) - 1);
            m_rows.insert(m_rows.begin() + qsizetype(at), inserting.cbegin(), inserting.cend());
            at += inserting.size();
            inserting.clear();
            endInsertRows();
        }
        kind = None;
    };
    for (int row = from.row(); row <= to.row(); ++row) {
        const bool was = at < m_rows.size() && m_rows[at] == row;
        const bool now = acceptsRow(row);
        const Kind k = was ? (now ? Changed : Removed) : (now ? Inserted : None);
        if (k == None)
            continue;
        if (k != kind) {
            flush();
            kind = k;
            runStart = at;
        }
        if (k == Inserted)
            inserting.push_back(row);
        else
            ++at;
    }
    flush();
}

void RowFilterProxy::sourceLayoutAboutToBeChanged()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutProxy.size());
    for (const QModelIndex &index : std::as_const(m_layoutProxy))
        m_layoutSource << QPersistentModelIndex(mapToSource(index));
}

void RowFilterProxy::sourceLayoutChanged()
{
    filterAll();
    for (qsizetype i = 0; i < m_layoutProxy.size(); ++i)
        changePersistentIndex(m_layoutProxy.at(i), mapFromSource(m_layoutSource.at(i)));
    m_layoutProxy.clear();
    m_layoutSource.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace mirage
