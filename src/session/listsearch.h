// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <vector>

namespace mirage {

// Find in a list (steps, people, files; issue #13): the rows of the source model whose text
// roles contain `text`, case-insensitively. Each source row's search string (its `roles` joined,
// lowercased) is built once, by prepare() (the find bar calls it when it opens) or else when first
// needed, and rebuilt only for rows that changed: typing in 10,000 steps compares cached strings
// (tst_listsearch prints the time).
//
// Rows are the proxy's; idAt(), rowOf() and count answer in them, as KeyedListModel's do, so a
// KeyedListView shows a ListSearch as it shows its source. An empty `text` lets every row through.
class ListSearch : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged FINAL)
    Q_PROPERTY(QStringList roles READ roles WRITE setRoles NOTIFY rolesChanged FINAL)
    Q_PROPERTY(bool active READ active NOTIFY textChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(int sourceCount READ sourceCount NOTIFY countChanged FINAL)
public:
    explicit ListSearch(QObject *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    // The role names searched (e.g. "name", "description", "contentText").
    QStringList roles() const { return m_roleNames; }
    void setRoles(const QStringList &roles);
    // Whether a search is on (text not blank).
    bool active() const { return !m_needle.isEmpty(); }
    int count() const { return rowCount(); }
    int sourceCount() const { return sourceModel() ? sourceModel()->rowCount() : 0; }

    // Builds every row's search string now (when the find bar opens), so the first keystroke
    // only compares.
    Q_INVOKABLE void prepare();
    // How many source rows have a current search string (for tests).
    Q_INVOKABLE int preparedRows() const;

    Q_INVOKABLE int rowOf(const QString &id) const;
    Q_INVOKABLE QString idAt(int row) const;
    // The text of a role (by name) at a row; empty when there is no such row or role.
    Q_INVOKABLE QString dataAt(int row, const QString &roleName) const;
    // `text` as rich text for a StyledText label: HTML-escaped, every match of `find` (trimmed,
    // case-insensitive; pass the search's text so a binding follows it) in bold. Server text is
    // never read as markup: it is escaped before the match is wrapped.
    Q_INVOKABLE static QString highlighted(const QString &text, const QString &find);

    void setSourceModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void textChanged();
    void rolesChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const QString &haystack(int sourceRow) const;
    void resolveRoles();
    void forgetAll();
    void forgetRows(const QModelIndex &from, const QModelIndex &to, const QList<int> &roles);

    QString m_text;
    QString m_needle; // trimmed, lowercase
    QStringList m_roleNames;
    QList<int> m_roles;
    int m_idRole = -1;
    mutable std::vector<QString> m_cache;
    mutable std::vector<bool> m_cached;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace mirage
