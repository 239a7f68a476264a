// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/rejection.h"

#include <string>
#include <string_view>

namespace mirage {

// The SPEC §5 English of a rejection, for the headless output (the "error" of watch and replay
// lines, their stderr warnings, the fuzz target). The window words rejections itself.
class RejectText
{
public:
    static std::string english(const Rejection &r);
    // "an array", "a number", "null", … as the texts use them.
    static std::string_view kindPhrase(JsonKind k);
};

} // namespace mirage
