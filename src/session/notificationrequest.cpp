// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/notificationrequest.h"

namespace mirage {

QString NotificationRequest::kindName(Kind k)
{
    switch (k) {
    case Files:
        return QStringLiteral("files");
    case People:
        return QStringLiteral("people");
    case Alerts:
        return QStringLiteral("alerts");
    case Messages:
        return QStringLiteral("messages");
    }
    return {};
}

} // namespace mirage
