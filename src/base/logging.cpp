// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "base/logging.h"

Q_LOGGING_CATEGORY(lcReplay, "miragedesk.replay", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChannel, "miragedesk.channel", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "miragedesk.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNotify, "miragedesk.app.notify", QtWarningMsg)
