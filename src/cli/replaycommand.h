// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QStringList>

namespace mirage {

// `miragedesk replay SNAPSHOT EVENTS.ndjson [--dump-state FILE]`: applies a recorded log offline.
class ReplayCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace mirage
