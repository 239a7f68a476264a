// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

// Private to protocol: simdjson types (only protocol's .cpp files include this header).
#include "protocol/jsonvalue.h"

#include <simdjson.h>
#include <string_view>

namespace mirage {

// Builds a JsonValue from a parsed simdjson element. Duplicate object keys: the last one wins.
JsonValue fromDom(simdjson::dom::element e);
// Same for an object, leaving out one key (e.g. the "$patch" directive).
JsonValue fromDomObjectWithout(simdjson::dom::object o, std::string_view skippedKey);
// The last member named `key` of `o` (JSON parsers in other languages let the last duplicate win).
bool lastMember(simdjson::dom::object o, std::string_view key, simdjson::dom::element &out);

} // namespace mirage
