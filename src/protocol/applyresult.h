// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/arraydelta.h"
#include "protocol/eventcatalogue.h"
#include "protocol/rejection.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mirage {

class JsonValue;

// What applying one message did: accepted or rejected (with the reason), and, when the state was
// asked to collect details, what changed so that views can update precisely.
struct ApplyResult
{
    enum Change : uint32_t {
        NoChange = 0,
        ActivityReplaced = 1u << 0, // 101, 104, a snapshot
        ActivityMerged = 1u << 1, // 102, 111, 112
        ActivityDeleted = 1u << 2, // 103
        HashChanged = 1u << 3,
        ParticipantsChanged = 1u << 4,
        FilesChanged = 1u << 5,
        ActivityListChanged = 1u << 6, // 105
        Notification = 1u << 7, // 301, 302
    };

    bool applied = false;
    bool hasId = false;
    int64_t id = 0;
    // Why it was rejected: a code and its arguments (RejectionText words it).
    Rejection rejection;

    uint32_t changes = NoChange;
    // Filled only when details are collected:
    ArrayDelta steps; // what a 102 did to the activity's steps (or legacy actions)
    std::vector<std::string> fields; // the top-level keys a 102 merged ("config" for 111/112)
    std::string subjectId; // the user or file a 2xx/4xx event is about
    bool subjectRemoved = false;
    // The element a 2xx or 4xx event touched, as this message left it: the user (a 202: what its
    // payload says of them), the file (a 402: as it was before it went). Read it through
    // PersonView / FileView, not back from the tree: a batch is applied before it is read, so a
    // reader of its messages sees each one's element here, not the one the whole batch left.
    std::shared_ptr<const JsonValue> subject;
    std::string level, title, message; // 301 / 302

    // Back to a default-constructed result, keeping the texts' and lists' capacity: a source that
    // applies message after message into one result saves building and freeing one per message
    // (issue #14: ~6% of replay). Every member above is reset here.
    void reset();

    std::string_view name() const { return hasId ? EventCatalogue::name(id) : std::string_view(); }
    EventCategory category() const { return EventCatalogue::category(id); }
    RejectReason reason() const { return rejection.reason; }
    // The SPEC §5 English of the rejection (empty when applied), for the headless output.
    std::string errorText() const;
    // The watch line of SPEC §5, without the trailing newline.
    std::string toWatchLine(uint64_t seq, std::string_view activityId) const;
};

} // namespace mirage
