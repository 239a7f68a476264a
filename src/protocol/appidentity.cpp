// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/appidentity.h"

#include "protocol/logsanitizer.h"

#include <QCoreApplication>
#include <QString>

namespace mirage {

void AppIdentity::apply()
{
    QCoreApplication::setApplicationName(QStringLiteral("miragedesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("MirageDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIRAGEDESK_VERSION));
    qSetMessagePattern(QStringLiteral("miragedesk: %{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{message}"));
    LogSanitizer::install();
}

} // namespace mirage
