// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/fieldview.h"

namespace mirage {

// One participant (a 2xx's user, an element of the participants). Its display name is decided
// here and nowhere else. A view (protocol/fieldview.h): no copy.
class PersonView : public FieldView
{
public:
    using FieldView::FieldView;

    std::string_view id() const;
    // "name", "display_name", "displayName" or "username"; empty when none is given.
    std::string_view name() const;
    // The name, else the id: what the people list, the log and popups show.
    std::string_view displayName() const;
    std::string_view status() const;
    // The step they are on when they say so by id ("step_id", "current_step"), else empty.
    std::string_view stepId() const;
};

} // namespace mirage
