// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

class QString;

namespace mirage {

// The launcher, `miragedesk`: it runs replay, --version and --help itself (QtCore only) and hands
// `watch` and the window to their own programs (HelperExec), which load the network and the GUI.
class CommandLine
{
public:
    enum class Route {
        Here, // replay, --version, --help (also --help among the window's arguments)
        Watch, // miragedesk-watch
        Window, // miragedesk-window: no command, a link, --server …, --gapplication-service
    };
    static Route route(int argc, char **argv);
    static int run(int argc, char **argv);
    // The top-level help: the commands, then the window's options (protocol/WindowOptions).
    static QString help();
};

} // namespace mirage
