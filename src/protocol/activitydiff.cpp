// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/activitydiff.h"

#include "protocol/activitysummary.h"
#include "protocol/idkey.h"
#include "protocol/jsonobject.h"

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
using Member = ActivitySummary::Member;

// A keyed element of a summarised list (a step or a content item) and where it stood.
template<typename Element>
struct Entry
{
    const Element *element = nullptr;
    StepKey key;
};

// The keyed elements of a list. With `index`: the first occurrence of each id only, and an index
// from id to entry; without: every keyed element (the caller drops repeated ids as it meets them).
template<typename Element>
void collect(const std::vector<Element> &elements, std::vector<Entry<Element>> &entries, KeyIndex *index)
{
    entries.reserve(elements.size());
    if (index)
        index->reserve(elements.size());
    for (const Element &e : elements) {
        const StepKey key(e.id);
        if (!index || index->emplace(key, uint32_t(entries.size())).second)
            entries.push_back({&e, key});
    }
}

// The members of two objects whose values differ, skipping `skip(key)`: in the newer one's key
// order, then the keys only the older one had.
template<typename Skip>
void differingKeys(const std::vector<Member> &older, const std::vector<Member> &newer, Skip skip, std::vector<std::string> &out)
{
    constexpr size_t kLinear = 16; // small objects are searched linearly, as JsonObject does
    std::unordered_map<std::string_view, uint64_t> olderIndex, newerIndex;
    if (older.size() > kLinear) {
        for (const Member &m : older)
            olderIndex.emplace(m.key.view(), m.hash);
    }
    if (newer.size() > kLinear) {
        for (const Member &m : newer)
            newerIndex.emplace(m.key.view(), m.hash);
    }
    auto find = [](const std::vector<Member> &members, const std::unordered_map<std::string_view, uint64_t> &index,
                    std::string_view key) -> const uint64_t * {
        if (members.size() > kLinear) {
            auto it = index.find(key);
            return it == index.end() ? nullptr : &it->second;
        }
        for (const Member &m : members) {
            if (m.key.view() == key)
                return &m.hash;
        }
        return nullptr;
    };
    for (const Member &m : newer) {
        if (skip(m.key.view()))
            continue;
        const uint64_t *was = find(older, olderIndex, m.key.view());
        if (!was || *was != m.hash)
            out.push_back(std::string(m.key.view()));
    }
    for (const Member &m : older) {
        if (!skip(m.key.view()) && !find(newer, newerIndex, m.key.view()))
            out.push_back(std::string(m.key.view()));
    }
}

bool sameMember(const Member *a, const Member *b)
{
    if (!a || !b)
        return a == b;
    return a->hash == b->hash;
}

// A step present in both copies.
struct Common
{
    uint32_t oldEntry;
    uint32_t newEntry;
    std::vector<std::string> fields;
};

// Per common step (in new order): whether it belongs to every longest strictly increasing
// subsequence of common[i].oldEntry, i.e. whether every largest set of steps that kept their
// relative order includes it. f[i] is the length of the longest such run ending at i, g[i] of the
// one starting at i; i is on some longest run when f + g - 1 is the longest length L, and on every
// one when it is the only such element with its f (old positions are distinct).
std::vector<bool> keptInOrder(const std::vector<Common> &common)
{
    const size_t m = common.size();
    std::vector<uint32_t> f(m), g(m), tails;
    for (size_t i = 0; i < m; ++i) {
        const uint32_t rank = common[i].oldEntry;
        auto it = std::lower_bound(tails.begin(), tails.end(), rank);
        f[i] = uint32_t(it - tails.begin()) + 1;
        if (it == tails.end())
            tails.push_back(rank);
        else
            *it = rank;
    }
    const uint32_t longest = uint32_t(tails.size());
    tails.clear(); // from the end: runs of decreasing old positions, read backwards
    for (size_t i = m; i-- > 0;) {
        const uint32_t rank = common[i].oldEntry;
        auto it = std::lower_bound(tails.begin(), tails.end(), rank, std::greater<uint32_t>());
        g[i] = uint32_t(it - tails.begin()) + 1;
        if (it == tails.end())
            tails.push_back(rank);
        else
            *it = rank;
    }
    std::vector<uint32_t> onLevel(size_t(longest) + 1, 0); // elements on some longest run, per f
    for (size_t i = 0; i < m; ++i) {
        if (f[i] + g[i] - 1 == longest)
            ++onLevel[f[i]];
    }
    std::vector<bool> kept(m, false);
    for (size_t i = 0; i < m; ++i)
        kept[i] = f[i] + g[i] - 1 == longest && onLevel[f[i]] == 1;
    return kept;
}

using StepEntry = Entry<ActivitySummary::Step>;
using ItemEntry = Entry<ActivitySummary::Item>;

class Differ
{
public:
    Differ(const ActivitySummary &oldDoc, const ActivitySummary &newDoc, ActivityDiff &out)
        : m_old(oldDoc)
        , m_new(newDoc)
        , m_out(out)
    {
    }

