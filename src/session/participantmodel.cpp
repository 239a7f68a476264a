// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/participantmodel.h"

#include "protocol/jsonvalue.h"
#include "session/jsontext.h"

#include <QRegularExpression>

namespace mirage {

QString ParticipantModel::displayName(const JsonValue &user)
{
    QString name = JsonText::firstField(&user, {"name", "display_name", "displayName", "username"});
    return name.isEmpty() ? JsonText::field(&user, "id") : name;
}

QString ParticipantModel::stepOf(const JsonValue &user)
{
    for (std::string_view key : {"step_id", "current_step"}) {
        if (const JsonValue *step = user.find(key); step && step->isString() && !step->stringView().empty())
            return JsonText::idKey(step->stringView());
    }
    const JsonValue *status = user.find("status");
    if (!status || !status->isString())
        return {};
    static const QRegularExpression said(QStringLiteral("\\b(?:editing|on)\\s+step\\s+(\\S+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = said.match(QString::fromUtf8(status->stringView()));
    if (!m.hasMatch())
        return {};
    QString id = m.captured(1);
    while (!id.isEmpty() && QStringView(u".,;:!?\"')").contains(id.back()))
        id.chop(1);
    return id.isEmpty() ? QString() : JsonText::idKey(id.toStdString());
}

QVector<QVariant> ParticipantModel::extract(const JsonValue &user) const
{
    return {displayName(user), JsonText::field(&user, "status"), stepOf(user)};
}

QHash<int, QByteArray> ParticipantModel::extraRoleNames() const
{
    return {{NameRole, "name"}, {StatusRole, "status"}, {StepRole, "step"}};
}

} // namespace mirage
