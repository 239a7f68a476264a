// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <cstdint>

namespace mirage {

// Why a snapshot was not loaded, as a code: the window words it in its language
// (session/ConnectionText); the headless commands print ActivityState::loadSnapshot's English.
enum class LoadProblem : uint8_t {
    None,
    TooLarge, // over the size cap
    TooDeep, // nesting deeper than the message limit (SPEC §2)
    NotJson, // not JSON text
    NotObject, // JSON, but not an object
};

} // namespace mirage
