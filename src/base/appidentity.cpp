// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "base/appidentity.h"

#include "base/logsanitizer.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace mirage {

void AppIdentity::apply()
{
    QCoreApplication::setApplicationName(QStringLiteral("miragedesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("MirageDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIRAGEDESK_VERSION));
    qSetMessagePattern(QStringLiteral("miragedesk: %{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{message}"));
    LogSanitizer::install();
    // A host name that is not ASCII is written in punycode wherever a URL becomes text (the window,
    // the log, the terminal): аpple.com with a Cyrillic "а" reads xn--pple-43d.com, never as
    // apple.com (Qt's default shows the Unicode of a list of top-level domains). Before any thread.
    QUrl::setIdnWhitelist({});
}

} // namespace mirage
