// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/urlproblemtext.h"

namespace mirage {

QString UrlProblemText::sentence(const UrlProblem &p)
{
    switch (p.kind) {
    case UrlProblem::None:
        return {};
    case UrlProblem::NoActivity:
        return tr("Enter an activity UUID or a channel URL.");
    case UrlProblem::NotUuid:
        return tr("“%1” is not an activity UUID: it has 32 hexadecimal digits in groups of 8-4-4-4-12, such as "
                  "63b76319-68ef-4412-9dd4-bb2a13315ee2.")
            .arg(p.value);
    case UrlProblem::NoServer:
        return tr("Enter a server, such as ws://localhost:8000 or https://mirage.example.org.");
    case UrlProblem::NoScheme:
        return tr("The server “%1” needs ws://, wss://, http:// or https:// before the host.").arg(p.value);
    case UrlProblem::InvalidUrl:
        return tr("The server is not a valid URL (%1).").arg(p.value);
    case UrlProblem::BadScheme:
        return tr("Unsupported scheme “%1” in the server URL: use ws://, wss://, http:// or https://.").arg(p.value);
    case UrlProblem::NoHost:
        return tr("The server URL has no host.");
    case UrlProblem::Credentials:
        return tr("The server URL holds a user name or password; MirageDesk asks for a token when the server wants one.");
    case UrlProblem::Query:
        return tr("The server URL has a query (“?%1”); enter just the server, such as ws://host:8000.").arg(p.value);
    case UrlProblem::Fragment:
        return tr("The server URL has a fragment (“#%1”).").arg(p.value);
    case UrlProblem::BadPath:
        return tr("The path “%1” is not a channel: enter the server (ws://host:8000) or a whole channel URL "
                  "(ws://host:8000/ws/activities/<uuid>/).")
            .arg(p.value);
    case UrlProblem::ChannelPathNotUuid:
        return tr("The channel URL ends in “%1”, which is not an activity UUID.").arg(p.value);
    case UrlProblem::Mismatch:
        return tr("The channel URL names activity %1, the activity field %2.").arg(p.value, p.other);
    }
    return {};
}

} // namespace mirage
