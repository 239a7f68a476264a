// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace mirage {

class JsonArray;
class JsonObject;

// A mutable JSON value: the local copy of an activity is a tree of these.
// Arrays may hold "holes" (elements deleted by id, compacted lazily) so that a delete costs O(1);
// everything that reads an array goes through JsonArray's live-element accessors.
// A number that neither int64 nor a finite double can hold (an integer beyond 64 bits, 1e400) is a
// RawNumber: it keeps its JSON text and is written back verbatim (SPEC §2).
class JsonValue
{
public:
    enum class Type : uint8_t { Null, Bool, Int, Double, String, Array, Object, Hole, RawNumber };
    struct HoleTag
    {
    };
    struct RawNumberText
    {
        std::string text; // a valid JSON number token
    };

    JsonValue() = default;
    JsonValue(std::nullptr_t) { }
    explicit JsonValue(bool b)
        : m_v(b)
    {
    }
    JsonValue(int64_t i)
        : m_v(i)
    {
    }
    JsonValue(int i)
        : m_v(int64_t(i))
    {
    }
    JsonValue(double d)
        : m_v(d)
    {
    }
    JsonValue(std::string s)
        : m_v(std::move(s))
    {
    }
    JsonValue(std::string_view s)
        : m_v(std::string(s))
    {
    }
    JsonValue(const char *s)
        : m_v(std::string(s))
    {
    }
    JsonValue(HoleTag)
        : m_v(HoleTag {})
    {
    }
    static JsonValue array();
    static JsonValue object();
    // `text` must be a valid JSON number token (it is written out as it is).
    static JsonValue rawNumber(std::string_view text);

    JsonValue(JsonValue &&) noexcept = default;
    JsonValue &operator=(JsonValue &&) noexcept = default;
    JsonValue(const JsonValue &) = delete; // deep copies are explicit: clone()
    JsonValue &operator=(const JsonValue &) = delete;
    ~JsonValue();

    JsonValue clone() const;

    Type type() const { return Type(m_v.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isInt() const { return type() == Type::Int; }
    bool isDouble() const { return type() == Type::Double; }
    bool isRawNumber() const { return type() == Type::RawNumber; }
    bool isNumber() const { return isInt() || isDouble() || isRawNumber(); }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }
    bool isHole() const { return type() == Type::Hole; }

    bool toBool() const { return isBool() && std::get<bool>(m_v); }
    int64_t toInt() const; // saturates at the int64 range; NaN reads as 0
    double toDouble() const; // a raw number reads as its nearest double (±inf beyond range)
    std::string_view rawNumberText() const
    {
        return isRawNumber() ? std::string_view(std::get<RawNumberText>(m_v).text) : std::string_view();
    }
    const std::string &toString() const; // empty for non-strings
    std::string_view stringView() const { return isString() ? std::string_view(std::get<std::string>(m_v)) : std::string_view(); }

    JsonArray &asArray() { return *std::get<std::unique_ptr<JsonArray>>(m_v); }
    const JsonArray &asArray() const { return *std::get<std::unique_ptr<JsonArray>>(m_v); }
    JsonObject &asObject() { return *std::get<std::unique_ptr<JsonObject>>(m_v); }
    const JsonObject &asObject() const { return *std::get<std::unique_ptr<JsonObject>>(m_v); }

    // Object helpers: nullptr when this is not an object or the key is absent.
    const JsonValue *find(std::string_view key) const;
    JsonValue *find(std::string_view key);

    // Compact JSON text (UTF-8). Object members keep their insertion order.
    std::string toJson() const;
    void appendJson(std::string &out) const;

    friend bool operator==(const JsonValue &a, const JsonValue &b);

private:
    std::variant<std::monostate, bool, int64_t, double, std::string, std::unique_ptr<JsonArray>, std::unique_ptr<JsonObject>, HoleTag,
        RawNumberText>
        m_v;
};

// Appends `s` to `out` as a JSON string literal.
void appendJsonString(std::string &out, std::string_view s);

} // namespace mirage

// Moving a JsonValue needs its containers complete.
#include "protocol/jsonarray.h"
#include "protocol/jsonobject.h"
