// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace mirage {

// A desktop popup the activity asks for. Its `key` names what it is about: a later popup with the
// same key replaces the earlier one instead of stacking. Requests with the same `group` that come
// in a burst are merged into one popup ("Ana Lima uploaded 30 files"), which says what happened
// from `event`, `who` and `activity`.
struct NotificationRequest
{
    enum Kind { Files, People, Alerts, Messages };
    enum Urgency { Low = 0, Normal = 1, Critical = 2 };
    enum Event { Other, Joined, Left, Uploaded, FileDeleted };

    Kind kind = Alerts;
    QString key;
    QString summary; // plain text
    QString body; // plain text; escaped on the way to a daemon that reads markup
    Urgency urgency = Normal;
    QString section; // where the default action leads: "steps", "people", "files", "log"
    QString itemId; // the row there, if any
    // For grouping a burst: empty `group` = never grouped (a critical alert stays on its own).
    QString group {}; // requests merge when their group is the same (the kind, what, the activity)
    Event event = Other;
    QString who {}; // the person who did it (joined, left, uploaded), named
    QString activity {}; // the activity's title: the grouped popup's summary

    static QString kindName(Kind k);
};

} // namespace mirage
