// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/keyedrows.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/jsontext.h"

namespace mirage {

QString KeyedRows::keyOf(const JsonValue &element)
{
    const JsonValue *id = elementId(element);
    return id ? JsonText::idKey(id->stringView()) : QString();
}

KeyedRows KeyedRows::read(const JsonArray *array, ExtractOnLoad onLoad)
{
    KeyedRows loaded;
    loaded.array = array;
    if (!array)
        return loaded;
    loaded.rows.reserve(array->size());
    loaded.rowOf.reserve(qsizetype(array->size()));
    for (const JsonValue &element : array->items()) {
        if (element.isHole())
            continue;
        QString key = keyOf(element);
        loaded.rowOf.insert(key, int(loaded.rows.size()));
        loaded.rows.push_back(Row {std::move(key), onLoad(element), 0, false});
    }
    return loaded;
}

} // namespace mirage
