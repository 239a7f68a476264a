// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <optional>

namespace mirage {

// What a `miragedesk://` link asks for: the server and the activity to open.
struct OpenRequest
{
    QString server;
    QString activity;
    // The step to select once the activity is shown (…&step=<id>), may be empty.
    QString step;
};

// miragedesk://open?server=<url>&activity=<uuid>[&step=<id>]  and  miragedesk://<host>[:port][/base/…]/<uuid>
// (the short form: the UUID is the last part of the path, what comes before it the server's base)
class OpenLink
{
public:
    static bool looksLikeLink(const QString &text);
    // The request, or nothing with a reason that names the bad part.
    static std::optional<OpenRequest> parse(const QString &link, QString *error);
    // The link to an activity (and a step of it, when `step` is given): the server's scheme,
    // host, port and path only (never a user, password or query: a token cannot be in it).
    static QString linkTo(const QString &server, const QString &activity, const QString &step = {});
};

} // namespace mirage
