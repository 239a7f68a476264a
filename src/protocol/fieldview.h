// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace mirage {

class JsonArray;
class JsonValue;

// The base of the typed views (ActivityView, StepView, PersonView, FileView, ContentView): a
// pointer to one JSON object of the tree, read by key. A view over nullptr or over anything but an
// object answers empty. It copies and allocates nothing: a view is a pointer, and what it returns
// points into the tree (valid while the tree is unchanged). Only the views name keys.
class FieldView
{
public:
    explicit FieldView(const JsonValue *object = nullptr);

    bool isValid() const { return m_object != nullptr; }
    const JsonValue *json() const { return m_object; }

protected:
    // The member at `key`, nullptr when absent (or when this view is empty).
    const JsonValue *member(std::string_view key) const;
    // The member when it is an object / an array, else nullptr.
    const JsonValue *object(std::string_view key) const;
    const JsonValue *array(std::string_view key) const;
    // The string at `key` (a number too long or too precise for a double, kept as its JSON text,
    // reads as that text); empty when absent or of another type.
    std::string_view text(std::string_view key) const;
    // The first non-empty string of several keys.
    std::string_view firstText(std::initializer_list<std::string_view> keys) const;
    // The number at `key` (`fallback` when absent or not a number).
    double number(std::string_view key, double fallback) const;

private:
    const JsonValue *m_object;
};

} // namespace mirage
