// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <string>

namespace mirage {

class ActivityState;

// The state dump of SPEC §6: one line of JSON (no newline), participants and files sorted by id.
class StateDump
{
public:
    static std::string json(const ActivityState &state);
};

} // namespace mirage
