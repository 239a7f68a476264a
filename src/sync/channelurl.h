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
    QUrl socketUrl; // ws[s]://host[:port][/base]/ws/activities/<uuid>/
    QUrl httpBase; // http[s]://host[:port][/base]: the base path a reverse proxy serves it under, if any
    QString origin; // the Origin header: http[s]://host[:port] (no path)
    QString activityId; // lowercase canonical UUID
};

// What is wrong with a server or activity as typed, as a code with its arguments: UrlProblemText words
// it (`error` is its command-line form).
struct UrlProblem
{
    enum Kind {
        None,
        NoActivity,
        NotUuid, // value: what was typed (at most 80 characters)
        NoServer,
        NoScheme, // value: the server
        InvalidUrl, // value: QUrl's reason
        BadScheme, // value: the scheme
        NoHost,
        Credentials,
        Query, // value: the query
        Fragment, // value: the fragment
        BadPath, // value: the path (an empty, . or .. part, or a channel path without its UUID)
        ChannelPathNotUuid, // value: the channel URL's last part
        Mismatch, // value: the channel URL's activity, other: the one given beside it
    };
    Kind kind = None;
    QString value;
    QString other;
};

// Turns what a user typed into a channel endpoint, or says exactly what is wrong with it.
class ChannelUrl
{
public:
    // `server`: ws://h:8000, wss://h, http://h:8000/, https://h (trailing slash optional), each with
    // a base path or not (https://h/mirage/: the channel is <base>/ws/activities/<uuid>/, the HTTP
    // API <base>/api/…, issue #25), or a full channel URL ws://h:8000[/base]/ws/activities/<uuid>/
    // (then `activity` may be empty, or must agree).
    static std::optional<ChannelEndpoint> resolve(
        const QString &server, const QString &activity, QString *error, UrlProblem *problem = nullptr);
    // What the Open dialog and the command line give: a server and a UUID, or a full channel URL in
    // the activity field (then the server does not matter).
    static bool isChannelUrl(const QString &activity) { return activity.contains(QLatin1String("://")); }
    static std::optional<ChannelEndpoint> resolveTyped(
        const QString &server, const QString &activity, QString *error, UrlProblem *problem = nullptr);
    // The http(s) base of a server as typed, when it is a valid server URL; empty otherwise.
    static QUrl serverBase(const QString &server);
    // A UUID in any case, with or without braces, to its canonical form; a reason when it is not one.
    static std::optional<QString> activityId(const QString &text, QString *error, UrlProblem *problem = nullptr);
    // Builds the snapshot URL from a template with {base} and {id}.
    static QUrl snapshotUrl(const QString &templ, const ChannelEndpoint &ep);
    // A URL fit to show: no user info, no query (where a token may travel), a host name that is
    // not ASCII in punycode (xn--…: what is connected to, never a look-alike of another name).
    static QString display(const QUrl &url);
    // `server` as typed, with a host name that is not ASCII in punycode; otherwise unchanged.
    static QString asciiHost(const QString &server);
};

} // namespace mirage
