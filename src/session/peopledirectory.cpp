// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/peopledirectory.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/jsontext.h"
#include "session/participantmodel.h"

namespace mirage {

void PeopleDirectory::remember(std::string_view id, const QString &name)
{
    if (id.empty() || name.isEmpty())
        return;
    m_names.insert(JsonText::idKey(id), name);
}

void PeopleDirectory::rememberAll(const JsonArray *people)
{
    if (!people)
        return;
    for (const JsonValue &user : people->items()) {
        const JsonValue *id = user.isObject() ? user.find("id") : nullptr;
        if (id && id->isString())
            remember(id->stringView(), ParticipantModel::displayName(user));
    }
}

void PeopleDirectory::rememberUser(std::string_view id, const JsonValue &user)
{
    // Their id when they have no name: that does not replace a name known (a leave names nobody).
    const QString shown = ParticipantModel::displayName(user);
    if (shown != QString::fromUtf8(id.data(), qsizetype(id.size())) || name(id).isEmpty())
        remember(id, shown);
}

QString PeopleDirectory::name(const QString &id) const
{
    return id.isEmpty() ? QString() : name(std::string_view(id.toStdString()));
}

QString PeopleDirectory::name(std::string_view id) const
{
    return id.empty() ? QString() : m_names.value(JsonText::idKey(id));
}

QString PeopleDirectory::nameOrId(std::string_view id) const
{
    const QString known = name(id);
    return known.isEmpty() ? QString::fromUtf8(id.data(), qsizetype(id.size())) : known;
}

} // namespace mirage
