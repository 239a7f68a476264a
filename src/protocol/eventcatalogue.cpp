// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/eventcatalogue.h"

namespace mirage {

std::string_view EventCatalogue::name(int64_t id)
{
    switch (id) {
    case EventId::ActivityCreated:
        return "activity_created";
    case EventId::ActivityUpdated:
        return "activity_updated";
    case EventId::ActivityDeleted:
        return "activity_deleted";
    case EventId::ActivityRetrieved:
        return "activity_retrieved";
    case EventId::AllActivitiesRetrieved:
        return "all_activities_retrieved";
    case EventId::ActivityConfigUpdated:
        return "activity_config_updated";
    case EventId::ActivityConfigRetrieved:
        return "activity_config_retrieved";
    case EventId::ActivityHashRetrieved:
        return "activity_hash_retrieved";
    case EventId::AllActivityHashesRetrieved:
        return "all_activity_hashes_retrieved";
    case EventId::UserJoined:
        return "user_joined";
    case EventId::UserLeft:
        return "user_left";
    case EventId::UserStatusUpdated:
        return "user_status_updated";
    case EventId::SystemAlert:
        return "system_alert";
    case EventId::NotificationSent:
        return "notification_sent";
    case EventId::FileUploaded:
        return "file_uploaded";
    case EventId::FileDeleted:
        return "file_deleted";
    case EventId::FileDownloaded:
        return "file_downloaded";
    default:
        break;
    }
    switch (category(id)) {
    case EventCategory::Activity:
        return "unknown_activity_event";
    case EventCategory::User:
        return "unknown_user_event";
    case EventCategory::Notification:
        return "unknown_notification";
    case EventCategory::File:
        return "unknown_file_event";
    case EventCategory::Future:
        return "future_expansion";
    }
    return "unknown";
}

bool EventCatalogue::isKnown(int64_t id)
{
    return (id >= 101 && id <= 105) || (id >= 111 && id <= 114) || (id >= 201 && id <= 203) || id == 301 || id == 302
        || (id >= 401 && id <= 403);
}

EventCategory EventCatalogue::category(int64_t id)
{
    if (id < 200)
        return EventCategory::Activity;
    if (id < 300)
        return EventCategory::User;
    if (id < 400)
        return EventCategory::Notification;
    if (id < 500)
        return EventCategory::File;
    return EventCategory::Future;
}

std::string_view EventCatalogue::categoryName(EventCategory c)
{
    switch (c) {
    case EventCategory::Activity:
        return "activity";
    case EventCategory::User:
        return "user";
    case EventCategory::Notification:
        return "notification";
    case EventCategory::File:
        return "file";
    case EventCategory::Future:
        return "future";
    }
    return "unknown";
}

bool EventCatalogue::needsActivityId(int64_t id)
{
    return !(id >= 300 && id < 400) && id != EventId::AllActivitiesRetrieved && id != EventId::AllActivityHashesRetrieved;
}

} // namespace mirage
