// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/jsonobject.h"

namespace mirage {

void JsonObject::buildIndex() const
{
    m_index = std::make_unique<std::unordered_map<std::string, size_t>>();
    m_index->reserve(m_members.size() * 2);
    for (size_t i = 0; i < m_members.size(); ++i)
        m_index->emplace(m_members[i].first.toStdString(), i);
}

size_t JsonObject::position(std::string_view key) const
{
    if (m_members.size() >= kIndexThreshold) {
        if (!m_index)
            buildIndex();
        auto it = m_index->find(std::string(key));
        return it == m_index->end() ? size_t(-1) : it->second;
    }
    if (key.size() <= CompactString::kInline) { // the usual key: compare two words per member
        const CompactString::Words probe = CompactString(key).words();
        for (size_t i = 0; i < m_members.size(); ++i) {
            if (m_members[i].first.words() == probe)
                return i;
        }
        return size_t(-1);
    }
    for (size_t i = 0; i < m_members.size(); ++i) {
        if (m_members[i].first.view() == key)
            return i;
    }
    return size_t(-1);
}

JsonValue *JsonObject::find(std::string_view key)
{
    const size_t p = position(key);
    return p == size_t(-1) ? nullptr : &m_members[p].second;
}

const JsonValue *JsonObject::find(std::string_view key) const
{
    const size_t p = position(key);
    return p == size_t(-1) ? nullptr : &m_members[p].second;
}

JsonValue &JsonObject::operator[](std::string_view key)
{
    const size_t p = position(key);
    if (p != size_t(-1))
        return m_members[p].second;
    m_members.emplace_back(CompactString(key), JsonValue());
    if (m_index)
        m_index->emplace(std::string(key), m_members.size() - 1);
    return m_members.back().second;
}

bool JsonObject::remove(std::string_view key)
{
    const size_t p = position(key);
    if (p == size_t(-1))
        return false;
    m_members.erase(m_members.begin() + ptrdiff_t(p));
    m_index.reset(); // positions moved; rebuilt on the next lookup of a large object
    return true;
}

std::unique_ptr<JsonObject> JsonObject::clone() const
{
    auto o = std::make_unique<JsonObject>();
    o->m_members.reserve(m_members.size());
    for (const auto &[k, v] : m_members)
        o->m_members.emplace_back(k, v.clone());
    return o;
}

bool JsonObject::operator==(const JsonObject &o) const
{
    if (size() != o.size())
        return false;
    for (const auto &[k, v] : m_members) {
        const JsonValue *ov = o.find(k);
        if (!ov || !(*ov == v))
            return false;
    }
    return true;
}

} // namespace mirage
