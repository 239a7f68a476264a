// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/logging.h"

Q_LOGGING_CATEGORY(lcCore, "miragedesk.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReplay, "miragedesk.replay", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChannel, "miragedesk.channel", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "miragedesk.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "miragedesk.app.models", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNotify, "miragedesk.app.notify", QtWarningMsg)
