// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "base/helpoption.h"

#include <QStringList>

namespace mirage {

QCommandLineOption HelpOption::make()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit."));
}

} // namespace mirage
