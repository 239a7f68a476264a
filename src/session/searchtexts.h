// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace mirage {

// What ListSearch searches in a list model: each row's search string (the text of the searched
// roles, one per line, lowercased), built when first asked and kept until the row changes. The
// strings are kept by the rows' ids (the itemId role, unique in a KeyedListModel), so that rows
// inserted, removed or reordered cost nothing but the removed rows' entries (issue #14: strings
// kept by row moved every row after each removed one). A model without an itemId role has its
// strings built each time.
class SearchTexts
{
public:
    // The model and the names of the roles searched; forgets every string.
    void setModel(const QAbstractItemModel *model, const QStringList &roleNames);
    // The itemId role of the model, -1 when it has none.
    int idRole() const { return m_idRole; }
    // Whether a dataChanged of these roles (none: any) may change the search strings.
    bool touches(const QList<int> &roles) const;

    // The model's rows first..last are about to be removed, or have changed: their strings go.
    void forget(int first, int last);
    void forgetAll() { m_text.clear(); }

    // The search string of a row (built now when it has none).
    const QString &text(int row) const;
    // Builds every row's string.
    void prepare() const;
    // How many rows have a current string.
    int prepared() const { return int(m_text.size()); }

private:
    QString idAt(int row) const;

    const QAbstractItemModel *m_model = nullptr;
    QList<int> m_roles; // ascending
    int m_idRole = -1;
    mutable QHash<QString, QString> m_text; // item id → search string
    mutable QString m_built; // the last string built for a row without an id
};

} // namespace mirage
