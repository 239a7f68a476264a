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
    // `sizeHint`: the bytes to reserve (the last dump's size): a 10,000-step dump is ~10 MB, and
    // growing to it by doubling copies and page-faults it about twice over.
    static std::string json(const ActivityState &state, size_t sizeHint = 0);
    // The dump but its activity: json() is `head`, the activity's JSON, then `tail`. The small
    // parts are taken on the state's thread, the activity written elsewhere (issue #26).
    static void around(const ActivityState &state, std::string &head, std::string &tail);
};

} // namespace mirage
