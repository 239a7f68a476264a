// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/stepview.h"

#include "protocol/jsonvalue.h"

namespace mirage {

namespace {
constexpr std::string_view kId = "id", kName = "name", kTitle = "title", kDescription = "description", kType = "type",
                           kInstruction = "instruction", kContents = "contents", kEnter = "enter", kExit = "exit", kActivates = "activates",
                           kAction = "action";

const JsonValue *activates(const JsonValue *phase)
{
    const JsonValue *list = phase ? phase->find(kActivates) : nullptr;
    return list && list->isArray() ? list : nullptr;
}
} // namespace

std::string_view StepView::id() const
{
    return text(kId);
}

std::string_view StepView::name() const
{
    const std::string_view own = firstText({kName, kTitle});
    return own.empty() ? StepView(object(kInstruction)).text(kTitle) : own;
}

std::string_view StepView::description() const
{
    const std::string_view own = text(kDescription);
    return own.empty() ? StepView(object(kInstruction)).text(kDescription) : own;
}

std::string_view StepView::type() const
{
    return text(kType);
}

bool StepView::isAction() const
{
    return type() == kAction;
}

const JsonValue *StepView::contents() const
{
    return array(kContents);
}

const JsonValue *StepView::enterActivates() const
{
    return activates(object(kEnter));
}

const JsonValue *StepView::exitActivates() const
{
    return activates(object(kExit));
}

} // namespace mirage
