// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/jsonarray.h"

#include "protocol/jsonobject.h"

namespace mirage {

const JsonValue *elementId(const JsonValue &element)
{
    const JsonValue *id = element.find("id");
    return id && id->isString() ? id : nullptr;
}

JsonArray::JsonArray() = default;
JsonArray::~JsonArray() = default;

void JsonArray::push(JsonValue v)
{
    m_items.push_back(std::move(v));
    if (m_indexed)
        indexSlot(uint32_t(m_items.size() - 1));
}

void JsonArray::indexSlot(uint32_t slot)
{
    const JsonValue *id = elementId(m_items[slot]);
    if (!id)
        return;
    ++m_keyedLive;
    const std::string_view text = id->toString();
    bool first;
    if (auto u = parseUuid(text))
        first = m_index->uuid.insert(*u, slot); // the first occurrence wins
    else
        first = m_index->text.emplace(std::string(text), slot).second;
    if (!first)
        ++m_duplicates;
}

void JsonArray::indexNextWithId(uint32_t removed, std::string_view id)
{
    // The element that shadowed the others went: the first live one after it with the same id
    // (ids compare as findById compares them) takes its place in the index.
    const IdKey key(id);
    for (uint32_t i = removed + 1; i < m_items.size(); ++i) {
        const JsonValue *other = m_items[i].isHole() ? nullptr : elementId(m_items[i]);
        if (!other || !sameId(id, other->toString()))
            continue;
        if (key.uuid)
            m_index->uuid.insert(*key.uuid, i);
        else
            m_index->text.emplace(std::string(key.text), i);
        --m_duplicates;
        return;
    }
}

void JsonArray::ensureIndex()
{
    if (m_indexed)
        return;
    m_indexed = true;
    m_keyedLive = 0;
    m_duplicates = 0;
    if (!m_index)
        m_index = std::make_unique<Index>();
    m_index->uuid.clear();
    m_index->text.clear();
    m_index->uuid.reserve(m_items.size());
    for (uint32_t i = 0; i < m_items.size(); ++i) {
        if (!m_items[i].isHole())
            indexSlot(i);
    }
}

uint32_t JsonArray::findById(const IdKey &key)
{
    ensureIndex();
    if (key.uuid) {
        return m_index->uuid.find(*key.uuid);
    }
    auto it = m_index->text.find(std::string(key.text));
    return it == m_index->text.end() ? npos : it->second;
}

uint32_t JsonArray::findById(std::string_view id)
{
    return findById(IdKey(id));
}

uint32_t JsonArray::appendKeyed(JsonValue v)
{
    ensureIndex();
    push(std::move(v));
    return uint32_t(m_items.size() - 1);
}

void JsonArray::removeSlot(uint32_t slot)
{
    JsonValue &e = m_items[slot];
    if (e.isHole())
        return;
    if (m_indexed) {
        if (const JsonValue *id = elementId(e)) {
            --m_keyedLive;
            const std::string_view text = id->toString();
            bool indexed = false;
            if (auto u = parseUuid(text)) {
                indexed = m_index->uuid.eraseIf(*u, slot);
            } else {
                auto it = m_index->text.find(std::string(text));
                if (it != m_index->text.end() && it->second == slot) {
                    m_index->text.erase(it);
                    indexed = true;
                }
            }
            if (!indexed)
                --m_duplicates; // a shadowed copy went
            else if (m_duplicates > 0)
                indexNextWithId(slot, text);
        }
    }
    e = JsonValue(JsonValue::HoleTag {});
    ++m_holes;
}

void JsonArray::settle()
{
    while (!m_items.empty() && m_items.back().isHole()) {
        m_items.pop_back();
        --m_holes;
    }
    if (m_holes > 32 && m_holes > m_items.size() / 2)
        compact();
}

void JsonArray::compact()
{
    std::vector<JsonValue> live;
    live.reserve(m_items.size() - m_holes);
    for (JsonValue &e : m_items) {
        if (!e.isHole())
            live.push_back(std::move(e));
    }
    m_items = std::move(live);
    m_holes = 0;
    if (m_indexed) {
        m_indexed = false;
        ensureIndex();
    }
}

bool JsonArray::reorder(const std::vector<uint32_t> &order)
{
    // A full list in the order it already has (every nested edit of a step's contents sends one)
    // keeps its slots, so the index stays right and the rebuild is skipped.
    if (m_holes == 0 && order.size() == m_items.size()) {
        bool same = true;
        for (uint32_t i = 0; i < order.size() && same; ++i)
            same = order[i] == i;
        if (same)
            return false;
    }
    std::vector<JsonValue> items;
    items.reserve(order.size());
    for (uint32_t s : order)
        items.push_back(std::move(m_items[s]));
    m_items = std::move(items);
    m_holes = 0;
    m_indexed = false;
    ensureIndex();
    return true;
}

bool JsonArray::allKeyed()
{
    ensureIndex();
    return m_keyedLive == size();
}

const JsonValue *JsonArray::at(size_t row) const
{
    for (const JsonValue &e : m_items) {
        if (e.isHole())
            continue;
        if (row == 0)
            return &e;
        --row;
    }
    return nullptr;
}

std::unique_ptr<JsonArray> JsonArray::clone() const
{
    auto a = std::make_unique<JsonArray>();
    a->m_items.reserve(size());
    for (const JsonValue &e : m_items) {
        if (!e.isHole())
            a->m_items.push_back(e.clone());
    }
    return a;
}

bool JsonArray::operator==(const JsonArray &o) const
{
    if (size() != o.size())
        return false;
    size_t i = 0, j = 0;
    while (true) {
        while (i < m_items.size() && m_items[i].isHole())
            ++i;
        while (j < o.m_items.size() && o.m_items[j].isHole())
            ++j;
        if (i == m_items.size() || j == o.m_items.size())
            return i == m_items.size() && j == o.m_items.size();
        if (!(m_items[i] == o.m_items[j]))
            return false;
        ++i;
        ++j;
    }
}

} // namespace mirage
