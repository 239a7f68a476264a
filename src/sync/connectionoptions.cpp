// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/connectionoptions.h"

#include "sync/channelsettings.h"
#include "sync/channelurl.h"
#include "sync/tlstrust.h"
#include "sync/tokensource.h"

#include <QCommandLineParser>
#include <QUrl>

namespace mirage {

namespace {
// An origin as a browser sends it (RFC 6454): http(s)://host[:port], nothing after but a slash.
// Anything else is said now: a server answers it with 400 or 403, and the channel would retry forever.
bool readOrigin(const QString &text, QString *origin, QString *why)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!text.contains(QLatin1String("://")))
        *why = QStringLiteral("needs a scheme and a host, e.g. http://%1").arg(text.isEmpty() ? QStringLiteral("example.org") : text);
    else if (!url.isValid())
        *why = QStringLiteral("is not a valid URL: %1").arg(url.errorString());
    else if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        *why = QStringLiteral("has the scheme '%1': an origin is http:// or https://").arg(url.scheme());
    else if (url.host().isEmpty())
        *why = QStringLiteral("has no host");
    else if (!url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()
        || url.hasFragment())
        *why = QStringLiteral("has more than a scheme, a host and a port (an origin is http(s)://host[:port])");
    else {
        *origin = url.adjusted(QUrl::RemovePath).toString(QUrl::FullyEncoded);
        return true;
    }
    return false;
}
} // namespace

bool ConnectionOptions::read(const QCommandLineParser &parser, ChannelSettings *settings, QString *error) const
{
    QString sent, why;
    if (parser.isSet(origin) && !readOrigin(parser.value(origin), &sent, &why)) {
        *error = QStringLiteral("--origin '%1' %2").arg(parser.value(origin), why);
        return false;
    }
    settings->origin = sent;
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
