// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/compactstring.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mirage {

class JsonArray;
class JsonObject;

// A mutable JSON value: the local copy of an activity is a tree of these.
// Arrays may hold "holes" (elements deleted by id, compacted lazily) so that a delete costs O(1);
// everything that reads an array goes through JsonArray's live-element accessors.
// A number that neither int64 nor a finite double can hold (an integer beyond 64 bits, 1e400) is a
// RawNumber: it keeps its JSON text and is written back verbatim (SPEC §2).
//
// 16 bytes: 15 bytes of payload and a tag byte (kind in the low nibble, the length of an inline
// string in the high one). Strings of up to 15 bytes are kept inline, longer ones (and raw numbers)
// in one heap block (protocol/compactstring.h); arrays and objects are owned pointers. A
// std::variant with a std::string was 40 bytes (issue #12: an activity of 1,000 steps has ~35,000
// members and its tree was ~3.9 MB).
class JsonValue
{
public:
    enum class Type : uint8_t { Null, Bool, Int, Double, String, Array, Object, Hole, RawNumber };
    struct HoleTag
    {
    };

    JsonValue() noexcept { m_tag = uint8_t(Kind::Null); }
    JsonValue(std::nullptr_t) noexcept
        : JsonValue()
    {
    }
    explicit JsonValue(bool b) noexcept { setScalar(Kind::Bool, b); }
    JsonValue(int64_t i) noexcept { setScalar(Kind::Int, i); }
    JsonValue(int i) noexcept { setScalar(Kind::Int, int64_t(i)); }
    JsonValue(double d) noexcept { setScalar(Kind::Double, d); }
    JsonValue(std::string_view s) { setText(Kind::String, s); }
    JsonValue(const std::string &s)
        : JsonValue(std::string_view(s))
    {
    }
    JsonValue(const char *s)
        : JsonValue(std::string_view(s))
    {
    }
    // The bytes are zeroed: a hole is moved into its slot (JsonArray::removeSlot), and GCC 12 at -O2
    // warns that the move reads them uninitialised.
    JsonValue(HoleTag) noexcept
    {
        std::memset(m_bytes, 0, sizeof m_bytes);
        m_tag = uint8_t(Kind::Hole);
    }
    static JsonValue array();
    static JsonValue object();
    // `text` must be a valid JSON number token (it is written out as it is).
    static JsonValue rawNumber(std::string_view text);

    JsonValue(JsonValue &&o) noexcept
    {
        std::memcpy(m_bytes, o.m_bytes, sizeof m_bytes);
        m_tag = o.m_tag;
        o.m_tag = uint8_t(Kind::Null);
    }
    JsonValue &operator=(JsonValue &&o) noexcept
    {
        if (this != &o) {
            release();
            std::memcpy(m_bytes, o.m_bytes, sizeof m_bytes);
            m_tag = o.m_tag;
            o.m_tag = uint8_t(Kind::Null);
        }
        return *this;
    }
    JsonValue(const JsonValue &) = delete; // deep copies are explicit: clone()
    JsonValue &operator=(const JsonValue &) = delete;
    ~JsonValue() { release(); }

    JsonValue clone() const;
    // Frees what the value holds; it is null after.
    void clear() noexcept
    {
        release();
        m_tag = uint8_t(Kind::Null);
    }

    Type type() const
    {
        const Kind k = kind();
        return k == Kind::ShortString ? Type::String : k == Kind::ShortRawNumber ? Type::RawNumber : Type(k);
    }
    bool isNull() const { return kind() == Kind::Null; }
    bool isBool() const { return kind() == Kind::Bool; }
    bool isInt() const { return kind() == Kind::Int; }
    bool isDouble() const { return kind() == Kind::Double; }
    bool isRawNumber() const { return kind() == Kind::RawNumber || kind() == Kind::ShortRawNumber; }
    bool isNumber() const { return isInt() || isDouble() || isRawNumber(); }
    bool isString() const { return kind() == Kind::String || kind() == Kind::ShortString; }
    bool isArray() const { return kind() == Kind::Array; }
    bool isObject() const { return kind() == Kind::Object; }
    bool isHole() const { return kind() == Kind::Hole; }

    bool toBool() const { return isBool() && scalar<bool>(); }
    int64_t toInt() const; // saturates at the int64 range; NaN reads as 0
    double toDouble() const; // a raw number reads as its nearest double (±inf beyond range)
    std::string_view rawNumberText() const { return isRawNumber() ? text() : std::string_view(); }
    std::string_view toString() const { return isString() ? text() : std::string_view(); } // empty for non-strings
    std::string_view stringView() const { return toString(); }

    JsonArray &asArray() { return *scalar<JsonArray *>(); }
    const JsonArray &asArray() const { return *scalar<JsonArray *>(); }
    JsonObject &asObject() { return *scalar<JsonObject *>(); }
    const JsonObject &asObject() const { return *scalar<JsonObject *>(); }

    // The heap block this value owns (a long string's, an array's or an object's), nullptr for an
    // inline one: for prefetch hints (protocol/stepprefetch.h).
    const void *ownedBlock() const
    {
        const Kind k = kind();
        return k == Kind::String || k == Kind::Array || k == Kind::Object || k == Kind::RawNumber ? scalar<const void *>() : nullptr;
    }
    // Object helpers: nullptr when this is not an object or the key is absent.
    const JsonValue *find(std::string_view key) const;
    JsonValue *find(std::string_view key);

    // Compact JSON text (UTF-8). Object members keep their insertion order.
    std::string toJson() const;
    void appendJson(std::string &out) const;

    friend bool operator==(const JsonValue &a, const JsonValue &b);

private:
    // The public Type's values, then the inline spellings of a string and of a raw number.
    enum class Kind : uint8_t { Null, Bool, Int, Double, String, Array, Object, Hole, RawNumber, ShortString, ShortRawNumber };
    static constexpr size_t kInline = 15;

    Kind kind() const { return Kind(m_tag & 0x0F); }
    template<typename T>
    T scalar() const
    {
        T v;
        std::memcpy(&v, m_bytes, sizeof v);
        return v;
    }
    template<typename T>
    void setScalar(Kind k, T v) noexcept
    {
        std::memcpy(m_bytes, &v, sizeof v);
        m_tag = uint8_t(k);
    }
    void setText(Kind heapKind, std::string_view s); // String or RawNumber
    std::string_view text() const
    {
        const Kind k = kind();
        if (k == Kind::ShortString || k == Kind::ShortRawNumber)
            return std::string_view(m_bytes, size_t(m_tag >> 4));
        return heaptext::view(scalar<const char *>());
    }
    void release() noexcept
    {
        if (m_tag >= uint8_t(Kind::String) && m_tag <= uint8_t(Kind::RawNumber) && m_tag != uint8_t(Kind::Hole))
            destroyOwned();
    }
    void destroyOwned() noexcept;

    alignas(8) char m_bytes[kInline];
    uint8_t m_tag;
};

static_assert(sizeof(JsonValue) == 16);

// Appends `s` to `out` as a JSON string literal.
void appendJsonString(std::string &out, std::string_view s);

} // namespace mirage

// Moving a JsonValue needs its containers complete.
#include "protocol/jsonarray.h"
#include "protocol/jsonobject.h"
