// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/activitydiff.h"

#include "protocol/idkey.h"

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>

namespace mirage {

namespace {

// An id as SPEC §3 rule 5 compares it, hashable: a UUID by its bits, anything else by its text.
// Exact text that equals a UUID's text parses as that UUID too, so the two kinds never meet.
struct StepKey
{
    explicit StepKey(std::string_view text)
    {
        const IdKey k(text);
        isUuid = k.uuid.has_value();
        if (isUuid)
            uuid = *k.uuid;
        else
            this->text = text;
    }
    std::string_view text;
    UuidBits uuid;
    bool isUuid = false;
    bool operator==(const StepKey &o) const { return isUuid == o.isUuid && (isUuid ? uuid == o.uuid : text == o.text); }
};

struct StepKeyHash
{
    size_t operator()(const StepKey &k) const noexcept
    {
        return k.isUuid ? UuidBitsHash {}(k.uuid) : std::hash<std::string_view> {}(k.text);
    }
};

using KeyIndex = std::unordered_map<StepKey, uint32_t, StepKeyHash>;

struct Entry
{
    const JsonValue *element = nullptr;
    std::string_view id;
    StepKey key;
    uint32_t index = 0; // live position in the array
};

// The keyed elements of `array`. With `index`: the first occurrence of each id only, and an index
// from id to entry; without: every keyed element (the caller drops repeated ids as it meets them).
void collect(const JsonArray &array, std::vector<Entry> &entries, KeyIndex *index)
{
    entries.reserve(array.size());
    if (index)
        index->reserve(array.size());
    uint32_t pos = 0;
    for (const JsonValue &element : array.items()) {
        if (element.isHole())
            continue;
        const uint32_t here = pos++;
        const JsonValue *id = elementId(element);
        if (!id)
            continue;
        const StepKey key(id->stringView());
        if (!index || index->emplace(key, uint32_t(entries.size())).second)
            entries.push_back({&element, id->stringView(), key, here});
    }
}

bool sameMember(const JsonValue *a, const JsonValue *b)
{
    if (!a || !b)
        return a == b;
    return *a == *b;
}

// The top-level keys of two objects whose values differ, skipping `skip(key)`.
template<typename Skip>
void differingKeys(const JsonObject &older, const JsonObject &newer, Skip skip, std::vector<std::string> &out)
{
    for (const auto &[key, value] : newer.members()) {
        if (skip(key))
            continue;
        const JsonValue *was = older.find(key);
        if (!was || !(*was == value))
            out.push_back(key.toStdString());
    }
    for (const auto &[key, value] : older.members()) {
        if (!skip(key) && !newer.find(key))
            out.push_back(key.toStdString());
    }
}

std::string_view stepsKeyOf(const JsonValue &doc)
{
    if (!doc.find("steps") && doc.find("actions"))
        return "actions";
    return "steps";
}

// An absent member reads as an empty array; a present non-array is not a list (nullptr).
const JsonArray *listOrEmpty(const JsonValue &doc, std::string_view key, const JsonArray &empty)
{
    const JsonValue *v = doc.find(key);
    if (!v)
        return &empty;
    return v->isArray() ? &v->asArray() : nullptr;
}

std::string stepName(const JsonValue &step)
{
    if (const JsonValue *name = step.find("name"); name && name->isString())
        return std::string(name->toString());
    if (const JsonValue *instruction = step.find("instruction")) {
        if (const JsonValue *title = instruction->find("title"); title && title->isString())
            return std::string(title->toString());
    }
    return {};
}

// A step present in both copies.
struct Common
{
    uint32_t oldEntry;
    uint32_t newEntry;
    std::vector<std::string> fields;
};

// Positions (into `common`) of a longest strictly increasing subsequence of common[i].oldEntry.
std::vector<bool> keptInOrder(const std::vector<Common> &common)
{
    std::vector<uint32_t> tails; // tails[k]: index of the smallest tail of an increasing run of k+1
    std::vector<int64_t> prev(common.size(), -1);
    for (uint32_t i = 0; i < common.size(); ++i) {
        const uint32_t rank = common[i].oldEntry;
        auto it = std::lower_bound(tails.begin(), tails.end(), rank, [&](uint32_t t, uint32_t r) { return common[t].oldEntry < r; });
        if (it != tails.begin())
            prev[i] = *(it - 1);
        if (it == tails.end())
            tails.push_back(i);
        else
            *it = i;
    }
    std::vector<bool> kept(common.size(), false);
    for (int64_t i = tails.empty() ? -1 : int64_t(tails.back()); i >= 0; i = prev[size_t(i)])
        kept[size_t(i)] = true;
    return kept;
}

class Differ
{
public:
    Differ(const JsonValue &oldDoc, const JsonValue &newDoc, ActivityDiff &out)
        : m_old(oldDoc)
        , m_new(newDoc)
        , m_out(out)
    {
    }

