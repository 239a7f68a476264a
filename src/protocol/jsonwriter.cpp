// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/jsonwriter.h"

#include "protocol/jsonvalue.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace mirage {

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

void JsonWriter::append(std::string &out, const JsonValue &v)
{
    using Type = JsonValue::Type;
    switch (v.type()) {
    case Type::Null:
    case Type::Hole:
        out += "null";
        return;
    case Type::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case Type::Int: {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v.toInt());
        out.append(buf, r.ptr);
        return;
    }
    case Type::Double: {
        const double d = v.toDouble();
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
        appendJsonString(out, v.toString());
        return;
    case Type::RawNumber:
        out += v.rawNumberText();
        return;
    case Type::Array: {
        out.push_back('[');
        bool first = true;
        for (const JsonValue &e : v.asArray().items()) {
            if (e.isHole())
                continue;
            if (!first)
                out.push_back(',');
            first = false;
            append(out, e);
        }
        out.push_back(']');
        return;
    }
    case Type::Object: {
        out.push_back('{');
        bool first = true;
        for (const auto &[key, member] : v.asObject().members()) {
            if (!first)
                out.push_back(',');
            first = false;
            appendJsonString(out, key);
            out.push_back(':');
            append(out, member);
        }
        out.push_back('}');
        return;
    }
    }
}

} // namespace mirage
