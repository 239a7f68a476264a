// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/mergepatch.h"

#include "protocol/domconvert.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonobject.h"
#include "protocol/lenientjson.h"

#include <unordered_map>

namespace mirage {

using namespace simdjson;

namespace {

constexpr std::string_view kDirective = "$patch";

std::string_view directive(dom::object o)
{
    dom::element d;
    if (!lastMember(o, kDirective, d))
        return {};
    std::string_view s;
    if (!LenientJson::getString(d, s))
        return {};
    return s;
}

// Duplicate keys (SPEC §2): only the last member of a key counts. Small objects are checked by
// looking ahead; large ones remember each key's last position once.
class LastMembers
{
public:
    explicit LastMembers(dom::object o)
    {
        if (o.size() <= kLookAhead)
            return;
        m_last.reserve(o.size());
        size_t i = 0;
        for (dom::key_value_pair kv : o)
            m_last[kv.key] = i++;
    }
    bool isLast(dom::object::iterator it, dom::object::iterator end, size_t index) const
    {
        const std::string_view key = it.key();
        if (!m_last.empty())
            return m_last.find(key)->second == index;
        for (++it; it != end; ++it) {
            if (it.key() == key)
                return false;
        }
        return true;
    }

private:
    static constexpr size_t kLookAhead = 16;
    std::unordered_map<std::string_view, size_t> m_last;
};

// An element patch's "id" and "$patch" directive, read in one walk of it (issue #14: a walk for
// each, and one more for the directive in mergeElement, were ~4% of replay). The last member of a
// key counts (SPEC §2); a directive that is not a string is none.
struct ElementHead
{
    std::string_view id;
    std::string_view directive;
};

ElementHead elementHead(dom::object o)
{
    dom::element id, dir;
    bool hasId = false, hasDir = false;
    for (dom::key_value_pair kv : o) {
        if (kv.key == "id") {
            id = kv.value;
            hasId = true;
        } else if (kv.key == kDirective) {
            dir = kv.value;
            hasDir = true;
        }
    }
    ElementHead h;
    if (hasId)
        LenientJson::getString(id, h.id); // callers checked isKeyedArray
    if (hasDir)
        LenientJson::getString(dir, h.directive);
    return h;
}

void mergeObject(JsonValue &target, dom::object patch, bool keepId, std::string_view watchedKey, ArrayDelta *delta)
{
    if (!target.isObject())
        target = JsonValue::object();
    JsonObject &t = target.asObject();
    const LastMembers last(patch);
    size_t index = 0;
    for (auto it = patch.begin(), end = patch.end(); it != end; ++it, ++index) {
        const dom::key_value_pair kv = *it;
        if (kv.key == kDirective)
            continue;
        if (keepId && kv.key == "id")
            continue;
        if (!last.isLast(it, end, index))
            continue;
        if (kv.value.is_null()) {
            if (t.remove(kv.key) && delta && kv.key == watchedKey)
                delta->replaced = true;
            continue;
        }
        JsonValue &slot = t[kv.key];
        if (delta && kv.key == watchedKey) {
            dom::array a;
            if (kv.value.get_array().get(a) == SUCCESS && MergePatch::isKeyedArray(a)) {
                if (!slot.isArray()) {
                    slot = JsonValue::array();
                    delta->replaced = true;
                }
                MergePatch::mergeKeyed(slot.asArray(), a, delta->replaced ? nullptr : delta);
            } else {
                MergePatch::apply(slot, kv.value);
                delta->replaced = true;
            }
            continue;
        }
        MergePatch::apply(slot, kv.value);
    }
}

// MergePatch::mergeElement with the element's directive already read.
void mergeElementAs(JsonValue &element, dom::object patch, std::string_view dir)
{
    if (dir == "replace") {
        const JsonValue *storedId = elementId(element);
        std::string keep = storedId ? std::string(storedId->toString()) : std::string();
        element = fromDomObjectWithout(patch, kDirective);
        if (storedId)
            element.asObject().set("id", JsonValue(std::move(keep)));
        return;
    }
    mergeObject(element, patch, true, {}, nullptr);
}

} // namespace

bool MergePatch::isKeyedArray(dom::array a)
{
    bool any = false;
    for (dom::element e : a) {
        dom::object o;
        if (e.get_object().get(o) != SUCCESS)
            return false;
        dom::element id;
        std::string_view s;
        if (!lastMember(o, "id", id) || !LenientJson::getString(id, s))
            return false;
        any = true;
    }
    return any;
}

void MergePatch::apply(JsonValue &target, dom::element patch)
{
    switch (patch.type()) {
    case dom::element_type::OBJECT:
        applyObject(target, patch.get_object().value_unsafe());
        return;
    case dom::element_type::ARRAY: {
        dom::array a = patch.get_array().value_unsafe();
        if (isKeyedArray(a)) {
            if (!target.isArray())
                target = JsonValue::array();
            mergeKeyed(target.asArray(), a, nullptr);
        } else {
            target = fromDom(patch);
        }
        return;
    }
    default:
        target = fromDom(patch);
    }
}

void MergePatch::applyObject(JsonValue &target, dom::object patch)
{
    if (directive(patch) == "replace") {
        target = fromDomObjectWithout(patch, kDirective);
        return;
    }
    mergeObject(target, patch, false, {}, nullptr);
}

void MergePatch::applyWatching(JsonValue &target, dom::object patch, std::string_view watchedKey, ArrayDelta *delta)
{
    if (directive(patch) == "replace") {
        target = fromDomObjectWithout(patch, kDirective);
        if (delta)
            delta->replaced = true;
        return;
    }
    mergeObject(target, patch, false, watchedKey, delta);
}

void MergePatch::mergeElement(JsonValue &element, dom::object patch)
{
    mergeElementAs(element, patch, directive(patch));
}

void MergePatch::mergeKeyed(JsonArray &arr, dom::array patch, ArrayDelta *delta)
{
    const size_t liveBefore = arr.size();
    const uint32_t slotsBefore = uint32_t(arr.items().size());
    // A reorder needs every existing element named, so only a patch at least as long can be one.
    const bool maybeFull = liveBefore > 0 && patch.size() >= liveBefore && arr.allKeyed();
    // Slots named so far (a bitmap over the slots before and any the patch appends), only for a
    // patch that may be the full list.
    std::vector<bool> named(maybeFull ? slotsBefore + patch.size() : 0);
    std::vector<uint32_t> order;
    size_t namedOriginals = 0;
    auto name = [&](uint32_t slot) {
        if (!maybeFull || named[slot])
            return;
        named[slot] = true;
        order.push_back(slot);
        if (slot < slotsBefore)
            ++namedOriginals;
    };

    for (dom::element e : patch) {
        dom::object o = e.get_object().value_unsafe();
        const ElementHead head = elementHead(o);
        const std::string_view id = head.id;
        const IdKey key(id);
        uint32_t slot = arr.findById(key);
        const std::string_view dir = head.directive;
        if (dir == "delete") {
            if (slot != JsonArray::npos) {
                name(slot);
                arr.removeSlot(slot);
                if (delta)
                    delta->removed.emplace_back(id);
            }
            continue;
        }
        if (slot != JsonArray::npos) {
            mergeElementAs(arr.slot(slot), o, dir);
            name(slot);
            if (delta)
                delta->changed.emplace_back(std::string(arr.slot(slot).find("id")->toString()));
        } else {
            JsonValue v;
            apply(v, e);
            slot = arr.appendKeyed(std::move(v));
            name(slot);
            if (delta)
                delta->inserted.emplace_back(id);
        }
    }

    if (maybeFull && namedOriginals == liveBefore) {
        std::vector<uint32_t> live;
        live.reserve(order.size());
        for (uint32_t s : order) {
            if (!arr.slot(s).isHole())
                live.push_back(s);
        }
        // Elements appended but not in `order` cannot exist: every patch element was named.
        const bool moved = arr.reorder(live);
        if (delta)
            delta->reordered = moved;
    } else {
        arr.settle();
    }
}

} // namespace mirage
