// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

namespace mirage {

// Replaces the launcher with one of its programs (miragedesk-window, miragedesk-watch), given the
// same argv: exec keeps the process id, so whoever started `miragedesk` can still signal and wait
// for it. The program is looked for next to the launcher (the build tree), then in the
// installation's helper directory (MIRAGEDESK_HELPER_DIR, relative to the launcher's own
// directory: ../libexec/miragedesk), found through /proc/self/exe, so an unpacked or relocated
// tree runs its own programs.
class HelperExec
{
public:
    // Returns only when the program could not be started (ExitFailure, with the reason on stderr).
    static int run(const char *program, char **argv);
};

} // namespace mirage
