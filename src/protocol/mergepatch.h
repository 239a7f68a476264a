// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

// Private to protocol: simdjson types (only protocol's .cpp files include this header).
#include "protocol/arraydelta.h"
#include "protocol/jsonvalue.h"

#include <simdjson.h>
#include <string>
#include <vector>

namespace mirage {

class JsonArray;

// SPEC §3: RFC 7386 merge patch, extended with arrays of id'd objects merged by id
// ($patch: delete, $patch: replace, full-list reorder). The patch is read straight from the parsed
// message; nothing is copied that the result does not keep. Nesting depth is checked by the parser.
class MergePatch
{
public:
    // Merges `patch` into `target` (a null target is treated as absent).
    static void apply(JsonValue &target, simdjson::dom::element patch);
    static void applyObject(JsonValue &target, simdjson::dom::object patch);
    // Merges an object patch into `target`, reporting what happened to the keyed array found under
    // `watchedKey` (if the patch touches it) into `delta`.
    static void applyWatching(JsonValue &target, simdjson::dom::object patch, std::string_view watchedKey, ArrayDelta *delta);
    // Rule 2's test: a non-empty array whose elements are all objects with a string "id".
    static bool isKeyedArray(simdjson::dom::array a);
    // Merges a keyed array patch into `target` by id.
    static void mergeKeyed(JsonArray &target, simdjson::dom::array patch, ArrayDelta *delta);
    // Merges one element into a stored element, keeping the stored "id" spelling.
    static void mergeElement(JsonValue &element, simdjson::dom::object patch);
};

} // namespace mirage
