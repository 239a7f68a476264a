// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDBusContext>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace mirage {

class SingleInstance;

// org.freedesktop.Application on the session bus (the Desktop Entry spec's D-Bus activation):
// how a later start, the desktop's launcher or the bus itself hands a request to the running
// MirageDesk. A bad link is refused with the reason as a D-Bus error (InvalidArgs), too many links
// (SingleInstance's limits) with LimitsExceeded.
class ApplicationService
    : public QObject
    , protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")
public:
    explicit ApplicationService(SingleInstance *instance);

public Q_SLOTS:
    Q_SCRIPTABLE void Activate(const QVariantMap &platformData);
    Q_SCRIPTABLE void Open(const QStringList &uris, const QVariantMap &platformData);
    Q_SCRIPTABLE void ActivateAction(const QString &actionName, const QVariantList &parameter, const QVariantMap &platformData);

private:
    SingleInstance *m_instance;
};

} // namespace mirage
