// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/idkey.h"

#include <cstdint>
#include <vector>

namespace mirage {

// A flat hash map from a UUID to a slot of a keyed JsonArray: open addressing with linear probing
// in one array of 24-byte entries (no node per element, no pointer chase), deletes by backward
// shift (no tombstones). Replaces std::unordered_map on the merge's hottest lookup (issue #14: hash
// lookups were 11% of replay).
class UuidIndex
{
public:
    static constexpr uint32_t npos = UINT32_MAX;

    size_t size() const { return m_size; }
    void clear();
    void reserve(size_t n);
    uint32_t find(const UuidBits &key) const;
    // A hint (protocol/stepprefetch.h): asks the CPU for the cache line where find(key) starts.
    void prefetch(const UuidBits &key) const
    {
        if (!m_entries.empty())
            __builtin_prefetch(&m_entries[home(key)]);
    }
    // Adds key -> slot unless the key is present (the first occurrence wins); false when it was.
    bool insert(const UuidBits &key, uint32_t slot);
    // Removes key only while it maps to `slot`; true when it did.
    bool eraseIf(const UuidBits &key, uint32_t slot);

private:
    struct Entry
    {
        UuidBits key;
        uint32_t slot = npos; // npos: empty
    };
    size_t home(const UuidBits &key) const { return UuidBitsHash {}(key) & (m_entries.size() - 1); }
    void grow(size_t capacity);

    std::vector<Entry> m_entries; // a power of two in size, at most 3/4 full
    size_t m_size = 0;
};

} // namespace mirage
