// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/jsonvalue.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mirage {

// A JSON object that keeps its members in insertion order. Small objects are searched linearly;
// large ones get a hash index built on demand.
class JsonObject
{
public:
    // Keys are CompactStrings (16 bytes, inline up to 15 bytes): a member is 32 bytes.
    using Member = std::pair<CompactString, JsonValue>;

    JsonObject() = default;
    JsonObject(const JsonObject &) = delete;
    JsonObject &operator=(const JsonObject &) = delete;

    size_t size() const { return m_members.size(); }
    bool empty() const { return m_members.empty(); }
    const std::vector<Member> &members() const { return m_members; }
    std::vector<Member> &members() { return m_members; }

    JsonValue *find(std::string_view key);
    const JsonValue *find(std::string_view key) const;
    // The member's value, created as null when absent.
    JsonValue &operator[](std::string_view key);
    void set(std::string_view key, JsonValue v) { (*this)[key] = std::move(v); }
    bool remove(std::string_view key);

    std::unique_ptr<JsonObject> clone() const;
    bool operator==(const JsonObject &o) const; // order-insensitive

private:
    static constexpr size_t kIndexThreshold = 24;
    size_t position(std::string_view key) const;
    void buildIndex() const;

    std::vector<Member> m_members;
    mutable std::unique_ptr<std::unordered_map<std::string, size_t>> m_index;
};

} // namespace mirage
