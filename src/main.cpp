// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "cli/commandline.h"
#include "cli/helperexec.h"

// `miragedesk`, the launcher (QtCore only): replay, --version and --help here; `watch` and the
// window replace this process with their own programs, which load the network and the GUI.
int main(int argc, char **argv)
{
    using mirage::CommandLine;
    switch (CommandLine::route(argc, argv)) {
    case CommandLine::Route::Here:
        return CommandLine::run(argc, argv);
    case CommandLine::Route::Watch:
        return mirage::HelperExec::run("miragedesk-watch", argv);
    case CommandLine::Route::Window:
        break;
    }
    return mirage::HelperExec::run("miragedesk-window", argv);
}
