// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/desktopapp.h"

// miragedesk-window: the window, started by the launcher for `miragedesk [link | options]`.
int main(int argc, char **argv)
{
    return mirage::DesktopApp::run(argc, argv);
}
