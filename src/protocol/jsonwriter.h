// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <string>
#include <string_view>

namespace mirage {

class JsonValue;

// A JSON tree written out as compact JSON text (UTF-8), for JsonValue::toJson and appendJson: what
// the state dump, `watch`'s lines and the copies on disk are made of. Object members keep their
// insertion order; holes are left out of arrays; a raw number is written verbatim; a double that
// is not finite is null, -0 is "-0.0".
class JsonWriter
{
public:
    static void append(std::string &out, const JsonValue &value);
};

// Appends `s` to `out` as a JSON string literal: '"', '\\', the C0 and C1 controls and DEL escaped
// (declared in protocol/jsonvalue.h too, where its callers find it).
void appendJsonString(std::string &out, std::string_view s);

} // namespace mirage
