// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/keyedcollection.h"

#include "protocol/domconvert.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonobject.h"
#include "protocol/lenientjson.h"
#include "protocol/mergepatch.h"

#include <cmath>

namespace mirage {

using namespace simdjson;

JsonValue &KeyedCollection::upsert(JsonValue &collection, dom::object obj, std::string_view id)
{
    if (!collection.isArray())
        collection = JsonValue::array();
    JsonArray &arr = collection.asArray();
    uint32_t slot = arr.findById(id);
    if (slot != JsonArray::npos) {
        MergePatch::mergeElement(arr.slot(slot), obj);
    } else {
        JsonValue v;
        MergePatch::applyObject(v, obj);
        if (!v.isObject())
            v = JsonValue::object();
        v.asObject().set("id", JsonValue(id)); // a "$patch": "replace" user still keeps its key
        slot = arr.appendKeyed(std::move(v));
    }
    return arr.slot(slot);
}

JsonValue *KeyedCollection::find(JsonValue &collection, std::string_view id)
{
    if (!collection.isArray())
        return nullptr;
    JsonArray &arr = collection.asArray();
    const uint32_t slot = arr.findById(id);
    return slot == JsonArray::npos ? nullptr : &arr.slot(slot);
}

bool KeyedCollection::remove(JsonValue &collection, std::string_view id, std::shared_ptr<const JsonValue> *kept)
{
    if (!collection.isArray())
        return false;
    JsonArray &arr = collection.asArray();
    const uint32_t slot = arr.findById(id);
    if (slot == JsonArray::npos)
        return false;
    if (kept)
        *kept = std::make_shared<const JsonValue>(arr.slot(slot).clone());
    arr.removeSlot(slot);
    arr.settle();
    return true;
}

std::string KeyedCollection::read(dom::element e, const char *what, JsonValue &out)
{
    dom::array a;
    if (e.get_array().get(a) != SUCCESS)
        return std::string(what) + " is not an array";
    out = JsonValue::array();
    JsonArray &arr = out.asArray();
    arr.reserve(a.size());
    for (dom::element x : a) {
        dom::object o;
        dom::element id;
        std::string_view idText;
        if (x.get_object().get(o) != SUCCESS)
            return std::string(what) + " holds a non-object";
        if (!lastMember(o, "id", id) || !LenientJson::getString(id, idText))
            return std::string(what) + " holds an object without a string id";
        if (arr.findById(idText) != JsonArray::npos)
            return std::string(what) + " holds a duplicate id";
        arr.appendKeyed(fromDom(x));
    }
    return {};
}

void KeyedCollection::countOne(JsonValue &count)
{
    if (count.isInt()) {
        const int64_t n = count.toInt();
        if (n < INT64_MAX)
            count = JsonValue(n + 1);
    } else if (count.isDouble()) {
        const double d = count.toDouble();
        const double next = d + 1.0;
        if (std::isfinite(next) && next != d && next - 1.0 == d)
            count = JsonValue(next);
    } else if (!count.isRawNumber()) {
        count = JsonValue(int64_t(1));
    }
}

} // namespace mirage
