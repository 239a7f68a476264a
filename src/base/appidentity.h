// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

namespace mirage {

// What every entry point (the headless commands and the window) says about itself: names, version,
// and the "miragedesk: …" form of every line it logs, cleaned of control characters. Defined once.
class AppIdentity
{
public:
    static void apply();
};

} // namespace mirage
