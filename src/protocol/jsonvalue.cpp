// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/jsonvalue.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonobject.h"
#include "protocol/jsonwriter.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace mirage {

void JsonValue::setText(Kind heapKind, std::string_view s)
{
    if (s.size() <= kInline) {
        std::memcpy(m_bytes, s.data(), s.size());
        m_tag = uint8_t(uint8_t(heapKind == Kind::String ? Kind::ShortString : Kind::ShortRawNumber) | (s.size() << 4));
    } else {
        setScalar(heapKind, heaptext::make(s));
    }
}

void JsonValue::destroyOwned() noexcept
{
    switch (kind()) {
    case Kind::String:
    case Kind::RawNumber:
        heaptext::release(scalar<char *>());
        break;
    case Kind::Array:
        delete scalar<JsonArray *>();
        break;
    case Kind::Object:
        delete scalar<JsonObject *>();
        break;
    default:
        break;
    }
    m_tag = uint8_t(Kind::Null);
}

JsonValue JsonValue::array()
{
    JsonValue v;
    v.setScalar(Kind::Array, new JsonArray());
    return v;
}

JsonValue JsonValue::object()
{
    JsonValue v;
    v.setScalar(Kind::Object, new JsonObject());
    return v;
}

JsonValue JsonValue::rawNumber(std::string_view text)
{
    JsonValue v;
    v.setText(Kind::RawNumber, text);
    return v;
}

JsonValue JsonValue::clone() const
{
    JsonValue v;
    switch (kind()) {
    case Kind::Array:
        v.setScalar(Kind::Array, asArray().clone().release());
        break;
    case Kind::Object:
        v.setScalar(Kind::Object, asObject().clone().release());
        break;
    case Kind::String:
    case Kind::RawNumber:
        v.setText(kind(), text());
        break;
    default: // scalars, holes and inline text are their bytes
        std::memcpy(v.m_bytes, m_bytes, sizeof m_bytes);
        v.m_tag = m_tag;
        break;
    }
    return v;
}

int64_t JsonValue::toInt() const
{
    if (isInt())
        return scalar<int64_t>();
    if (isDouble() || isRawNumber()) {
        // Converting a double outside the int64 range is undefined: saturate instead.
        const double d = toDouble();
        if (std::isnan(d))
            return 0;
        if (d >= 9223372036854775808.0)
            return INT64_MAX;
        if (d < -9223372036854775808.0)
            return INT64_MIN;
        return int64_t(d);
    }
    return 0;
}

double JsonValue::toDouble() const
{
    if (isDouble())
        return scalar<double>();
    if (isInt())
        return double(scalar<int64_t>());
    if (isRawNumber()) {
        // Beyond range by construction: ±inf, or ±0 for a tiny one (locale-independent).
        const std::string_view t = text();
        double d = 0.0;
        if (std::from_chars(t.data(), t.data() + t.size(), d).ec == std::errc())
            return d;
        const size_t e = t.find_first_of("eE");
        const double magnitude = e != std::string_view::npos && e + 1 < t.size() && t[e + 1] == '-' ? 0.0 : HUGE_VAL;
        return !t.empty() && t[0] == '-' ? -magnitude : magnitude;
    }
    return 0.0;
}

const JsonValue *JsonValue::find(std::string_view key) const
{
    return isObject() ? asObject().find(key) : nullptr;
}

JsonValue *JsonValue::find(std::string_view key)
{
    return isObject() ? asObject().find(key) : nullptr;
}

std::string JsonValue::toJson() const
{
    std::string out;
    JsonWriter::append(out, *this);
    return out;
}

void JsonValue::appendJson(std::string &out) const
{
    JsonWriter::append(out, *this);
}

bool operator==(const JsonValue &a, const JsonValue &b)
{
    if (a.isRawNumber() || b.isRawNumber()) // the same text is the same number; no other is
        return a.rawNumberText() == b.rawNumberText() && a.type() == b.type();
    if (a.isNumber() && b.isNumber()) {
        if (a.isInt() && b.isInt())
            return a.toInt() == b.toInt();
        return a.toDouble() == b.toDouble();
    }
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case JsonValue::Type::Array:
        return a.asArray() == b.asArray();
    case JsonValue::Type::Object:
        return a.asObject() == b.asObject();
    case JsonValue::Type::Bool:
        return a.toBool() == b.toBool();
    case JsonValue::Type::String:
        return a.toString() == b.toString();
    default:
        return true;
    }
}

} // namespace mirage
