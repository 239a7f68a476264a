// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QStringList>

namespace mirage {

// `miragedesk watch --server URL --activity UUID [options]`: follows a live activity and prints one
// JSON line per message (SPEC §5).
class WatchCommand
{
public:
    static int run(const QStringList &arguments);
    // The program miragedesk-watch, which the launcher starts for `miragedesk watch` (argv[1] "watch").
    static int main(int argc, char **argv);
};

} // namespace mirage
