// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/idkey.h"
#include "protocol/jsonvalue.h"
#include "protocol/uuidindex.h"

#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mirage {

// A JSON array that also serves as a keyed collection of objects with string "id"s.
// The id index is built on first keyed use and then kept right through appends, deletes and
// reorders, so that finding, merging or deleting an element by id costs O(1).
// Deletes leave a hole that is compacted once holes outnumber live elements (amortised O(1)).
// Duplicate ids (SPEC §3): the first element with an id is the element; when it is removed, the
// next one with that id becomes it (a scan, only while the array holds duplicates at all).
class JsonArray
{
public:
    static constexpr uint32_t npos = UINT32_MAX;

    JsonArray();
    ~JsonArray();
    JsonArray(const JsonArray &) = delete;
    JsonArray &operator=(const JsonArray &) = delete;

    size_t size() const { return m_items.size() - m_holes; } // live elements
    bool empty() const { return size() == 0; }

    // Raw slots, holes included: iterate and skip isHole().
    const std::vector<JsonValue> &items() const { return m_items; }
    JsonValue &slot(uint32_t i) { return m_items[i]; }
    const JsonValue &slot(uint32_t i) const { return m_items[i]; }

    // Plain-array building (no index kept while the array is unindexed).
    void push(JsonValue v);
    void reserve(size_t n) { m_items.reserve(n); }

    // Keyed access. Ids compare as UUIDs when both parse as UUIDs, exactly otherwise.
    uint32_t findById(std::string_view id);
    uint32_t findById(const IdKey &key);
    // Hints for protocol/StepPrefetch (nothing is built or changed): the index's cache line for a
    // UUID, and the slot the index holds for it (npos when there is no index yet or no such id).
    void prefetchIndexOf(const UuidBits &id) const
    {
        if (m_indexed)
            m_index->uuid.prefetch(id);
    }
    uint32_t indexedSlotOf(const UuidBits &id) const { return m_indexed ? m_index->uuid.find(id) : npos; }
    uint32_t appendKeyed(JsonValue v); // indexes the element if it has a string id
    // Leaves a hole; slots stay valid until settle(), which drops trailing holes and compacts
    // once holes outnumber live elements (amortised O(1) per delete).
    void removeSlot(uint32_t slot);
    void settle();
    // Replaces the order: `order` lists every live slot exactly once, in the new order. False
    // (and nothing done) when that is the order the array already has.
    bool reorder(const std::vector<uint32_t> &order);
    // True when every live element is an object with a string id (needed for a full-list reorder).
    bool allKeyed();

    // Live element at live position `row` (O(n) with holes; for tests and tools only).
    const JsonValue *at(size_t row) const;

    std::unique_ptr<JsonArray> clone() const;
    bool operator==(const JsonArray &o) const;

private:
    void ensureIndex();
    void indexSlot(uint32_t slot);
    void indexNextWithId(uint32_t removed, std::string_view id);
    void compact();

    // The id index, allocated on first keyed use: most arrays of an activity (a content item's
    // list of steps, a position) are never looked up by id, and two empty hash maps inline would
    // cost them 112 bytes each (issue #12: 50 activities of 1,000 steps).
    struct Index
    {
        UuidIndex uuid;
        std::unordered_map<std::string, uint32_t> text;
    };

    std::vector<JsonValue> m_items;
    uint32_t m_holes = 0;
    bool m_indexed = false;
    uint32_t m_keyedLive = 0; // live elements that have a string id (valid while indexed)
    uint32_t m_duplicates = 0; // live keyed elements an earlier one shadows (valid while indexed)
    std::unique_ptr<Index> m_index; // non-null once indexed
};

// Reads the string "id" of an object element; empty optional-like (nullptr) when it has none.
const JsonValue *elementId(const JsonValue &element);

} // namespace mirage
