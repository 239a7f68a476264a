// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/peopledirectory.h"

#include "protocol/fileview.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "protocol/personview.h"
#include "session/jsontext.h"

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
        const PersonView person(&user);
        if (const std::string_view id = person.id(); !id.empty())
            remember(id, JsonText::text(person.displayName()));
    }
}

void PeopleDirectory::rememberUser(std::string_view id, const JsonValue &user)
{
    // Their id when they have no name: that does not replace a name known (a leave names nobody).
    const std::string_view shown = PersonView(&user).displayName();
    if (shown != id || name(id).isEmpty())
        remember(id, JsonText::text(shown));
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
    return known.isEmpty() ? JsonText::text(id) : known;
}

QString PeopleDirectory::uploaderOf(const FileView &file) const
{
    if (const std::string_view given = file.uploaderName(); !given.empty())
        return JsonText::text(given);
    return nameOrId(file.uploaderId());
}

void PeopleDirectory::rememberFile(std::string_view id, const QString &name)
{
    if (!id.empty() && !name.isEmpty())
        m_files.insert(JsonText::idKey(id), name);
}

QString PeopleDirectory::fileName(std::string_view id) const
{
    return id.empty() ? QString() : m_files.value(JsonText::idKey(id));
}

} // namespace mirage
