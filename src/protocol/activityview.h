// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/fieldview.h"

namespace mirage {

// An activity as the client reads it (SPEC §7), the same for the header, a 105 list's entry and
// the server's GET list: one rule for its name. A view (protocol/fieldview.h): no copy.
class ActivityView : public FieldView
{
public:
    using FieldView::FieldView;

    std::string_view id() const;
    // "name", else "title": the header, the Open dialog's lists and the log say the same.
    std::string_view name() const;
    std::string_view description() const;
    // The activity-level content list (the current data model), nullptr when there is none.
    const JsonValue *content() const;
    // The list of steps: `steps`, else ARLEM's `actions` (as ActivityState::stepsKey()); nullptr
    // when there is neither.
    const JsonValue *steps() const;
    // The list a GET of the server's activities answers (a JSON array, or an object's
    // "activities": absent or not a list reads as empty), parsed into `list`; false when the text
    // is neither.
    static bool parseList(std::string_view json, JsonValue &list);

    // What a 102's merged top-level keys (ApplyResult::fields) changed.
    static bool isNameField(std::string_view key);
    static bool isDescriptionField(std::string_view key);
    static bool isConfigField(std::string_view key);
    static bool isContentField(std::string_view key);
};

} // namespace mirage
