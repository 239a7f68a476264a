// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/payloadreader.h"

#include "protocol/domconvert.h"
#include "protocol/lenientjson.h"

namespace mirage {

using namespace simdjson;

JsonKind PayloadReader::kind(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::ARRAY:
        return JsonKind::Array;
    case dom::element_type::OBJECT:
        return JsonKind::Object;
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        return JsonKind::Number;
    case dom::element_type::STRING: {
        std::string_view s;
        return LenientJson::getString(e, s) ? JsonKind::String : JsonKind::Number;
    }
    case dom::element_type::BOOL:
        return JsonKind::Boolean;
    case dom::element_type::NULL_VALUE:
        return JsonKind::Null;
    }
    return JsonKind::Other;
}

void PayloadReader::missing(Rejection &why, Keys keys)
{
    why.reason = RejectReason::PayloadMissing;
    why.keys.assign(keys.begin(), keys.end());
}

void PayloadReader::wrongType(Rejection &why, RejectReason reason, std::string_view key, dom::element e, JsonKind expected)
{
    why.reason = reason;
    why.key.assign(key);
    why.actual = kind(e);
    why.expected = expected;
}

bool PayloadReader::find(dom::object msg, Keys keys, dom::element &out, std::string_view &found)
{
    for (std::string_view k : keys) {
        if (lastMember(msg, k, out)) {
            found = k;
            return true;
        }
    }
    return false;
}

bool PayloadReader::object(dom::object msg, Keys keys, dom::object &out, Rejection &why)
{
    dom::element e;
    std::string_view found;
    if (!find(msg, keys, e, found)) {
        missing(why, keys);
        return false;
    }
    return asObject(e, found, out, why);
}

bool PayloadReader::asObject(dom::element e, std::string_view key, dom::object &out, Rejection &why)
{
    if (e.get_object().get(out) != SUCCESS) {
        wrongType(why, RejectReason::PayloadWrongType, key, e, JsonKind::Object);
        return false;
    }
    return true;
}

bool PayloadReader::keyed(dom::object msg, Keys keys, std::string_view what, dom::object &out, std::string_view &id, Rejection &why)
{
    if (!object(msg, keys, out, why))
        return false;
    dom::element idEl;
    if (!lastMember(out, "id", idEl)) {
        why.reason = RejectReason::SubjectIdMissing;
        why.key.assign(what);
        return false;
    }
    if (!LenientJson::getString(idEl, id)) {
        wrongType(why, RejectReason::SubjectIdNotString, what, idEl, JsonKind::String);
        return false;
    }
    return true;
}

bool PayloadReader::text(dom::object msg, std::string_view key, std::string &out, bool &found, Rejection &why)
{
    dom::element e;
    found = lastMember(msg, key, e);
    if (!found) {
        dom::element data;
        dom::object dataObj;
        if (lastMember(msg, "data", data) && data.get_object().get(dataObj) == SUCCESS)
            found = lastMember(dataObj, key, e);
    }
    if (!found || e.is_null()) {
        found = false;
        return true;
    }
    std::string_view s;
    if (!LenientJson::getString(e, s)) {
        wrongType(why, RejectReason::FieldNotString, key, e, JsonKind::String);
        return false;
    }
    out.assign(s);
    return true;
}

} // namespace mirage
