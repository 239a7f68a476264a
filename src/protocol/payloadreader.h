// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

// Private to protocol: simdjson types (only protocol's .cpp files include this header).
#include "protocol/rejection.h"

#include <initializer_list>
#include <simdjson.h>
#include <string>
#include <string_view>

namespace mirage {

// SPEC §2's reading of a parsed message's parts: the payload under the first of its keys that is
// present, a user's or file's string "id", a notification's text fields. Each read either succeeds
// or fills a Rejection and changes nothing.
class PayloadReader
{
public:
    using Keys = std::initializer_list<std::string_view>;

    // The JSON type of `e` (a number kept as its text by the lenient path is a number).
    static JsonKind kind(simdjson::dom::element e);
    // The first of `keys` that the message has ("first found wins").
    static bool find(simdjson::dom::object msg, Keys keys, simdjson::dom::element &out, std::string_view &found);
    // The object payload under the first present key.
    static bool object(simdjson::dom::object msg, Keys keys, simdjson::dom::object &out, Rejection &why);
    // `e`, found under `key`, as an object payload.
    static bool asObject(simdjson::dom::element e, std::string_view key, simdjson::dom::object &out, Rejection &why);
    // An object payload that also carries a string "id" (users and files); `what` names it.
    static bool keyed(
        simdjson::dom::object msg, Keys keys, std::string_view what, simdjson::dom::object &out, std::string_view &id, Rejection &why);
    // A text field at top level or inside "data": absent and null leave `found` false; another
    // type than a string fails.
    static bool text(simdjson::dom::object msg, std::string_view key, std::string &out, bool &found, Rejection &why);
    // Fills `why` with PayloadMissing for `keys`.
    static void missing(Rejection &why, Keys keys);
    static void wrongType(
        Rejection &why, RejectReason reason, std::string_view key, simdjson::dom::element e, JsonKind expected = JsonKind::Other);
};

} // namespace mirage
