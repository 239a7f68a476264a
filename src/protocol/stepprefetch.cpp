// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/stepprefetch.h"

#include "protocol/activitystate.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonobject.h"

#include <cstring>

namespace mirage {

namespace {
constexpr size_t kUuidText = 36;
constexpr size_t kLine = 64;

constexpr size_t kMaxLines = 8; // a step's members: a dozen of 32 bytes

void prefetchBlock(const void *p, size_t bytes)
{
    const char *c = static_cast<const char *>(p);
    for (size_t off = 0; off < bytes && off < kMaxLines * kLine; off += kLine)
        __builtin_prefetch(c + off);
}

const JsonObject *objectAt(const JsonArray &steps, uint32_t slot)
{
    if (slot >= steps.items().size())
        return nullptr;
    const JsonValue &v = steps.items()[slot];
    return v.isObject() ? &v.asObject() : nullptr;
}
} // namespace

bool StepPrefetch::patchedStep(std::string_view text, UuidBits &id)
{
    // The first '[' of a step patch opens its list of steps: a look there, not a search of the line.
    constexpr std::string_view before = R"("steps":[)", after = R"({"id":")";
    const char *open = static_cast<const char *>(std::memchr(text.data(), '[', text.size()));
    if (!open)
        return false;
    const size_t at = size_t(open - text.data()) + 1; // just past the '['
    if (at < before.size() || text.size() - at < after.size() + kUuidText || text.substr(at - before.size(), before.size()) != before
        || text.substr(at, after.size()) != after)
        return false;
    const auto u = parseUuid(text.substr(at + after.size(), kUuidText));
    if (!u)
        return false;
    id = *u;
    return true;
}

void StepPrefetch::advance(const ActivityState &state, std::string_view aheadText)
{
    const JsonArray *steps = state.stepList();
    Chain &fresh = m_chains[m_next];
    m_next = (m_next + 1) % kDistance;
    fresh.stage = 0; // the chain it held is complete: its message is the next to be applied
    if (!steps)
        return;
    if (!aheadText.empty() && patchedStep(aheadText, fresh.id))
        fresh.stage = 1;

    // One link further along each chain (the one just started: its index entry).
    for (Chain &c : m_chains) {
        switch (c.stage) {
        case 0:
            continue;
        case 1: // the index entry
            steps->prefetchIndexOf(c.id);
            break;
        case 2: // the step's slot in the list (the entry is in the cache now)
            c.slot = steps->indexedSlotOf(c.id);
            if (c.slot == JsonArray::npos) {
                c.stage = 0;
                continue;
            }
            if (c.slot < steps->items().size())
                __builtin_prefetch(&steps->items()[c.slot]);
            break;
        case 3: // the step's object
            if (c.slot < steps->items().size())
                __builtin_prefetch(steps->items()[c.slot].ownedBlock());
            break;
        case 4: // its members
            if (const JsonObject *o = objectAt(*steps, c.slot))
                prefetchBlock(o->members().data(), o->members().size() * sizeof(JsonObject::Member));
            break;
        case 5: // what its members own: long texts, nested objects and lists
            if (const JsonObject *o = objectAt(*steps, c.slot)) {
                for (const JsonObject::Member &m : o->members()) {
                    if (const void *b = m.second.ownedBlock())
                        __builtin_prefetch(b);
                }
            }
            break;
        }
        ++c.stage;
    }
}

} // namespace mirage
