// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/rowfilterproxy.h"
#include "session/searchtexts.h"

#include <QStringList>

namespace mirage {

// Find in a list (steps, people, files; issue #13): the rows of the source model whose text
// roles contain `text`, case-insensitively. Each source row's search string (its `roles` joined,
// lowercased) is built once, by prepare() (the find bar calls it when it opens) or else when first
// needed, and rebuilt only for rows that changed: typing in 10,000 steps compares cached strings
// (tst_listsearch prints the time).
//
// Rows are the proxy's; idAt(), rowOf() and count answer in them, as KeyedListModel's do, so a
// KeyedListView shows a ListSearch as it shows its source. An empty `text` lets every row through.
//
// With no search on it passes the source's signals on row for row; with one on, its cost per
// source signal follows the rows it changes (RowFilterProxy; issue #14).
class ListSearch : public mirage::RowFilterProxy // qualified: the QML type registrar reads the name
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

Q_SIGNALS:
    void textChanged();
    void rolesChanged();
    void countChanged();

protected:
    bool filtering() const override { return !m_needle.isEmpty(); }
    bool acceptsRow(int sourceRow) const override { return m_texts.text(sourceRow).contains(m_needle); }
    void sourceReset() override;
    void rowsInsertedInSource(int first, int last) override;
    void rowsAboutToBeRemovedFromSource(int first, int last) override;
    void rowsRemovedFromSource(int first, int last) override;
    bool rowsChangedInSource(int first, int last, const QList<int> &roles) override;

private:
    QString m_text;
    QString m_needle; // trimmed, lowercase
    QStringList m_roleNames;
    SearchTexts m_texts;
};

} // namespace mirage
