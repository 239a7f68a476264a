// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/statedump.h"

#include "protocol/activitystate.h"
#include "protocol/jsonarray.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace mirage {

namespace {

void appendSortedById(std::string &out, const JsonValue &collection)
{
    std::vector<const JsonValue *> items;
    if (collection.isArray()) {
        items.reserve(collection.asArray().size());
        for (const JsonValue &e : collection.asArray().items()) {
            if (!e.isHole())
                items.push_back(&e);
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const JsonValue *a, const JsonValue *b) {
        const JsonValue *ia = a->find("id");
        const JsonValue *ib = b->find("id");
        return (ia ? ia->stringView() : std::string_view()) < (ib ? ib->stringView() : std::string_view());
    });
    out.push_back('[');
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            out.push_back(',');
        items[i]->appendJson(out);
    }
    out.push_back(']');
}

} // namespace

std::string StateDump::json(const ActivityState &state, size_t sizeHint)
{
    std::string out;
    out.reserve(std::max<size_t>(1024, sizeHint + sizeHint / 16));
    out += "{\"activity_id\":";
    if (state.activityId().empty())
        out += "null";
    else
        appendJsonString(out, state.activityId());
    out += ",\"activity\":";
    state.activity().appendJson(out);
    out += state.deleted() ? ",\"deleted\":true" : ",\"deleted\":false";
    out += ",\"participants\":";
    appendSortedById(out, state.participants());
    out += ",\"files\":";
    appendSortedById(out, state.files());
    out += ",\"hash\":";
    if (state.hasHash())
        appendJsonString(out, state.hash());
    else
        out += "null";
    char buf[24];
    out += ",\"applied\":";
    out.append(buf, std::to_chars(buf, buf + sizeof buf, state.appliedCount()).ptr);
    out += ",\"rejected\":";
    out.append(buf, std::to_chars(buf, buf + sizeof buf, state.rejectedCount()).ptr);
    out += '}';
    return out;
}

void StateDump::around(const ActivityState &state, std::string &head, std::string &tail)
{
    head = "{\"activity_id\":";
    if (state.activityId().empty())
        head += "null";
    else
        appendJsonString(head, state.activityId());
    head += ",\"activity\":";
    tail = state.deleted() ? ",\"deleted\":true" : ",\"deleted\":false";
    tail += ",\"participants\":";
    appendSortedById(tail, state.participants());
    tail += ",\"files\":";
    appendSortedById(tail, state.files());
    tail += ",\"hash\":";
    if (state.hasHash())
        appendJsonString(tail, state.hash());
    else
        tail += "null";
    char buf[24];
    tail += ",\"applied\":";
    tail.append(buf, std::to_chars(buf, buf + sizeof buf, state.appliedCount()).ptr);
    tail += ",\"rejected\":";
    tail.append(buf, std::to_chars(buf, buf + sizeof buf, state.rejectedCount()).ptr);
    tail += '}';
}

} // namespace mirage
