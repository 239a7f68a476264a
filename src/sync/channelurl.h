// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace mirage {

// Where one activity's channel lives (SPEC §1).
struct ChannelEndpoint
{
    QUrl socketUrl; // ws[s]://host[:port]/ws/activities/<uuid>/
    QUrl httpBase; // http[s]://host[:port]
    QString origin; // the Origin header: http[s]://host[:port]
    QString activityId; // lowercase canonical UUID
};

// Turns what a user typed into a channel endpoint, or says exactly what is wrong with it.
class ChannelUrl
{
public:
    // `server`: ws://h:8000, wss://h, http://h:8000/, https://h (trailing slash optional), or a full
    // channel URL ws://h:8000/ws/activities/<uuid>/ (then `activity` may be empty, or must agree).
    static std::optional<ChannelEndpoint> resolve(const QString &server, const QString &activity, QString *error);
    // A UUID in any case, with or without braces, to its canonical form; a reason when it is not one.
    static std::optional<QString> activityId(const QString &text, QString *error);
    // Builds the snapshot URL from a template with {base} and {id}.
    static QUrl snapshotUrl(const QString &templ, const ChannelEndpoint &ep);
    // A URL fit to show: no user info, no query (where a token may travel).
    static QString display(const QUrl &url);
};

} // namespace mirage
