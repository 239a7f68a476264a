// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/listsearch.h"

#include "session/keyedlistmodel.h"

#include <algorithm>

namespace mirage {

ListSearch::ListSearch(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &ListSearch::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ListSearch::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ListSearch::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ListSearch::countChanged);
}

void ListSearch::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QString needle = text.trimmed().toLower();
    const bool refilter = needle != m_needle;
    m_needle = needle;
    if (refilter)
        invalidateRowsFilter();
    Q_EMIT textChanged();
    Q_EMIT countChanged();
}

void ListSearch::setRoles(const QStringList &roles)
{
    if (roles == m_roleNames)
        return;
    m_roleNames = roles;
    resolveRoles();
    invalidateRowsFilter();
    Q_EMIT rolesChanged();
    Q_EMIT countChanged();
}

void ListSearch::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    // Connected before the proxy's own handlers (which run filterAcceptsRow), so the cache is
    // current when they ask.
    if (model) {
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::dataChanged, this, &ListSearch::forgetRows),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    if (size_t(first) <= m_cache.size()) {
                        m_cache.insert(m_cache.begin() + first, size_t(last - first + 1), QString());
                        m_cached.insert(m_cached.begin() + first, size_t(last - first + 1), false);
                    } else {
                        forgetAll();
                    }
                }),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    if (size_t(last) < m_cache.size()) {
                        m_cache.erase(m_cache.begin() + first, m_cache.begin() + last + 1);
                        m_cached.erase(m_cached.begin() + first, m_cached.begin() + last + 1);
                    } else {
                        forgetAll();
                    }
                }),
            connect(model, &QAbstractItemModel::rowsMoved, this, &ListSearch::forgetAll),
            connect(model, &QAbstractItemModel::layoutChanged, this, &ListSearch::forgetAll),
            connect(model, &QAbstractItemModel::modelReset, this,
                [this] {
                    resolveRoles();
                    forgetAll();
                }),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (model) { // sourceCount
        m_sourceConnections << connect(model, &QAbstractItemModel::rowsInserted, this, &ListSearch::countChanged)
                            << connect(model, &QAbstractItemModel::rowsRemoved, this, &ListSearch::countChanged)
                            << connect(model, &QAbstractItemModel::modelReset, this, &ListSearch::countChanged);
    }
    resolveRoles();
    forgetAll();
    invalidateRowsFilter();
    Q_EMIT countChanged();
}

void ListSearch::resolveRoles()
{
    m_roles.clear();
    m_idRole = -1;
    if (!sourceModel())
        return;
    const QHash<int, QByteArray> names = sourceModel()->roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (m_roleNames.contains(QString::fromUtf8(it.value())))
            m_roles.append(it.key());
        if (it.value() == "itemId")
            m_idRole = it.key();
    }
    std::sort(m_roles.begin(), m_roles.end());
}

void ListSearch::forgetAll()
{
    m_cache.clear();
    m_cached.clear();
}

void ListSearch::forgetRows(const QModelIndex &from, const QModelIndex &to, const QList<int> &roles)
{
    bool touches = roles.isEmpty();
    for (int role : roles)
        touches = touches || m_roles.contains(role);
    if (!touches)
        return;
    for (int row = from.row(); row <= to.row() && size_t(row) < m_cached.size(); ++row)
        m_cached[size_t(row)] = false;
}

const QString &ListSearch::haystack(int sourceRow) const
{
    const size_t rows = size_t(sourceModel()->rowCount());
    if (m_cache.size() != rows) {
        m_cache.assign(rows, QString());
        m_cached.assign(rows, false);
    }
    const size_t i = size_t(sourceRow);
    if (!m_cached[i]) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0);
        QString text;
        for (int role : m_roles) {
            text += index.data(role).toString();
            text += QChar(u'\n'); // a match never spans two fields
        }
        m_cache[i] = text.toLower();
        m_cached[i] = true;
    }
    return m_cache[i];
}

void ListSearch::prepare()
{
    if (!sourceModel())
        return;
    for (int row = 0, rows = sourceModel()->rowCount(); row < rows; ++row)
        haystack(row);
}

int ListSearch::preparedRows() const
{
    return int(std::count(m_cached.cbegin(), m_cached.cend(), true));
}

bool ListSearch::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty() || sourceParent.isValid())
        return true;
    return haystack(sourceRow).contains(m_needle);
}

int ListSearch::rowOf(const QString &id) const
{
    if (!sourceModel() || id.isEmpty())
        return -1;
    int sourceRow = -1;
    if (const auto *keyed = qobject_cast<const KeyedListModel *>(sourceModel())) {
        sourceRow = keyed->rowOf(id);
    } else if (m_idRole >= 0) {
        for (int row = 0, rows = sourceModel()->rowCount(); row < rows && sourceRow < 0; ++row) {
            if (sourceModel()->index(row, 0).data(m_idRole).toString() == id)
                sourceRow = row;
        }
    }
    if (sourceRow < 0)
        return -1;
    return mapFromSource(sourceModel()->index(sourceRow, 0)).row();
}

QString ListSearch::idAt(int row) const
{
    if (row < 0 || row >= rowCount() || m_idRole < 0)
        return {};
    return index(row, 0).data(m_idRole).toString();
}

QString ListSearch::dataAt(int row, const QString &roleName) const
{
    if (row < 0 || row >= rowCount() || !sourceModel())
        return {};
    const int role = sourceModel()->roleNames().key(roleName.toUtf8(), -1);
    return role < 0 ? QString() : index(row, 0).data(role).toString();
}

QString ListSearch::highlighted(const QString &text, const QString &find)
{
    const QString needle = find.trimmed();
    if (needle.isEmpty())
        return text.toHtmlEscaped();
    QString out;
    qsizetype from = 0;
    while (from <= text.size()) {
        const qsizetype at = text.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        out += text.mid(from, at - from).toHtmlEscaped();
        out += QLatin1String("<b><u>") + text.mid(at, needle.size()).toHtmlEscaped() + QLatin1String("</u></b>");
        from = at + needle.size();
    }
    out += text.mid(from).toHtmlEscaped();
    return out;
}

} // namespace mirage
