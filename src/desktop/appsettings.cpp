// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/appsettings.h"

namespace mirage {

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

QString AppSettings::lastServer() const
{
    return m_settings.value(QStringLiteral("server/last")).toString();
}

void AppSettings::setLastServer(const QString &server)
{
    if (server == lastServer())
        return;
    m_settings.setValue(QStringLiteral("server/last"), server);
    Q_EMIT changed();
}

bool AppSettings::notificationsEnabled(const QString &kind) const
{
    return flag(kind.toLatin1().constData());
}

bool AppSettings::flag(const char *kind) const
{
    return m_settings.value(QStringLiteral("notifications/%1").arg(QLatin1String(kind)), true).toBool();
}

void AppSettings::setFlag(const char *kind, bool on)
{
    if (flag(kind) == on)
        return;
    m_settings.setValue(QStringLiteral("notifications/%1").arg(QLatin1String(kind)), on);
    Q_EMIT changed();
}

} // namespace mirage
