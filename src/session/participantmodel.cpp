// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/participantmodel.h"

#include "protocol/jsonvalue.h"
#include "session/jsontext.h"

namespace mirage {

QString ParticipantModel::displayName(const JsonValue &user)
{
    QString name = JsonText::firstField(&user, {"name", "display_name", "displayName", "username"});
    return name.isEmpty() ? JsonText::field(&user, "id") : name;
}

QVector<QVariant> ParticipantModel::extract(const JsonValue &user) const
{
    return {displayName(user), JsonText::field(&user, "status")};
}

QHash<int, QByteArray> ParticipantModel::extraRoleNames() const
{
    return {{NameRole, "name"}, {StatusRole, "status"}};
}

} // namespace mirage
