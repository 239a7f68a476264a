// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/jsontext.h"

#include "protocol/idkey.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>
#include <limits>

namespace mirage::JsonText {

JsonArray *arrayOf(const JsonValue *v)
{
    // findById builds its index lazily; it changes no element, so a const document may be searched.
    return v && v->isArray() ? &const_cast<JsonValue *>(v)->asArray() : nullptr;
}

QString idKey(std::string_view id)
{
    const std::string canonical = canonicalUuid(id);
    return QString::fromStdString(canonical.empty() ? std::string(id) : canonical);
}

QString humanSize(double bytes)
{
    if (!std::isfinite(bytes) || bytes < 0)
        return {};
    if (bytes < 1024)
        return QCoreApplication::translate("mirage::JsonText", "%n bytes", nullptr, int(bytes));
    // In the user's language and number format ("1.2 MB", "1,2 MB"): one decimal below 10 of a unit.
    double scaled = bytes;
    while (scaled >= 1024)
        scaled /= 1024;
    const qint64 whole = bytes >= 9.2e18 ? std::numeric_limits<qint64>::max() : qint64(bytes);
    return QLocale().formattedDataSize(whole, scaled < 10 ? 1 : 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace mirage::JsonText
