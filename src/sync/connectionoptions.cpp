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
// The command line's words for ConnectionOptions::checkOrigin.
bool readOrigin(const QString &text, QString *origin, QString *why)
{
    using P = ConnectionOptions::OriginProblem;
    switch (ConnectionOptions::checkOrigin(text, origin)) {
    case P::None:
        return true;
    case P::NoScheme:
        *why = QStringLiteral("needs a scheme and a host, e.g. http://%1").arg(text.isEmpty() ? QStringLiteral("example.org") : text);
        break;
    case P::NotAUrl:
        *why = QStringLiteral("is not a valid URL: %1").arg(QUrl(text, QUrl::StrictMode).errorString());
        break;
    case P::NotHttp:
        *why = QStringLiteral("has the scheme '%1': an origin is http:// or https://").arg(QUrl(text, QUrl::StrictMode).scheme());
        break;
    case P::NoHost:
        *why = QStringLiteral("has no host");
        break;
    case P::MoreThanOrigin:
        *why = QStringLiteral("has more than a scheme, a host and a port (an origin is http(s)://host[:port])");
        break;
    }
    return false;
}
} // namespace

ConnectionOptions::OriginProblem ConnectionOptions::checkOrigin(const QString &text, QString *origin)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!text.contains(QLatin1String("://")))
        return OriginProblem::NoScheme;
    if (!url.isValid())
        return OriginProblem::NotAUrl;
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return OriginProblem::NotHttp;
    if (url.host().isEmpty())
        return OriginProblem::NoHost;
    if (!url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return OriginProblem::MoreThanOrigin;
    *origin = url.adjusted(QUrl::RemovePath).toString(QUrl::FullyEncoded);
    return OriginProblem::None;
}

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
