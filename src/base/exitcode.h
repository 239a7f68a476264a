// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

namespace mirage {

// Exit codes of SPEC §5.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // something went wrong that is none of the below (e.g. a write failed)
    ExitBadArguments = 2,
    ExitTimeout = 3,
    ExitRefused = 4,
    ExitCertificate = 5, // the server's certificate was refused (untrusted, expired, another name)
};

} // namespace mirage