    void run()
    {
        const std::string_view oldKey = stepsKeyOf(m_old), newKey = stepsKeyOf(m_new);
        const JsonArray empty;
        const JsonArray *oldSteps = listOrEmpty(m_old, oldKey, empty);
        const JsonArray *newSteps = listOrEmpty(m_new, newKey, empty);
        const bool stepsDiffed = oldSteps && newSteps;
        if (stepsDiffed)
            diffSteps(*oldSteps, *newSteps);
        const JsonArray *oldContent = listOrEmpty(m_old, "content", empty);
        const JsonArray *newContent = listOrEmpty(m_new, "content", empty);
        const bool contentDiffed = stepsDiffed && oldContent && newContent;
        if (contentDiffed)
            diffContent(*oldContent, *newContent);
        finishSteps();
        diffTopLevel([&](std::string_view key) {
            return key == "name" || key == "description" || key == "config" || (stepsDiffed && (key == oldKey || key == newKey))
                || (contentDiffed && key == "content");
        });
    }

private:
    void diffTopLevel(const std::function<bool(std::string_view)> &skip)
    {
        const JsonValue *oldName = m_old.find("name"), *newName = m_new.find("name");
        if (!sameMember(oldName, newName)) {
            m_out.renamed = true;
            m_out.oldName = oldName ? std::string(oldName->toString()) : std::string();
            m_out.newName = newName ? std::string(newName->toString()) : std::string();
        }
        m_out.descriptionChanged = !sameMember(m_old.find("description"), m_new.find("description"));
        m_out.configChanged = !sameMember(m_old.find("config"), m_new.find("config"));
        differingKeys(m_old.asObject(), m_new.asObject(), skip, m_out.otherKeys);
    }

    void diffSteps(const JsonArray &oldSteps, const JsonArray &newSteps)
    {
        collect(oldSteps, m_oldEntries, &m_oldIndex);
        collect(newSteps, m_newEntries, nullptr);
        KeyIndex addedIds; // repeated ids among the added steps
        m_commonOf.assign(m_oldEntries.size(), -1);
        m_common.reserve(std::min(m_oldEntries.size(), m_newEntries.size()));
        for (uint32_t n = 0; n < m_newEntries.size(); ++n) {
            const Entry &entry = m_newEntries[n];
            auto it = m_oldIndex.find(entry.key);
            if (it == m_oldIndex.end()) {
                if (addedIds.emplace(entry.key, n).second)
                    m_out.added.push_back({std::string(entry.id), entry.index});
                continue;
            }
            if (m_commonOf[it->second] >= 0)
                continue; // a repeated id: its first occurrence counts
            m_commonOf[it->second] = int64_t(m_common.size());
            Common c {it->second, n, {}};
            const JsonValue &was = *m_oldEntries[it->second].element;
            differingKeys(
                was.asObject(), entry.element->asObject(), [](std::string_view key) { return key == "id"; }, c.fields);
            m_common.push_back(std::move(c));
        }
        for (uint32_t o = 0; o < m_oldEntries.size(); ++o) {
            if (m_commonOf[o] < 0)
                m_out.removed.push_back({std::string(m_oldEntries[o].id), stepName(*m_oldEntries[o].element), m_oldEntries[o].index});
        }
    }

    // Marks the common steps that `item` points at as edited under "content".
    void touchSteps(const JsonValue &item)
    {
        const JsonValue *steps = item.find("steps");
        if (!steps || !steps->isArray())
            return;
        for (const JsonValue &ref : steps->asArray().items()) {
            if (!ref.isString())
                continue;
            auto it = m_oldIndex.find(StepKey(ref.stringView()));
            if (it == m_oldIndex.end() || m_commonOf[it->second] < 0)
                continue; // added and removed steps are reported as such
            std::vector<std::string> &fields = m_common[size_t(m_commonOf[it->second])].fields;
            if (std::find(fields.begin(), fields.end(), "content") == fields.end())
                fields.emplace_back("content");
        }
    }

    void diffContent(const JsonArray &oldContent, const JsonArray &newContent)
    {
        std::vector<Entry> oldItems, newItems;
        KeyIndex oldIndex;
        collect(oldContent, oldItems, &oldIndex);
        collect(newContent, newItems, nullptr); // a repeated new id at most marks its steps again
        std::vector<bool> matched(oldItems.size(), false);
        for (const Entry &item : newItems) {
            auto it = oldIndex.find(item.key);
            if (it == oldIndex.end()) {
                touchSteps(*item.element);
                continue;
            }
            if (matched[it->second])
                continue; // a repeated id: its first occurrence counts
            matched[it->second] = true;
            const JsonValue &was = *oldItems[it->second].element;
            if (!(was == *item.element)) {
                touchSteps(was);
                touchSteps(*item.element);
            }
        }
        for (uint32_t o = 0; o < oldItems.size(); ++o) {
            if (!matched[o])
                touchSteps(*oldItems[o].element);
        }
    }

    void finishSteps()
    {
        const std::vector<bool> kept = keptInOrder(m_common);
        for (uint32_t i = 0; i < m_common.size(); ++i) {
            Common &c = m_common[i];
            const Entry &now = m_newEntries[c.newEntry];
            if (!kept[i])
                m_out.moved.push_back({std::string(now.id), m_oldEntries[c.oldEntry].index, now.index});
            if (!c.fields.empty())
                m_out.edited.push_back({std::string(now.id), now.index, std::move(c.fields)});
        }
        m_out.reordered = !m_out.moved.empty();
    }

    const JsonValue &m_old;
    const JsonValue &m_new;
    ActivityDiff &m_out;
    std::vector<Entry> m_oldEntries, m_newEntries;
    KeyIndex m_oldIndex;
    std::vector<int64_t> m_commonOf; // per old entry: its index in m_common, -1 when removed
    std::vector<Common> m_common; // in new order
};

} // namespace

ActivityDiff ActivityDiff::compute(const JsonValue &oldDoc, const JsonValue &newDoc)
{
    ActivityDiff diff;
    if (!oldDoc.isObject() || oldDoc.asObject().empty() || !newDoc.isObject())
        return diff; // no previous copy: nothing to show
    Differ(oldDoc, newDoc, diff).run();
    return diff;
}

} // namespace mirage
