// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QHash>
#include <QString>
#include <QVariant>
#include <QVector>
#include <vector>

namespace mirage {

class JsonArray;
class JsonValue;

// The rows of a KeyedListModel, read apart from it, on any thread (issue #26: on the worker,
// beside the snapshot's parse): every element's canonical id and `onLoad` values (a lazy row's),
// and the id→row index. KeyedListModel::reload(array, rows) then takes them without a pass here.
struct KeyedRows
{
    struct Row
    {
        QString key; // canonical id
        mutable QVector<QVariant> values; // extractOnLoad()'s only, until read (lazy rows)
        qint64 changedAt = 0; // ms since epoch of the last remote change, 0 = never
        mutable bool read = true; // values holds all of extract()
    };
    using ExtractOnLoad = QVector<QVariant> (*)(const JsonValue &element);

    const JsonArray *array = nullptr; // what they were read from
    std::vector<Row> rows;
    QHash<QString, int> rowOf;

    static KeyedRows read(const JsonArray *array, ExtractOnLoad onLoad);
    // An element's canonical id (JsonText::idKey), empty without one.
    static QString keyOf(const JsonValue &element);
};

} // namespace mirage
