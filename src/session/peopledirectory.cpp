// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/peopledirectory.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/jsontext.h"
#include "session/participantmodel.h"

#include <QJsonDocument>
#include <QJsonObject>

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

void PeopleDirectory::rememberFromMessage(QByteArrayView json)
{
    const QJsonObject message = QJsonDocument::fromJson(json.toByteArray()).object();
    for (const char *key : {"user", "data", "updated_fields"}) {
        const QJsonValue payload = message.value(QLatin1String(key));
        if (payload.isUndefined())
            continue;
        const QJsonObject user = payload.toObject();
        const QString id = user.value(QLatin1String("id")).toString();
        for (const char *field : {"name", "display_name", "displayName", "username"}) {
            if (const QString name = user.value(QLatin1String(field)).toString(); !name.isEmpty()) {
                remember(std::string_view(id.toStdString()), name);
                break;
            }
        }
        return;
    }
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
