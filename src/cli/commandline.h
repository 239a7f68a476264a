// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

namespace mirage {

// Entry point of the headless part: `miragedesk replay|watch …`, --version and --help.
class CommandLine
{
public:
    // True when argv names a headless command (or --version / --help) that needs no window.
    static bool isHeadless(int argc, char **argv);
    static int run(int argc, char **argv);
    static const char *usage();
};

} // namespace mirage
