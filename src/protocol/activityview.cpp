// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/activityview.h"

#include "protocol/domconvert.h"
#include "protocol/jsonvalue.h"

namespace mirage {

namespace {
constexpr std::string_view kId = "id", kName = "name", kTitle = "title", kDescription = "description", kConfig = "config",
                           kContent = "content", kActivities = "activities", kStepList = "steps", kArlemStepList = "actions";
} // namespace

std::string_view ActivityView::id() const
{
    return text(kId);
}

std::string_view ActivityView::name() const
{
    return firstText({kName, kTitle});
}

std::string_view ActivityView::description() const
{
    return text(kDescription);
}

const JsonValue *ActivityView::content() const
{
    return array(kContent);
}

const JsonValue *ActivityView::steps() const
{
    if (const JsonValue *steps = member(kStepList))
        return steps;
    return member(kArlemStepList);
}

bool ActivityView::parseList(std::string_view json, JsonValue &list)
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS)
        return false;
    simdjson::dom::object object;
    simdjson::dom::element activities;
    if (root.is_array())
        list = fromDom(root);
    else if (root.get_object().get(object) != simdjson::SUCCESS || !lastMember(object, kActivities, activities))
        return false;
    else
        list = activities.is_array() ? fromDom(activities) : JsonValue::array();
    return true;
}

bool ActivityView::isNameField(std::string_view key)
{
    return key == kName || key == kTitle;
}

bool ActivityView::isDescriptionField(std::string_view key)
{
    return key == kDescription;
}

bool ActivityView::isConfigField(std::string_view key)
{
    return key == kConfig;
}

bool ActivityView::isContentField(std::string_view key)
{
    return key == kContent;
}

} // namespace mirage
