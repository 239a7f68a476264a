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
    // Fills `r` (reset by the caller), with `rejection` set when the message was refused
    // (`applied` is left to the state).
    static void apply(ActivityState &state, simdjson::dom::element root, ApplyResult &r);

private:
    EventApplier(ActivityState &state, ApplyResult &result)
        : m_state(state)
        , m_r(result)
    {
    }

    // The last member of each key every message is read for, found in one walk of the message
    // (issue #14: a walk for each was ~5% of replay). `found` has a bit per member.
    struct Common
    {
        enum : uint8_t { Id = 1, ActivityId = 2, UpdatedFields = 4, Data = 8 };
        uint8_t found = 0;
        simdjson::dom::element id, activityId, updatedFields, data;
    };
    static Common readCommon(simdjson::dom::object msg);

    bool readId(const Common &c);
    bool readActivityId(const Common &c, std::string_view &aid, bool &hasAid);
    // A 102's payload: "updated_fields", else "data" (PayloadReader::object's reading of them).
    bool updatedFields(const Common &c, simdjson::dom::object &out);
    bool applyActivityEvent(simdjson::dom::object msg, const Common &c); // 101 … 114
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
