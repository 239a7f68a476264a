// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/keyedrows.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVector>
#include <string_view>
#include <vector>

namespace mirage {

class JsonArray;
class JsonValue;

// A list model over an array of id'd objects that lives in the ActivityState (steps, participants,
// files). Rows cache what the views show, so the model stays consistent between the moment the
// state changes and the frame in which the model catches up. Updates arrive as the row operations
// the messages made (insert at the end, remove, change, reorder) and leave as precise
// rowsInserted / rowsRemoved / dataChanged / layoutChanged signals; only a replaced document
// resets the model.
//
// Roles every such model has (subclasses document theirs, which start at FirstRole):
//  - itemId (QString): the element's canonical id (a UUID in lowercase, other ids as given).
//  - changedAt (qint64): ms since the epoch of the last change someone else made to the row
//    (views highlight it briefly), 0 when never.
// dataChanged always names the roles that may have changed: the subclass's roles and changedAt
// for a remote change, the subclass's roles for a refresh.
// Lazy rows (issue #26): a subclass whose liveArray() gives the array reads a loaded row's values
// when a view first asks for them, not when the document is loaded (100,000 steps are 100,000
// keys and names, not half a million QVariants): only extractOnLoad()'s leading values (what a
// change's log line compares, the name before) are read with the document.
class KeyedListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
public:
    enum BaseRole { ItemIdRole = Qt::UserRole, ChangedAtRole, FirstRole };

    explicit KeyedListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(size()); }
    Q_INVOKABLE int rowOf(const QString &id) const;
    // The row of an id as a message spells it (any spelling of a UUID), -1 when none.
    int rowOfId(std::string_view id) const;
    Q_INVOKABLE QString idAt(int row) const;

    // The row operations, in the order the messages made them. `remote` marks the row as changed
    // by someone else (views highlight it briefly).
    void insertOrRefresh(JsonArray *array, std::string_view id, bool remote);
    void remove(std::string_view id);
    // Removes the rows of these canonical ids (JsonText::idKey) at once, as a frame's removals:
    // one rowsRemoved per run of adjacent rows, and the id→row index kept valid with one pass over
    // the rows after the first removed (not a rebuild per row). Ids without a row are skipped.
    void removeKeys(const std::vector<QString> &keys);
    void markChanged(std::string_view id, bool remote);
    // The array took a new order (a full list arrived): rows follow with layoutChanged.
    void followOrder(JsonArray *array);
    // Loads every row from `array` (a new document): one reset.
    void reload(JsonArray *array);
    // reload(array) from rows KeyedRows::read() read of it as it was (what came since follows).
    void reload(JsonArray *array, KeyedRows loaded);
    // Re-reads every row and signals those whose values changed (what they depend on changed).
    void refreshAll(JsonArray *array);
    // Re-reads the rows marked changed and emits one dataChanged per run of adjacent rows.
    void flush(JsonArray *array);

Q_SIGNALS:
    void countChanged();

protected:
    // The cached values of one element: index i holds role FirstRole + i.
    virtual QVector<QVariant> extract(const JsonValue &element) const = 0;
    // Where lazy rows are read from (the state's array as it is now); nullptr: every row is read
    // when it is loaded.
    virtual JsonArray *liveArray() const { return nullptr; }
    // The leading values of extract() that a lazy row reads when it is loaded.
    virtual QVector<QVariant> extractOnLoad(const JsonValue &) const { return {}; }
    virtual QHash<int, QByteArray> extraRoleNames() const = 0;

private:
    using Row = KeyedRows::Row;
    const JsonValue *lookup(JsonArray *array, const QString &key) const;
    void rebuildIndex() const;
    int find(const QString &key) const;
    // Whether the rows already have the array's order (compared by id, the raw bytes first).
    bool hasOrderOf(JsonArray *array) const;
    // While removeKeys() signals its runs, the removed rows are a gap in m_rows at logical row
    // m_gapStart, m_gapLen long: rows before it are in place, rows after it m_gapLen further on.
    const Row &rowAt(size_t row) const { return m_rows[row < m_gapStart ? row : row + m_gapLen]; }
    size_t size() const { return m_rows.size() - m_gapLen; }

    std::vector<Row> m_rows;
    size_t m_gapStart = 0, m_gapLen = 0;
    // Rows of m_rowOf are those before the removeKeys() under way; m_removing holds the rows (in
    // that numbering, ascending) it has removed so far, so find() answers in the current rows.
    std::vector<int> m_removing;
    mutable QHash<QString, int> m_rowOf;
    mutable bool m_indexValid = true;
    QHash<QString, bool> m_dirty; // key → changed remotely
};

} // namespace mirage
