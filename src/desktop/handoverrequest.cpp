// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/handoverrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace mirage {

namespace {
const QString kActivationToken = QStringLiteral("activation-token");
const QString kStartupId = QStringLiteral("desktop-startup-id");
const QString kLinks = QStringLiteral("links");
const QString kAction = QStringLiteral("action");
const QString kCaFile = QStringLiteral("miragedesk-ca-file");
} // namespace

QString HandOverRequest::linkFor(const QString &server, const QString &activity)
{
    return QStringLiteral("miragedesk://open?server=%1&activity=%2") .arg(
        QString::fromLatin1(QUrl::toPercentEncoding(server)), QString::fromLatin1(QUrl::toPercentEncoding(activity)));
}

void HandOverRequest::readTokensFromEnvironment()
{
    activationToken = qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    startupId = qEnvironmentVariable("DESKTOP_STARTUP_ID");
}

QString HandOverRequest::tokenFor(const QString &platform) const
{
    if (platform.startsWith(QLatin1String("wayland")))
        return activationToken;
    if (platform == QLatin1String("xcb"))
        return startupId;
    return {};
}

QVariantMap HandOverRequest::platformData() const
{
    QVariantMap data;
    if (!activationToken.isEmpty())
        data.insert(kActivationToken, activationToken);
    if (!startupId.isEmpty())
        data.insert(kStartupId, startupId);
    if (!caFile.isEmpty())
        data.insert(kCaFile, caFile);
    return data;
}

void HandOverRequest::setPlatformData(const QVariantMap &data)
{
    // Other keys (GApplication's "pwd", …) are not ours; a token of the wrong type is ignored.
    activationToken =
        data.value(kActivationToken).metaType().id() == QMetaType::QString ? data.value(kActivationToken).toString() : QString();
    startupId = data.value(kStartupId).metaType().id() == QMetaType::QString ? data.value(kStartupId).toString() : QString();
    caFile = data.value(kCaFile).metaType().id() == QMetaType::QString ? data.value(kCaFile).toString() : QString();
}

QByteArray HandOverRequest::toLine() const
{
    QJsonObject o = QJsonObject::fromVariantMap(platformData());
    o.insert(kLinks, QJsonArray::fromStringList(links));
    if (!action.isEmpty())
        o.insert(kAction, action);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<HandOverRequest> HandOverRequest::fromLine(const QByteArray &line)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    HandOverRequest r;
    for (const QJsonValue &v : o.value(kLinks).toArray()) {
        if (!v.isString())
            return std::nullopt;
        r.links << v.toString();
    }
    r.action = o.value(kAction).toString();
    if (!r.action.isEmpty() && r.action != openActivityAction())
        return std::nullopt;
    r.setPlatformData(o.toVariantMap());
    return r;
}

} // namespace mirage
