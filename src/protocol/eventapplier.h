// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

// Private to protocol: simdjson types (only protocol's .cpp files include this header).
#include "protocol/applyresult.h"

#include <simdjson.h>
#include <string_view>

namespace mirage {

class ActivityState;

// Applies one parsed message to an ActivityState (SPEC §2): reads its header (the event id, the
// activity it is about), validates the payload of its category completely, and only then changes
// the state, so that a rejection changes nothing. The state counts the result.
class EventApplier
{
public:
    // The result, with `rejection` set when the message was refused (`applied` is left to the state).
    static ApplyResult apply(ActivityState &state, simdjson::dom::element root);

private:
    EventApplier(ActivityState &state, ApplyResult &result)
        : m_state(state)
        , m_r(result)
    {
    }

    bool readId(simdjson::dom::object msg);
    bool readActivityId(simdjson::dom::object msg, std::string_view &aid, bool &hasAid);
    bool applyActivityEvent(simdjson::dom::object msg); // 101 … 114
    bool applyConfigEvent(simdjson::dom::object msg); // 111, 112
    bool applyHashEvent(simdjson::dom::object msg); // 113, 114
    bool applyUserEvent(simdjson::dom::object msg); // 201 … 203
    bool applyNotification(simdjson::dom::object msg); // 301, 302
    bool applyFileEvent(simdjson::dom::object msg); // 401 … 403
    bool fail(RejectReason reason);

    ActivityState &m_state;
    ApplyResult &m_r;
};

} // namespace mirage
