// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/uuidindex.h"

#include <utility>

namespace mirage {

void UuidIndex::clear()
{
    m_entries.clear();
    m_entries.shrink_to_fit();
    m_size = 0;
}

void UuidIndex::reserve(size_t n)
{
    size_t capacity = 16;
    while (capacity * 3 < n * 4)
        capacity *= 2;
    if (capacity > m_entries.size())
        grow(capacity);
}

void UuidIndex::grow(size_t capacity)
{
    std::vector<Entry> old = std::exchange(m_entries, std::vector<Entry>(capacity));
    m_size = 0;
    for (const Entry &e : old) {
        if (e.slot != npos)
            insert(e.key, e.slot);
    }
}

uint32_t UuidIndex::find(const UuidBits &key) const
{
    if (m_entries.empty())
        return npos;
    const size_t mask = m_entries.size() - 1;
    for (size_t i = home(key);; i = (i + 1) & mask) {
        const Entry &e = m_entries[i];
        if (e.slot == npos)
            return npos;
        if (e.key == key)
            return e.slot;
    }
}

bool UuidIndex::insert(const UuidBits &key, uint32_t slot)
{
    if ((m_size + 1) * 4 > m_entries.size() * 3)
        grow(m_entries.empty() ? 16 : m_entries.size() * 2);
    const size_t mask = m_entries.size() - 1;
    for (size_t i = home(key);; i = (i + 1) & mask) {
        Entry &e = m_entries[i];
        if (e.slot == npos) {
            e.key = key;
            e.slot = slot;
            ++m_size;
            return true;
        }
        if (e.key == key)
            return false;
    }
}

bool UuidIndex::eraseIf(const UuidBits &key, uint32_t slot)
{
    if (m_entries.empty())
        return false;
    const size_t mask = m_entries.size() - 1;
    size_t i = home(key);
    while (true) {
        const Entry &e = m_entries[i];
        if (e.slot == npos)
            return false;
        if (e.key == key)
            break;
        i = (i + 1) & mask;
    }
    if (m_entries[i].slot != slot)
        return false;
    // Backward shift: move later members of the probe run into the gap when the gap lies on
    // their way from their home slot.
    size_t j = i;
    while (true) {
        j = (j + 1) & mask;
        if (m_entries[j].slot == npos)
            break;
        const size_t k = home(m_entries[j].key);
        const bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
        if (stays)
            continue;
        m_entries[i] = m_entries[j];
        i = j;
    }
    m_entries[i].slot = npos;
    --m_size;
    return true;
}

} // namespace mirage
