// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/parsedsnapshot.h"

#include "protocol/activitystate.h"

namespace mirage {

ParsedSnapshot ParsedSnapshot::parse(std::string_view json, bool padded, size_t maxMessageBytes, bool summarise)
{
    // The very same reading as a state's: a state of its own, whose tree is then taken out.
    ParsedSnapshot out;
    ActivityState reader;
    reader.setMaxMessageBytes(maxMessageBytes);
    out.error = reader.loadSnapshot(json, padded, &out.problem);
    if (!out.error.empty())
        return out;
    out.activity = reader.adopt(JsonValue());
    if (summarise)
        out.summary = ActivitySummary::of(out.activity);
    return out;
}

} // namespace mirage
