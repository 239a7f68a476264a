// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <string_view>

namespace mirage {

class JsonArray;
class JsonValue;

// Helpers of the session's reading of the activity's JSON. Fields are read by name only through
// protocol's views (ActivityView, StepView, PersonView, FileView, ContentView).
namespace JsonText {
// A view's text (UTF-8) as a QString.
inline QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}
// The array at `v` when it is one (searchable by id), else null.
JsonArray *arrayOf(const JsonValue *v);
// The canonical key of an id: a UUID's lowercase form, any other text as it is.
QString idKey(std::string_view id);
// 1536 → "1.5 KB" (powers of 1024, as file managers show them).
QString humanSize(double bytes);
} // namespace JsonText

} // namespace mirage
