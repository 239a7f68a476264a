// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace mirage {

// A desktop popup the activity asks for. Its `key` names what it is about: a later popup with the
// same key replaces the earlier one instead of stacking.
struct NotificationRequest
{
    enum Kind { Files, People, Alerts, Messages };
    enum Urgency { Low = 0, Normal = 1, Critical = 2 };

    Kind kind = Alerts;
    QString key;
    QString summary; // plain text
    QString body; // plain text; escaped on the way to a daemon that reads markup
    Urgency urgency = Normal;
    QString section; // where the default action leads: "steps", "people", "files", "log"
    QString itemId; // the row there, if any

    static QString kindName(Kind k);
};

} // namespace mirage
