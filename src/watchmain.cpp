// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "cli/watchcommand.h"

// miragedesk-watch: `miragedesk watch …`, started by the launcher (QtCore, Network, WebSockets).
int main(int argc, char **argv)
{
    return mirage::WatchCommand::main(argc, argv);
}
