// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/contentview.h"

#include "protocol/jsonvalue.h"

namespace mirage {

namespace {
constexpr std::string_view kContentData = "contentData", kSteps = "steps", kAction = "action";
} // namespace

const JsonValue *ContentView::dataObject() const
{
    return object(kContentData);
}

std::string_view ContentView::type() const
{
    return FieldView::text(kType);
}

std::string_view ContentView::predicate() const
{
    return FieldView::text(kPredicate);
}

bool ContentView::hasData() const
{
    return dataObject() != nullptr;
}

bool ContentView::isAction() const
{
    return type() == kAction;
}

std::string_view ContentView::mediaText(std::initializer_list<std::string_view> keys) const
{
    const ContentView data(dataObject());
    for (std::string_view media : kMedia) {
        if (const std::string_view s = ContentView(data.object(media)).firstText(keys); !s.empty())
            return s;
    }
    return {};
}

std::string_view ContentView::name() const
{
    std::string_view s = firstText({kName, kTitle});
    if (s.empty())
        s = ContentView(dataObject()).firstText({kName, kTitle, kFileName});
    return s.empty() ? mediaText({kName, kTitle, kFileName}) : s;
}

std::string_view ContentView::url() const
{
    std::string_view s = ContentView(dataObject()).firstText({kUrl, kImageUrl, kAudioUrl, kVideoUrl, kFileUrl});
    if (s.empty())
        s = mediaText({kUrl, kFileUrl});
    return s.empty() ? FieldView::text(kUrl) : s;
}

std::string_view ContentView::option() const
{
    return FieldView::text(kOption);
}

std::string_view ContentView::text() const
{
    const std::string_view own = FieldView::text(kText);
    return own.empty() ? ContentView(dataObject()).FieldView::text(kText) : own;
}

std::string_view ContentView::description() const
{
    const std::string_view own = FieldView::text(kDescription);
    return own.empty() ? ContentView(dataObject()).FieldView::text(kDescription) : own;
}

std::string_view ContentView::poi() const
{
    return FieldView::text(kPoi);
}

const JsonValue *ContentView::steps() const
{
    return array(kSteps);
}

} // namespace mirage