    void run()
    {
        using List = ActivitySummary::List;
        // An absent list reads as empty; a present non-array is not a list.
        const bool stepsDiffed = m_old.stepList != List::Other && m_new.stepList != List::Other;
        if (stepsDiffed)
            diffSteps();
        const bool contentDiffed = stepsDiffed && m_old.contentList != List::Other && m_new.contentList != List::Other;
        if (contentDiffed)
            diffContent();
        finishSteps();
        const std::string_view oldKey = m_old.stepsKey, newKey = m_new.stepsKey;
        diffTopLevel([&](std::string_view key) {
            return key == "name" || key == "description" || key == "config" || (stepsDiffed && (key == oldKey || key == newKey))
                || (contentDiffed && key == "content");
        });
    }

private:
    template<typename Skip>
    void diffTopLevel(Skip skip)
    {
        if (!sameMember(m_old.member("name"), m_new.member("name"))) {
            m_out.renamed = true;
            m_out.oldName = m_old.name;
            m_out.newName = m_new.name;
        }
        m_out.descriptionChanged = !sameMember(m_old.member("description"), m_new.member("description"));
        m_out.configChanged = !sameMember(m_old.member("config"), m_new.member("config"));
        differingKeys(m_old.members, m_new.members, skip, m_out.otherKeys);
    }

    void diffSteps()
    {
        collect(m_old.steps, m_oldEntries, &m_oldIndex);
        collect(m_new.steps, m_newEntries, nullptr);
        KeyIndex addedIds; // repeated ids among the added steps
        m_commonOf.assign(m_oldEntries.size(), -1);
        m_common.reserve(std::min(m_oldEntries.size(), m_newEntries.size()));
        for (uint32_t n = 0; n < m_newEntries.size(); ++n) {
            const StepEntry &entry = m_newEntries[n];
            auto it = m_oldIndex.find(entry.key);
            if (it == m_oldIndex.end()) {
                if (addedIds.emplace(entry.key, n).second)
                    m_out.added.push_back({entry.element->id, entry.element->index});
                continue;
            }
            if (m_commonOf[it->second] >= 0)
                continue; // a repeated id: its first occurrence counts
            m_commonOf[it->second] = int64_t(m_common.size());
            Common c {it->second, n, {}};
            differingKeys(
                m_oldEntries[it->second].element->members, entry.element->members, [](std::string_view) { return false; }, c.fields);
            m_common.push_back(std::move(c));
        }
        for (uint32_t o = 0; o < m_oldEntries.size(); ++o) {
            const ActivitySummary::Step &was = *m_oldEntries[o].element;
            if (m_commonOf[o] < 0)
                m_out.removed.push_back({was.id, was.name, was.index});
        }
    }

    // Marks the common steps that `item` points at as edited under "content".
    void touchSteps(const ActivitySummary::Item &item)
    {
        for (const std::string &ref : item.steps) {
            auto it = m_oldIndex.find(StepKey(ref));
            if (it == m_oldIndex.end() || m_commonOf[it->second] < 0)
                continue; // added and removed steps are reported as such
            std::vector<std::string> &fields = m_common[size_t(m_commonOf[it->second])].fields;
            if (std::find(fields.begin(), fields.end(), "content") == fields.end())
                fields.emplace_back("content");
        }
    }

    void diffContent()
    {
        std::vector<ItemEntry> oldItems, newItems;
        KeyIndex oldIndex;
        collect(m_old.content, oldItems, &oldIndex);
        collect(m_new.content, newItems, nullptr); // a repeated new id at most marks its steps again
        std::vector<bool> matched(oldItems.size(), false);
        for (const ItemEntry &item : newItems) {
            auto it = oldIndex.find(item.key);
            if (it == oldIndex.end()) {
                touchSteps(*item.element);
                continue;
            }
            if (matched[it->second])
                continue; // a repeated id: its first occurrence counts
            matched[it->second] = true;
            const ActivitySummary::Item &was = *oldItems[it->second].element;
            if (was.hash != item.element->hash) {
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
            const ActivitySummary::Step &now = *m_newEntries[c.newEntry].element;
            if (!kept[i])
                m_out.moved.push_back({now.id, m_oldEntries[c.oldEntry].element->index, now.index});
            if (!c.fields.empty())
                m_out.edited.push_back({now.id, now.index, std::move(c.fields)});
        }
        m_out.reordered = !m_out.moved.empty();
    }

    const ActivitySummary &m_old;
    const ActivitySummary &m_new;
    ActivityDiff &m_out;
    std::vector<StepEntry> m_oldEntries, m_newEntries;
    KeyIndex m_oldIndex;
    std::vector<int64_t> m_commonOf; // per old entry: its index in m_common, -1 when removed
    std::vector<Common> m_common; // in new order
};

} // namespace

ActivityDiff ActivityDiff::compute(const JsonValue &oldDoc, const JsonValue &newDoc)
{
    if (!oldDoc.isObject() || oldDoc.asObject().empty() || !newDoc.isObject())
        return {}; // no previous copy: nothing to show
    return compute(ActivitySummary::of(oldDoc), newDoc);
}

ActivityDiff ActivityDiff::compute(const ActivitySummary &older, const JsonValue &newDoc)
{
    ActivityDiff diff;
    if (older.emptyDocument() || !newDoc.isObject())
        return diff; // no previous copy: nothing to show
    const ActivitySummary newer = ActivitySummary::of(newDoc);
    Differ(older, newer, diff).run();
    return diff;
}

ActivityDiff ActivityDiff::compute(const ActivitySummary &older, const ActivitySummary &newer)
{
    ActivityDiff diff;
    if (older.emptyDocument() || !newer.isObject)
        return diff; // no previous copy: nothing to show
    Differ(older, newer, diff).run();
    return diff;
}

} // namespace mirage
