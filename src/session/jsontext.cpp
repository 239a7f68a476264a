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

QString field(const JsonValue *object, std::string_view key)
{
    return object ? text(object->find(key)) : QString();
}

QString text(const JsonValue *v)
{
    if (!v)
        return {};
    if (v->isString()) {
        const std::string_view text = v->toString();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    if (v->isInt())
        return QString::number(v->toInt());
    if (v->isDouble())
        return QString::number(v->toDouble());
    if (v->isRawNumber()) { // a number kept as its JSON text (too long or too precise for a double)
        const std::string_view text = v->rawNumberText();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    if (v->isBool())
        return v->toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString firstField(const JsonValue *object, std::initializer_list<std::string_view> keys)
{
    for (std::string_view k : keys) {
        QString s = field(object, k);
        if (!s.isEmpty())
            return s;
    }
    return {};
}

const JsonValue *at(const JsonValue *object, std::initializer_list<std::string_view> path)
{
    const JsonValue *v = object;
    for (std::string_view k : path) {
        if (!v)
            return nullptr;
        v = v->find(k);
    }
    return v;
}

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
