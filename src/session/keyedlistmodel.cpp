// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/keyedlistmodel.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/jsontext.h"

#include <QAnyStringView>
#include <QDateTime>
#include <algorithm>

namespace mirage {

namespace {
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
    return parent.isValid() ? 0 : int(size());
}

QVariant KeyedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(size_t(index.row()));
    switch (role) {
    case ItemIdRole:
        return row.key;
    case ChangedAtRole:
        return row.changedAt;
    default:
        if (!row.read && role >= FirstRole && role - FirstRole >= row.values.size()) {
            if (const JsonValue *element = lookup(liveArray(), row.key)) { // lazy: read when first asked
                row.values = extract(*element);
                row.read = true;
            }
        }
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
    const int row = m_rowOf.value(key, -1);
    if (row < 0 || m_removing.empty())
        return row;
    return row - int(std::lower_bound(m_removing.begin(), m_removing.end(), row) - m_removing.begin());
}

int KeyedListModel::rowOf(const QString &id) const
{
    return find(JsonText::idKey(id.toStdString()));
}

int KeyedListModel::rowOfId(std::string_view id) const
{
    return find(JsonText::idKey(id));
}

QString KeyedListModel::idAt(int row) const
{
    return row >= 0 && size_t(row) < size() ? rowAt(size_t(row)).key : QString();
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
    removeKeys({JsonText::idKey(id)});
}

void KeyedListModel::removeKeys(const std::vector<QString> &keys)
{
    std::vector<int> rows;
    rows.reserve(keys.size());
    for (const QString &key : keys) {
        if (const int row = find(key); row >= 0)
            rows.push_back(row);
    }
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Runs in ascending order, the gap moving forward with them: each row after the first removed
    // is moved once, however many runs there are.
    m_gapStart = size_t(rows.front());
    m_gapLen = 0;
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        const size_t first = size_t(rows[i]) - m_removing.size(); // in the rows shown now
        for (; m_gapStart < first; ++m_gapStart)
            m_rows[m_gapStart] = std::move(m_rows[m_gapStart + m_gapLen]);
        const size_t n = j - i + 1;
        beginRemoveRows(QModelIndex(), int(first), int(first + n - 1));
        for (size_t k = 0; k < n; ++k) {
            Row &gone = m_rows[m_gapStart + m_gapLen + k];
            m_rowOf.remove(gone.key);
            m_dirty.remove(gone.key);
            gone = Row {};
        }
        m_gapLen += n;
        m_removing.insert(m_removing.end(), rows.begin() + qsizetype(i), rows.begin() + qsizetype(j + 1));
        endRemoveRows();
        i = j + 1;
    }
    for (; m_gapStart + m_gapLen < m_rows.size(); ++m_gapStart)
        m_rows[m_gapStart] = std::move(m_rows[m_gapStart + m_gapLen]);
    m_rows.resize(m_rows.size() - m_gapLen);
    m_gapStart = m_gapLen = 0;
    m_removing.clear();
    // The one pass over the rows that moved up.
    for (size_t row = size_t(rows.front()); row < m_rows.size(); ++row)
        m_rowOf[m_rows[row].key] = int(row);
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
            roles = changedRoles(r.values, values); // a lazy row: the loaded ones compared, the rest all named
            r.values = std::move(values);
            r.read = true;
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
        // A lazy row not read yet: only what it loaded (nobody holds the rest).
        QVector<QVariant> values = row.read ? extract(*element) : extractOnLoad(*element);
        const QList<int> roles = changedRoles(row.values, values);
        if (!roles.isEmpty()) {
            row.values = std::move(values);
            Q_EMIT dataChanged(index(int(i)), index(int(i)), roles);
        }
    }
}

bool KeyedListModel::hasOrderOf(JsonArray *array) const
{
    size_t row = 0;
    for (const JsonValue &element : array->items()) {
        if (element.isHole())
            continue;
        const JsonValue *id = elementId(element);
        if (!id || row >= m_rows.size())
            return false;
        // Ids are mostly spelled canonically: comparing the bytes spares making the key.
        const std::string_view raw = id->stringView();
        const QString &key = m_rows[row].key;
        if (!QAnyStringView::equal(key, QUtf8StringView(raw.data(), qsizetype(raw.size()))) && key != JsonText::idKey(raw))
            return false;
        ++row;
    }
    return row == m_rows.size();
}

void KeyedListModel::followOrder(JsonArray *array)
{
    if (!array || hasOrderOf(array))
        return; // a full list in the same order (a nested edit named every step): nothing moves
    // The new order of the rows we show; rows the array no longer has keep their place at the end.
    std::vector<Row> reordered;
    reordered.reserve(m_rows.size());
    std::vector<int> newRowOfOld(m_rows.size(), -1);
    if (!m_indexValid)
        rebuildIndex();
    for (const JsonValue &element : array->items()) {
        if (element.isHole())
            continue;
        const int old = m_rowOf.value(KeyedRows::keyOf(element), -1);
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

void KeyedListModel::reload(JsonArray *array, KeyedRows loaded)
{
    if (loaded.array != array || !liveArray())
        return reload(array); // read from another array (or rows that are not lazy): read here
    beginResetModel();
    m_rows = std::move(loaded.rows);
    m_rowOf = std::move(loaded.rowOf);
    m_dirty.clear();
    m_indexValid = true;
    endResetModel();
    Q_EMIT countChanged();
}

void KeyedListModel::reload(JsonArray *array)
{
    beginResetModel();
    m_rows.clear();
    m_dirty.clear();
    if (array) {
        const bool lazy = liveArray() != nullptr;
        m_rows.reserve(array->size());
        for (const JsonValue &element : array->items()) {
            if (element.isHole())
                continue;
            m_rows.push_back(Row {KeyedRows::keyOf(element), lazy ? extractOnLoad(element) : extract(element), 0, !lazy});
        }
    }
    m_indexValid = false;
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace mirage
