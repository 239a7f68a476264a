// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <initializer_list>
#include <string_view>

namespace mirage {

class JsonArray;
class JsonValue;

// Reading display text out of the activity's JSON. Everything returned is plain text.
namespace JsonText {
// The string at `key` of an object (numbers are written out); empty when absent or not text.
QString field(const JsonValue *object, std::string_view key);
// The same of a value itself (null: empty).
QString text(const JsonValue *v);
// The first non-empty of several keys.
QString firstField(const JsonValue *object, std::initializer_list<std::string_view> keys);
// A member of a member: path {"instruction", "title"}.
const JsonValue *at(const JsonValue *object, std::initializer_list<std::string_view> path);
// The array at `v` when it is one (searchable by id), else null.
JsonArray *arrayOf(const JsonValue *v);
// The canonical key of an id: a UUID's lowercase form, any other text as it is.
QString idKey(std::string_view id);
// 1536 → "1.5 KB" (powers of 1024, as file managers show them).
QString humanSize(double bytes);
} // namespace JsonText

} // namespace mirage
