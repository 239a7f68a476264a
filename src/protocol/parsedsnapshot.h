// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/activitysummary.h"
#include "protocol/jsonvalue.h"
#include "protocol/loadproblem.h"

#include <string>
#include <string_view>

namespace mirage {

// A snapshot parsed apart from any state, on any thread (issue #26: off the GUI thread), under the
// rules of ActivityState::loadSnapshot(); ActivityState::adopt() then sets its tree in O(1).
struct ParsedSnapshot
{
    JsonValue activity; // an object, unless `error` says why not
    std::string error; // empty on success: loadSnapshot()'s text otherwise
    LoadProblem problem = LoadProblem::None;
    ActivitySummary summary; // of `activity`, when asked for (what "since you last looked" compares)

    // `padded`: ActivityState::kReadPadding readable bytes follow `json`. `maxMessageBytes`: the
    // message cap of the state it is for.
    static ParsedSnapshot parse(std::string_view json, bool padded, size_t maxMessageBytes, bool summarise);
};

} // namespace mirage
