// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/personview.h"

namespace mirage {

namespace {
constexpr std::string_view kId = "id", kName = "name", kDisplayName = "display_name", kDisplayNameCamel = "displayName",
                           kUsername = "username", kStatus = "status", kStepId = "step_id", kCurrentStep = "current_step";
} // namespace

std::string_view PersonView::id() const
{
    return text(kId);
}

std::string_view PersonView::name() const
{
    return firstText({kName, kDisplayName, kDisplayNameCamel, kUsername});
}

std::string_view PersonView::displayName() const
{
    const std::string_view n = name();
    return n.empty() ? id() : n;
}

std::string_view PersonView::status() const
{
    return text(kStatus);
}

std::string_view PersonView::stepId() const
{
    return firstText({kStepId, kCurrentStep});
}

} // namespace mirage
