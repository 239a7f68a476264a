// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// i18n: this file writes nothing for the window (its texts go to the terminal, the log or D-Bus).

#include "desktop/applicationservice.h"

#include "desktop/handoverrequest.h"
#include "desktop/singleinstance.h"

#include <QDBusError>
#include <QDBusMessage>

namespace mirage {

ApplicationService::ApplicationService(SingleInstance *instance)
    : QObject(instance)
    , m_instance(instance)
{
}

void ApplicationService::Activate(const QVariantMap &platformData)
{
    Open({}, platformData);
}

void ApplicationService::Open(const QStringList &uris, const QVariantMap &platformData)
{
    HandOverRequest request;
    request.links = uris;
    request.setPlatformData(platformData);
    // Each caller (a connection to the bus: its unique name) has its own share of what may wait.
    bool overLimit = false;
    const QString refused = m_instance->accept(request, calledFromDBus() ? message().service() : QString(), &overLimit);
    if (!refused.isEmpty() && calledFromDBus())
        sendErrorReply(overLimit ? QDBusError::LimitsExceeded : QDBusError::InvalidArgs, refused);
}

void ApplicationService::ActivateAction(const QString &actionName, const QVariantList &, const QVariantMap &platformData)
{
    // The desktop entry's one action (Actions=open-activity): the window's Open dialog.
    if (actionName == HandOverRequest::openActivityAction()) {
        HandOverRequest request;
        request.action = actionName;
        request.setPlatformData(platformData);
        m_instance->accept(request, calledFromDBus() ? message().service() : QString());
        return;
    }
    if (calledFromDBus())
        sendErrorReply(QDBusError::NotSupported, QStringLiteral("MirageDesk has no action '%1'").arg(actionName.left(80)));
}

} // namespace mirage
