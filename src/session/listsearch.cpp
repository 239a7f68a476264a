// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/listsearch.h"

#include "session/keyedlistmodel.h"

namespace mirage {

ListSearch::ListSearch(QObject *parent)
    : RowFilterProxy(parent)
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
    const bool changed = needle != m_needle;
    m_needle = needle;
    if (changed)
        refilter();
    Q_EMIT textChanged();
    Q_EMIT countChanged();
}

void ListSearch::setRoles(const QStringList &roles)
{
    if (roles == m_roleNames)
        return;
    m_roleNames = roles;
    m_texts.setModel(sourceModel(), m_roleNames); // the strings joined the old roles
    refilter();
    Q_EMIT rolesChanged();
    Q_EMIT countChanged();
}

void ListSearch::prepare()
{
    m_texts.prepare();
}

int ListSearch::preparedRows() const
{
    return m_texts.prepared();
}

void ListSearch::sourceReset()
{
    m_texts.setModel(sourceModel(), m_roleNames); // the roles may be others
}

void ListSearch::rowsInsertedInSource(int, int)
{
    Q_EMIT countChanged(); // sourceCount
}

void ListSearch::rowsAboutToBeRemovedFromSource(int first, int last)
{
    m_texts.forget(first, last);
}

void ListSearch::rowsRemovedFromSource(int, int)
{
    Q_EMIT countChanged();
}

bool ListSearch::rowsChangedInSource(int first, int last, const QList<int> &roles)
{
    if (!m_texts.touches(roles))
        return false;
    m_texts.forget(first, last);
    return true;
}

int ListSearch::rowOf(const QString &id) const
{
    if (!sourceModel() || id.isEmpty())
        return -1;
    int sourceRow = -1;
    if (const auto *keyed = qobject_cast<const KeyedListModel *>(sourceModel())) {
        sourceRow = keyed->rowOf(id);
    } else if (m_texts.idRole() >= 0) {
        for (int row = 0, rows = sourceModel()->rowCount(); row < rows && sourceRow < 0; ++row) {
            if (sourceModel()->index(row, 0).data(m_texts.idRole()).toString() == id)
                sourceRow = row;
        }
    }
    return sourceRow < 0 ? -1 : rowOfSource(sourceRow);
}

QString ListSearch::idAt(int row) const
{
    if (row < 0 || row >= rowCount() || m_texts.idRole() < 0)
        return {};
    return index(row, 0).data(m_texts.idRole()).toString();
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
