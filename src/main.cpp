// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "cli/commandline.h"
#include "desktop/desktopapp.h"

// `miragedesk replay|watch|--version|--help` runs headless; anything else opens the window.
int main(int argc, char **argv)
{
    if (mirage::CommandLine::isHeadless(argc, argv))
        return mirage::CommandLine::run(argc, argv);
    return mirage::DesktopApp::run(argc, argv);
}
