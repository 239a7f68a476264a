// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <cstdint>

namespace mirage {

// Why a snapshot was not loaded, as a code: sync/ConnectionText words a fetched one's (watch's warning,
// the window's log); a snapshot file given to a headless command is named by loadSnapshot's English.
enum class LoadProblem : uint8_t {
    None,
    TooLarge, // over the size cap
    TooDeep, // nesting deeper than the message limit (SPEC §2)
    NotJson, // not JSON text
    NotObject, // JSON, but not an object
};

} // namespace mirage
