// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <cstdint>
#include <string_view>

namespace mirage {

// The event ids of SPEC §2, with the seed's names and reserved ranges.
enum class EventCategory : uint8_t { Activity, User, Notification, File, Future };

namespace EventId {
constexpr int64_t ActivityCreated = 101;
constexpr int64_t ActivityUpdated = 102;
constexpr int64_t ActivityDeleted = 103;
constexpr int64_t ActivityRetrieved = 104;
constexpr int64_t AllActivitiesRetrieved = 105;
constexpr int64_t ActivityConfigUpdated = 111;
constexpr int64_t ActivityConfigRetrieved = 112;
constexpr int64_t ActivityHashRetrieved = 113;
constexpr int64_t AllActivityHashesRetrieved = 114;
constexpr int64_t UserJoined = 201;
constexpr int64_t UserLeft = 202;
constexpr int64_t UserStatusUpdated = 203;
constexpr int64_t SystemAlert = 301;
constexpr int64_t NotificationSent = 302;
constexpr int64_t FileUploaded = 401;
constexpr int64_t FileDeleted = 402;
constexpr int64_t FileDownloaded = 403;
} // namespace EventId

class EventCatalogue
{
public:
    // The seed's name ("activity_updated"), or a name for the id's reserved range
    // ("unknown_activity_event", …, "future_expansion" for 500 and above, as the seed reserves them).
    static std::string_view name(int64_t id);
    static bool isKnown(int64_t id);
    static EventCategory category(int64_t id);
    static std::string_view categoryName(EventCategory c);
    // 3xx, 105 and 114 are system- or collection-wide: they need no activity_id.
    static bool needsActivityId(int64_t id);
};

} // namespace mirage
