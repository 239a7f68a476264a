// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/connectionoptions.h"

#include "sync/channelsettings.h"
#include "sync/channelurl.h"
#include "sync/tokensource.h"

#include <QCommandLineParser>

namespace mirage {

ConnectionOptions::ConnectionOptions()
    : server(QStringLiteral("server"),
        QStringLiteral("Server: ws://host:8000, wss://host, http(s)://host, or a full channel URL."), QStringLiteral("URL"))
        , activity(QStringLiteral("activity"), QStringLiteral("The activity's UUID."), QStringLiteral("UUID"))
              , tokenFile(QStringLiteral("token-file"),
                    QStringLiteral("Read the bearer token from FILE (else $MIRAGEDESK_TOKEN)."), QStringLiteral("FILE"))
                    , tokenQuery(QStringLiteral("token-query"),
                          QStringLiteral("Send the token as the query parameter NAME instead of an Authorization header."),
                              QStringLiteral("NAME"))
                          , origin(QStringLiteral("origin"),
                                QStringLiteral("The Origin header (default: from the server URL)."), QStringLiteral("ORIGIN"))
{
}

void ConnectionOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({server, activity, tokenFile, tokenQuery, origin});
}

bool ConnectionOptions::read(const QCommandLineParser &parser, ChannelSettings *settings, QString *error) const
{
    settings->origin = parser.value(origin);
    settings->tokenQueryName = parser.value(tokenQuery);
    settings->token.origin = QUrl();
    return TokenSource::load(parser.value(tokenFile), &settings->token.token, error);
}

void ConnectionOptions::bindToken(ChannelSettings *settings, const ChannelEndpoint &endpoint)
{
    settings->token.origin = endpoint.httpBase; // the token is given for this server only
}

} // namespace mirage
