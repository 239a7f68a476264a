// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QStringList>

namespace mirage {

// `miragedesk [--server URL --activity UUID]`: the window. Arguments are checked before any window
// exists, so a bad UUID is refused (exit 2) even without a display.
class DesktopApp
{
public:
    static int run(int argc, char **argv);
    static const char *mainQml();
};

} // namespace mirage
