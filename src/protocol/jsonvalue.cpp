// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/jsonvalue.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonobject.h"

#include <charconv>
#include <cmath>

namespace mirage {

JsonValue::~JsonValue() = default;

JsonValue JsonValue::array()
{
    JsonValue v;
    v.m_v = std::make_unique<JsonArray>();
    return v;
}

JsonValue JsonValue::object()
{
    JsonValue v;
    v.m_v = std::make_unique<JsonObject>();
    return v;
}

JsonValue JsonValue::rawNumber(std::string_view text)
{
    JsonValue v;
    v.m_v = RawNumberText {std::string(text)};
    return v;
}

JsonValue JsonValue::clone() const
{
    JsonValue v;
    switch (type()) {
    case Type::Array:
        v.m_v = asArray().clone();
        break;
    case Type::Object:
        v.m_v = asObject().clone();
        break;
    case Type::Null:
        break;
    case Type::Bool:
        v.m_v = std::get<bool>(m_v);
        break;
    case Type::Int:
        v.m_v = std::get<int64_t>(m_v);
        break;
    case Type::Double:
        v.m_v = std::get<double>(m_v);
        break;
    case Type::String:
        v.m_v = std::get<std::string>(m_v);
        break;
    case Type::Hole:
        v.m_v = HoleTag {};
        break;
    case Type::RawNumber:
        v.m_v = std::get<RawNumberText>(m_v);
        break;
    }
    return v;
}

int64_t JsonValue::toInt() const
{
    if (isInt())
        return std::get<int64_t>(m_v);
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
        return std::get<double>(m_v);
    if (isInt())
        return double(std::get<int64_t>(m_v));
    if (isRawNumber()) {
        // Beyond range by construction: ±inf, or ±0 for a tiny one (locale-independent).
        const std::string &t = std::get<RawNumberText>(m_v).text;
        double d = 0.0;
        if (std::from_chars(t.data(), t.data() + t.size(), d).ec == std::errc())
            return d;
        const size_t e = t.find_first_of("eE");
        const double magnitude = e != std::string::npos && e + 1 < t.size() && t[e + 1] == '-' ? 0.0 : HUGE_VAL;
        return !t.empty() && t[0] == '-' ? -magnitude : magnitude;
    }
    return 0.0;
}

const std::string &JsonValue::toString() const
{
    static const std::string empty;
    return isString() ? std::get<std::string>(m_v) : empty;
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
    appendJson(out);
    return out;
}

void appendJsonString(std::string &out, std::string_view s)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    size_t run = 0; // start of the current run of bytes that need no escape
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F && c != 0xC2)
            continue;
        if (c == 0xC2) { // U+0080..U+009F (C1 controls) are escaped too; the rest of U+0080..U+00FF not
            const unsigned char next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
            if (next < 0x80 || next > 0x9F)
                continue;
            out.append(s.data() + run, i - run);
            out += "\\u00";
            out.push_back(hex[next >> 4]);
            out.push_back(hex[next & 0xF]);
            run = ++i + 1;
            continue;
        }
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 0xF]);
        }
    }
    out.append(s.data() + run, s.size() - run);
    out.push_back('"');
}

void JsonValue::appendJson(std::string &out) const
{
    switch (type()) {
    case Type::Null:
    case Type::Hole:
        out += "null";
        return;
    case Type::Bool:
        out += std::get<bool>(m_v) ? "true" : "false";
        return;
    case Type::Int: {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, std::get<int64_t>(m_v));
        out.append(buf, r.ptr);
        return;
    }
    case Type::Double: {
        const double d = std::get<double>(m_v);
        if (!std::isfinite(d)) {
            out += "null";
            return;
        }
        if (d == 0 && std::signbit(d)) {
            out += "-0.0"; // "-0" would read back as the integer 0
            return;
        }
        char buf[32];
        auto r = std::to_chars(buf, buf + sizeof buf, d);
        out.append(buf, r.ptr);
        return;
    }
    case Type::String:
        appendJsonString(out, std::get<std::string>(m_v));
        return;
    case Type::RawNumber:
        out += std::get<RawNumberText>(m_v).text;
        return;
    case Type::Array: {
        out.push_back('[');
        bool first = true;
        for (const JsonValue &e : asArray().items()) {
            if (e.isHole())
                continue;
            if (!first)
                out.push_back(',');
            first = false;
            e.appendJson(out);
        }
        out.push_back(']');
        return;
    }
    case Type::Object: {
        out.push_back('{');
        bool first = true;
        for (const auto &[k, v] : asObject().members()) {
            if (!first)
                out.push_back(',');
            first = false;
            appendJsonString(out, k);
            out.push_back(':');
            v.appendJson(out);
        }
        out.push_back('}');
        return;
    }
    }
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
