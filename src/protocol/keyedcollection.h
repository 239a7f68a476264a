// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

// Private to protocol: simdjson types (only protocol's .cpp files include this header).
#include "protocol/jsonvalue.h"

#include <memory>
#include <simdjson.h>
#include <string>
#include <string_view>

namespace mirage {

// The participants and the files: arrays of objects keyed by their "id" (SPEC §2), as a 2xx or a
// 4xx changes them (protocol's EventApplier).
class KeyedCollection
{
public:
    // Merges `obj` into the element `id` of `collection` (made an array if it is not one), or
    // appends it as a new element that keeps its id. Returns the element.
    static JsonValue &upsert(JsonValue &collection, simdjson::dom::object obj, std::string_view id);
    // The element `id`, nullptr when there is none.
    static JsonValue *find(JsonValue &collection, std::string_view id);
    // Removes the element `id`; with `kept`, hands out a copy of it first (nothing when absent).
    static bool remove(JsonValue &collection, std::string_view id, std::shared_ptr<const JsonValue> *kept = nullptr);
    // A dump's participants or files (SPEC §6): an array of objects, each with a unique string
    // "id", built into `out` as a keyed array so that later events merge by id. An error text
    // naming `what`, empty on success.
    static std::string read(simdjson::dom::element e, const char *what, JsonValue &out);
    // A 403 counts one download. The count saturates (SPEC §2, docs/design.md): an int64 stops at
    // INT64_MAX; a double goes up only while +1 is exact, else it stays; a number kept as its text
    // (beyond 64 bits or the double range) stays; anything else (absent, null, a string) becomes 1.
    static void countOne(JsonValue &count);
};

} // namespace mirage
