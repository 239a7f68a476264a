// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/fieldview.h"

#include "protocol/jsonvalue.h"

namespace mirage {

FieldView::FieldView(const JsonValue *object)
    : m_object(object && object->isObject() ? object : nullptr)
{
}

const JsonValue *FieldView::member(std::string_view key) const
{
    return m_object ? m_object->find(key) : nullptr;
}

const JsonValue *FieldView::object(std::string_view key) const
{
    const JsonValue *v = member(key);
    return v && v->isObject() ? v : nullptr;
}

const JsonValue *FieldView::array(std::string_view key) const
{
    const JsonValue *v = member(key);
    return v && v->isArray() ? v : nullptr;
}

std::string_view FieldView::text(std::string_view key) const
{
    const JsonValue *v = member(key);
    if (!v)
        return {};
    return v->isRawNumber() ? v->rawNumberText() : v->toString(); // a number kept as its text reads as it
}

std::string_view FieldView::firstText(std::initializer_list<std::string_view> keys) const
{
    for (std::string_view key : keys) {
        if (const std::string_view s = text(key); !s.empty())
            return s;
    }
    return {};
}

double FieldView::number(std::string_view key, double fallback) const
{
    const JsonValue *v = member(key);
    return v && v->isNumber() ? v->toDouble() : fallback;
}

} // namespace mirage
