// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/lenientjson.h"

#include <charconv>
#include <cstdint>

namespace mirage {

using namespace simdjson;

namespace {

thread_local int t_scopes = 0;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of a "\uXXXX" escape at `p` (which points at the backslash), or -1.
int escapeAt(std::string_view in, size_t p)
{
    if (p + 6 > in.size() || in[p] != '\\' || in[p + 1] != 'u')
        return -1;
    int v = 0;
    for (size_t i = p + 2; i < p + 6; ++i) {
        const int h = hexValue(in[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

// The length of the RFC 8259 number at the start of `s`, or 0 when it is not one.
size_t numberLength(std::string_view s)
{
    size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i >= s.size() || !isDigit(s[i]))
        return 0;
    if (s[i] == '0')
        ++i;
    else
        while (i < s.size() && isDigit(s[i]))
            ++i;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (i >= s.size() || !isDigit(s[i]))
            return 0;
        while (i < s.size() && isDigit(s[i]))
            ++i;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (i >= s.size() || !isDigit(s[i]))
            return 0;
        while (i < s.size() && isDigit(s[i]))
            ++i;
    }
    return i;
}

// True for a valid number token that simdjson's DOM cannot hold: an integer outside both the
// int64 and uint64 ranges, or a number whose magnitude overflows a double. (Underflow is read as 0.)
bool beyondRange(std::string_view t)
{
    const char *b = t.data();
    const char *e = t.data() + t.size();
    if (LenientJson::isIntegerText(t)) {
        int64_t i;
        if (std::from_chars(b, e, i).ec == std::errc())
            return false;
        uint64_t u;
        return t[0] == '-' || std::from_chars(b, e, u).ec != std::errc();
    }
    double d;
    if (std::from_chars(b, e, d).ec != std::errc::result_out_of_range)
        return false;
    const size_t exp = t.find_first_of("eE");
    return exp == std::string_view::npos || t[exp + 1] != '-';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

LenientJson::Scope::Scope()
{
    ++t_scopes;
}

LenientJson::Scope::~Scope()
{
    --t_scopes;
}

bool LenientJson::isIntegerText(std::string_view text)
{
    return text.find_first_of(".eE") == std::string_view::npos;
}

bool LenientJson::decodeString(std::string_view &s)
{
    if (s.empty() || s[0] != '\0' || t_scopes == 0)
        return false;
    s.remove_prefix(1);
    if (!s.empty() && s[0] == '\0')
        return false; // a string that started with U+0000, escaped by its extra one
    return true;
}

bool LenientJson::getString(dom::element e, std::string_view &out)
{
    std::string_view s;
    if (e.get_string().get(s) != SUCCESS || decodeString(s))
        return false;
    out = s;
    return true;
}

bool LenientJson::getRawNumber(dom::element e, std::string_view &text)
{
    std::string_view s;
    if (e.get_string().get(s) != SUCCESS || !decodeString(s))
        return false;
    text = s;
    return true;
}

bool LenientJson::rewrite(std::string_view in, std::string &out)
{
    out.clear();
    out.reserve(in.size() + 64);
    bool changed = false;
    size_t i = 0;
    while (i < in.size()) {
        const char c = in[i];
        if (c == '"') {
            // A string: copy it, mending lone surrogate escapes; note where it starts.
            const size_t openAt = out.size();
            out.push_back('"');
            ++i;
            const bool startsWithNul = escapeAt(in, i) == 0;
            while (i < in.size() && in[i] != '"') {
                if (in[i] != '\\') {
                    out.push_back(in[i++]);
                    continue;
                }
                const int unit = escapeAt(in, i);
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    const int next = escapeAt(in, i + 6);
                    if (next >= 0xDC00 && next <= 0xDFFF) {
                        out.append(in.substr(i, 12)); // a proper pair
                        i += 12;
                    } else {
                        out += "\\ufffd";
                        i += 6;
                        changed = true;
                    }
                } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    out += "\\ufffd";
                    i += 6;
                    changed = true;
                } else {
                    // Any other escape: copy the backslash and the character it escapes, so that
                    // an escaped quote or backslash is never read as the end of the string.
                    out.push_back(in[i++]);
                    if (i < in.size())
                        out.push_back(in[i++]);
                }
            }
            if (i < in.size())
                out.push_back(in[i++]); // the closing quote
            if (startsWithNul) {
                size_t j = i;
                while (j < in.size() && isSpace(in[j]))
                    ++j;
                if (j >= in.size() || in[j] != ':') { // a value: keep it apart from raw numbers
                    const std::string body = out.substr(openAt + 1);
                    out.resize(openAt + 1);
                    out += "\\u0000";
                    out += body;
                }
            }
            continue;
        }
        if (c == '-' || isDigit(c)) {
            size_t end = i;
            while (end < in.size()
                && (isDigit(in[end]) || in[end] == '-' || in[end] == '+' || in[end] == '.' || in[end] == 'e' || in[end] == 'E'))
                ++end;
            const std::string_view token = in.substr(i, end - i);
            if (numberLength(token) == token.size() && beyondRange(token)) {
                out += "\"\\u0000";
                out.append(token);
                out.push_back('"');
                changed = true;
            } else {
                out.append(token);
            }
            i = end;
            continue;
        }
        out.push_back(c);
        ++i;
    }
    return changed;
}

} // namespace mirage
