// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/jsonvalue.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonobject.h"

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
    appendJson(out);
    return out;
}

namespace {

// True when one of the 8 bytes of `w` may need an escape: a C0 control, '"', '\\', DEL, or 0xC2
// (the lead byte of the C1 controls). Exact for "none": the bytewise loop decides the rest.
inline bool mayNeedEscape(uint64_t w)
{
    constexpr uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto hasZero = [](uint64_t v) { return (v - ones) & ~v & highs; };
    const uint64_t below0x20 = (w - ones * 0x20) & ~w & highs;
    return below0x20 | hasZero(w ^ (ones * '"')) | hasZero(w ^ (ones * '\\')) | hasZero(w ^ (ones * 0x7F)) | hasZero(w ^ (ones * 0xC2));
}

// True when no byte of `s` needs an escape, read eight bytes at a time: the last word overlaps
// the one before it, and a string shorter than a word is padded with spaces.
inline bool needsNoEscape(std::string_view s)
{
    const size_t n = s.size();
    uint64_t w;
    if (n < sizeof w) {
        w = 0x2020202020202020ull;
        std::memcpy(&w, s.data(), n);
        return !mayNeedEscape(w);
    }
    size_t i = 0;
    for (; i + sizeof w <= n; i += sizeof w) {
        std::memcpy(&w, s.data() + i, sizeof w);
        if (mayNeedEscape(w))
            return false;
    }
    if (i < n) {
        std::memcpy(&w, s.data() + n - sizeof w, sizeof w);
        return !mayNeedEscape(w);
    }
    return true;
}

} // namespace

void appendJsonString(std::string &out, std::string_view s)
{
    // Most texts (keys, ids, names) need no escape: one look at them and one copy (issue #14: the
    // loop below, its tail a byte at a time, was ~5% of replay, most of it the dump's keys).
    if (needsNoEscape(s)) {
        out.push_back('"');
        out.append(s);
        out.push_back('"');
        return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    size_t run = 0; // start of the current run of bytes that need no escape
    size_t bytewiseUntil = 0; // bytes before this are looked at one by one
    for (size_t i = 0; i < s.size(); ++i) {
        if (i >= bytewiseUntil && i + 8 <= s.size()) { // 8 bytes at a time while none needs a look
            uint64_t w;
            std::memcpy(&w, s.data() + i, sizeof w);
            if (!mayNeedEscape(w)) {
                i += 7;
                continue;
            }
            bytewiseUntil = i + 8;
        }
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
        out += scalar<bool>() ? "true" : "false";
        return;
    case Type::Int: {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, scalar<int64_t>());
        out.append(buf, r.ptr);
        return;
    }
    case Type::Double: {
        const double d = scalar<double>();
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
        appendJsonString(out, text());
        return;
    case Type::RawNumber:
        out += text();
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
