// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// Not JSON: a settings key is not caught (this file reads no JSON).
#include <QSettings>

QString last(QSettings &settings)
{
    return settings.value(QStringLiteral("server/last")).toString();
}
