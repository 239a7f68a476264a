// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/urlproblemtext.h"

namespace mirage {

namespace {

// The words of a code wherever it is shown; null for the codes worded for each place.
QString shared(const UrlProblem &p)
{
    switch (p.kind) {
    case UrlProblem::None:
    case UrlProblem::NoActivity:
    case UrlProblem::NoServer:
    case UrlProblem::Credentials:
    case UrlProblem::Mismatch:
        return {};
    case UrlProblem::NotUuid:
        return UrlProblemText::tr("'%1' is not an activity UUID: it has 32 hexadecimal digits in groups of 8-4-4-4-12, such as "
                                  "63b76319-68ef-4412-9dd4-bb2a13315ee2")
            .arg(p.value);
    case UrlProblem::NoScheme:
        return UrlProblemText::tr("the server '%1' has no scheme: write ws://, wss://, http:// or https:// before the host").arg(p.value);
    case UrlProblem::InvalidUrl:
        return UrlProblemText::tr("the server URL is not valid (%1)").arg(p.value);
    case UrlProblem::BadScheme:
        return UrlProblemText::tr("unsupported scheme '%1' in the server URL: use ws://, wss://, http:// or https://").arg(p.value);
    case UrlProblem::NoHost:
        return UrlProblemText::tr("the server URL has no host");
    case UrlProblem::Query:
        return UrlProblemText::tr("the server URL has a query ('?%1'); give just the server, such as ws://host:8000").arg(p.value);
    case UrlProblem::Fragment:
        return UrlProblemText::tr("the server URL has a fragment ('#%1')").arg(p.value);
    case UrlProblem::BadPath:
        return UrlProblemText::tr("unexpected path '%1' in the server URL: give the server with its base path (%2) or a channel URL (%3)")
            .arg(p.value, QStringLiteral("https://host/mirage/"), QStringLiteral("https://host/mirage/ws/activities/<uuid>/"));
    case UrlProblem::ChannelPathNotUuid:
        return UrlProblemText::tr("in the channel URL, '%1' is not an activity UUID").arg(p.value);
    }
    return {};
}

// Capitalised, with a full stop.
QString asSentence(QString text)
{
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

} // namespace

QString UrlProblemText::line(const UrlProblem &p)
{
    switch (p.kind) {
    case UrlProblem::NoActivity:
        return tr("no activity UUID given");
    case UrlProblem::NoServer:
        return tr("no server given (e.g. ws://localhost:8000 or https://mirage.example.org)");
    case UrlProblem::Credentials:
        return tr("the server URL carries user credentials; give a token with --token-file or MIRAGEDESK_TOKEN instead");
    case UrlProblem::Mismatch:
        return tr("the channel URL names activity %1 but --activity names %2").arg(p.value, p.other);
    default:
        return shared(p);
    }
}

QString UrlProblemText::sentence(const UrlProblem &p)
{
    switch (p.kind) {
    case UrlProblem::NoActivity:
        return tr("Enter an activity UUID or a channel URL.");
    case UrlProblem::NoServer:
        return tr("Enter a server, such as ws://localhost:8000 or https://mirage.example.org.");
    case UrlProblem::Credentials:
        return tr("The server URL holds a user name or password; MirageDesk asks for a token when the server wants one.");
    case UrlProblem::Mismatch:
        return tr("The channel URL names activity %1, the activity field %2.").arg(p.value, p.other);
    default:
        return asSentence(shared(p));
    }
}

} // namespace mirage
