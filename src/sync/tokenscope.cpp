// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/tokenscope.h"

#include <QHostAddress>

namespace mirage {

QUrl TokenScope::originOf(const QUrl &url)
{
    QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("ws"))
        scheme = QStringLiteral("http");
    else if (scheme == QLatin1String("wss"))
        scheme = QStringLiteral("https");
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    if (url.host().isEmpty())
        return {};
    QUrl o;
    o.setScheme(scheme);
    o.setHost(url.host().toLower());
    o.setPort(url.port(scheme == QLatin1String("https") ? 443 : 80));
    return o;
}

bool TokenScope::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

TokenScope::Verdict TokenScope::verdict(const QUrl &url) const
{
    if (token.isEmpty())
        return Verdict::NoToken;
    const QUrl target = originOf(url);
    const QUrl own = originOf(origin);
    if (own.isEmpty() || target.isEmpty() || target != own)
        return Verdict::OtherServer;
    if (target.scheme() == QLatin1String("http") && !isLoopback(target.host()) && !insecureAllowed)
        return Verdict::Insecure;
    return Verdict::Send;
}

} // namespace mirage
