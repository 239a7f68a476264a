// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/connectionoptions.h"

#include "sync/channelsettings.h"
#include "sync/channelurl.h"
#include "sync/tlstrust.h"
#include "sync/tokensource.h"

#include <QCommandLineParser>

namespace mirage {

bool ConnectionOptions::read(const QCommandLineParser &parser, ChannelSettings *settings, QString *error) const
{
    settings->origin = parser.value(origin);
    settings->tokenQueryName = parser.value(tokenQuery);
    settings->token.origin = QUrl();
    if (!TokenSource::load(parser.value(tokenFile), &settings->token.token, error))
        return false;
    return TlsTrust::configure(parser.value(caFile), &settings->tls, error);
}

void ConnectionOptions::bindToken(ChannelSettings *settings, const ChannelEndpoint &endpoint)
{
    settings->token.origin = endpoint.httpBase; // the token is given for this server only
}

} // namespace mirage
