// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/domconvert.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonobject.h"
#include "protocol/lenientjson.h"

#include <charconv>

namespace mirage {

using namespace simdjson;

JsonValue fromDom(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::ARRAY: {
        JsonValue v = JsonValue::array();
        JsonArray &a = v.asArray();
        dom::array src = e.get_array().value_unsafe();
        a.reserve(src.size());
        for (dom::element x : src)
            a.push(fromDom(x));
        return v;
    }
    case dom::element_type::OBJECT:
        return fromDomObjectWithout(e.get_object().value_unsafe(), std::string_view());
    case dom::element_type::INT64:
        return JsonValue(e.get_int64().value_unsafe());
    case dom::element_type::UINT64: {
        const uint64_t u = e.get_uint64().value_unsafe();
        if (u <= uint64_t(INT64_MAX))
            return JsonValue(int64_t(u));
        char buf[24]; // beyond int64: kept exactly, as its text
        return JsonValue::rawNumber(std::string_view(buf, size_t(std::to_chars(buf, buf + sizeof buf, u).ptr - buf)));
    }
    case dom::element_type::DOUBLE:
        return JsonValue(e.get_double().value_unsafe());
    case dom::element_type::STRING: {
        std::string_view s = e.get_string().value_unsafe();
        if (LenientJson::decodeString(s))
            return JsonValue::rawNumber(s);
        return JsonValue(s);
    }
    case dom::element_type::BOOL:
        return JsonValue(e.get_bool().value_unsafe());
    case dom::element_type::NULL_VALUE:
        break;
    }
    return JsonValue();
}

JsonValue fromDomObjectWithout(dom::object src, std::string_view skippedKey)
{
    JsonValue v = JsonValue::object();
    JsonObject &o = v.asObject();
    o.members().reserve(src.size());
    for (dom::key_value_pair kv : src) {
        if (!skippedKey.empty() && kv.key == skippedKey)
            continue;
        o[kv.key] = fromDom(kv.value);
    }
    return v;
}

bool lastMember(dom::object o, std::string_view key, dom::element &out)
{
    bool found = false;
    for (dom::key_value_pair kv : o) {
        if (kv.key == key) {
            out = kv.value;
            found = true;
        }
    }
    return found;
}

} // namespace mirage
