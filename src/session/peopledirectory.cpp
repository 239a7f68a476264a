// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/peopledirectory.h"

#include "protocol/applyresult.h"
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

QString PeopleDirectory::take(const ApplyResult &r)
{
    if (!r.applied)
        return {};
    if ((r.changes & ApplyResult::FilesChanged) && r.subject)
        rememberFile(r.subjectId, JsonText::text(FileView(r.subject.get()).name()));
    if (!(r.changes & ApplyResult::ParticipantsChanged))
        return {};
    QString before = name(r.subjectId);
    if (r.subject)
        rememberUser(r.subjectId, *r.subject); // kept after they leave
    return before;
}

void PeopleDirectory::rememberCopy(const JsonValue &participants, const JsonValue &files)
{
    rememberAll(JsonText::arrayOf(&participants));
    if (const JsonArray *list = JsonText::arrayOf(&files)) {
        for (const JsonValue &f : list->items())
            rememberFile(FileView(&f).id(), JsonText::text(FileView(&f).name()));
    }
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

QString PeopleDirectory::fileNameOr(std::string_view id, std::string_view given) const
{
    if (!given.empty())
        return JsonText::text(given);
    const QString known = fileName(id);
    return known.isEmpty() ? JsonText::text(id) : known;
}

} // namespace mirage
