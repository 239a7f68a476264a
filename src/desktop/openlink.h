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
};

// miragedesk://open?server=<url>&activity=<uuid>  and  miragedesk://<host>[:port]/<uuid>
class OpenLink
{
public:
    static bool looksLikeLink(const QString &text);
    // The request, or nothing with a reason that names the bad part.
    static std::optional<OpenRequest> parse(const QString &link, QString *error);
};

} // namespace mirage
