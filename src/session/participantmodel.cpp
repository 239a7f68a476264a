// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/participantmodel.h"

#include "protocol/jsonvalue.h"
#include "protocol/personview.h"
#include "session/jsontext.h"

#include <QRegularExpression>

namespace mirage {

QString ParticipantModel::displayName(const JsonValue &user)
{
    const std::string_view name = PersonView(&user).displayName();
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

QString ParticipantModel::stepOf(const JsonValue &user)
{
    const PersonView person(&user);
    if (const std::string_view step = person.stepId(); !step.empty())
        return JsonText::idKey(step);
    const std::string_view status = person.status();
    if (status.empty())
        return {};
    static const QRegularExpression said(QStringLiteral("\\b(?:editing|on)\\s+step\\s+(\\S+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = said.match(QString::fromUtf8(status.data(), qsizetype(status.size())));
    if (!m.hasMatch())
        return {};
    QString id = m.captured(1);
    while (!id.isEmpty() && QStringView(u".,;:!?\"')").contains(id.back()))
        id.chop(1);
    return id.isEmpty() ? QString() : JsonText::idKey(id.toStdString());
}

QVector<QVariant> ParticipantModel::extract(const JsonValue &user) const
{
    const std::string_view status = PersonView(&user).status();
    return {displayName(user), QString::fromUtf8(status.data(), qsizetype(status.size())), stepOf(user)};
}

QHash<int, QByteArray> ParticipantModel::extraRoleNames() const
{
    return {{NameRole, "name"}, {StatusRole, "status"}, {StepRole, "step"}};
}

} // namespace mirage
