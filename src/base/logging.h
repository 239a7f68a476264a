// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// Every logging category of MirageDesk, one per area, declared in this one place. All are quiet
// by default (warnings and worse); enable one with QT_LOGGING_RULES, e.g.
// QT_LOGGING_RULES="miragedesk.channel.debug=true" or "miragedesk.*.debug=true". The README lists them.
Q_DECLARE_LOGGING_CATEGORY(lcReplay)
Q_DECLARE_LOGGING_CATEGORY(lcChannel)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
