// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/fieldview.h"

namespace mirage {

// One step of an activity, in either shape (SPEC §7: a current step, or a legacy ARLEM action whose
// words sit in "instruction"). A view (protocol/fieldview.h): no copy.
class StepView : public FieldView
{
public:
    using FieldView::FieldView;

    std::string_view id() const;
    // "name", "title", else the instruction's title.
    std::string_view name() const;
    // "description", else the instruction's.
    std::string_view description() const;
    std::string_view type() const;
    // An ARLEM step's type, "action": nothing an author would read.
    bool isAction() const;
    // Its content lists (arrays, or nullptr): its own "contents", and ARLEM's enter / exit activations.
    const JsonValue *contents() const;
    const JsonValue *enterActivates() const;
    const JsonValue *exitActivates() const;
};

} // namespace mirage
