// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// Planted violations for ctest i18n_strings_catches_violations: a sentence outside tr(), and the
// exempt cases beside it (a log line, a key, a marked line), which must not be reported.
#include <QLoggingCategory>
#include <QString>

QString planted()
{
    qWarning() << "a log line is not for the window";
    const QString key = QStringLiteral("notifications/files");
    const QString marked = QStringLiteral("Not shown anywhere"); // i18n: not shown (a planted exemption)
    return key + marked + QStringLiteral("Connection lost. Trying again.");
}
