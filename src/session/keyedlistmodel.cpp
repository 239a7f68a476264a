// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/keyedlistmodel.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/jsontext.h"

#include <QDateTime>
#include <algorithm>

namespace mirage {

namespace {
QString elementKey(const JsonValue &element)
{
    const JsonValue *id = element.find("id");
    return id && id->isString() ? JsonText::idKey(id->stringView()) : QString();
}

// The roles whose values differ between two extracts of one element.
QList<int> changedRoles(const QVector<QVariant> &before, const QVector<QVariant> &after)
{
    QList<int> roles;
    for (qsizetype i = 0; i < std::max(before.size(), after.size()); ++i) {
        if (i >= before.size() || i >= after.size() || before[i] != after[i])
            roles.append(KeyedListModel::FirstRole + int(i));
    }
    return roles;
}
} // namespace

KeyedListModel::KeyedListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int KeyedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KeyedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case ItemIdRole:
        return row.key;
    case ChangedAtRole:
        return row.changedAt;
    default:
        if (role >= FirstRole && role - FirstRole < row.values.size())
            return row.values[role - FirstRole];
        return {};
    }
}

QHash<int, QByteArray> KeyedListModel::roleNames() const
{
    QHash<int, QByteArray> names = extraRoleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(ChangedAtRole, "changedAt");
    return names;
}

void KeyedListModel::rebuildIndex() const
{
    m_rowOf.clear();
    m_rowOf.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].key, int(i));
    m_indexValid = true;
}

int KeyedListModel::find(const QString &key) const
{
    if (!m_indexValid)
        rebuildIndex();
    return m_rowOf.value(key, -1);
}

int KeyedListModel::rowOf(const QString &id) const
{
    return find(JsonText::idKey(id.toStdString()));
}

QString KeyedListModel::idAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].key : QString();
}

const JsonValue *KeyedListModel::lookup(JsonArray *array, const QString &key) const
{
    if (!array)
        return nullptr;
    const uint32_t slot = array->findById(key.toStdString());
    return slot == JsonArray::npos ? nullptr : &array->slot(slot);
}

void KeyedListModel::insertOrRefresh(JsonArray *array, std::string_view id, bool remote)
{
    const QString key = JsonText::idKey(id);
    if (find(key) >= 0) {
        markChanged(id, remote);
        return;
    }
    const JsonValue *element = lookup(array, key);
    if (!element)
        return; // gone again before this frame: nothing to show
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.push_back(Row {key, extract(*element), remote ? QDateTime::currentMSecsSinceEpoch() : 0});
    if (m_indexValid)
        m_rowOf.insert(key, row);
    endInsertRows();
    Q_EMIT countChanged();
}

void KeyedListModel::remove(std::string_view id)
{
    const QString key = JsonText::idKey(id);
    const int row = find(key);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.erase(m_rows.begin() + row);
    m_dirty.remove(key);
    if (size_t(row) == m_rows.size()) {
        m_rowOf.remove(key); // the last row: the index stays valid
    } else {
        m_indexValid = false;
    }
    endRemoveRows();
    Q_EMIT countChanged();
}

void KeyedListModel::markChanged(std::string_view id, bool remote)
{
    const QString key = JsonText::idKey(id);
    bool &r = m_dirty[key];
    r = r || remote;
}

void KeyedListModel::flush(JsonArray *array)
{
    if (m_dirty.isEmpty())
        return;
    std::vector<std::pair<int, QList<int>>> rows; // row → the roles that changed
    rows.reserve(size_t(m_dirty.size()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_dirty.cbegin(); it != m_dirty.cend(); ++it) {
        const int row = find(it.key());
        if (row < 0)
            continue;
        Row &r = m_rows[size_t(row)];
        QList<int> roles;
        if (const JsonValue *element = lookup(array, it.key())) {
            QVector<QVariant> values = extract(*element);
            roles = changedRoles(r.values, values);
            r.values = std::move(values);
        }
        if (it.value()) {
            r.changedAt = now;
            roles.append(ChangedAtRole);
        }
        if (!roles.isEmpty())
            rows.emplace_back(row, std::move(roles));
    }
    m_dirty.clear();
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    // One dataChanged per run of adjacent rows whose roles changed alike.
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1].first == rows[j].first + 1 && rows[j + 1].second == rows[i].second)
            ++j;
        Q_EMIT dataChanged(index(rows[i].first), index(rows[j].first), rows[i].second);
        i = j + 1;
    }
}

void KeyedListModel::refreshAll(JsonArray *array)
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const JsonValue *element = lookup(array, row.key);
        if (!element)
            continue;
        QVector<QVariant> values = extract(*element);
        const QList<int> roles = changedRoles(row.values, values);
        if (!roles.isEmpty()) {
            row.values = std::move(values);
            Q_EMIT dataChanged(index(int(i)), index(int(i)), roles);
        }
    }
}

void KeyedListModel::followOrder(JsonArray *array)
{
    if (!array)
        return;
    // The new order of the rows we show; rows the array no longer has keep their place at the end.
    std::vector<Row> reordered;
    reordered.reserve(m_rows.size());
    std::vector<int> newRowOfOld(m_rows.size(), -1);
    if (!m_indexValid)
        rebuildIndex();
    for (const JsonValue &element : array->items()) {
        if (element.isHole())
            continue;
        const int old = m_rowOf.value(elementKey(element), -1);
        if (old < 0 || newRowOfOld[size_t(old)] >= 0)
            continue;
        newRowOfOld[size_t(old)] = int(reordered.size());
        reordered.push_back(std::move(m_rows[size_t(old)]));
    }
    for (size_t old = 0; old < m_rows.size(); ++old) {
        if (newRowOfOld[old] < 0) {
            newRowOfOld[old] = int(reordered.size());
            reordered.push_back(std::move(m_rows[old]));
        }
    }
    bool moved = false;
    for (size_t old = 0; old < newRowOfOld.size() && !moved; ++old)
        moved = newRowOfOld[old] != int(old);
    if (!moved) {
        m_rows = std::move(reordered);
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList to;
    to.reserve(persistent.size());
    for (const QModelIndex &from : persistent)
        to.append(index(newRowOfOld[size_t(from.row())], from.column()));
    m_rows = std::move(reordered);
    m_indexValid = false;
    changePersistentIndexList(persistent, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void KeyedListModel::reload(JsonArray *array)
{
    beginResetModel();
    m_rows.clear();
    m_dirty.clear();
    if (array) {
        m_rows.reserve(array->size());
        for (const JsonValue &element : array->items()) {
            if (element.isHole())
                continue;
            const QString key = elementKey(element);
            m_rows.push_back(Row {key, extract(element), 0});
        }
    }
    m_indexValid = false;
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace mirage
